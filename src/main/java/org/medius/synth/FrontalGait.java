package org.medius.synth;

import java.util.ArrayList;
import java.util.List;
import org.medius.model.Pose;
import org.medius.model.Side;

/**
 * Walking or running on the spot (a treadmill) seen from behind or in front.
 *
 * <p>Per foot: in stance the ankle is on the floor (its lowest position) and still; in swing it rises by
 * {@code clearance * arch(phase)}, moves a little medially ({@link Profiles#arch}, smooth, zero at strike and
 * toe-off) and backwards, heel towards the buttock, so the swing knee stays low in the image as in walking or
 * running rather than marching. Per stance of side s, with its single-support profile b (0..1, exactly 1 at mid-stance, see
 * {@link GaitTiming}):
 * <ul>
 *   <li>the stance hip descends by {@code dip * b} and shifts towards the stance foot by {@code sway * b};</li>
 *   <li>the pelvis turns about the stance hip so that the swing-side hip is lower by {@code CPD_s * b}: the hip-hip
 *       segment keeps its length and makes exactly that angle with the image horizontal (before roll);</li>
 *   <li>the stance knee is moved off its hip-ankle line so that its FPPA is {@code FPPA_s * b};</li>
 *   <li>the trunk leans towards the stance side by {@code lean_s * b} from the image vertical.</li>
 * </ul>
 * Knees come from {@link Leg#knee} (bending forwards when hip and ankle are closer than a straight leg), so the swing
 * knee and a dipping stance knee shorten in the image. The mid-hip descends by {@code dip * b + (w/2) sin(CPD_s * b)}
 * (w: hip width), so mid-stance is also the deepest frame of the stance, as long as a negative CPD (hip hike) is
 * smaller than the dip, which the constructor checks.
 */
final class FrontalGait implements Motion.Generator {
    private static final double MEDIAL_SWING_FRACTION = 0.03;
    /**
     * How far the swing ankle moves backwards per unit of rise at mid-swing, rather than marching with the thigh
     * raised. Walking: hip flexion about 15 deg and knee flexion about 60 deg put the ankle about 0.16 L up and 0.22 L
     * back. Running: hip flexion about 35 deg and knee flexion about 95 deg put it about 0.34 L up and 0.14 L back.
     * Medius choices from those typical mid-swing angles (equal thigh and shank).
     */
    private static final double WALK_SWING_BACK_PER_RISE = 1.35;
    private static final double RUN_SWING_BACK_PER_RISE = 0.4;

    private final GaitSpec spec;
    private final BodyModel body;
    private final Stage stage;

    FrontalGait(GaitSpec spec, BodyModel body, Stage stage) {
        this.spec = spec;
        this.body = body;
        this.stage = stage;
        for (Side s : Side.values()) {
            double cpdRad = Math.toRadians(spec.cpdDeg().get(s));
            if (!(Math.abs(spec.cpdDeg().get(s)) < 45)) {
                throw new IllegalArgumentException("CPD must lie within (-45, 45) degrees: " + spec.cpdDeg().get(s));
            }
            if (cpdRad < 0 && spec.pelvisDipFraction() * body.legPx() <= body.hipHalfWidthPx() * -cpdRad) {
                throw new IllegalArgumentException("a hip hike of " + spec.cpdDeg().get(s) + " deg needs a larger pelvis"
                        + " dip, or mid-stance is no longer the deepest frame");
            }
        }
        if (!(spec.footHalfWidthFraction() >= 0 && spec.swayFraction() >= 0
                && widestHipToAnklePx() < 0.5 * body.legPx())) {
            throw new IllegalArgumentException("foot width and sway must not be negative, nor put a hip more than half a"
                    + " leg length beside its ankle");
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
        timing.validate(clock, spec.running());
        double leg = body.legPx();
        double halfHip = body.hipHalfWidthPx();
        double footHalf = spec.footHalfWidthFraction() * halfHip;
        double sway = spec.swayFraction() * halfHip;
        // The stance hip never stands higher than this, so that a leg is never longer than thigh + shank.
        double widest = widestHipToAnklePx();
        double standUp = body.ankleHeightPx() + Math.sqrt(leg * leg - widest * widest);

        List<Pose> poses = new ArrayList<>(clock.frames());
        for (int i = 0; i < clock.frames(); i++) {
            double t = clock.time(i);
            double bLeft = timing.bump(Side.LEFT, t);
            double bRight = timing.bump(Side.RIGHT, t);
            Side stance = bLeft > 0 ? Side.LEFT : bRight > 0 ? Side.RIGHT : null;
            double b = Math.max(bLeft, bRight);
            double swayLat = sway * (bLeft - bRight);

            P3 leftHip;
            P3 rightHip;
            if (stance == null) {
                leftHip = new P3(halfHip, standUp, 0);
                rightHip = new P3(-halfHip, standUp, 0);
            } else {
                double s = FrontalFigure.lateralSign(stance);
                double cpd = Math.toRadians(spec.cpdDeg().get(stance) * b);
                P3 stanceHip = new P3(s * halfHip + swayLat, standUp - spec.pelvisDipFraction() * leg * b, 0);
                P3 swingHip = new P3(stanceHip.lat() - s * 2 * halfHip * Math.cos(cpd),
                        stanceHip.up() - 2 * halfHip * Math.sin(cpd), 0);
                leftHip = stance == Side.LEFT ? stanceHip : swingHip;
                rightHip = stance == Side.LEFT ? swingHip : stanceHip;
            }

            PerSide fppa = PerSide.ZERO;
            if (stance != null) {
                fppa = fppa.with(stance, spec.fppaDeg().get(stance) * b);
            }
            double leanLeft = spec.trunkLeanDeg().left() * bLeft - spec.trunkLeanDeg().right() * bRight;
            poses.add(FrontalFigure.draw(body, stage, leftHip, rightHip, ankle(timing, Side.LEFT, t, footHalf, leg),
                    ankle(timing, Side.RIGHT, t, footHalf, leg), fppa, leanLeft, 0));
        }
        return GaitEvents.motion(poses, timing, clock);
    }

    /** The largest lateral distance between a hip and its planted ankle: standing, or swayed at mid-stance. */
    private double widestHipToAnklePx() {
        double halfHip = body.hipHalfWidthPx();
        double footHalf = spec.footHalfWidthFraction() * halfHip;
        double sway = spec.swayFraction() * halfHip;
        return Math.max(Math.abs(halfHip - footHalf), Math.abs(halfHip + sway - footHalf));
    }

    private P3 ankle(GaitTiming timing, Side side, double t, double footHalf, double leg) {
        double s = FrontalFigure.lateralSign(side);
        if (timing.stanceAt(side, t) != null) {
            return new P3(s * footHalf, body.ankleHeightPx(), 0);
        }
        double arch = Profiles.arch(timing.swingPhase(timing.stanceBefore(side, t), t));
        double rise = spec.clearanceFraction() * leg * arch;
        return new P3(s * (footHalf - MEDIAL_SWING_FRACTION * leg * arch), body.ankleHeightPx() + rise,
                -(spec.running() ? RUN_SWING_BACK_PER_RISE : WALK_SWING_BACK_PER_RISE) * rise);
    }
}
