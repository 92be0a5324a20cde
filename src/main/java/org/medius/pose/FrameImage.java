package org.medius.pose;

import org.medius.video.VideoFrame;

/**
 * An 8-bit BGR picture (OpenCV's channel order), row-major, 3 bytes per pixel, no row padding. The pose
 * stage reads it; it never changes it.
 */
public record FrameImage(int widthPx, int heightPx, byte[] bgr) {

    public FrameImage {
        if (widthPx <= 0 || heightPx <= 0 || bgr.length != widthPx * heightPx * 3) {
            throw new IllegalArgumentException(
                    "a " + widthPx + "x" + heightPx + " BGR image needs " + widthPx * heightPx * 3 + " bytes");
        }
    }

    /**
     * Copies a decoded frame, reusing {@code reuse}'s buffer when it has the same size (so a video loop does not
     * allocate a new array per frame).
     */
    public static FrameImage fromFrame(VideoFrame frame, FrameImage reuse) {
        int w = frame.widthPx();
        int h = frame.heightPx();
        boolean same = reuse != null && reuse.widthPx == w && reuse.heightPx == h;
        byte[] buf = frame.bgrBytes(same ? reuse.bgr : null);
        return same && reuse.bgr == buf ? reuse : new FrameImage(w, h, buf);
    }
}
