package org.medius.export;

import java.util.Locale;

/** Round axis limits and steps for the report's plots. */
final class AxisRange {
    private AxisRange() {
    }

    /** Limits that include 0 and the data, at least 10 units tall, on round steps: {low, high, step}. */
    static double[] of(double lo, double hi) {
        if (!Double.isFinite(lo) || !Double.isFinite(hi)) {
            return new double[] {-5, 5, 5};
        }
        lo = Math.min(lo, 0);
        hi = Math.max(hi, 0);
        if (hi - lo < 10) {
            double mid = (hi + lo) / 2;
            lo = Math.min(lo, mid - 5);
            hi = Math.max(hi, mid + 5);
        }
        double step = step((hi - lo) / 4);
        return new double[] {Math.floor(lo / step) * step, Math.ceil(hi / step) * step, step};
    }

    /** 1, 2 or 5 times a power of ten, at least {@code raw}. */
    static double step(double raw) {
        double p = Math.pow(10, Math.floor(Math.log10(raw)));
        for (double m : new double[] {1, 2, 5}) {
            if (m * p >= raw) {
                return m * p;
            }
        }
        return 10 * p;
    }

    /** A tick label with as many decimals as the step needs. */
    static String label(double v, double step) {
        return step >= 1 ? String.format(Locale.ROOT, "%.0f", v) : String.format(Locale.ROOT, "%.1f", v);
    }
}
