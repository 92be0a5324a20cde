package org.medius.ui.plot;

import java.util.Objects;
import javafx.scene.paint.Color;

/**
 * A horizontal reference band drawn behind everything else in a {@link TimeSeriesPlot}, with its label at the
 * right edge, e.g. a healthy range "Healthy 13.5–16.8° (Herrington 2014)". The automatic value range always
 * includes the band, so the reference stays visible beside the data.
 *
 * @param low   lower edge, in the plot's value unit (degrees in the viewer)
 * @param high  upper edge, not below {@code low}
 * @param fill  the band's colour; give it some transparency
 * @param label written at the right edge of the band; may be empty
 */
public record PlotBand(double low, double high, Color fill, String label) {

    /** Checks that the band is finite and not reversed. */
    public PlotBand {
        Objects.requireNonNull(fill, "fill");
        Objects.requireNonNull(label, "label");
        if (!Double.isFinite(low) || !Double.isFinite(high) || high < low) {
            throw new IllegalArgumentException("band '" + label + "' needs finite low <= high, got " + low + " to "
                    + high);
        }
    }
}
