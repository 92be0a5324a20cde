package org.medius.synth;

import static org.medius.synth.FrontalFigure.lateralSign;

import java.util.ArrayList;
import java.util.List;
import org.medius.model.Pose;
import org.medius.model.Side;
import org.medius.model.Task;

/**
 * Squats, forward lunges and single-leg squats seen from behind or in front. Over each repetition a profile b rises
 * from 0 (standing) to exactly 1 at the bottom frame and back ({@link RepTiming#depthProfile}); at b the mid-hip has
 * descended by {@code depth * L * b} (L = leg length), each knee has FPPA {@code FPPA_s * b}, the trunk leans by
 * {@code lean * b} and flexes forwards. Hips move back as they descend ({@value #HIP_BACK_PER_DESCENT} of the descent),
 * and the knees bend forwards ({@link Leg#knee}), so a deep squat's thigh points towards the camera (or away) and is
 * foreshortened in the image: its projected length falls under half the standing length at about 0.33 L of descent.
 *
 * <ul>
 *   <li>Squat: feet under the shoulders, pelvis level.</li>
 *   <li>Forward lunge: the working foot steps forward by {@code lungeStep * L} (rising by
 *       {@value #LUNGE_CLEARANCE_FRACTION} L on the way out and back) while the pelvis goes half as far forwards and
 *       descends just enough for the straight rear leg to reach; then the descent to the bottom and back. Going down,
 *       the hips also move forwards so that at the bottom the front shank leans {@value #LUNGE_SHANK_TILT_DEG} deg
 *       forwards (the front knee travels over the front foot), and the rear heel rises until the rear foot stands on
 *       its ball at {@value #LUNGE_REAR_HEEL_DEG} deg: seen from the front the rear knee drops towards the floor while
 *       the front knee stays high. The rear foot's ball never leaves the floor. At the default depth the front thigh
 *       keeps well over half its standing length in the image, so its FPPA at the bottom is measurable.</li>
 *   <li>Single-leg squat: after the standing lead-in the free foot lifts ({@value #SLS_LIFT_FRACTION} L up,
 *       {@value #SLS_FOOT_BACK_FRACTION} L back) and the pelvis shifts {@value #SLS_SHIFT_FRACTION} hip half-widths
 *       towards the stance foot; in each rep the pelvis turns about the stance hip so that the free-side hip is lower
 *       by exactly {@code CPD * b} while the mid-hip descends by {@code depth * L * b} (depth counted from the
 *       single-leg hold).</li>
 * </ul>
 */
final class Repetitions implements Motion.Generator {
    static final double HIP_BACK_PER_DESCENT = 0.5;
    static final double LUNGE_CLEARANCE_FRACTION = 0.06;
    /** Forward tilt of the lunge's front shank at the bottom, degrees: the knee over the front foot. */
    static final double LUNGE_SHANK_TILT_DEG = 35;
    /** The lunge's rear foot at the bottom: heel raised, the sole this many degrees off the floor. */
    static final double LUNGE_REAR_HEEL_DEG = 50;
    /** Ankle joint to the ball of the foot, along the floor, fraction of body height (our approximation). */
    static final double FOOT_BALL_FRACTION = 0.075;
    static final double SLS_SHIFT_FRACTION = 0.7;
    static final double SLS_LIFT_FRACTION = 0.25;
    static final double SLS_FOOT_BACK_FRACTION = 0.3;

    private final RepSpec spec;
    private final BodyModel body;
    private final Stage stage;
    private final double leg;
    private final double halfHip;

    Repetitions(RepSpec spec, BodyModel body, Stage stage) {
        this.spec = spec;
        this.body = body;
        this.stage = stage;
        this.leg = body.legPx();
        this.halfHip = body.hipHalfWidthPx();
        if (spec.task() == Task.LUNGE && !(spec.depthFraction() * leg > lungeStepDescent(1))) {
            throw new IllegalArgumentException("a lunge step of " + spec.lungeStepFraction() + " L needs a depth above "
                    + lungeStepDescent(1) / leg + " L: " + spec.depthFraction());
        }
        if (spec.task() == Task.SINGLE_LEG_SQUAT) {
            double cpdDeg = spec.cpdDeg().get(spec.side());
            if (!(Math.abs(cpdDeg) < 45)) {
                throw new IllegalArgumentException("CPD must lie within (-45, 45) degrees: " + cpdDeg);
            }
            if (spec.depthFraction() * leg < halfHip * Math.toRadians(cpdDeg)) {
                throw new IllegalArgumentException("a drop of " + cpdDeg + " deg needs a depth of at least "
                        + halfHip * Math.toRadians(cpdDeg) / leg + " L (the stance hip would rise)");
            }
        }
    }

