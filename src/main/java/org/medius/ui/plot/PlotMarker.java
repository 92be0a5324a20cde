package org.medius.ui.plot;

import java.util.Objects;
import javafx.scene.paint.Color;

/**
 * A small downward triangle at the top edge of a {@link TimeSeriesPlot}'s data area, marking one instant such as
 * the peak of an event. Its label is listed in the hover readout when the mouse is within a few pixels of it.
 *
 * @param timeSeconds the instant on the video's time axis, seconds
 * @param color       the triangle's colour
 * @param label       e.g. "Peak drop, step 3"; may be empty
 */
public record PlotMarker(double timeSeconds, Color color, String label) {

    /** Checks that the instant is finite. */
    public PlotMarker {
        Objects.requireNonNull(color, "color");
        Objects.requireNonNull(label, "label");
        if (!Double.isFinite(timeSeconds)) {
            throw new IllegalArgumentException("marker '" + label + "' needs a finite time, got " + timeSeconds);
        }
    }
}
