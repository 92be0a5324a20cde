package org.medius.synth;

import java.util.Arrays;
import org.medius.model.Keypoint;
import org.medius.model.Pose;

/** The 17 image points of one frame being drawn, and the upper body (trunk, head, arms) drawn onto a mid-hip. */
final class PoseSketch {
    private final double[] x = new double[Keypoint.COUNT];
    private final double[] y = new double[Keypoint.COUNT];

    PoseSketch() {
        Arrays.fill(x, Double.NaN);
        Arrays.fill(y, Double.NaN);
    }

    void set(Keypoint k, Pt p) {
        x[k.ordinal()] = p.x();
        y[k.ordinal()] = p.y();
    }

    Pt get(Keypoint k) {
        return new Pt(x[k.ordinal()], y[k.ordinal()]);
    }

    Pose toPose(double confidence) {
        for (int i = 0; i < Keypoint.COUNT; i++) {
            if (Double.isNaN(x[i]) || Double.isNaN(y[i])) {
                throw new IllegalStateException("keypoint not drawn: " + Keypoint.values()[i]);
            }
        }
        double[] c = new double[Keypoint.COUNT];
        Arrays.fill(c, confidence);
        return Pose.of(x, y, c);
    }

    /**
     * Trunk, head and arms seen from in front or behind. The trunk line mid-hip to mid-shoulder leans from the image
     * vertical by {@code leanTowardsLeftDeg} towards the person's left (exactly the angle
     * {@link org.medius.kinematics.TrunkLean#leanTowardsLeftDeg} reads); a forward flexion of the trunk shortens it and
     * the head by cos(flexion). The shoulder line is perpendicular to the trunk; the arms hang vertically.
     *
     * @param leftX +1 anterior, -1 posterior (image x direction of the person's left)
     */
    void frontalUpperBody(BodyModel body, Pt midHip, double leanTowardsLeftDeg, double trunkFlexionDeg, double leftX) {
        double lean = Math.toRadians(leanTowardsLeftDeg);
        double flexion = Math.cos(Math.toRadians(trunkFlexionDeg));
        Pt up = new Pt(leftX * Math.sin(lean), -Math.cos(lean));
        Pt left = new Pt(leftX * Math.cos(lean), Math.sin(lean));
        Pt midShoulder = midHip.plus(up.times(body.trunkPx() * flexion));
        set(Keypoint.LEFT_SHOULDER, midShoulder.plus(left.times(body.shoulderHalfWidthPx())));
        set(Keypoint.RIGHT_SHOULDER, midShoulder.minus(left.times(body.shoulderHalfWidthPx())));
        set(Keypoint.NOSE, midShoulder.plus(up.times(body.noseAboveShoulderPx() * flexion)));
        Pt eyes = midShoulder.plus(up.times(body.eyeAboveShoulderPx() * flexion));
        set(Keypoint.LEFT_EYE, eyes.plus(left.times(body.eyeHalfWidthPx())));
        set(Keypoint.RIGHT_EYE, eyes.minus(left.times(body.eyeHalfWidthPx())));
        Pt ears = midShoulder.plus(up.times(body.earAboveShoulderPx() * flexion));
        set(Keypoint.LEFT_EAR, ears.plus(left.times(body.earHalfWidthPx())));
        set(Keypoint.RIGHT_EAR, ears.minus(left.times(body.earHalfWidthPx())));
        double out = 0.06 * body.heightPx();
        hangingArm(body, Keypoint.LEFT_SHOULDER, Keypoint.LEFT_ELBOW, Keypoint.LEFT_WRIST, leftX * out);
        hangingArm(body, Keypoint.RIGHT_SHOULDER, Keypoint.RIGHT_ELBOW, Keypoint.RIGHT_WRIST, -leftX * out);
    }

    private void hangingArm(BodyModel body, Keypoint shoulder, Keypoint elbow, Keypoint wrist, double outPx) {
        Pt e = get(shoulder).plus(new Pt(outPx, body.upperArmPx()));
        set(elbow, e);
        set(wrist, e.plus(new Pt(outPx / 2, body.forearmPx())));
    }

    /**
     * Trunk, head and arms seen from the side: upright trunk, face towards the walking direction, each arm swung
     * forwards by its angle (degrees from the vertical, + = forwards). Left and right shoulders, eyes and ears
     * coincide (orthographic side view).
     *
     * @param dir +1 walking towards the image right, -1 towards the image left
     */
    void sagittalUpperBody(BodyModel body, Pt midHip, double dir, double leftArmDeg, double rightArmDeg) {
        Pt shoulder = midHip.plus(new Pt(0, -body.trunkPx()));
        set(Keypoint.LEFT_SHOULDER, shoulder);
        set(Keypoint.RIGHT_SHOULDER, shoulder);
        set(Keypoint.NOSE, shoulder.plus(new Pt(dir * 0.050 * body.heightPx(), -body.noseAboveShoulderPx())));
        Pt eye = shoulder.plus(new Pt(dir * 0.040 * body.heightPx(), -body.eyeAboveShoulderPx()));
        set(Keypoint.LEFT_EYE, eye);
        set(Keypoint.RIGHT_EYE, eye);
        Pt ear = shoulder.plus(new Pt(-dir * 0.005 * body.heightPx(), -body.earAboveShoulderPx()));
        set(Keypoint.LEFT_EAR, ear);
        set(Keypoint.RIGHT_EAR, ear);
        swingingArm(body, Keypoint.LEFT_SHOULDER, Keypoint.LEFT_ELBOW, Keypoint.LEFT_WRIST, dir, leftArmDeg);
        swingingArm(body, Keypoint.RIGHT_SHOULDER, Keypoint.RIGHT_ELBOW, Keypoint.RIGHT_WRIST, dir, rightArmDeg);
    }

    private void swingingArm(BodyModel body, Keypoint shoulder, Keypoint elbow, Keypoint wrist, double dir, double deg) {
        double a = Math.toRadians(deg);
        Pt e = get(shoulder).plus(new Pt(dir * Math.sin(a), Math.cos(a)).times(body.upperArmPx()));
        set(elbow, e);
        double f = a + Math.toRadians(15); // the elbow is a little flexed
        set(wrist, e.plus(new Pt(dir * Math.sin(f), Math.cos(f)).times(body.forearmPx())));
    }
}
