package org.medius.ui.plot;

import java.util.Arrays;
import java.util.Objects;
import javafx.scene.paint.Color;

/**
 * One line of a {@link TimeSeriesPlot}: a value per sample time, drawn in one colour and listed by name in the
 * legend and the hover readout.
 *
 * <p>A {@code NaN} value means "no value at this sample" (the subject was not measured): the line breaks there and
 * never joins the finite samples on either side. Times must be finite and non-decreasing, so that the plot can find
 * the visible samples and the sample under the mouse by binary search. Both arrays are copied on the way in and on
 * the way out, so a caller can reuse its buffers and nobody can change a series behind the plot's back.
 *
 * @param name          shown in the legend and the hover readout, e.g. "Left"
 * @param timesSeconds  sample times in seconds on the video's time axis, finite, non-decreasing
 * @param values        one value per time (degrees in the viewer); NaN = no value
 * @param color         the line's colour
 */
public record PlotSeries(String name, double[] timesSeconds, double[] values, Color color) {

    /** Validates the arrays and copies them. */
    public PlotSeries {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(timesSeconds, "timesSeconds");
        Objects.requireNonNull(values, "values");
        Objects.requireNonNull(color, "color");
        if (timesSeconds.length != values.length) {
            throw new IllegalArgumentException("series '" + name + "': " + timesSeconds.length + " times but "
                    + values.length + " values");
        }
        for (int i = 0; i < timesSeconds.length; i++) {
            if (!Double.isFinite(timesSeconds[i])) {
                throw new IllegalArgumentException("series '" + name + "': time " + timesSeconds[i] + " at " + i);
            }
            if (i > 0 && timesSeconds[i] < timesSeconds[i - 1]) {
                throw new IllegalArgumentException("series '" + name + "': times go back at index " + i + " ("
                        + timesSeconds[i - 1] + " s, then " + timesSeconds[i] + " s)");
            }
        }
        timesSeconds = timesSeconds.clone();
        values = values.clone();
    }

    /** A copy of the sample times in seconds. */
    @Override
    public double[] timesSeconds() {
        return timesSeconds.clone();
    }

    /** A copy of the values (NaN = no value). */
    @Override
    public double[] values() {
        return values.clone();
    }

    /** The number of samples. */
    public int size() {
        return values.length;
    }

    /** The sample times without a copy, for the plot's drawing and hit testing; must not be modified. */
    double[] timesView() {
        return timesSeconds;
    }

    /** The values without a copy, for the plot's drawing and hit testing; must not be modified. */
    double[] valuesView() {
        return values;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof PlotSeries that
                && name.equals(that.name)
                && Arrays.equals(timesSeconds, that.timesSeconds)
                && Arrays.equals(values, that.values)
                && color.equals(that.color);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, Arrays.hashCode(timesSeconds), Arrays.hashCode(values), color);
    }

    @Override
    public String toString() {
        return "PlotSeries[" + name + ", " + values.length + " samples, " + color + "]";
    }
}
