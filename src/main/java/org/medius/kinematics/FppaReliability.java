package org.medius.kinematics;

import java.util.List;
import org.medius.model.Pose;
import org.medius.model.Side;
import org.medius.signal.Quantiles;

/**
 * When FPPA can be trusted (docs/measurement.md, "Angles"): FPPA is unreliable when hip height approaches knee
 * height (deep squat, deep lunge). A frame is flagged unreliable when the thigh's projected length |K - H|, or the
 * height of the hip above the knee in the image (y(K) - y(H)), is under {@value #MIN_THIGH_FRACTION} of the standing
 * thigh length of the same side. The height is the spec's own words; it also catches a deep squat with the knees
 * pushed out, where the thigh lies nearly level in the image at full length and FPPA read -75 to -103 degrees
 * (issue 13). The shank likewise: a knee less than {@value #MIN_THIGH_FRACTION} of the standing thigh above the
 * ankle (the back leg of a lunge, kneeling) is unreliable. The standing thigh stands in for the standing shank:
 * the two are about equally long (0.245 and 0.246 of body height: Winter, Biomechanics and Motor Control of Human
 * Movement, 4th ed., Wiley 2009, Fig. 4.1, the segment lengths after Drillis and Contini 1966, as in
 * {@code synth.BodyModel}).
 *
 * <p>The standing length is not known per frame; {@link #standingThighLengthPx(double[])} takes the
 * {@value #DEFAULT_STANDING_PERCENTILE}th percentile of the thigh lengths over a series (the video, or a standing
 * window). A high percentile rather than the maximum, so that a few frames with a misplaced keypoint do not
 * inflate the reference. Exactly half the standing length still counts as reliable.
 */
public final class FppaReliability {
    /** Frames whose projected thigh is shorter than this fraction of the standing thigh are unreliable. */
    public static final double MIN_THIGH_FRACTION = 0.5;
    /** The percentile of the thigh-length series used as the standing thigh length. */
    public static final double DEFAULT_STANDING_PERCENTILE = 95;

    private FppaReliability() {
    }

    /** Projected thigh length |K - H| of the side, pixels; NaN when hip or knee is missing. */
    public static double thighLengthPx(Pose pose, Side side) {
        return Vec2.of(pose, side.knee()).minus(Vec2.of(pose, side.hip())).length();
    }

    /** False when the thigh is shorter than half the standing length, or either length is NaN or not positive. */
    public static boolean isReliable(double thighLengthPx, double standingThighLengthPx) {
        return standingThighLengthPx > 0 && thighLengthPx >= MIN_THIGH_FRACTION * standingThighLengthPx;
    }

    public static boolean isReliable(Pose pose, Side side, double standingThighLengthPx) {
        double hipAboveKneePx = pose.yPx(side.knee()) - pose.yPx(side.hip());
        double kneeAboveAnklePx = pose.yPx(side.ankle()) - pose.yPx(side.knee());
        return isReliable(thighLengthPx(pose, side), standingThighLengthPx)
                && isReliable(hipAboveKneePx, standingThighLengthPx)
                && isReliable(kneeAboveAnklePx, standingThighLengthPx);
    }

    /** The {@value #DEFAULT_STANDING_PERCENTILE}th percentile of the finite thigh lengths; NaN when there are none. */
    public static double standingThighLengthPx(double[] thighLengthsPx) {
        return standingThighLengthPx(thighLengthsPx, DEFAULT_STANDING_PERCENTILE);
    }

    /**
     * The given percentile (0..100, linear interpolation between order statistics, as numpy's default) of the
     * finite thigh lengths; NaN values (missing keypoints) are skipped; NaN when none is finite.
     */
    public static double standingThighLengthPx(double[] thighLengthsPx, double percentile) {
        if (!(percentile >= 0 && percentile <= 100)) {
            throw new IllegalArgumentException("percentile must lie in [0, 100]: " + percentile);
        }
        return Quantiles.of(thighLengthsPx, percentile / 100);
    }

    /** The standing thigh length of one side over a series of poses (e.g. the whole video). */
    public static double standingThighLengthPx(List<Pose> poses, Side side) {
        return standingThighLengthPx(poses.stream().mapToDouble(p -> thighLengthPx(p, side)).toArray());
    }
}
