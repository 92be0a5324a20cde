package org.medius.video;

/**
 * A stream of upright frames from one video file, read in order. Implemented by {@link VideoReader} (decodes on
 * the caller's thread) and {@link PrefetchingVideoReader} (decodes ahead on a background thread).
 */
public interface VideoSource extends AutoCloseable {

    /** What the file declares, and the size of the upright picture. */
    VideoInfo info();

    /**
     * The next frame, or {@code null} at the end of the stream. The caller owns the returned frame and should
     * close it.
     *
     * @throws VideoException if the stream cannot be read further, e.g. the file turns out to be truncated
     */
    VideoFrame next() throws VideoException;

    /** Frees the native decoder and any frames not yet handed out. Idempotent. */
    @Override
    void close();
}
