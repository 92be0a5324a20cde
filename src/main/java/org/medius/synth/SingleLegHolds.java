package org.medius.synth;

import static org.medius.synth.FrontalFigure.lateralSign;

import java.util.ArrayList;
import java.util.List;
import org.medius.model.Pose;
import org.medius.model.Side;

/**
 * The single-leg stance (Trendelenburg) test seen from behind or in front: quiet standing, then a hold on the left
 * leg, the foot put down, quiet standing, a hold on the right leg, quiet standing. Each hold lifts the free foot as
 * the single-leg squat does ({@link Repetitions}: {@value Repetitions#SLS_LIFT_FRACTION} L up and
 * {@value Repetitions#SLS_FOOT_BACK_FRACTION} L back, the knee bending by inverse kinematics) over
 * {@value #LIFT_SECONDS} s, shifts the pelvis {@value Repetitions#SLS_SHIFT_FRACTION} hip half-widths over the stance
 * foot, and turns the pelvis about the stance hip so that the free side's hip is lower by exactly the prescribed CPD
 * (negative: higher), while the trunk leans towards the stance leg by the prescribed lean. Both grow with the lift
 * u (0 on both feet, 1 through the hold), so through the whole hold the CPD and the lean are constant: their peak and
 * their median over the hold are the prescribed values. The stance hip stays one leg length from its ankle.
 */
final class SingleLegHolds implements Motion.Generator {
    static final double LIFT_SECONDS = RepTiming.LIFT_SECONDS;
    private static final List<Side> ORDER = List.of(Side.LEFT, Side.RIGHT);

    private final double holdSeconds;
    private final double standingSeconds;
    private final PerSide cpdDeg;
    private final PerSide leanDeg;
    private final BodyModel body;
    private final Stage stage;
    private final double leg;
    private final double halfHip;

    /**
     * @param holdSeconds     each hold with the foot fully up, between the lift and the lowering
     * @param standingSeconds quiet standing before, between and after the holds
     * @param cpdDeg          per stance leg: the free side's pelvic drop through the hold, degrees
     * @param leanDeg         per stance leg: the trunk's lean towards it through the hold, degrees
     */
    SingleLegHolds(double holdSeconds, double standingSeconds, PerSide cpdDeg, PerSide leanDeg, BodyModel body,
            Stage stage) {
        if (!(holdSeconds > 0) || !(standingSeconds >= 0)) {
            throw new IllegalArgumentException("hold time must be positive, standing time not negative");
        }
        for (Side s : Side.values()) {
            if (!(Math.abs(cpdDeg.get(s)) < 45)) {
                throw new IllegalArgumentException("CPD must lie within (-45, 45) degrees: " + cpdDeg.get(s));
            }
        }
        this.holdSeconds = holdSeconds;
        this.standingSeconds = standingSeconds;
        this.cpdDeg = cpdDeg;
        this.leanDeg = leanDeg;
        this.body = body;
        this.stage = stage;
        this.leg = body.legPx();
        this.halfHip = body.hipHalfWidthPx();
    }

    @Override
    public double durationSeconds() {
        return standingSeconds + ORDER.size() * (2 * LIFT_SECONDS + holdSeconds + standingSeconds);
    }

    /** When the lift of the k-th hold starts. */
    private double liftStart(int k) {
        return standingSeconds + k * (2 * LIFT_SECONDS + holdSeconds + standingSeconds);
    }

    @Override
    public Motion generate(FrameClock clock) {
        List<Pose> poses = new ArrayList<>(clock.frames());
        for (int i = 0; i < clock.frames(); i++) {
            double t = clock.time(i);
            Side stance = Side.LEFT;
            double u = 0;
            for (int k = 0; k < ORDER.size(); k++) {
                double up = lift(t, k);
                if (up > 0) {
                    stance = ORDER.get(k);
                    u = up;
                }
            }
            poses.add(pose(stance, u));
        }
        List<Motion.Event> events = new ArrayList<>();
        for (int k = 0; k < ORDER.size(); k++) {
            double start = liftStart(k);
            events.add(new Motion.Event(EventTruth.Kind.HOLD, ORDER.get(k), clock.frameAt(clock.snap(start)),
                    clock.frameAt(clock.snap(start + LIFT_SECONDS + holdSeconds / 2)),
                    clock.frameAt(clock.snap(start + 2 * LIFT_SECONDS + holdSeconds))));
        }
        return new Motion(poses, events, List.of(), 0, Double.NaN);
    }

    /** 0 on both feet, 1 through the k-th hold, smooth in between. */
    private double lift(double t, int k) {
        double s = liftStart(k);
        return Profiles.ramp(t, s, s + LIFT_SECONDS)
                - Profiles.ramp(t, s + LIFT_SECONDS + holdSeconds, s + 2 * LIFT_SECONDS + holdSeconds);
    }

    private Pose pose(Side stance, double u) {
        double s = lateralSign(stance);
        double shift = Repetitions.SLS_SHIFT_FRACTION * halfHip * u;
        double hipUp = body.ankleHeightPx() + Math.sqrt(leg * leg - shift * shift);
        double cpd = Math.toRadians(cpdDeg.get(stance) * u);
        P3 stanceHip = new P3(s * (halfHip + shift), hipUp, 0);
        P3 freeHip = new P3(stanceHip.lat() - s * 2 * halfHip * Math.cos(cpd),
                stanceHip.up() - 2 * halfHip * Math.sin(cpd), 0);
        P3 stanceAnkle = new P3(s * halfHip, body.ankleHeightPx(), 0);
        P3 freeAnkle = new P3(-s * halfHip + s * shift,
                body.ankleHeightPx() + Repetitions.SLS_LIFT_FRACTION * leg * u,
                -Repetitions.SLS_FOOT_BACK_FRACTION * leg * u);
        double leanTowardsLeft = s * leanDeg.get(stance) * u;
        boolean left = stance == Side.LEFT;
        return FrontalFigure.draw(body, stage, left ? stanceHip : freeHip, left ? freeHip : stanceHip,
                left ? stanceAnkle : freeAnkle, left ? freeAnkle : stanceAnkle, PerSide.ZERO, leanTowardsLeft, 0);
    }
}
