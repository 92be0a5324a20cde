package org.medius.events;

import java.util.Objects;

/**
 * A run of frames with one view, in {@link org.medius.model.FramePose#frameIndex()} numbers: frames
 * {@code startFrame <= i < endFrameExclusive}.
 */
public record ViewSegment(int startFrame, int endFrameExclusive, View view) {
    public ViewSegment {
        Objects.requireNonNull(view, "view");
        if (endFrameExclusive <= startFrame) {
            throw new IllegalArgumentException("empty segment " + startFrame + ".." + endFrameExclusive);
        }
    }

    public boolean contains(int frameIndex) {
        return frameIndex >= startFrame && frameIndex < endFrameExclusive;
    }

    public int frameCount() {
        return endFrameExclusive - startFrame;
    }
}
