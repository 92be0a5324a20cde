package org.medius.synth;

import org.medius.events.View;
import org.medius.kinematics.Side;

/**
 * What {@code medius synth} renders: a task, a frontal view, and the prescribed angles, turned into a noise-free
 * {@link SyntheticTrack} of about the requested length. Gait and single-leg squats prescribe the pelvic drop (CPD)
 * and the knee valgus (FPPA) for both sides; a lunge works the left leg and gets the valgus on it (a lunge has no
 * CPD). The figure is 80 % of the image height.
 *
 * @param task        walk, run, lunge or single-leg-squat
 * @param view        ANTERIOR or POSTERIOR
 * @param dropDeg     peak CPD per stance (or per bottom), degrees
 * @param valgusDeg   peak knee FPPA, degrees (+ = valgus)
 * @param leanDeg     peak trunk lean towards the stance side, degrees
 * @param rollDeg     camera roll, degrees
 * @param seconds     wanted clip length; the clip holds whole steps or repetitions, so it comes out near it
 */
public record SynthScenario(Task task, View view, double fps, double seconds, double dropDeg, double valgusDeg,
        double leanDeg, double rollDeg, int widthPx, int heightPx) {

    /** The motions the command offers. */
    public enum Task {
        WALK, RUN, LUNGE, SINGLE_LEG_SQUAT
    }

    /** Fraction of the image height the standing body fills (a Medius choice). */
    public static final double BODY_FRACTION = 0.8;

    public SynthScenario {
        if (!view.isFrontal()) {
            throw new IllegalArgumentException("the renderer draws frontal views only (anterior or posterior)");
        }
        if (!(fps > 0) || !(seconds > 0) || widthPx < 16 || heightPx < 16) {
            throw new IllegalArgumentException("frame rate, length and image size must be positive");
        }
    }

    public SyntheticTrack track() {
        SyntheticTrack.Builder b = switch (task) {
            case WALK -> gait(SyntheticTrack.walk(), 110);
            case RUN -> gait(SyntheticTrack.run(), 170);
            case LUNGE -> reps(SyntheticTrack.lunge(Side.LEFT), 3.0)
                    .fppaDeg(Side.LEFT, valgusDeg).trunkLeanDeg(Side.LEFT, leanDeg);
            case SINGLE_LEG_SQUAT -> reps(SyntheticTrack.singleLegSquat(Side.LEFT), 2.4)
                    .cpdDeg(Side.LEFT, dropDeg).fppaDeg(Side.LEFT, valgusDeg).trunkLeanDeg(Side.LEFT, leanDeg);
        };
        return b.view(view).fps(fps).imageSizePx(widthPx, heightPx).bodyHeightPx(BODY_FRACTION * heightPx)
                .rollDeg(rollDeg).confidence(1).generate();
    }

    private SyntheticTrack.Builder gait(SyntheticTrack.Builder b, double cadenceStepsPerMin) {
        int steps = Math.max(2, (int) Math.floor(seconds * cadenceStepsPerMin / 60) - 1);
        b.cadenceStepsPerMin(cadenceStepsPerMin).steps(steps);
        for (Side s : Side.values()) {
            b.cpdDeg(s, dropDeg).fppaDeg(s, valgusDeg).trunkLeanDeg(s, leanDeg);
        }
        return b;
    }

    private SyntheticTrack.Builder reps(SyntheticTrack.Builder b, double repSeconds) {
        // one rep, a 1 s pause between reps, 1 s standing at either end
        int reps = Math.max(1, (int) Math.floor((seconds - 1) / (repSeconds + 1)));
        return b.reps(reps).repSeconds(repSeconds);
    }
}
