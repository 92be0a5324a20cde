package org.medius.ui.plot;

import java.util.List;

/**
 * The geometry of one plot: where the data area lies inside the plot (fixed insets for the title, the tick labels
 * and the markers), and the linear mapping between (time in seconds, value) and pixels in the plot's own
 * coordinates. Also chooses the value range and "nice" tick values. Pure Java, no JavaFX, so it can be tested
 * without a screen.
 *
 * <p>Time grows to the right from the data area's left edge ({@code t0}) to its right edge ({@code t1}); values
 * grow upwards from the bottom edge ({@code low}) to the top edge ({@code high}).
 *
 * <p><b>Value range.</b> In automatic mode (the default) {@link #fitValueRange} takes the smallest range that
 * covers every finite value of every series, every reference band and 0 (so the sign of an angle is always
 * visible), padded by 5 % of its span on both sides. {@link #setValueRange} fixes the range instead.
 */
public final class PlotAxes {
    /** Padding added above and below the automatic value range, as a fraction of its span. */
    public static final double AUTO_RANGE_PADDING = 0.05;

    private static final double[] TIME_STEPS_FROM_10_SECONDS = {10, 15, 30, 60, 120, 300, 600, 900, 1800, 3600};

    private final double leftInsetPx;
    private final double topInsetPx;
    private final double rightInsetPx;
    private final double bottomInsetPx;
    private double widthPx;
    private double heightPx;
    private double t0Seconds = 0;
    private double t1Seconds = 1;
    private double valueLow = 0;
    private double valueHigh = 1;
    private boolean autoRange = true;

    /** Axes whose data area keeps the given distances from the plot's edges. */
    public PlotAxes(double leftInsetPx, double topInsetPx, double rightInsetPx, double bottomInsetPx) {
        if (leftInsetPx < 0 || topInsetPx < 0 || rightInsetPx < 0 || bottomInsetPx < 0) {
            throw new IllegalArgumentException("insets must not be negative");
        }
        this.leftInsetPx = leftInsetPx;
        this.topInsetPx = topInsetPx;
        this.rightInsetPx = rightInsetPx;
        this.bottomInsetPx = bottomInsetPx;
    }

    /** Sets the whole plot's size; the data area is what the insets leave (never negative). */
    public void setSizePx(double widthPx, double heightPx) {
        this.widthPx = Math.max(0, widthPx);
        this.heightPx = Math.max(0, heightPx);
    }

    /** Sets the visible time window; {@code t1Seconds} must be after {@code t0Seconds}. */
    public void setTimeWindow(double t0Seconds, double t1Seconds) {
        if (!Double.isFinite(t0Seconds) || !Double.isFinite(t1Seconds) || !(t1Seconds > t0Seconds)) {
            throw new IllegalArgumentException("time window must be finite and run forward, got " + t0Seconds
                    + " s to " + t1Seconds + " s");
        }
        this.t0Seconds = t0Seconds;
        this.t1Seconds = t1Seconds;
    }

    /** Fixes the value range (leaving automatic mode); {@code high} must be above {@code low}. */
    public void setValueRange(double low, double high) {
        requireRange(low, high);
        this.valueLow = low;
        this.valueHigh = high;
        this.autoRange = false;
    }

    /** Switches automatic range on or off; takes effect at the next {@link #fitValueRange}. */
    public void setAutoRange(boolean autoRange) {
        this.autoRange = autoRange;
    }

    /** Whether the value range follows the data. */
    public boolean isAutoRange() {
        return autoRange;
    }

    /** In automatic mode, sets the range to {@link #autoValueRange} of the data; otherwise does nothing. */
    public void fitValueRange(List<PlotSeries> series, List<PlotBand> bands) {
        if (autoRange) {
            double[] range = autoValueRange(series, bands);
            valueLow = range[0];
            valueHigh = range[1];
        }
    }

    /**
     * The range {@code {low, high}} covering every finite value, every band and 0, padded by 5 % of the span on
     * both sides; at least {@value #MIN_VALUE_SPAN} wide, centred on the values ({@code {-1, 1}} when all is 0), so a
     * nearly flat curve is drawn flat rather than blown up into noise with unreadable tick labels.
     */
    /**
     * The narrowest automatic value range, in the plots' unit (degrees): a change below a degree is within the pose
     * model's keypoint noise for these angles, so it is not stretched over the plot's height.
     */
    public static final double MIN_VALUE_SPAN = 2;