    /** Trunk flexion at the bottom, degrees (our approximation, not measured). */
    private double trunkFlexionDeg() {
        return switch (spec.task()) {
            case SQUAT -> 40;
            case LUNGE -> 10;
            case SINGLE_LEG_SQUAT -> 25;
            default -> throw new IllegalStateException(spec.task().toString());
        };
    }

    @Override
    public double durationSeconds() {
        return RepTiming.durationSeconds(spec);
    }

    @Override
    public Motion generate(FrameClock clock) {
        RepTiming timing = new RepTiming(spec, clock);
        List<Pose> poses = new ArrayList<>(clock.frames());
        for (int i = 0; i < clock.frames(); i++) {
            double t = clock.time(i);
            double b = timing.depthProfile(t);
            Side working = spec.side() == null ? null : spec.workingSide(repIndexAt(timing, t));
            P3[] hipsAndAnkles = switch (spec.task()) {
                case SQUAT -> squat(b);
                case LUNGE -> lunge(working, b, timing.stepOut(t), timing.stepLift(t));
                case SINGLE_LEG_SQUAT -> singleLegSquat(b, timing.freeFootUp(t));
                default -> throw new IllegalStateException(spec.task().toString());
            };
            PerSide fppa = spec.alternate()
                    ? new PerSide(working == Side.LEFT ? spec.fppaDeg().left() * b : 0,
                            working == Side.RIGHT ? spec.fppaDeg().right() * b : 0)
                    : new PerSide(spec.fppaDeg().left() * b, spec.fppaDeg().right() * b);
            double leanLeft = (spec.trunkLeanDeg().left() - spec.trunkLeanDeg().right()) * b;
            poses.add(FrontalFigure.draw(body, stage, hipsAndAnkles[0], hipsAndAnkles[1], hipsAndAnkles[2],
                    hipsAndAnkles[3], fppa, leanLeft, trunkFlexionDeg() * b));
        }
        List<Motion.Event> events = new ArrayList<>();
        for (int k = 0; k < timing.reps().size(); k++) {
            RepTiming.Rep r = timing.reps().get(k);
            events.add(new Motion.Event(EventTruth.Kind.REP, spec.side() == null ? null : spec.workingSide(k),
                    clock.frameAt(r.start()), clock.frameAt(r.bottom()), clock.frameAt(r.end())));
        }
        return new Motion(poses, events, List.of(), 0, Double.NaN);
    }

    /** The repetition under way at time t: the last one started (0 before the first). */
    private static int repIndexAt(RepTiming timing, double t) {
        int index = 0;
        for (int k = 0; k < timing.reps().size(); k++) {
            if (timing.reps().get(k).start() <= t) {
                index = k;
            }
        }
        return index;
    }

    /** Left hip, right hip, left ankle, right ankle. */
    private P3[] squat(double b) {
        double footHalf = body.shoulderHalfWidthPx();
        double spread = footHalf - halfHip;
        double standUp = body.ankleHeightPx() + Math.sqrt(leg * leg - spread * spread);
        double descent = spec.depthFraction() * leg * b;
        double up = standUp - descent;
        double fwd = -HIP_BACK_PER_DESCENT * descent;
        return new P3[] {new P3(halfHip, up, fwd), new P3(-halfHip, up, fwd),
            new P3(footHalf, body.ankleHeightPx(), 0), new P3(-footHalf, body.ankleHeightPx(), 0)};
    }

