package org.medius.signal;

/**
 * Amplitude and phase of a sinusoid of known frequency in a uniformly sampled series, by projection onto sin and cos
 * over {@code [from, to)}. Exact for a pure sinusoid when the window holds a whole number of periods (the sums of
 * sin², cos² are then N/2 and of sin·cos 0).
 */
final class SineFit {
    final double amplitude;
    /** Phase of y relative to {@code sin(2π f t)}, radians. */
    final double phaseRadians;

    private SineFit(double amplitude, double phaseRadians) {
        this.amplitude = amplitude;
        this.phaseRadians = phaseRadians;
    }

    static SineFit of(double[] y, double frequencyHz, double sampleRateHz, int from, int to) {
        double s = 0;
        double c = 0;
        for (int i = from; i < to; i++) {
            double w = 2 * Math.PI * frequencyHz * i / sampleRateHz;
            s += y[i] * Math.sin(w);
            c += y[i] * Math.cos(w);
        }
        int n = to - from;
        s *= 2.0 / n;
        c *= 2.0 / n;
        return new SineFit(Math.hypot(s, c), Math.atan2(c, s));
    }

    static double[] sine(double frequencyHz, double sampleRateHz, int n) {
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            y[i] = Math.sin(2 * Math.PI * frequencyHz * i / sampleRateHz);
        }
        return y;
    }

    static double[] uniformTimes(double sampleRateHz, int n) {
        double[] t = new double[n];
        for (int i = 0; i < n; i++) {
            t[i] = i / sampleRateHz;
        }
        return t;
    }
}
