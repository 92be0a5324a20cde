package org.medius.kinematics;

import java.util.List;
import java.util.Optional;
import org.medius.model.Keypoint;
import org.medius.model.Pose;
import org.medius.signal.Quantiles;

/**
 * Estimates camera roll (sign as in {@link RollCorrection}) from the line through both ankles over a calibration
 * window in which both feet are planted on level ground (e.g. quiet standing before the task).
 *
 * <p>Per frame, the ankle line angle is {@code atan2(y_b - y_a, x_b - x_a)} with a the ankle further to the image
 * left and b the one further to the image right (image order, not labels: it measures the image, not the
 * person); + = image-right ankle lower. The estimate is the median over frames where both ankles were seen, so
 * a few frames with a misplaced ankle do not move it. Choosing the window (both feet planted) is the caller's
 * job; the estimate assumes the floor is level and the ankles are at the same height above it.
 */
public final class CameraRoll {
    private CameraRoll() {
    }

    /** Ankle line angle of one frame, degrees; NaN when an ankle is missing or both ankles share an x. */
    public static double ankleLineDeg(Pose pose) {
        Vec2 l = Vec2.of(pose, Keypoint.LEFT_ANKLE);
        Vec2 r = Vec2.of(pose, Keypoint.RIGHT_ANKLE);
        if (l.xPx() == r.xPx()) {
            return Double.NaN;
        }
        Vec2 a = l.xPx() < r.xPx() ? l : r;
        Vec2 b = a == l ? r : l;
        return Angles.atan2Deg(b.yPx() - a.yPx(), b.xPx() - a.xPx());
    }

    /** Median ankle line angle over the window, degrees; NaN when no frame has both ankles. */
    public static double estimateRollDeg(List<Pose> calibrationWindow) {
        return Quantiles.median(calibrationWindow.stream().mapToDouble(CameraRoll::ankleLineDeg).toArray());
    }

    /** The estimate as a correction to confirm or override; empty when no frame has both ankles. */
    public static Optional<RollCorrection> estimate(List<Pose> calibrationWindow) {
        double rollDeg = estimateRollDeg(calibrationWindow);
        return Double.isNaN(rollDeg) ? Optional.empty() : Optional.of(RollCorrection.estimated(rollDeg));
    }
}
