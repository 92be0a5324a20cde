package org.medius.kinematics;

import org.medius.model.Pose;
import org.medius.model.Side;

/**
 * Contralateral pelvic drop (docs/measurement.md, "Angles"). For stance side s and the other (swing) side c:
 * <pre>CPD_s = atan2(y(H_c) - y(H_s), |x(H_c) - x(H_s)|)</pre>
 * in degrees on pixel coordinates (y down). Positive = the swing-side hip is lower than the stance-side hip =
 * drop; negative = the swing side is hiked. Independent of whether the person faces the camera.
 *
 * <p>NaN when a hip is missing or both hips are at the same pixel. Camera roll adds to it 1:1; see
 * {@link RollCorrection}.
 */
public final class ContralateralPelvicDrop {
    private ContralateralPelvicDrop() {
    }

    public static double cpdDeg(Pose pose, Side stance) {
        Vec2 hs = Vec2.of(pose, stance.hip());
        Vec2 hc = Vec2.of(pose, stance.other().hip());
        return Angles.atan2Deg(hc.yPx() - hs.yPx(), Math.abs(hc.xPx() - hs.xPx()));
    }
}
