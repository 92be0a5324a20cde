package org.medius.pose;

import org.medius.model.Pose;

/**
 * Finds one person's keypoints on consecutive frames of a video. Implementations may keep state between
 * frames (where the person was); {@link #reset()} forgets it, e.g. before a new video or after a seek.
 * Not thread-safe.
 */
public interface PoseEstimator extends AutoCloseable {

    /** The next frame of the video; keypoints in pixels of {@code frame}. Never null; never throws on an empty frame. */
    Pose estimate(FrameImage frame);

    /**
     * The next frame, with its real presentation time: estimators that predict motion between frames use it
     * (the default ignores it).
     */
    default Pose estimate(FrameImage frame, double timestampSeconds) {
        return estimate(frame);
    }

    void reset();

    /** Model name and version, recorded with every result. */
    String modelDescription();

    @Override
    void close();
}
