package org.medius.ui.player;

import java.nio.ByteBuffer;

/**
 * One frame ready to show, handed to a {@link FrameSource}'s sink.
 *
 * <p>The pixels are valid <em>only while the sink runs</em>: the buffer belongs to the source's small pool and is
 * reused for a later frame as soon as the sink returns. A sink copies them before returning (for JavaFX:
 * {@code PixelWriter.setPixels(0, 0, widthPx, heightPx, PixelFormat.getByteBgraPreInstance(), bgra,
 * widthPx * 4)}) and neither keeps nor modifies the buffer.
 *
 * @param frameIndex       the frame's number in the video, from 0
 * @param timestampSeconds the frame's presentation time from the stream, relative to the start of the video
 * @param widthPx          picture width (upright, after any rotation)
 * @param heightPx         picture height
 * @param bgra             the pixels from position 0 to the limit {@code widthPx * heightPx * 4}: 8-bit B, G, R,
 *                         A (always 255), row-major, top row first, {@code widthPx * 4} bytes per row
 */
public record DecodedFrame(int frameIndex, double timestampSeconds, int widthPx, int heightPx, ByteBuffer bgra) {

    /** Bytes from one row to the next in {@link #bgra()}. */
    public int rowStrideBytes() {
        return widthPx * 4;
    }
}
