package org.medius.signal;

/**
 * Stage 3 of docs/measurement.md: the Hampel identifier (Hampel 1974, JASA 69:383; Pearson et al. 2016, EURASIP
 * J. Adv. Signal Process. 2016:87). For each sample i, over the window {@code [i - k, i + k]} (truncated at the
 * series' ends) with median {@code m} and median absolute deviation {@code MAD}:
 * <pre>
 *   replace x_i by m   when   |x_i - m| &gt; nSigma * 1.4826 * MAD
 * </pre>
 * 1.4826 ≈ 1 / Φ⁻¹(3/4) makes the MAD a consistent estimate of the standard deviation for Gaussian noise. The
 * window statistics are those of the input (the filter is not recursive). NaN samples (any non-finite sample)
 * are ignored in the window and stay as they are. With MAD = 0 (a flat window) any sample differing from the
 * median is replaced, as in the standard identifier; two finite values in a window can never flag each other
 * (each lies exactly one MAD from their mean).
 *
 * <p>Window length: about 7 frames at 30 fps, scaled with the frame rate: {@code k = max(1, round(3 fps / 30))}.
 */
public final class HampelFilter {
    /** The default threshold in robust standard deviations. */
    public static final double DEFAULT_N_SIGMA = 3.0;
    /** MAD to standard deviation for Gaussian data, 1 / Φ⁻¹(3/4). */
    public static final double MAD_SCALE = 1.4826;

    private HampelFilter() {
    }

    /**
     * The filtered series.
     *
     * @param values   the input with outliers replaced by their window median
     * @param replaced per sample, true where this stage replaced the value
     */
    public record Hampel(double[] values, boolean[] replaced) {
    }

    /** The half-width k for a frame rate: 3 at 30 fps (7-frame window), scaled with the rate, at least 1. */
    public static int halfWindowForRate(double frameRateHz) {
        if (!(frameRateHz > 0) || !Double.isFinite(frameRateHz)) {
            throw new IllegalArgumentException("frame rate must be positive and finite, got " + frameRateHz);
        }
        return (int) Math.max(1, Math.round(3 * frameRateHz / 30));
    }

    /** Hampel filter with {@code nSigma = 3}. */
    public static Hampel apply(double[] values, int halfWindow) {
        return apply(values, halfWindow, DEFAULT_N_SIGMA);
    }

    /**
     * Hampel filter with window half-width {@code halfWindow} samples and threshold {@code nSigma}.
     */
    public static Hampel apply(double[] values, int halfWindow, double nSigma) {
        if (halfWindow < 1) {
            throw new IllegalArgumentException("Hampel half-window must be >= 1 sample, got " + halfWindow);
        }
        if (!(nSigma > 0) || !Double.isFinite(nSigma)) {
            throw new IllegalArgumentException("Hampel nSigma must be positive and finite, got " + nSigma);
        }
        int n = values.length;
        double[] out = values.clone();
        boolean[] replaced = new boolean[n];
        SortedWindow window = new SortedWindow(2 * halfWindow + 1);
        for (int j = 0; j < Math.min(halfWindow, n); j++) {
            addIfFinite(window, values[j]);
        }
        for (int i = 0; i < n; i++) {
            int leaving = i - halfWindow - 1;
            if (leaving >= 0 && Double.isFinite(values[leaving])) {
                window.remove(values[leaving]);
            }
            int entering = i + halfWindow;
            if (entering < n) {
                addIfFinite(window, values[entering]);
            }
            if (!Double.isFinite(values[i])) {
                continue;
            }
            double median = window.median();
            double mad = window.medianAbsoluteDeviation(median);
            if (Math.abs(values[i] - median) > nSigma * MAD_SCALE * mad) {
                out[i] = median;
                replaced[i] = true;
            }
        }
        return new Hampel(out, replaced);
    }

    private static void addIfFinite(SortedWindow window, double value) {
        if (Double.isFinite(value)) {
            window.add(value);
        }
    }
}
