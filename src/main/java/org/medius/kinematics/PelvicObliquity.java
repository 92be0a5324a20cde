package org.medius.kinematics;

import org.medius.model.Pose;
import org.medius.model.Side;

/**
 * Plain pelvic obliquity per frame (docs/measurement.md, "Angles"): the tilt of the hip-hip line in the image,
 * signed, <b>positive when the person's left hip is lower</b> (larger image y) than the right.
 *
 * <p>{@code obliquityDeg = atan2(y(H_L) - y(H_R), |x(H_L) - x(H_R)|)} on pixel coordinates of the upright
 * frame. The absolute value in the denominator makes the result independent of the view: the same pelvis gives
 * the same value from in front and from behind. It equals {@link ContralateralPelvicDrop#cpdDeg CPD} with the
 * right leg as stance and minus CPD with the left leg as stance.
 *
 * <p>Range (-90, 90] degrees. NaN when a hip is missing or both hips are at the same pixel.
 */
public final class PelvicObliquity {
    private PelvicObliquity() {
    }

    public static double obliquityDeg(Pose pose) {
        return ContralateralPelvicDrop.cpdDeg(pose, Side.RIGHT);
    }
}
