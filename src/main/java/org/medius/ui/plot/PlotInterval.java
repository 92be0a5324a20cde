package org.medius.ui.plot;

import java.util.Objects;
import javafx.scene.paint.Color;

/**
 * A shaded span of time behind the data of a {@link TimeSeriesPlot}, e.g. a left stance phase in one tint, a right
 * stance in another, or one repetition of a squat. Its label is listed in the hover readout while the mouse is
 * inside the span (it is not written on the plot, where overlapping spans would make it unreadable).
 *
 * @param startSeconds start of the span on the video's time axis, seconds
 * @param endSeconds   end of the span, seconds, not before the start
 * @param fill         the tint; give it some transparency so the grid and neighbouring spans stay visible
 * @param label        e.g. "Left stance"; may be empty
 */
public record PlotInterval(double startSeconds, double endSeconds, Color fill, String label) {

    /** Checks that the span is finite and not reversed. */
    public PlotInterval {
        Objects.requireNonNull(fill, "fill");
        Objects.requireNonNull(label, "label");
        if (!Double.isFinite(startSeconds) || !Double.isFinite(endSeconds) || endSeconds < startSeconds) {
            throw new IllegalArgumentException("interval '" + label + "' must run forward in finite time, got "
                    + startSeconds + " s to " + endSeconds + " s");
        }
    }

    /** Whether {@code timeSeconds} lies in the span, ends included. */
    public boolean contains(double timeSeconds) {
        return timeSeconds >= startSeconds && timeSeconds <= endSeconds;
    }
}
