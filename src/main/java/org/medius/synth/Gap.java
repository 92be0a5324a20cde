package org.medius.synth;

import java.util.Set;
import org.medius.model.Keypoint;

/**
 * Frames {@code fromFrame..toFrame} (inclusive) on which the given keypoints were lost: confidence
 * {@value #CONFIDENCE} and NaN or garbage coordinates.
 */
public record Gap(int fromFrame, int toFrame, GapFill fill, Set<Keypoint> keypoints) {
    public static final double CONFIDENCE = 0.05;

    public Gap {
        if (fromFrame < 0 || toFrame < fromFrame) {
            throw new IllegalArgumentException("a gap needs 0 <= fromFrame <= toFrame: " + fromFrame + ".." + toFrame);
        }
        if (fill == null || keypoints == null || keypoints.isEmpty()) {
            throw new IllegalArgumentException("a gap needs a fill and at least one keypoint");
        }
        keypoints = Set.copyOf(keypoints);
    }

    public boolean covers(int frame, Keypoint k) {
        return frame >= fromFrame && frame <= toFrame && keypoints.contains(k);
    }
}
