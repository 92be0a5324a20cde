package org.medius.synth;

import java.util.ArrayList;
import java.util.List;
import org.medius.model.Pose;
import org.medius.model.Side;

/**
 * Walking across the image, seen from the side: the pelvis moves at a constant speed v = step length / step time,
 * each stance ankle stays where it struck, each swing ankle travels to its next footprint.
 *
 * <p>Relative to the pelvis (in the walking direction) the ankle is at +e at foot strike and slides back at speed v
 * to -e at toe-off (e = v * stance time / 2); in swing it returns from -e to the next +e along a
 * {@link Profiles#rise} (zero relative speed at both ends) while rising by {@code clearance * arch(phase)}. So
 * {@code (x_ankle - x_pelvis) * d} has a corner maximum exactly at each strike and a corner minimum exactly at each
 * toe-off: Zeni et al.'s coordinate method (docs/measurement.md) finds the strikes and toe-offs on exactly the truth
 * frames. The world speed of the swing ankle does not fall to zero before the strike, unlike a real foot.
 *
 * <p>The pelvis is highest at mid single support and lowest in double support (as in walking), limited so that the
 * stance legs can reach their ankles; knees bend forwards ({@link Leg#knee}); arms swing against the legs. Left and
 * right keypoints of a joint coincide when they are at the same place along the walk (orthographic side view).
 */
final class SagittalGait implements Motion.Generator {
    private static final double PELVIS_RISE_FRACTION = 0.015;
    private static final double ARM_SWING_DEG = 20;

    private final GaitSpec spec;
    private final BodyModel body;
    private final Stage stage;

    SagittalGait(GaitSpec spec, BodyModel body, Stage stage) {
        this.spec = spec;
        this.body = body;
        this.stage = stage;
        double e = spec.stepLengthFraction() * body.heightPx() * spec.stanceFraction();
        if (!(spec.stepLengthFraction() > 0) || !(e < 0.8 * body.legPx())) {
            throw new IllegalArgumentException("step length must be positive and short enough for the legs to reach: "
                    + spec.stepLengthFraction() + " body heights");
        }
    }

    @Override
    public double durationSeconds() {
        return GaitTiming.durationSeconds(spec.steps(), spec.cadenceStepsPerMin(), spec.stanceFraction());
    }

    @Override
    public Motion generate(FrameClock clock) {
        GaitTiming timing = new GaitTiming(spec.steps(), spec.firstFoot(), spec.cadenceStepsPerMin(),
                spec.stanceFraction(), clock);
        timing.validate(clock, false);
        double leg = body.legPx();
        double ankleUp = body.ankleHeightPx();
        double speed = spec.stepLengthFraction() * body.heightPx() / timing.stepSeconds();
        double middle = durationSeconds() / 2;
        double eMax = timing.all().stream().mapToDouble(s -> halfExcursion(s, speed)).max().orElseThrow();
        double lowUp = ankleUp + Math.sqrt(leg * leg - eMax * eMax);
        double rise = Math.min(PELVIS_RISE_FRACTION * leg, ankleUp + leg - lowUp);

        List<Pose> poses = new ArrayList<>(clock.frames());
        for (int i = 0; i < clock.frames(); i++) {
            double t = clock.time(i);
            double pelvisFwd = speed * (t - middle);
            double pelvisUp = lowUp + rise * (timing.bump(Side.LEFT, t) + timing.bump(Side.RIGHT, t));
            double[] rel = new double[2];
            double[] up = new double[2];
            for (Side side : Side.values()) {
                GaitTiming.Step stance = timing.stanceAt(side, t);
                if (stance != null) {
                    rel[side.ordinal()] = halfExcursion(stance, speed) - speed * (t - stance.strike());
                    up[side.ordinal()] = ankleUp;
                    double reach = ankleUp + Math.sqrt(leg * leg - rel[side.ordinal()] * rel[side.ordinal()]);
                    pelvisUp = Math.min(pelvisUp, reach);
                } else {
                    GaitTiming.Step before = timing.stanceBefore(side, t);
                    GaitTiming.Step next = timing.nextOfSameSide(before);
                    double phase = timing.swingPhase(before, t);
                    double from = -halfExcursion(before, speed);
                    double to = halfExcursion(next, speed);
                    rel[side.ordinal()] = from + (to - from) * Profiles.rise(phase);
                    up[side.ordinal()] = ankleUp + spec.clearanceFraction() * leg * Profiles.arch(phase);
                }
            }
            PoseSketch sketch = new PoseSketch();
            P3 hip = new P3(0, pelvisUp, pelvisFwd);
            Pt hipImage = stage.image(hip);
            double[] armDeg = new double[2];
            for (Side side : Side.values()) {
                P3 ankle = new P3(0, up[side.ordinal()], pelvisFwd + rel[side.ordinal()]);
                sketch.set(side.hip(), hipImage);
                sketch.set(side.knee(), stage.image(Leg.knee(hip, ankle, body.thighPx(), body.shankPx())));
                sketch.set(side.ankle(), stage.image(ankle));
                armDeg[side.ordinal()] = -ARM_SWING_DEG * Math.max(-1, Math.min(1, rel[side.ordinal()] / eMax));
            }
            sketch.sagittalUpperBody(body, hipImage, stage.dir(), armDeg[Side.LEFT.ordinal()],
                    armDeg[Side.RIGHT.ordinal()]);
            poses.add(sketch.toPose(1));
        }
        return GaitEvents.motion(poses, timing, clock);
    }

    /** Half the distance the pelvis travels over a stance: the ankle's lead at strike and lag at toe-off. */
    private static double halfExcursion(GaitTiming.Step s, double speed) {
        return speed * (s.toeOff() - s.strike()) / 2;
    }
}
