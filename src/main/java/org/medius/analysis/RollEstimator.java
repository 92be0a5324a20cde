package org.medius.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.medius.kinematics.CameraRoll;
import org.medius.kinematics.RollCorrection;
import org.medius.model.Keypoint;
import org.medius.model.Pose;

/**
 * Estimates camera roll from the frames on which both feet are planted: both ankles (filtered) move vertically
 * slower than {@link #PLANTED_SPEED_LEG_LENGTHS_PER_S} leg lengths per second and each lies within
 * {@link #FLOOR_BAND_LEG_LENGTHS} leg lengths of its own floor level (the 90th percentile of its image y, low in the
 * image), so a swing foot slowing at the top of its arc is not taken for a planted one. On those frames the ankle line
 * should be level, so its median image angle is the roll ({@link CameraRoll}). Needs at least
 * {@link #MIN_PLANTED_SECONDS} of such frames; otherwise there is no estimate and no correction.
 */
final class RollEstimator {
    /** A planted foot barely moves; a foot in swing moves at several leg lengths per second. */
    static final double PLANTED_SPEED_LEG_LENGTHS_PER_S = 0.25;
    static final double MIN_PLANTED_SECONDS = 0.3;
    /** How far above its floor level a planted ankle may lie (a Medius choice: MoveNet's ankles jitter a few px). */
    static final double FLOOR_BAND_LEG_LENGTHS = 0.08;

    private RollEstimator() {
    }

    static Optional<RollCorrection> estimate(List<Pose> filtered, double[] timesSeconds) {
        int n = filtered.size();
        double leg = medianLegLengthPx(filtered);
        if (!(leg > 0) || n < 3) {
            return Optional.empty();
        }
        double leftFloor = floorYPx(filtered, Keypoint.LEFT_ANKLE);
        double rightFloor = floorYPx(filtered, Keypoint.RIGHT_ANKLE);
        double band = FLOOR_BAND_LEG_LENGTHS * leg;
        List<Pose> planted = new ArrayList<>();
        double plantedSeconds = 0;
        for (int i = 1; i < n - 1; i++) {
            double dt = timesSeconds[i + 1] - timesSeconds[i - 1];
            Pose p = filtered.get(i);
            if (still(filtered, i, Keypoint.LEFT_ANKLE, dt, leg) && still(filtered, i, Keypoint.RIGHT_ANKLE, dt, leg)
                    && p.yPx(Keypoint.LEFT_ANKLE) > leftFloor - band && p.yPx(Keypoint.RIGHT_ANKLE) > rightFloor - band) {
                planted.add(filtered.get(i));
                plantedSeconds += dt / 2;
            }
        }
        if (plantedSeconds < MIN_PLANTED_SECONDS) {
            return Optional.empty();
        }
        return CameraRoll.estimate(planted);
    }

    /** The 90th percentile of an ankle's image y: its level on the floor (image y grows downwards). */
    private static double floorYPx(List<Pose> poses, Keypoint ankle) {
        double[] y = poses.stream().mapToDouble(p -> p.yPx(ankle)).filter(Double::isFinite).sorted().toArray();
        return y.length == 0 ? Double.NaN : y[(int) Math.floor(0.9 * (y.length - 1))];
    }

    private static boolean still(List<Pose> p, int i, Keypoint ankle, double dt, double legPx) {
        double dy = p.get(i + 1).yPx(ankle) - p.get(i - 1).yPx(ankle);
        return Double.isFinite(dy) && Math.abs(dy) / dt < PLANTED_SPEED_LEG_LENGTHS_PER_S * legPx;
    }

    private static double medianLegLengthPx(List<Pose> poses) {
        double[] lengths = poses.stream().flatMapToDouble(p -> java.util.stream.DoubleStream.of(
                Math.hypot(p.xPx(Keypoint.LEFT_HIP) - p.xPx(Keypoint.LEFT_ANKLE), p.yPx(Keypoint.LEFT_HIP) - p.yPx(Keypoint.LEFT_ANKLE)),
                Math.hypot(p.xPx(Keypoint.RIGHT_HIP) - p.xPx(Keypoint.RIGHT_ANKLE), p.yPx(Keypoint.RIGHT_HIP) - p.yPx(Keypoint.RIGHT_ANKLE))))
                .filter(Double::isFinite).sorted().toArray();
        return lengths.length == 0 ? Double.NaN : lengths[lengths.length / 2];
    }
}
