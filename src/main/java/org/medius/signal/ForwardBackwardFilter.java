package org.medius.signal;

/**
 * Zero-phase filtering of one contiguous, uniformly sampled, finite series: the section runs forward, then
 * backward over the result ({@code filtfilt}), which squares the magnitude response and cancels the phase.
 *
 * <p>Edge handling, as SciPy's {@code filtfilt} (odd padding with steady-state initial conditions): the series is
 * extended at each end by its point reflection about the end sample, {@code x[-j] = 2 x[0] - x[j]} (and likewise
 * at the last sample), which continues the end value and slope, and each pass starts from the steady state for
 * its first input. The start-up transient is thus spent in the padding instead of ringing in the data. Pad length:
 * SciPy's default, 3 x the 3 coefficients of a section = 9 samples, lengthened to two periods of the cut-off
 * ({@code 2 fs / fc} samples) when that is longer (a slow section at a high frame rate needs longer to settle),
 * and never more than {@code n - 1}.
 */
public final class ForwardBackwardFilter {
    /** Padding never shorter than this (SciPy's default, 3 x max(len(a), len(b)) for a biquad). */
    public static final int MIN_PAD_SAMPLES = 9;

    private ForwardBackwardFilter() {
    }

    /** The pad length for a cut-off at a sample rate: {@code max(9, ceil(2 fs / fc))}. */
    public static int padLength(double cutoffHz, double sampleRateHz) {
        return (int) Math.max(MIN_PAD_SAMPLES, Math.ceil(2 * sampleRateHz / cutoffHz));
    }

    /**
     * Runs {@code section} forward and backward over {@code x} with odd padding of {@code min(padSamples, n - 1)}
     * samples at each end.
     *
     * @param x at least two finite samples
     */
    public static double[] apply(SecondOrderSection section, double[] x, int padSamples) {
        int n = x.length;
        if (n < 2) {
            throw new IllegalArgumentException("forward-backward filtering needs at least 2 samples, got " + n);
        }
        if (padSamples < 0) {
            throw new IllegalArgumentException("pad length must be >= 0, got " + padSamples);
        }
        int pad = Math.min(padSamples, n - 1);
        double[] extended = new double[n + 2 * pad];
        for (int j = 1; j <= pad; j++) {
            extended[pad - j] = 2 * x[0] - x[j];
            extended[pad + n - 1 + j] = 2 * x[n - 1] - x[n - 1 - j];
        }
        System.arraycopy(x, 0, extended, pad, n);
        double[] forward = section.filter(extended);
        double[] backward = section.filter(reversed(forward));
        double[] result = new double[n];
        for (int i = 0; i < n; i++) {
            result[i] = backward[backward.length - 1 - pad - i];
        }
        return result;
    }

    private static double[] reversed(double[] x) {
        double[] r = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            r[i] = x[x.length - 1 - i];
        }
        return r;
    }
}