    /** The descent that lets a straight rear leg reach its ankle when the front foot has stepped out by u. */
    private double lungeStepDescent(double u) {
        double half = spec.lungeStepFraction() * leg * u / 2;
        return leg - Math.sqrt(leg * leg - half * half);
    }

    /**
     * The forward offset of the hips at the bottom, from half the step: the front knee then lies
     * {@value #LUNGE_SHANK_TILT_DEG} deg forward of the vertical over the front ankle (the knee travels forward over
     * the front foot), the thigh reaching back to the hips.
     */
    private double lungeHipForwardAtBottom() {
        double tilt = Math.toRadians(LUNGE_SHANK_TILT_DEG);
        double kneeUp = body.shankPx() * Math.cos(tilt);
        double hipUp = leg - spec.depthFraction() * leg;
        double rise = hipUp - kneeUp;
        double thigh = body.thighPx();
        double kneeFwd = spec.lungeStepFraction() * leg + body.shankPx() * Math.sin(tilt);
        return kneeFwd - Math.sqrt(thigh * thigh - rise * rise) - spec.lungeStepFraction() * leg / 2;
    }

    private P3[] lunge(Side working, double b, double u, double lift) {
        double s = lateralSign(working);
        double step = spec.lungeStepFraction() * leg;
        // b > 0 only while u = 1, so this is the step descent outside the valley and reaches depth * L at the bottom.
        double descent = lungeStepDescent(u) + (spec.depthFraction() * leg - lungeStepDescent(1)) * b;
        double up = body.ankleHeightPx() + leg - descent;
        double fwd = step * u / 2 + lungeHipForwardAtBottom() * b;
        P3 workingHip = new P3(s * halfHip, up, fwd);
        P3 otherHip = new P3(-s * halfHip, up, fwd);
        P3 front = new P3(s * halfHip, body.ankleHeightPx() + LUNGE_CLEARANCE_FRACTION * leg * lift, step * u);
        // The rear foot stays on its ball and its heel rises: the ankle turns up and forwards about the ball.
        double heel = Math.toRadians(LUNGE_REAR_HEEL_DEG * b);
        double ball = FOOT_BALL_FRACTION * body.heightPx();
        double ankle = body.ankleHeightPx();
        P3 rear = new P3(-s * halfHip, ball * Math.sin(heel) + ankle * Math.cos(heel),
                ball * (1 - Math.cos(heel)) + ankle * Math.sin(heel));
        return byLeftRight(working, workingHip, otherHip, front, rear);
    }

    private P3[] singleLegSquat(double b, double freeUp) {
        Side stance = spec.side();
        double s = lateralSign(stance);
        double shift = SLS_SHIFT_FRACTION * halfHip * freeUp;
        double holdUp = body.ankleHeightPx() + Math.sqrt(leg * leg - shift * shift);
        double cpd = Math.toRadians(spec.cpdDeg().get(stance) * b);
        double descent = spec.depthFraction() * leg * b;
        double fwd = -HIP_BACK_PER_DESCENT * descent;
        // The mid-hip lies half the hip-hip segment below the stance hip, so it descends by exactly `descent`.
        P3 stanceHip = new P3(s * (halfHip + shift), holdUp - descent + halfHip * Math.sin(cpd), fwd);
        P3 freeHip = new P3(stanceHip.lat() - s * 2 * halfHip * Math.cos(cpd),
                stanceHip.up() - 2 * halfHip * Math.sin(cpd), fwd);
        P3 stanceAnkle = new P3(s * halfHip, body.ankleHeightPx(), 0);
        P3 freeAnkle = new P3(-s * halfHip + s * shift, body.ankleHeightPx() + SLS_LIFT_FRACTION * leg * freeUp,
                -SLS_FOOT_BACK_FRACTION * leg * freeUp);
        return byLeftRight(stance, stanceHip, freeHip, stanceAnkle, freeAnkle);
    }

    private static P3[] byLeftRight(Side side, P3 sideHip, P3 otherHip, P3 sideAnkle, P3 otherAnkle) {
        return side == Side.LEFT ? new P3[] {sideHip, otherHip, sideAnkle, otherAnkle}
                : new P3[] {otherHip, sideHip, otherAnkle, sideAnkle};
    }
}
