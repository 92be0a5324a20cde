package org.medius.signal;

import java.util.Arrays;

/**
 * Sample quantiles by linear interpolation between order statistics: Hyndman and Fan (1996) definition 7, the
 * default of R ({@code type = 7}), NumPy ({@code method = "linear"}) and Excel's PERCENTILE.INC. For sorted values
 * x[0..n-1] and probability p: h = (n - 1) p, Q(p) = x[floor h] + (h - floor h) (x[floor h + 1] - x[floor h]).
 * The median is Q(0.5), which is the usual median.
 */
public final class Quantiles {
    private Quantiles() {
    }

    /** Q(p) of the finite values of {@code values} (NaN and infinities are left out); NaN when none is finite. */
    public static double of(double[] values, double p) {
        return ofSorted(finiteSorted(values), p);
    }

    /** Q(p), p in [0, 1], of values already sorted ascending and all finite; NaN for an empty array. */
    public static double ofSorted(double[] sorted, double p) {
        if (!(p >= 0 && p <= 1)) {
            throw new IllegalArgumentException("probability must lie in [0, 1], got " + p);
        }
        if (sorted.length == 0) {
            return Double.NaN;
        }
        double h = (sorted.length - 1) * p;
        int lo = (int) Math.floor(h);
        if (lo >= sorted.length - 1) {
            return sorted[sorted.length - 1];
        }
        return sorted[lo] + (h - lo) * (sorted[lo + 1] - sorted[lo]);
    }

    /** The median, Q(0.5), of the finite values; NaN when none is finite. */
    public static double median(double[] values) {
        return of(values, 0.5);
    }

    /**
     * The upper median of the finite values: the middle one, or the higher of the two middle ones, so always a value
     * that occurs (a frame interval, a step); NaN when none is finite.
     */
    public static double upperMedian(double[] values) {
        double[] s = finiteSorted(values);
        return s.length == 0 ? Double.NaN : s[s.length / 2];
    }

    /** The finite values, sorted ascending. */
    public static double[] finiteSorted(double[] values) {
        return Arrays.stream(values).filter(Double::isFinite).sorted().toArray();
    }
}
