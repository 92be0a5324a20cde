package org.medius.pose;

import org.opencv.core.CvType;
import org.opencv.core.Mat;

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
     * Copies an OpenCV CV_8UC3 BGR Mat, reusing {@code reuse}'s buffer when it has the same size (so a video
     * loop does not allocate a new array per frame).
     */
    public static FrameImage fromMat(Mat mat, FrameImage reuse) {
        if (mat.type() != CvType.CV_8UC3) {
            throw new IllegalArgumentException("expected an 8-bit 3-channel BGR frame, got " + CvType.typeToString(mat.type()));
        }
        int w = mat.cols();
        int h = mat.rows();
        byte[] buf = reuse != null && reuse.widthPx == w && reuse.heightPx == h ? reuse.bgr : new byte[w * h * 3];
        Mat src = mat.isContinuous() ? mat : mat.clone();
        try {
            src.get(0, 0, buf);
        } finally {
            if (src != mat) {
                src.release();
            }
        }
        return reuse != null && reuse.bgr == buf ? reuse : new FrameImage(w, h, buf);
    }
}
