package org.medius.signal;

/**
 * Piecewise linear interpolation of a finite series between its own timestamps; used to put irregular samples
 * on a uniform grid for a filter that needs one, and to bring the result back to the original times.
 */
public final class LinearResampler {
    private LinearResampler() {
    }

    /**
     * {@code count} equally spaced times from {@code startSeconds} to {@code endSeconds} inclusive
     * (the last is exactly {@code endSeconds}).
     */
    public static double[] uniformGrid(double startSeconds, double endSeconds, int count) {
        if (count < 2 || !(endSeconds > startSeconds)) {
            throw new IllegalArgumentException("a grid needs count >= 2 and end > start, got count " + count
                    + ", [" + startSeconds + ", " + endSeconds + "] s");
        }
        double[] grid = new double[count];
        double step = (endSeconds - startSeconds) / (count - 1);
        for (int i = 0; i < count; i++) {
            grid[i] = startSeconds + i * step;
        }
        grid[count - 1] = endSeconds;
        return grid;
    }

    /**
     * Values of the polyline through {@code (timesSeconds[i], values[i])} at each of {@code atSeconds}, which must
     * lie within the first and last timestamp.
     */
    public static double[] interpolate(double[] timesSeconds, double[] values, double[] atSeconds) {
        Series.requireSameLength("values", values, timesSeconds.length);
        int n = timesSeconds.length;
        if (n < 2) {
            throw new IllegalArgumentException("linear interpolation needs at least 2 samples, got " + n);
        }
        double[] out = new double[atSeconds.length];
        int k = 0;
        for (int i = 0; i < atSeconds.length; i++) {
            double at = atSeconds[i];
            if (!(at >= timesSeconds[0] && at <= timesSeconds[n - 1])) {
                throw new IllegalArgumentException("time " + at + " s lies outside [" + timesSeconds[0] + ", "
                        + timesSeconds[n - 1] + "] s");
            }
            if (k > 0 && at < timesSeconds[k]) {
                k = 0;
            }
            while (k < n - 2 && timesSeconds[k + 1] < at) {
                k++;
            }
            double t0 = timesSeconds[k];
            double t1 = timesSeconds[k + 1];
            double w = (at - t0) / (t1 - t0);
            out[i] = w == 1 ? values[k + 1] : values[k] + w * (values[k + 1] - values[k]);
        }
        return out;
    }
}
