package org.medius.export.report;

import java.awt.image.BufferedImage;
import java.util.Optional;

/**
 * The pictures of the report's key frames: a video frame with the skeleton drawn on it. Implemented from the video
 * (decoding and drawing live elsewhere); the report works without them and then says the key frame is not
 * available.
 */
@FunctionalInterface
public interface KeyFrames {

    /**
     * @param framePosition a position in {@code Analysis.frames()}
     * @return the frame with the skeleton, or empty when the picture cannot be had (no video given)
     */
    Optional<BufferedImage> frameWithSkeleton(int framePosition);

    /** No pictures: every key frame is "not available". */
    static KeyFrames none() {
        return framePosition -> Optional.empty();
    }
}