    public static double[] autoValueRange(List<PlotSeries> series, List<PlotBand> bands) {
        double low = 0;
        double high = 0;
        for (PlotSeries s : series) {
            for (double v : s.valuesView()) {
                if (Double.isFinite(v)) {
                    low = Math.min(low, v);
                    high = Math.max(high, v);
                }
            }
        }
        for (PlotBand b : bands) {
            low = Math.min(low, b.low());
            high = Math.max(high, b.high());
        }
        double span = high - low;
        if (span < MIN_VALUE_SPAN / (1 + 2 * AUTO_RANGE_PADDING)) {
            double centre = (low + high) / 2;
            return new double[] {centre - MIN_VALUE_SPAN / 2, centre + MIN_VALUE_SPAN / 2};
        }
        return new double[] {low - AUTO_RANGE_PADDING * span, high + AUTO_RANGE_PADDING * span};
    }

    /** The x in pixels (plot coordinates) of time {@code tSeconds}; outside the data area for times outside the window. */
    public double timeToXPx(double tSeconds) {
        return plotLeftPx() + (tSeconds - t0Seconds) / (t1Seconds - t0Seconds) * plotWidthPx();
    }

    /** The time in seconds at x pixels (plot coordinates), not clamped to the window. */
    public double xPxToTime(double xPx) {
        double w = plotWidthPx();
        return w > 0 ? t0Seconds + (xPx - plotLeftPx()) / w * (t1Seconds - t0Seconds) : t0Seconds;
    }

    /** The y in pixels (plot coordinates, growing downwards) of {@code value}. */
    public double valueToYPx(double value) {
        return plotBottomPx() - (value - valueLow) / (valueHigh - valueLow) * plotHeightPx();
    }

    /** The value at y pixels (plot coordinates). */
    public double yPxToValue(double yPx) {
        double h = plotHeightPx();
        return h > 0 ? valueLow + (plotBottomPx() - yPx) / h * (valueHigh - valueLow) : valueLow;
    }

    /** {@code tSeconds} clamped into the time window. */
    public double clampTime(double tSeconds) {
        return Math.min(Math.max(tSeconds, t0Seconds), t1Seconds);
    }

    /** Nice ticks for the value axis, at most {@code maxTicks} of them; see {@link #niceTicks}. */
    public double[] valueTicks(int maxTicks) {
        return niceTicks(valueLow, valueHigh, maxTicks);
    }

    /** Nice ticks for the time axis, at most {@code maxTicks} of them; see {@link #niceTimeTicks}. */
    public double[] timeTicks(int maxTicks) {
        return niceTimeTicks(t0Seconds, t1Seconds, maxTicks);
    }

    /**
     * Tick values in {@code [low, high]} at the multiples of the smallest step of the form 1, 2 or 5 × 10^k that
     * gives at most {@code maxTicks} ticks (e.g. 0..17.3 with 5 ticks: 0, 5, 10, 15). Each tick is computed as
     * an integer times the step's mantissa and power of ten, so 0.6 comes out as 0.6, not 0.6000000000000001.
     */
    public static double[] niceTicks(double low, double high, int maxTicks) {
        requireRange(low, high);
        double step = niceStep((high - low) / (Math.max(2, maxTicks) - 1));
        double[] t = ticks(low, high, step);
        for (int tries = 0; t.length < 2 && tries < 3; tries++) { // an axis needs two labels to be read
            step = smallerNiceStep(step);
            t = ticks(low, high, step);
        }
        return t;
    }

    /** The next smaller step of the 1, 2, 5 series: 5 -> 2 -> 1 -> 0.5 ... */
    static double smallerNiceStep(double step) {
        int exponent = (int) Math.floor(Math.log10(step) + 1e-9);
        double mantissa = step / pow10(exponent);
        return mantissa > 4.5 ? 2 * pow10(exponent) : mantissa > 1.5 ? pow10(exponent) : 5 * pow10(exponent - 1);
    }

