package org.medius.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.medius.kinematics.CameraRoll;
import org.medius.kinematics.RollCorrection;
import org.medius.model.Keypoint;
import org.medius.model.Pose;
import org.medius.signal.Quantiles;
import org.medius.signal.WindowPercentile;

/**
 * Estimates camera roll from the frames on which the person stands on both feet: both ankles (filtered) move
 * slower than {@link #PLANTED_SPEED_LEG_LENGTHS_PER_S} leg lengths per second and both legs are straight (hip to
 * ankle at least {@link #STRAIGHT_LEG_FRACTION} of the standing leg length, so neither the bottom of a squat, where
 * the ankles hide behind the knees and the feet turn out, nor a swing foot slowing at the top of its arc counts).
 * On those frames the ankle line should be level, so its median image angle is the roll ({@link CameraRoll}).
 *
 * <p>The evidence must be strong and consistent: at least {@link #MIN_PLANTED_SECONDS} s of such frames, and every
 * stretch of them of at least {@link #MIN_STRETCH_SECONDS} s must give the same line within
 * {@link #CONSISTENT_DEG} degrees. Otherwise (a foot placed ahead of the other tilts the line: 5 cm of stagger at
 * 3 m reads about 3 degrees; walking's double supports tilt it one way and then the other) nothing is applied and
 * the result says why.
 */
final class RollEstimator {
    /** A planted foot barely moves; a foot in swing moves at several leg lengths per second. */
    static final double PLANTED_SPEED_LEG_LENGTHS_PER_S = 0.25;
    static final double MIN_PLANTED_SECONDS = 0.3;
    /** Standing, or the double support of walking: both legs nearly as long as the standing leg. */
    static final double STRAIGHT_LEG_FRACTION = 0.9;
    /** A stretch this long is one stance of both feet (walking's double support lasts about 0.1-0.15 s). */
    static final double MIN_STRETCH_SECONDS = 0.1;
    /** Stretches that disagree by more than this are not one level floor seen by one tilted camera. */
    static final double CONSISTENT_DEG = 1.5;
    /**
     * How much higher one planted ankle may read than the other on a level camera, in leg lengths: MoveNet's
     * ankle error on a standing person (a few pixels, 1-2 % of the leg) or one foot 5 cm ahead of the other seen from
     * 3 m at hip height (about 0.017 leg lengths). A roll smaller than the angle this makes over the distance between
     * the ankles cannot be told from a level camera.
     */
    static final double ANKLE_HEIGHT_UNCERTAINTY_LEGS = 0.02;
    /** Half the window of the standing leg length: at least a stride of slow walking. */
    static final double LEG_WINDOW_S = 1.25;

    private RollEstimator() {
    }

    /**
     * The estimate, or why there is none.
     *
     * @param correction  the roll to apply; none when the evidence is missing or inconsistent
     * @param found       true when the evidence was strong and consistent
     * @param explanation one plain sentence: the evidence used, or why nothing was applied
     */
    record Estimate(RollCorrection correction, boolean found, String explanation) {
    }

