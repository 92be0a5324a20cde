package org.medius.pose;

import org.medius.model.Keypoint;
import org.medius.model.Pose;

/**
 * MoveNet's crop-region rule: the next frame is cropped to a square centred on the mid-hip of the current
 * pose, large enough for the torso (x1.9) and for every confident joint (x1.2); when the torso is not
 * confidently seen, or the square would exceed the frame, the whole frame (padded to a square) is used.
 */
final class CropTracking {
    /** Keypoints below this confidence do not steer the crop (MoveNet's MIN_CROP_KEYPOINT_SCORE). */
    static final double MIN_CROP_KEYPOINT_SCORE = 0.2;
    private static final double TORSO_EXPANSION = 1.9;
    private static final double BODY_EXPANSION = 1.2;
    private static final Keypoint[] TORSO = {
        Keypoint.LEFT_SHOULDER, Keypoint.RIGHT_SHOULDER, Keypoint.LEFT_HIP, Keypoint.RIGHT_HIP};

    private CropTracking() {
    }

    static boolean torsoVisible(Pose p) {
        return (p.confidence(Keypoint.LEFT_HIP) > MIN_CROP_KEYPOINT_SCORE
                || p.confidence(Keypoint.RIGHT_HIP) > MIN_CROP_KEYPOINT_SCORE)
                && (p.confidence(Keypoint.LEFT_SHOULDER) > MIN_CROP_KEYPOINT_SCORE
                || p.confidence(Keypoint.RIGHT_SHOULDER) > MIN_CROP_KEYPOINT_SCORE);
    }

    /** The crop for the frame after the one on which {@code pose} (in pixels) was found. */
    static CropRegion next(Pose pose, int widthPx, int heightPx) {
        if (!torsoVisible(pose)) {
            return CropRegion.wholeFramePadded(widthPx, heightPx);
        }
        double cy = (pose.yPx(Keypoint.LEFT_HIP) + pose.yPx(Keypoint.RIGHT_HIP)) / 2;
        double cx = (pose.xPx(Keypoint.LEFT_HIP) + pose.xPx(Keypoint.RIGHT_HIP)) / 2;
        double torsoY = 0;
        double torsoX = 0;
        for (Keypoint k : TORSO) {
            torsoY = Math.max(torsoY, Math.abs(cy - pose.yPx(k)));
            torsoX = Math.max(torsoX, Math.abs(cx - pose.xPx(k)));
        }
        double bodyY = 0;
        double bodyX = 0;
        for (Keypoint k : Keypoint.values()) {
            if (pose.confidence(k) < MIN_CROP_KEYPOINT_SCORE) {
                continue;
            }
            bodyY = Math.max(bodyY, Math.abs(cy - pose.yPx(k)));
            bodyX = Math.max(bodyX, Math.abs(cx - pose.xPx(k)));
        }
        double half = Math.max(Math.max(torsoX * TORSO_EXPANSION, torsoY * TORSO_EXPANSION),
                Math.max(bodyY * BODY_EXPANSION, bodyX * BODY_EXPANSION));
        half = Math.min(half, Math.max(Math.max(cx, widthPx - cx), Math.max(cy, heightPx - cy)));
        if (!(half <= Math.max(widthPx, heightPx) / 2.0)) { // also catches NaN
            return CropRegion.wholeFramePadded(widthPx, heightPx);
        }
        double top = cy - half;
        double left = cx - half;
        return new CropRegion(top / heightPx, left / widthPx, (top + 2 * half) / heightPx, (left + 2 * half) / widthPx);
    }
}
