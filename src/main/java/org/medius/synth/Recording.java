package org.medius.synth;

import java.util.List;
import org.medius.events.View;

/**
 * How the motion is filmed and spoiled: the camera and clock, and the noise, gaps and low confidences added to the
 * noise-free track.
 *
 * @param view                where the camera stands
 * @param fps                 nominal frame rate
 * @param jitterFraction      frame-time jitter, fraction of the frame period, in [0, 0.5)
 * @param widthPx             image width
 * @param heightPx            image height
 * @param bodyHeightPx        standing body height in the image
 * @param rollDeg             camera roll, sign as {@link org.medius.kinematics.RollCorrection}: + = the floor's
 *                            image-right end lower (the scene turned clockwise on screen about the image centre)
 * @param noisePx             standard deviation of the Gaussian noise added to every coordinate
 * @param seed                seed of noise, garbage and jitter
 * @param confidence          confidence of every keypoint outside gaps and the low-confidence start
 * @param lowConfidenceFrames the first frames, whose keypoints get {@code lowConfidence}
 * @param lowConfidence       confidence on those frames
 * @param gaps                lost keypoints
 */
record Recording(View view, double fps, double jitterFraction, double widthPx, double heightPx, double bodyHeightPx,
        double rollDeg, double noisePx, long seed, double confidence, int lowConfidenceFrames, double lowConfidence,
        List<Gap> gaps) {

    Recording {
        if (!(fps > 0 && fps <= 10_000)) {
            throw new IllegalArgumentException("frame rate must lie in (0, 10000]: " + fps);
        }
        if (!(jitterFraction >= 0 && jitterFraction < 0.5)) {
            throw new IllegalArgumentException("jitter must lie in [0, 0.5) frame periods: " + jitterFraction);
        }
        if (!(widthPx > 0 && heightPx > 0)) {
            throw new IllegalArgumentException("image size must be positive");
        }
        if (!(noisePx >= 0) || !Double.isFinite(rollDeg)) {
            throw new IllegalArgumentException("noise must be >= 0 px and roll finite");
        }
        gaps = List.copyOf(gaps);
    }
}