    static Estimate estimate(List<Pose> filtered, double[] timesSeconds) {
        int n = filtered.size();
        double[] legs = standingLegLengthPx(filtered, timesSeconds);
        boolean[] planted = new boolean[n];
        for (int i = 1; i < n - 1; i++) {
            double dt = timesSeconds[i + 1] - timesSeconds[i - 1];
            Pose p = filtered.get(i);
            double leg = legs[i];
            planted[i] = leg > 0 && still(filtered, i, Keypoint.LEFT_ANKLE, dt, leg)
                    && still(filtered, i, Keypoint.RIGHT_ANKLE, dt, leg)
                    && legPx(p, Keypoint.LEFT_HIP, Keypoint.LEFT_ANKLE) >= STRAIGHT_LEG_FRACTION * leg
                    && legPx(p, Keypoint.RIGHT_HIP, Keypoint.RIGHT_ANKLE) >= STRAIGHT_LEG_FRACTION * leg;
        }
        List<Pose> all = new ArrayList<>();
        List<Double> stretchDeg = new ArrayList<>();
        List<Double> apartLegs = new ArrayList<>();
        double seconds = 0;
        int i = 0;
        while (i < n) {
            int j = i;
            while (j + 1 < n && planted[j + 1] == planted[i]) {
                j++;
            }
            double duration = timesSeconds[j] - timesSeconds[i];
            if (planted[i] && duration >= MIN_STRETCH_SECONDS) {
                List<Pose> stretch = filtered.subList(i, j + 1);
                all.addAll(stretch);
                seconds += duration;
                stretchDeg.add(CameraRoll.estimateRollDeg(stretch));
                for (int k = i; k <= j; k++) {
                    Pose p = filtered.get(k);
                    apartLegs.add(Math.abs(p.xPx(Keypoint.LEFT_ANKLE) - p.xPx(Keypoint.RIGHT_ANKLE)) / legs[k]);
                }
            }
            i = j + 1;
        }
        if (seconds < MIN_PLANTED_SECONDS) {
            return none("Camera roll could not be estimated (the person never stood on both feet long enough)");
        }
        double rollDeg = CameraRoll.estimateRollDeg(all);
        double low = stretchDeg.stream().mapToDouble(Double::doubleValue).min().orElse(rollDeg);
        double high = stretchDeg.stream().mapToDouble(Double::doubleValue).max().orElse(rollDeg);
        if (!Double.isFinite(rollDeg) || Math.abs(high - rollDeg) > CONSISTENT_DEG
                || Math.abs(low - rollDeg) > CONSISTENT_DEG) {
            return none(String.format(Locale.ROOT, "Camera roll was not corrected: the ankle line of the %d stretches"
                    + " with both feet planted ranged from %.1f to %.1f degrees, too inconsistent for a tilted camera",
                    stretchDeg.size(), low, high));
        }
        double apart = Quantiles.of(apartLegs.stream().mapToDouble(Double::doubleValue).toArray(), 0.5);
        double resolutionDeg = Math.toDegrees(Math.atan(ANKLE_HEIGHT_UNCERTAINTY_LEGS / apart));
        if (!(Math.abs(rollDeg) > resolutionDeg)) {
            // the resolution comes from the feet's distance apart (docs/pipeline.md); the note stays one line
            return none(String.format(Locale.ROOT, "Camera roll not corrected: the feet's line reads %.1f\u00b0,"
                    + " within ankle keypoint error (%.1f\u00b0)", rollDeg, resolutionDeg));
        }
        return new Estimate(RollCorrection.estimated(rollDeg), true, String.format(Locale.ROOT, "Camera roll %.1f degrees"
                + " was corrected, from the ankle line over %.1f s with both feet planted and the legs straight (%d"
                + " stretch%s agreeing within %.1f degrees). Give --roll none if the camera was level", rollDeg,
                seconds, stretchDeg.size(), stretchDeg.size() == 1 ? "" : "es",
                Math.max(high - rollDeg, rollDeg - low)));
    }

    private static Estimate none(String why) {
        return new Estimate(RollCorrection.none(), false, why);
    }

    private static boolean still(List<Pose> p, int i, Keypoint ankle, double dt, double legPx) {
        double d = Math.hypot(p.get(i + 1).xPx(ankle) - p.get(i - 1).xPx(ankle),
                p.get(i + 1).yPx(ankle) - p.get(i - 1).yPx(ankle));
        return Double.isFinite(d) && d / dt < PLANTED_SPEED_LEG_LENGTHS_PER_S * legPx;
    }

    private static double legPx(Pose p, Keypoint hip, Keypoint ankle) {
        return Math.hypot(p.xPx(hip) - p.xPx(ankle), p.yPx(hip) - p.yPx(ankle));
    }

    /**
     * The straight-leg length around each frame: the 90th percentile of the longer leg's hip-to-ankle length over
     * +-{@value #LEG_WINDOW_S} s (local, because a person walking towards the camera grows in the image).
     */
    private static double[] standingLegLengthPx(List<Pose> poses, double[] timesSeconds) {
        double[] longer = poses.stream().mapToDouble(p -> Math.max(legPx(p, Keypoint.LEFT_HIP, Keypoint.LEFT_ANKLE),
                legPx(p, Keypoint.RIGHT_HIP, Keypoint.RIGHT_ANKLE))).toArray();
        return WindowPercentile.of(longer, timesSeconds, LEG_WINDOW_S, 0.9);
    }

}
