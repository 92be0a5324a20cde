package org.medius.eval;

import org.medius.model.Keypoint;
import org.medius.model.Pose;
import org.medius.pose.CropRegion;
import org.medius.pose.FrameImage;
import org.medius.pose.MoveNetModel;
import org.medius.pose.PoseEstimator;

/**
 * A diagnostic estimator: runs our model on each frame with the crop that MoveNet's crop rule gives for the
 * <em>reference's</em> keypoints of the previous frame (the first frame uses the whole frame, as both
 * implementations do on a square video). If our own tracking were at fault, this would land much closer to the
 * reference than {@code MoveNetTracker}; if it does not, the difference lies in the model's output itself.
 *
 * <p>The crop rule is restated here from tfjs-models' {@code determineNextCropRegion} (our copy in
 * {@code org.medius.pose.CropTracking} is package-private): a square centred on the mid-hip, half-side the
 * largest of 1.9 x the torso range and 1.2 x the range of every keypoint scoring at least 0.2, capped at the
 * farthest frame edge; the whole frame when the torso is not seen or the square exceeds it; the corners then pass MoveNet's low-pass
 * (alpha 0.9). The reference has no scores, so our own scores of the previous frame gate the body range.
 */
final class ReferenceCropReplay implements PoseEstimator {
    private static final double MIN_SCORE = 0.2;
    private static final double ALPHA = 0.9;
    private static final int[] TORSO = {
        Keypoint.LEFT_SHOULDER.ordinal(), Keypoint.RIGHT_SHOULDER.ordinal(),
        Keypoint.LEFT_HIP.ordinal(), Keypoint.RIGHT_HIP.ordinal()};

    private final MoveNetModel model;
    private final double[][][] reference;
    private int frame;
    private Pose previous;
    private double[] corners;

    ReferenceCropReplay(MoveNetModel model, double[][][] reference) {
        this.model = model;
        this.reference = reference;
    }

    @Override
    public Pose estimate(FrameImage image) {
        CropRegion crop = frame == 0
                ? new CropRegion(0, 0, 1, 1)
                : smooth(next(reference[frame - 1], previous, image.widthPx(), image.heightPx()));
        previous = model.estimate(image, crop);
        frame++;
        return previous;
    }

    private CropRegion smooth(double[] raw) {
        if (corners == null) {
            corners = raw;
        } else {
            for (int i = 0; i < 4; i++) {
                corners[i] = ALPHA * raw[i] + (1 - ALPHA) * corners[i];
            }
        }
        return new CropRegion(corners[0], corners[1], corners[2], corners[3]);
    }

    /** {yMin, xMin, yMax, xMax} normalised. */
    private static double[] next(double[][] kp, Pose scores, int w, int h) {
        boolean torsoSeen = (scores.confidence(Keypoint.LEFT_HIP) > MIN_SCORE
                || scores.confidence(Keypoint.RIGHT_HIP) > MIN_SCORE)
                && (scores.confidence(Keypoint.LEFT_SHOULDER) > MIN_SCORE
                || scores.confidence(Keypoint.RIGHT_SHOULDER) > MIN_SCORE);
        if (!torsoSeen) {
            return whole(w, h);
        }
        double cx = (kp[Keypoint.LEFT_HIP.ordinal()][0] + kp[Keypoint.RIGHT_HIP.ordinal()][0]) / 2;
        double cy = (kp[Keypoint.LEFT_HIP.ordinal()][1] + kp[Keypoint.RIGHT_HIP.ordinal()][1]) / 2;
        double half = 0;
        for (int k : TORSO) {
            half = Math.max(half, 1.9 * Math.max(Math.abs(cx - kp[k][0]), Math.abs(cy - kp[k][1])));
        }
        for (Keypoint k : Keypoint.values()) {
            if (scores.confidence(k) >= MIN_SCORE) {
                double[] p = kp[k.ordinal()];
                half = Math.max(half, 1.2 * Math.max(Math.abs(cx - p[0]), Math.abs(cy - p[1])));
            }
        }
        half = Math.min(half, Math.max(Math.max(cx, w - cx), Math.max(cy, h - cy)));
        if (half > Math.max(w, h) / 2.0) {
            return whole(w, h);
        }
        return new double[] {(cy - half) / h, (cx - half) / w, (cy + half) / h, (cx + half) / w};
    }

    private static double[] whole(int w, int h) {
        CropRegion r = CropRegion.wholeFramePadded(w, h);
        return new double[] {r.yMin(), r.xMin(), r.yMax(), r.xMax()};
    }

    @Override
    public void reset() {
        frame = 0;
        previous = null;
        corners = null;
    }

    @Override
    public String modelDescription() {
        return model.variant().displayName() + " on the reference's crops";
    }

    @Override
    public void close() {
        // the model belongs to the caller
    }
}
