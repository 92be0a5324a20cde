package org.medius.video;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.nio.ByteBuffer;
import org.opencv.core.CvType;
import org.opencv.core.Mat;
import org.opencv.imgproc.Imgproc;

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

    /** Bytes per pixel of {@link #copyBgraTo}'s output. */
    public static final int BGRA_BYTES_PER_PIXEL = 4;

    /** Width of the picture in pixels. */
    public int widthPx() {
        return bgr.cols();
    }

    /** Height of the picture in pixels. */
    public int heightPx() {
        return bgr.rows();
    }

    /**
     * The picture's pixels as B, G, R bytes, row by row, no padding: into {@code reuse} when it has exactly
     * width * height * 3 bytes (so a video loop does not allocate an array per frame), else into a new array. The
     * pose stage reads frames through this, never through OpenCV types.
     */
    public byte[] bgrBytes(byte[] reuse) {
        if (bgr.type() != CvType.CV_8UC3) {
            throw new IllegalStateException("expected an 8-bit 3-channel BGR frame, got " + CvType.typeToString(bgr.type()));
        }
        int size = widthPx() * heightPx() * 3;
        byte[] buf = reuse != null && reuse.length == size ? reuse : new byte[size];
        Mat src = bgr.isContinuous() ? bgr : bgr.clone();
        try {
            src.get(0, 0, buf);
        } finally {
            if (src != bgr) {
                src.release();
            }
        }
        return buf;
    }

    /** Size of {@link #copyBgraTo}'s output: width * height * 4 bytes. */
    public int bgraSizeBytes() {
        return widthPx() * heightPx() * BGRA_BYTES_PER_PIXEL;
    }

    /**
     * Writes the picture as 8-bit BGRA (alpha 255) into {@code dst}, starting at its position, without moving the
     * position: row-major, top row first, {@code widthPx() * 4} bytes per row with no padding, bytes in the order
     * B, G, R, A. That is JavaFX's {@code PixelFormat.getByteBgraPreInstance()} layout (an opaque picture is the
     * same premultiplied or not), so a UI can show frames without depending on OpenCV.
     *
     * <p>A direct buffer is converted by OpenCV straight into its memory (fast, no allocation); a heap buffer goes
     * through a temporary array.
     *
     * @throws IllegalArgumentException if fewer than {@link #bgraSizeBytes()} bytes remain in {@code dst}
     * @throws java.nio.ReadOnlyBufferException if {@code dst} is read-only
     */
    public void copyBgraTo(ByteBuffer dst) {
        int w = widthPx();
        int h = heightPx();
        int size = bgraSizeBytes();
        if (dst.remaining() < size) {
            throw new IllegalArgumentException("BGRA of a " + w + "x" + h + " frame needs " + size
                    + " bytes, the buffer has " + dst.remaining());
        }
        if (dst.isReadOnly()) {
            throw new java.nio.ReadOnlyBufferException();
        }
        if (dst.isDirect()) {
            Mat target = new Mat(h, w, CvType.CV_8UC4, dst.slice());
            try {
                long address = target.dataAddr();
                Imgproc.cvtColor(bgr, target, Imgproc.COLOR_BGR2BGRA);
                if (target.dataAddr() != address) { // cvtColor reallocated instead of writing into the buffer
                    throw new IllegalStateException("BGRA conversion did not write into the given buffer");
                }
            } finally {
                target.release();
            }
            return;
        }
        byte[] pixels = new byte[w * h * 3];
        bgr.get(0, 0, pixels);
        int at = dst.position();
        for (int src = 0; src < pixels.length; src += 3) {
            dst.put(at++, pixels[src]);
            dst.put(at++, pixels[src + 1]);
            dst.put(at++, pixels[src + 2]);
            dst.put(at++, (byte) 0xFF);
        }
    }

    /**
     * The picture shrunk to {@code widthPx x heightPx} and then as
     * {@link #copyBgraTo(ByteBuffer)}. A player shows a 1080p or 4K frame in a window a fraction of that size:
     * shrinking here, on the decoding thread, spares the UI thread copying and scaling the full picture.
     * With the frame's own size this is {@link #copyBgraTo(ByteBuffer)}.
     */
    public void copyBgraTo(ByteBuffer dst, int widthPx, int heightPx) {
        if (widthPx == widthPx() && heightPx == heightPx()) {
            copyBgraTo(dst);
            return;
        }
        if (widthPx <= 0 || heightPx <= 0) {
            throw new IllegalArgumentException("target size must be positive: " + widthPx + "x" + heightPx);
        }
        Mat small = new Mat();
        try {
            // area averaging where it matters (shrinking more than 2x, where bilinear aliases); bilinear, several
            // times faster, otherwise
            boolean strong = widthPx * 2 < widthPx();
            Imgproc.resize(bgr, small, new org.opencv.core.Size(widthPx, heightPx), 0, 0,
                    strong ? Imgproc.INTER_AREA : Imgproc.INTER_LINEAR);
            try (VideoFrame shrunk = new VideoFrame(index, timestampSeconds, small)) {
                shrunk.copyBgraTo(dst);
            }
        } finally {
            small.release();
        }
    }

    /**
     * The upright picture as a new {@link BufferedImage#TYPE_3BYTE_BGR} image, for Java2D drawing and image files.
     * That type stores its pixels as B, G, R bytes row by row, exactly the Mat's layout, so this is one copy of
     * the bytes with no per-pixel conversion.
     */
    public BufferedImage toBufferedImage() {
        BufferedImage image = new BufferedImage(widthPx(), heightPx(), BufferedImage.TYPE_3BYTE_BGR);
        copyTo(image);
        return image;
    }

    /**
     * Copies the picture into an existing {@link BufferedImage#TYPE_3BYTE_BGR} image of the same size, so a caller
     * that draws on every frame of a video can reuse one image instead of allocating one per frame.
     *
     * @throws IllegalArgumentException if the image is of another type or size
     */
    public void copyTo(BufferedImage target) {
        if (target.getType() != BufferedImage.TYPE_3BYTE_BGR || target.getWidth() != widthPx()
                || target.getHeight() != heightPx()) {
            throw new IllegalArgumentException("need a " + widthPx() + "x" + heightPx() + " TYPE_3BYTE_BGR image, got "
                    + target.getWidth() + "x" + target.getHeight() + " of type " + target.getType());
        }
        byte[] pixels = ((DataBufferByte) target.getRaster().getDataBuffer()).getData();
        bgr.get(0, 0, pixels);
    }

    /** Releases the pixel memory. Idempotent. */
    @Override
    public void close() {
        bgr.release();
    }
}
