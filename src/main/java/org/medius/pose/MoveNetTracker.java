package org.medius.pose;

import org.medius.model.Keypoint;
import org.medius.model.Pose;

/**
 * MoveNet on video: each frame is cropped around the person found on the previous frame (see
 * {@link CropTracking}); the crop's corners are smoothed with MoveNet's first-order low-pass (alpha 0.9);
 * when no keypoint is confident the track is dropped and the next frame starts again from the whole frame padded
 * to a square. (The reference implementation retries its first-frame guess, a centred square, after a loss; the
 * whole frame cannot miss a person who stands off-centre.) Keypoints are returned unsmoothed, unlike the
 * reference's default: filtering belongs to the signal stage.
 */
public final class MoveNetTracker implements PoseEstimator {
    private static final double CROP_FILTER_ALPHA = 0.9;

    private final MoveNetModel model;
    private final boolean ownsModel;
    private final double[] filteredCorners = new double[4];
    private CropRegion crop;
    private boolean filterPrimed;
    private boolean firstFrame = true;

    /** Tracks with {@code model}; closing the tracker closes the model when {@code ownsModel}. */
    public MoveNetTracker(MoveNetModel model, boolean ownsModel) {
        this.model = model;
        this.ownsModel = ownsModel;
    }

    @Override
    public Pose estimate(FrameImage frame) {
        if (crop == null) {
            crop = CropRegion.initial(firstFrame, frame.widthPx(), frame.heightPx());
            firstFrame = false;
        }
        Pose pose = model.estimate(frame, crop);
        if (score(pose) == 0.0) {
            dropTrack();
            return pose;
        }
        crop = smooth(CropTracking.next(pose, frame.widthPx(), frame.heightPx()));
        return pose;
    }

    /** The crop that the next call will use (null when the track was dropped); for tests and overlays. */
    public CropRegion nextCrop() {
        return crop;
    }

    /** MoveNet's pose score: mean confidence of the keypoints above the crop threshold, 0 when none is. */
    static double score(Pose pose) {
        double sum = 0;
        int n = 0;
        for (Keypoint k : Keypoint.values()) {
            double c = pose.confidence(k);
            if (c > CropTracking.MIN_CROP_KEYPOINT_SCORE) {
                sum += c;
                n++;
            }
        }
        return n == 0 ? 0.0 : sum / n;
    }

    private CropRegion smooth(CropRegion next) {
        double[] raw = {next.yMin(), next.xMin(), next.yMax(), next.xMax()};
        for (int i = 0; i < 4; i++) {
            filteredCorners[i] = filterPrimed
                    ? CROP_FILTER_ALPHA * raw[i] + (1 - CROP_FILTER_ALPHA) * filteredCorners[i]
                    : raw[i];
        }
        filterPrimed = true;
        return new CropRegion(filteredCorners[0], filteredCorners[1], filteredCorners[2], filteredCorners[3]);
    }

    private void dropTrack() {
        crop = null;
        filterPrimed = false;
    }

    @Override
    public void reset() {
        dropTrack();
        firstFrame = true;
    }

    @Override
    public String modelDescription() {
        return model.variant().displayName() + " (" + model.file().getFileName() + ")";
    }

    @Override
    public void close() {
        if (ownsModel) {
            model.close();
        }
    }
}
