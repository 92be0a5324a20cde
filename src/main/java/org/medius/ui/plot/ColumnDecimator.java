package org.medius.ui.plot;

import java.util.Arrays;

/**
 * Reduces a time series to what one pixel column can show: the minimum and maximum of the finite samples whose
 * time falls into each column of a visible window, so a 20,000-sample series is drawn with at most two vertices per
 * column instead of 20,000 (and peaks are never lost, as they would be by taking every n-th sample).
 *
 * <p><b>Columns.</b> The window {@code [t0, t1]} (ends included) is cut into {@code widthPx} equal columns;
 * sample time {@code t} falls into column {@link #columnOf}{@code = floor((t - t0) / (t1 - t0) * widthPx)}, and
 * {@code t1} itself into the last column. A column without a finite sample is {@linkplain #isEmpty empty}.
 *
 * <p><b>Gaps.</b> A NaN value means "no value": the line must break there and never join the finite samples on
 * either side. {@link #joinsPrevious(int)} says whether a column's first finite sample is connected to the finite
 * sample before it (in an earlier column, or the {@linkplain #hasLeadIn lead-in} before the window): it is, exactly
 * when the sample immediately before it is finite. Empty columns between two finite samples with no NaN between
 * them (a sparse series seen closely) are bridged, since there is no gap in the data there. The lead-in and
 * {@linkplain #hasLeadOut lead-out} are the nearest finite samples just outside the window, given so that the line
 * runs on to the window's edges when zoomed in.
 *
 * <p><b>Reuse.</b> One instance holds its result arrays and reuses them on the next call while the width does not
 * grow, so redrawing several series, or the same series after every change of window, allocates nothing. The
 * result is valid until the next call of {@link #decimate}. Not thread-safe; pure Java, no JavaFX.
 */
public final class ColumnDecimator {
    private int widthPx;
    private double[] minValues = new double[0];
    private double[] maxValues = new double[0];
    private double[] firstValues = new double[0];
    private double[] lastValues = new double[0];
    private boolean[] nonEmpty = new boolean[0];
    private boolean[] joinsPrevious = new boolean[0];
    private int nonEmptyCount;
    private boolean hasLeadIn;
    private double leadInTimeSeconds = Double.NaN;
    private double leadInValue = Double.NaN;
    private boolean hasLeadOut;
    private double leadOutTimeSeconds = Double.NaN;
    private double leadOutValue = Double.NaN;

    /**
     * Decimates one series into {@code widthPx} columns of the window {@code [t0Seconds, t1Seconds]}.
     *
     * @param timesSeconds finite, non-decreasing sample times (as {@link PlotSeries} guarantees)
     * @param values       one value per time; NaN = no value
     * @param t0Seconds    window start
     * @param t1Seconds    window end; a window that is empty or not finite gives only empty columns
     * @param widthPx      number of columns, at least 0
     */
    public void decimate(double[] timesSeconds, double[] values, double t0Seconds, double t1Seconds, int widthPx) {
        if (timesSeconds.length != values.length) {
            throw new IllegalArgumentException(timesSeconds.length + " times but " + values.length + " values");
        }
        if (widthPx < 0) {
            throw new IllegalArgumentException("width must not be negative, got " + widthPx);
        }
        ensureCapacity(widthPx);
        this.widthPx = widthPx;
        Arrays.fill(nonEmpty, 0, widthPx, false);
        Arrays.fill(joinsPrevious, 0, widthPx, false);
        nonEmptyCount = 0;
        hasLeadIn = false;
        hasLeadOut = false;
        leadInTimeSeconds = leadInValue = leadOutTimeSeconds = leadOutValue = Double.NaN;
        if (widthPx == 0 || !(t1Seconds > t0Seconds) || !Double.isFinite(t0Seconds) || !Double.isFinite(t1Seconds)) {
            return;
        }
        int n = values.length;
        int start = lowerBound(timesSeconds, t0Seconds);       // first sample at or after t0
        int end = upperBound(timesSeconds, t1Seconds) - 1;     // last sample at or before t1
        double columnsPerSecond = widthPx / (t1Seconds - t0Seconds);
        for (int i = start; i <= end; i++) {
            double v = values[i];
            if (Double.isNaN(v) || Double.isInfinite(v)) {
                continue;
            }
            int c = column(timesSeconds[i], t0Seconds, columnsPerSecond, widthPx);
            if (!nonEmpty[c]) {
                nonEmpty[c] = true;
                nonEmptyCount++;
                minValues[c] = v;
                maxValues[c] = v;
                firstValues[c] = v;
                joinsPrevious[c] = i > 0 && Double.isFinite(values[i - 1]);
            } else {
                if (v < minValues[c]) {
                    minValues[c] = v;
                }
                if (v > maxValues[c]) {
                    maxValues[c] = v;
                }
            }
            lastValues[c] = v;
        }
        // The sample just before the window is the lead-in when it and the sample after it are both finite
        // (if either is NaN, the line is broken between the lead-in and the window anyway).
        if (start > 0 && start < n && Double.isFinite(values[start - 1]) && Double.isFinite(values[start])) {
            hasLeadIn = true;
            leadInTimeSeconds = timesSeconds[start - 1];
            leadInValue = values[start - 1];
        }
        if (end >= 0 && end + 1 < n && Double.isFinite(values[end]) && Double.isFinite(values[end + 1])) {
            hasLeadOut = true;
            leadOutTimeSeconds = timesSeconds[end + 1];
            leadOutValue = values[end + 1];
        }
    }

