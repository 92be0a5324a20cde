package org.medius.signal;

import java.util.Arrays;

/**
 * A digital biquad {@code H(z) = (b0 + b1 z⁻¹ + b2 z⁻²) / (1 + a1 z⁻¹ + a2 z⁻²)}, run in transposed direct
 * form II.
 */
public record SecondOrderSection(double b0, double b1, double b2, double a1, double a2) {
    public SecondOrderSection {
        double[] all = {b0, b1, b2, a1, a2};
        for (double c : all) {
            if (!Double.isFinite(c)) {
                throw new IllegalArgumentException("filter coefficients must be finite: " + Arrays.toString(all));
            }
        }
    }

    /** Gain at 0 Hz, {@code (b0 + b1 + b2) / (1 + a1 + a2)}. */
    public double dcGain() {
        return (b0 + b1 + b2) / (1 + a1 + a2);
    }

    /** Magnitude of the frequency response {@code |H(e^{jω})|}, {@code ω = 2π f / fs}. */
    public double gainAt(double frequencyHz, double sampleRateHz) {
        double w = 2 * Math.PI * frequencyHz / sampleRateHz;
        double c1 = Math.cos(w);
        double s1 = Math.sin(w);
        double c2 = Math.cos(2 * w);
        double s2 = Math.sin(2 * w);
        double numRe = b0 + b1 * c1 + b2 * c2;
        double numIm = -(b1 * s1 + b2 * s2);
        double denRe = 1 + a1 * c1 + a2 * c2;
        double denIm = -(a1 * s1 + a2 * s2);
        return Math.hypot(numRe, numIm) / Math.hypot(denRe, denIm);
    }

    /**
     * Filters {@code x} in one causal pass, starting from the steady state the filter would have reached on a
     * constant input equal to {@code x[0]} (SciPy's {@code lfilter_zi} scaled by the first sample), so a constant
     * passes without a start-up transient.
     */
    public double[] filter(double[] x) {
        double[] y = new double[x.length];
        if (x.length == 0) {
            return y;
        }
        double steadyOut = dcGain() * x[0];
        double z1 = steadyOut - b0 * x[0];
        double z2 = b2 * x[0] - a2 * steadyOut;
        for (int i = 0; i < x.length; i++) {
            double in = x[i];
            double out = b0 * in + z1;
            z1 = b1 * in - a1 * out + z2;
            z2 = b2 * in - a2 * out;
            y[i] = out;
        }
        return y;
    }
}
