package org.medius.events;

import java.util.Objects;
import org.medius.model.Side;

/**
 * One stance phase or one repetition, in positions of the analysed frame list (0 = the first decoded frame).
 *
 * @param kind       stance or repetition
 * @param side       the stance foot for a stance; the working (front or stance) leg for a lunge or a single-leg
 *                   squat; for a two-legged squat each repetition appears once per side, with the same frames
 * @param startFrame foot strike, or the start of the descent
 * @param keyFrame   for a repetition its bottom (mid-hip lowest); for a stance the foot strike's mid-point
 *                   between strike and toe-off (the per-event metrics find their own peak frames)
 * @param endFrame   toe-off (the last frame of stance), or the end of the ascent; inclusive
 */
public record MovementEvent(EventKind kind, Side side, int startFrame, int keyFrame, int endFrame) {
    public MovementEvent {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(side, "side");
        if (!(startFrame <= keyFrame && keyFrame <= endFrame)) {
            throw new IllegalArgumentException("frames out of order: " + startFrame + ", " + keyFrame + ", " + endFrame);
        }
    }

    public boolean contains(int frame) {
        return frame >= startFrame && frame <= endFrame;
    }
}