    /**
     * The column that time {@code tSeconds} falls into, by the same rule {@link #decimate} uses; -1 before the
     * window, {@code widthPx} after it.
     */
    public static int columnOf(double tSeconds, double t0Seconds, double t1Seconds, int widthPx) {
        if (tSeconds < t0Seconds) {
            return -1;
        }
        if (tSeconds > t1Seconds) {
            return widthPx;
        }
        return column(tSeconds, t0Seconds, widthPx / (t1Seconds - t0Seconds), widthPx);
    }

    private static int column(double t, double t0, double columnsPerSecond, int width) {
        int c = (int) ((t - t0) * columnsPerSecond);
        return Math.min(Math.max(c, 0), width - 1);
    }

    /**
     * The index of the sample nearest to {@code tSeconds} in a non-decreasing array, by binary search; on a tie the
     * earlier sample; -1 for an empty array. Times outside the array give its first or last index.
     */
    public static int nearestIndex(double[] sortedTimesSeconds, double tSeconds) {
        int n = sortedTimesSeconds.length;
        if (n == 0) {
            return -1;
        }
        int after = lowerBound(sortedTimesSeconds, tSeconds);
        if (after == 0) {
            return 0;
        }
        if (after == n) {
            return n - 1;
        }
        int before = after - 1;
        return tSeconds - sortedTimesSeconds[before] <= sortedTimesSeconds[after] - tSeconds ? before : after;
    }

    /** The first index whose time is at or after {@code t} ({@code length} if none). */
    static int lowerBound(double[] sortedTimes, double t) {
        int lo = 0;
        int hi = sortedTimes.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sortedTimes[mid] < t) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** The first index whose time is after {@code t} ({@code length} if none). */
    static int upperBound(double[] sortedTimes, double t) {
        int lo = 0;
        int hi = sortedTimes.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sortedTimes[mid] <= t) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    private void ensureCapacity(int width) {
        if (minValues.length >= width) {
            return;
        }
        minValues = new double[width];
        maxValues = new double[width];
        firstValues = new double[width];
        lastValues = new double[width];
        nonEmpty = new boolean[width];
        joinsPrevious = new boolean[width];
    }

    /** The number of columns of the last result. */
    public int widthPx() {
        return widthPx;
    }

    /** How many columns of the last result hold at least one finite sample. */
    public int nonEmptyCount() {
        return nonEmptyCount;
    }

    /** Whether column {@code c} holds no finite sample. */
    public boolean isEmpty(int c) {
        checkColumn(c);
        return !nonEmpty[c];
    }

    /** The smallest finite value in column {@code c}; NaN if the column is empty. */
    public double min(int c) {
        return isEmpty(c) ? Double.NaN : minValues[c];
    }

    /** The largest finite value in column {@code c}; NaN if the column is empty. */
    public double max(int c) {
        return isEmpty(c) ? Double.NaN : maxValues[c];
    }

    /** The value of the earliest finite sample in column {@code c}; NaN if the column is empty. */
    public double firstValue(int c) {
        return isEmpty(c) ? Double.NaN : firstValues[c];
    }

    /** The value of the latest finite sample in column {@code c}; NaN if the column is empty. */
    public double lastValue(int c) {
        return isEmpty(c) ? Double.NaN : lastValues[c];
    }

    /**
     * Whether the line reaches column {@code c}'s first finite sample from the finite sample before it (in the
     * nearest non-empty column to the left, or the lead-in); false for an empty column and after a NaN.
     */
    public boolean joinsPrevious(int c) {
        checkColumn(c);
        return nonEmpty[c] && joinsPrevious[c];
    }

    /** Whether the line enters the window from the finite sample just before it. */
    public boolean hasLeadIn() {
        return hasLeadIn;
    }

    /** Time of the lead-in sample, seconds; NaN without one. */
    public double leadInTimeSeconds() {
        return leadInTimeSeconds;
    }

    /** Value of the lead-in sample; NaN without one. */
    public double leadInValue() {
        return leadInValue;
    }

    /** Whether the line leaves the window to the finite sample just after it. */
    public boolean hasLeadOut() {
        return hasLeadOut;
    }

    /** Time of the lead-out sample, seconds; NaN without one. */
    public double leadOutTimeSeconds() {
        return leadOutTimeSeconds;
    }

    /** Value of the lead-out sample; NaN without one. */
    public double leadOutValue() {
        return leadOutValue;
    }

    private void checkColumn(int c) {
        if (c < 0 || c >= widthPx) {
            throw new IndexOutOfBoundsException("column " + c + " of " + widthPx);
        }
    }
}
