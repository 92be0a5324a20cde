package org.medius.kinematics;

import org.medius.model.Keypoint;
import org.medius.model.Pose;
import org.medius.model.Side;

/**
 * Lateral trunk lean (docs/measurement.md, "Angles"): the line from mid-hip to mid-shoulder against the image
 * vertical, degrees.
 *
 * <ul>
 *   <li>{@link #leanTowardsLeftDeg}: the raw lean, + when the shoulders lie towards the person's <b>left</b> of
 *       the mid-hip, - towards the right. Which image direction is the person's left is taken from the hip
 *       labels (the direction from the right hip to the left hip in image x), so the value is the same from in
 *       front and from behind.</li>
 *   <li>{@link #leanDeg}: + towards the stance (or working) side, as the spec asks; it is the raw lean for a
 *       left stance and minus the raw lean for a right stance.</li>
 * </ul>
 * The angle is {@code atan2(lateral offset, height)} of the mid-hip -> mid-shoulder vector, so it lies in
 * (-180, 180]; an upright trunk gives 0. It is measured against the image vertical, not against the pelvis, so
 * camera roll adds to it 1:1 ({@link RollCorrection}).
 *
 * <p>NaN when a hip or shoulder is missing, the hips have the same x (side undefined), or mid-hip and
 * mid-shoulder coincide.
 */
public final class TrunkLean {
    private TrunkLean() {
    }

    /** Raw lean, degrees, + = towards the person's left. */
    public static double leanTowardsLeftDeg(Pose pose) {
        Vec2 midHip = Vec2.mid(Vec2.of(pose, Keypoint.LEFT_HIP), Vec2.of(pose, Keypoint.RIGHT_HIP));
        Vec2 midShoulder = Vec2.mid(Vec2.of(pose, Keypoint.LEFT_SHOULDER), Vec2.of(pose, Keypoint.RIGHT_SHOULDER));
        double leftward = Angles.leftwardXSign(pose.xPx(Keypoint.LEFT_HIP), pose.xPx(Keypoint.RIGHT_HIP));
        Vec2 trunk = midShoulder.minus(midHip);
        // Image "up" is -y; the lateral component is measured along the person's leftward image direction.
        return Angles.atan2Deg(leftward * trunk.xPx(), -trunk.yPx());
    }

    /** Lean, degrees, + = towards the given stance (or working) side. */
    public static double leanDeg(Pose pose, Side stance) {
        double raw = leanTowardsLeftDeg(pose);
        return stance == Side.LEFT ? raw : -raw;
    }
}
