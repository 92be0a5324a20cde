package org.medius.signal;

import java.util.Arrays;

/**
 * Percentiles over a sliding window in time: for each sample, the p-th percentile of the finite values within
 * +-halfWindowSeconds of it, on the real timestamps (frames need not be evenly spaced).
 */
public final class WindowPercentile {
    private WindowPercentile() {
    }

    /**
     * @param values           the series; NaN values are left out of every window
     * @param timesSeconds     the time of each value, ascending
     * @param halfWindowSeconds half the window's width
     * @param p                the percentile as a fraction, 0..1 (0.5 = median; lower of the two middle values)
     * @return one value per sample; NaN where the window holds no finite value
     */
    public static double[] of(double[] values, double[] timesSeconds, double halfWindowSeconds, double p) {
        if (values.length != timesSeconds.length) {
            throw new IllegalArgumentException(values.length + " values but " + timesSeconds.length + " times");
        }
        if (!(p >= 0 && p <= 1)) {
            throw new IllegalArgumentException("percentile must be within 0..1: " + p);
        }
        int n = values.length;
        double[] out = new double[n];
        int a = 0;
        int b = 0;
        for (int i = 0; i < n; i++) {
            while (timesSeconds[i] - timesSeconds[a] > halfWindowSeconds) {
                a++;
            }
            while (b + 1 < n && timesSeconds[b + 1] - timesSeconds[i] <= halfWindowSeconds) {
                b++;
            }
            double[] w = Arrays.stream(values, a, b + 1).filter(Double::isFinite).sorted().toArray();
            out[i] = w.length == 0 ? Double.NaN : w[(int) Math.floor(p * (w.length - 1))];
        }
        return out;
    }
}
