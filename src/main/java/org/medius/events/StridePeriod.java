package org.medius.events;

import org.medius.signal.LinearResampler;

/**
 * The stride time of a signal that repeats once per stride, from its autocorrelation: the lag, near a rough stride
 * found from single events, at which the signal best matches itself. It uses every frame of the walk rather than
 * one frame per step, so a blunt or noisy peak does not move it (the swing peaks seen from behind are blunt: the
 * foot planted ahead stays high).
 */
final class StridePeriod {
    /**
     * The least correlation of the signal with itself one stride later for the stride to be taken from it: at
     * least half of the signal's variance repeats from stride to stride (Medius's own round number; the real
     * frontal clips give 0.64 with a turn in the walk, 0.85 and 0.93).
     */
    static final double MIN_CORRELATION = 0.5;
    /** The lag is searched within this fraction of the rough stride (the cadence rule's own tolerance). */
    static final double SEARCH_FRACTION = EventDetector.STRIDE_TOLERANCE;

    private StridePeriod() {
    }

    /**
     * The stride time in seconds, or NaN when the signal does not repeat clearly enough (a short clip, a walk
     * broken by pauses): then the caller keeps its rough stride.
     *
     * @param values              the signal, NaN where unknown
     * @param timesSeconds        the frame times (any spacing: the signal is put on a uniform grid first)
     * @param roughStrideSeconds  the stride from single events, which picks the right repeat (not a multiple)
     * @param frameSeconds        the grid spacing, the clip's median frame interval
     */
    static double seconds(double[] values, double[] timesSeconds, double roughStrideSeconds, double frameSeconds) {
        int n = timesSeconds.length;
        if (!(roughStrideSeconds > 0) || !(frameSeconds > 0) || n < 3) {
            return Double.NaN;
        }
        double span = timesSeconds[n - 1] - timesSeconds[0];
        int count = (int) Math.floor(span / frameSeconds) + 1;
        if (count < 3) {
            return Double.NaN;
        }
        double[] grid = LinearResampler.uniformGrid(timesSeconds[0], timesSeconds[0] + (count - 1) * frameSeconds,
                count);
        grid[count - 1] = Math.min(grid[count - 1], timesSeconds[n - 1]);
        double[] x = LinearResampler.interpolate(timesSeconds, values, grid);
        subtractMean(x);
        int lo = Math.max(1, (int) Math.floor((1 - SEARCH_FRACTION) * roughStrideSeconds / frameSeconds));
        int hi = (int) Math.ceil((1 + SEARCH_FRACTION) * roughStrideSeconds / frameSeconds);
        int minPairs = (int) Math.ceil(roughStrideSeconds / frameSeconds);
        double[] c = new double[hi + 2];
        int best = -1;
        for (int lag = lo - 1; lag <= hi + 1; lag++) {
            c[lag] = lag >= 1 ? correlation(x, lag, minPairs) : Double.NaN;
            if (lag >= lo && lag <= hi && Double.isFinite(c[lag]) && (best < 0 || c[lag] > c[best])) {
                best = lag;
            }
        }
        if (best < 0 || !(c[best] >= MIN_CORRELATION) || !(c[best] > c[best - 1]) || !(c[best] >= c[best + 1])) {
            return Double.NaN; // no clear repeat, or the best match lies at the edge of the search (not a peak)
        }
        double y0 = c[best - 1];
        double y1 = c[best];
        double y2 = c[best + 1];
        double curvature = y0 - 2 * y1 + y2;
        double offset = curvature < 0 ? 0.5 * (y0 - y2) / curvature : 0;
        return (best + offset) * frameSeconds;
    }

    private static void subtractMean(double[] x) {
        double sum = 0;
        int count = 0;
        for (double v : x) {
            if (Double.isFinite(v)) {
                sum += v;
                count++;
            }
        }
        double mean = count > 0 ? sum / count : 0;
        for (int i = 0; i < x.length; i++) {
            x[i] -= mean;
        }
    }

    /** The normalised correlation of x with itself {@code lag} samples later; NaN with fewer than minPairs pairs. */
    private static double correlation(double[] x, int lag, int minPairs) {
        double ab = 0;
        double aa = 0;
        double bb = 0;
        int pairs = 0;
        for (int i = 0; i + lag < x.length; i++) {
            double a = x[i];
            double b = x[i + lag];
            if (Double.isFinite(a) && Double.isFinite(b)) {
                ab += a * b;
                aa += a * a;
                bb += b * b;
                pairs++;
            }
        }
        return pairs >= minPairs && aa > 0 && bb > 0 ? ab / Math.sqrt(aa * bb) : Double.NaN;
    }
}
