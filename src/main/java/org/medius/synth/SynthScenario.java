package org.medius.synth;

import org.medius.events.View;
import org.medius.model.Side;

/**
 * What {@code medius synth} renders: a task, a frontal view, and the prescribed angles, turned into a noise-free
 * {@link SyntheticTrack} of about the requested length. Gait prescribes the pelvic drop (CPD) and the knee valgus
 * (FPPA) per stance side; a single-leg squat stands on {@code leg} and gets that side's CPD and FPPA; a lunge steps
 * forward with {@code leg} and gets that side's FPPA (a lunge has no CPD); alternating lunges step with {@code leg}
 * first, then the other leg, each front knee with its side's FPPA; the single-leg stance holds the left leg,
 * then the right, each for about {@code (seconds - 5) / 2} s (quiet standing of 1 s before, between and after, and
 * 0.5 s to lift and to lower each foot), with the free side's pelvic drop of each stance leg and the lean towards it.
 * The figure is 80 % of the image height.
 *
 * @param task        walk, run, lunge, alternating-lunge, single-leg-squat or stance
 * @param view        ANTERIOR or POSTERIOR
 * @param leg         the working leg of a lunge or single-leg squat (ignored for gait and stance)
 * @param dropDeg     peak CPD per stance side (or per bottom, or through each hold), degrees
 * @param valgusDeg   peak knee FPPA per side, degrees (+ = valgus)
 * @param leanDeg     peak trunk lean towards the stance side, per stance side (gait, stance) or of the working leg
 *                    (lunge, single-leg squat: {@code leanDeg.get(leg)}), degrees
 * @param rollDeg     camera roll, degrees
 * @param seconds     wanted clip length; the clip holds whole steps or repetitions, so it comes out near it
 */
public record SynthScenario(Task task, View view, Side leg, double fps, double seconds, PerSide dropDeg, PerSide valgusDeg,
        PerSide leanDeg, double rollDeg, int widthPx, int heightPx) {

    /** The motions the command offers. */
    public enum Task {
        WALK, RUN, LUNGE, ALTERNATING_LUNGE, SINGLE_LEG_SQUAT, STANCE
    }

    /** Quiet standing before, between and after the single-leg stance's holds, seconds. */
    static final double STANCE_STANDING_SECONDS = 1;
    /** The shortest hold rendered: the detector needs 1 s with the foot clearly up. */
    static final double MIN_HOLD_SECONDS = 1.5;

    /** Fraction of the image height the standing body fills (a Medius choice). */
    public static final double BODY_FRACTION = 0.8;

    public SynthScenario {
        if (!view.isFrontal()) {
            throw new IllegalArgumentException("the renderer draws frontal views only (anterior or posterior)");
        }
        if (leg == null || dropDeg == null || valgusDeg == null || leanDeg == null) {
            throw new IllegalArgumentException("leg, drop, valgus and lean are needed");
        }
        if (!(fps > 0) || !(seconds > 0) || widthPx < 16 || heightPx < 16) {
            throw new IllegalArgumentException("frame rate, length and image size must be positive");
        }
    }

    public SyntheticTrack track() {
        SyntheticTrack.Builder b = switch (task) {
            case WALK -> gait(SyntheticTrack.walk(), 110);
            case RUN -> gait(SyntheticTrack.run(), 170);
            case LUNGE -> reps(SyntheticTrack.lunge(leg), 3.0)
                    .fppaDeg(leg, valgusDeg.get(leg)).trunkLeanDeg(leg, leanDeg.get(leg));
            case ALTERNATING_LUNGE -> reps(SyntheticTrack.lunge(leg).alternateLegs(), 3.0)
                    .fppaDeg(Side.LEFT, valgusDeg.left()).fppaDeg(Side.RIGHT, valgusDeg.right());
            case SINGLE_LEG_SQUAT -> reps(SyntheticTrack.singleLegSquat(leg), 2.4)
                    .cpdDeg(leg, dropDeg.get(leg)).fppaDeg(leg, valgusDeg.get(leg)).trunkLeanDeg(leg, leanDeg.get(leg));
            case STANCE -> SyntheticTrack.singleLegStance().standingSeconds(STANCE_STANDING_SECONDS)
                    .holdSeconds(holdSeconds())
                    .cpdDeg(Side.LEFT, dropDeg.left()).cpdDeg(Side.RIGHT, dropDeg.right())
                    .trunkLeanDeg(Side.LEFT, leanDeg.left()).trunkLeanDeg(Side.RIGHT, leanDeg.right());
        };
        return b.view(view).fps(fps).imageSizePx(widthPx, heightPx).bodyHeightPx(BODY_FRACTION * heightPx)
                .rollDeg(rollDeg).confidence(1).generate();
    }

    /** Each hold's length: what is left of the clip after the standing and the lifts, shared by the two legs. */
    private double holdSeconds() {
        double lifts = 4 * SingleLegHolds.LIFT_SECONDS;
        return Math.max(MIN_HOLD_SECONDS, (seconds - 3 * STANCE_STANDING_SECONDS - lifts) / 2);
    }

    private SyntheticTrack.Builder gait(SyntheticTrack.Builder b, double cadenceStepsPerMin) {
        int steps = Math.max(2, (int) Math.floor(seconds * cadenceStepsPerMin / 60) - 1);
        b.cadenceStepsPerMin(cadenceStepsPerMin).steps(steps);
        for (Side s : Side.values()) {
            b.cpdDeg(s, dropDeg.get(s)).fppaDeg(s, valgusDeg.get(s)).trunkLeanDeg(s, leanDeg.get(s));
        }
        return b;
    }

    private SyntheticTrack.Builder reps(SyntheticTrack.Builder b, double repSeconds) {
        // one rep, a 1 s pause between reps, 1 s standing at either end
        int reps = Math.max(1, (int) Math.floor((seconds - 1) / (repSeconds + 1)));
        return b.reps(reps).repSeconds(repSeconds);
    }
}
