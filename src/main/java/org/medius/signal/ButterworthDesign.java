package org.medius.signal;

/**
 * Second-order Butterworth low-pass sections by the bilinear transform, and the cut-off correction that makes a
 * forward-backward (two-pass) run of one section a zero-lag 4th-order filter whose -3 dB point is the requested
 * cut-off.
 *
 * <p><b>Single section.</b> The analog prototype {@code H(s) = Ω² / (s² + √2 Ω s + Ω²)} is mapped with
 * {@code s = (1 - z⁻¹) / (1 + z⁻¹)} and pre-warped, {@code Ω = tan(π fc / fs)}, so the digital -3 dB point is
 * exactly fc. With {@code D = 1 + √2 Ω + Ω²}:
 * <pre>
 *   b0 = b2 = Ω² / D,  b1 = 2 Ω² / D,  a1 = 2 (Ω² - 1) / D,  a2 = (1 - √2 Ω + Ω²) / D
 * </pre>
 * (the same as {@code scipy.signal.butter(2, 2 fc / fs)}). Its squared magnitude is
 * {@code |H|² = 1 / (1 + (tan(π f / fs) / Ω)⁴)}.
 *
 * <p><b>Two passes.</b> Running the section forward and backward squares its magnitude (and cancels its phase):
 * {@code G(f) = |H|² = 1 / (1 + (tan(π f / fs) / Ω)⁴)}. For {@code G(fc) = 1/√2} the section must be designed with
 * <pre>
 *   Ω = tan(π fc / fs) / C,   C = (2^(1/n) - 1)^(1/4) = (√2 - 1)^(1/4) ≈ 0.8022 for n = 2 passes
 * </pre>
 * This is Winter's correction (D. A. Winter, Biomechanics and Motor Control of Human Movement, 4th ed., Wiley 2009,
 * ch. 3; p. 69 according to secondary sources, page not read here): the factor C divides the pre-warped frequency,
 * not fc itself. In analog terms it is the brief's {@code f_adj = fc / (2^(1/2) - 1)^(1/4)}; applied in the warped
 * domain it puts the combined -3 dB point exactly at fc at any fc / fs, whereas dividing fc by 0.802 before warping
 * is close only for fc much smaller than fs (at 6 Hz / 100 Hz it gives 0.713 instead of 0.707 at fc).
 */
public final class ButterworthDesign {
    /** Winter's correction for two passes of a 2nd-order section, {@code (2^(1/2) - 1)^(1/4)}. */
    public static final double TWO_PASS_CORRECTION = Math.pow(Math.sqrt(2) - 1, 0.25);

    private ButterworthDesign() {
    }

    /** The 2nd-order Butterworth low-pass section whose own -3 dB point is {@code cutoffHz}. */
    public static SecondOrderSection lowPassSection(double cutoffHz, double sampleRateHz) {
        requireBelowNyquist(cutoffHz, sampleRateHz);
        return fromWarpedCutoff(Math.tan(Math.PI * cutoffHz / sampleRateHz));
    }

    /**
     * The 2nd-order section to run forward and backward so that the combined (4th-order, zero-lag) response is
     * -3 dB at {@code cutoffHz}: designed at {@code Ω = tan(π fc / fs) / C}.
     */
    public static SecondOrderSection zeroLagSection(double cutoffHz, double sampleRateHz) {
        requireBelowNyquist(cutoffHz, sampleRateHz);
        return fromWarpedCutoff(Math.tan(Math.PI * cutoffHz / sampleRateHz) / TWO_PASS_CORRECTION);
    }

    private static SecondOrderSection fromWarpedCutoff(double omega) {
        double omega2 = omega * omega;
        double root2Omega = Math.sqrt(2) * omega;
        double d = 1 + root2Omega + omega2;
        double b0 = omega2 / d;
        return new SecondOrderSection(b0, 2 * b0, b0, 2 * (omega2 - 1) / d, (1 - root2Omega + omega2) / d);
    }

    private static void requireBelowNyquist(double cutoffHz, double sampleRateHz) {
        if (!(sampleRateHz > 0) || !Double.isFinite(sampleRateHz)) {
            throw new IllegalArgumentException("sample rate must be positive and finite, got " + sampleRateHz + " Hz");
        }
        if (!(cutoffHz > 0) || !(cutoffHz < sampleRateHz / 2)) {
            throw new IllegalArgumentException("cut-off must lie between 0 and half the sample rate ("
                    + sampleRateHz / 2 + " Hz), got " + cutoffHz + " Hz");
        }
    }
}