    /**
     * Like {@link #niceTicks} for seconds, but from 10 s up the steps are clock-friendly: 10, 15, 30 s, 1, 2, 5,
     * 10, 15, 30 min, 1 h (so a 10-minute video is labelled 0:00, 2:00, 4:00 … rather than at multiples of 200 s).
     */
    public static double[] niceTimeTicks(double t0Seconds, double t1Seconds, int maxTicks) {
        requireRange(t0Seconds, t1Seconds);
        double raw = (t1Seconds - t0Seconds) / (Math.max(2, maxTicks) - 1);
        double step = niceStep(raw);
        if (step > 10) {
            for (double clock : TIME_STEPS_FROM_10_SECONDS) {
                if (clock >= raw) {
                    step = clock;
                    break;
                }
            }
        }
        return ticks(t0Seconds, t1Seconds, step);
    }

    /** The smallest number of the form 1, 2 or 5 × 10^k that is at least {@code raw} (> 0). */
    public static double niceStep(double raw) {
        if (!(raw > 0) || !Double.isFinite(raw)) {
            throw new IllegalArgumentException("step must be positive and finite, got " + raw);
        }
        int exponent = (int) Math.floor(Math.log10(raw));
        double power = pow10(exponent);
        double fraction = raw / power;
        double mantissa = fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 5 ? 5 : 10;
        return exactMultiple(1, mantissa, exponent);
    }

    /** The number of decimals that labels at multiples of {@code step} need (0 for 1, 2, 5, 10 …; 1 for 0.5 …). */
    public static int decimalsFor(double step) {
        return Math.max(0, (int) -Math.floor(Math.log10(step) + 1e-9));
    }

    private static double[] ticks(double low, double high, double step) {
        // step = mantissa × 10^exponent with an integer mantissa, so k × mantissa is an exact integer: a whole step
        // (1, 15, 120 …) is its own mantissa, a fractional one (0.5, 0.02 …) is 1, 2 or 5 × a negative power of ten
        boolean whole = step >= 1 && step == Math.rint(step);
        int exponent = whole ? 0 : (int) Math.floor(Math.log10(step) + 1e-9);
        double mantissa = whole ? step : Math.rint(step / pow10(exponent));
        long first = (long) Math.ceil(low / step - 1e-9);
        long last = (long) Math.floor(high / step + 1e-9);
        int count = (int) Math.max(0, last - first + 1);
        double[] result = new double[count];
        for (int i = 0; i < count; i++) {
            result[i] = exactMultiple(first + i, mantissa, exponent) + 0.0; // + 0.0 turns -0.0 into 0.0
        }
        return result;
    }

    private static double exactMultiple(long k, double mantissa, int exponent) {
        double units = k * mantissa;
        return exponent < 0 ? units / pow10(-exponent) : units * pow10(exponent);
    }

    private static double pow10(int exponent) {
        return Math.pow(10, exponent);
    }

    private static void requireRange(double low, double high) {
        if (!Double.isFinite(low) || !Double.isFinite(high) || !(high > low)) {
            throw new IllegalArgumentException("range must be finite with high > low, got " + low + " to " + high);
        }
    }

    /** Left edge of the data area, pixels. */
    public double plotLeftPx() {
        return leftInsetPx;
    }

    /** Top edge of the data area, pixels. */
    public double plotTopPx() {
        return topInsetPx;
    }

    /** Right edge of the data area, pixels. */
    public double plotRightPx() {
        return leftInsetPx + plotWidthPx();
    }

    /** Bottom edge of the data area, pixels. */
    public double plotBottomPx() {
        return topInsetPx + plotHeightPx();
    }

    /** Width of the data area, pixels (0 when the plot is narrower than its insets). */
    public double plotWidthPx() {
        return Math.max(0, widthPx - leftInsetPx - rightInsetPx);
    }

    /** Height of the data area, pixels (0 when the plot is lower than its insets). */
    public double plotHeightPx() {
        return Math.max(0, heightPx - topInsetPx - bottomInsetPx);
    }

    /** The number of whole pixel columns in the data area: the width to decimate a series to. */
    public int plotColumns() {
        return (int) Math.floor(plotWidthPx());
    }

    /** Start of the time window, seconds. */
    public double t0Seconds() {
        return t0Seconds;
    }

    /** End of the time window, seconds. */
    public double t1Seconds() {
        return t1Seconds;
    }

    /** Bottom of the value range. */
    public double valueLow() {
        return valueLow;
    }

    /** Top of the value range. */
    public double valueHigh() {
        return valueHigh;
    }
}
