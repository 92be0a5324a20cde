package org.medius.video;

import org.opencv.core.Mat;

/**
 * One decoded picture. The frame owns its Mat: close it (or hand it on and let the receiver close it) when done,
 * which frees the native pixel memory at once instead of at some later garbage collection.
 *
 * @param index            number of the frame among those decoded from this file, from 0
 * @param timestampSeconds the frame's presentation time from the stream's timestamps, relative to the start of the
 *                         video stream (so variable frame rate footage keeps its real timing); strictly
 *                         increasing from frame to frame
 * @param bgr              the upright picture, {@code CV_8UC3}, BGR, continuous
 */
public record VideoFrame(int index, double timestampSeconds, Mat bgr) implements AutoCloseable {

    /** Releases the pixel memory. Idempotent. */
    @Override
    public void close() {
        bgr.release();
    }
}
