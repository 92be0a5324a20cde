package org.medius.signal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class ButterworthDesignTest {
    /**
     * fc = 6 Hz, fs = 100 Hz, no correction. By hand: Ω = tan(π 6 / 100) = tan(0.188496) = 0.1907602022;
     * Ω² = 0.0363894548, √2 Ω = 0.2697756651, D = 1 + √2 Ω + Ω² = 1.3061651199;
     * b0 = Ω²/D = 0.0278597661, b1 = 2 b0 = 0.0557195322, a1 = 2(Ω² - 1)/D = -1.4754804436,
     * a2 = (1 - √2 Ω + Ω²)/D = 0.5869195081. These agree with scipy.signal.butter(2, 0.12):
     * b = [0.02785977, 0.05571953, 0.02785977], a = [1, -1.47548044, 0.58691951].
     */
    @Test
    void sectionAt6HzAnd100HzHasTheBilinearCoefficientsComputedByHand() {
        SecondOrderSection s = ButterworthDesign.lowPassSection(6, 100);
        assertEquals(0.0278597661, s.b0(), 1e-10);
        assertEquals(0.0557195322, s.b1(), 1e-10);
        assertEquals(0.0278597661, s.b2(), 1e-10);
        assertEquals(-1.4754804436, s.a1(), 1e-10);
        assertEquals(0.5869195081, s.a2(), 1e-10);
    }

    /**
     * The same case with Winter's two-pass correction. C = (√2 - 1)^(1/4) = 0.4142135624^(1/4)
     * = √0.6435942529 = 0.8022432629; Ω = 0.1907602022 / 0.8022432629 = 0.2377834892; Ω² = 0.0565409877,
     * √2 Ω = 0.3362766353, D = 1.3928176230; b0 = 0.0405946814, a1 = -1.3547488152, a2 = 0.5171275410.
     * (The section is scipy.signal.butter(2, 2 x 7.4309 / 100): its own cut-off is 7.43 Hz, not 6 / 0.802 = 7.48 Hz.)
     */
    @Test
    void zeroLagSectionAt6HzAnd100HzHasWintersCorrectedCoefficients() {
        assertEquals(0.8022432629, ButterworthDesign.TWO_PASS_CORRECTION, 1e-10);
        SecondOrderSection s = ButterworthDesign.zeroLagSection(6, 100);
        assertEquals(0.0405946814, s.b0(), 1e-10);
        assertEquals(0.0811893629, s.b1(), 1e-10);
        assertEquals(0.0405946814, s.b2(), 1e-10);
        assertEquals(-1.3547488152, s.a1(), 1e-10);
        assertEquals(0.5171275410, s.a2(), 1e-10);
    }

    @Test
    void singleSectionIsMinus3DbAtItsCutoffAndHasUnitDcGain() {
        SecondOrderSection s = ButterworthDesign.lowPassSection(6, 100);
        assertEquals(1 / Math.sqrt(2), s.gainAt(6, 100), 1e-12);
        assertEquals(1.0, s.dcGain(), 1e-12);
    }

    /** Two passes square the gain, so the corrected section must have |H(fc)|² = 1/√2, even at fc = fs / 3. */
    @Test
    void zeroLagSectionSquaredIsMinus3DbAtTheRequestedCutoff() {
        double g = ButterworthDesign.zeroLagSection(6, 100).gainAt(6, 100);
        assertEquals(1 / Math.sqrt(2), g * g, 1e-12);
        double high = ButterworthDesign.zeroLagSection(10, 30).gainAt(10, 30);
        assertEquals(1 / Math.sqrt(2), high * high, 1e-12);
    }

    @Test
    void cutoffAtOrAboveNyquistIsRejected() {
        assertThrows(IllegalArgumentException.class, () -> ButterworthDesign.lowPassSection(50, 100));
        assertThrows(IllegalArgumentException.class, () -> ButterworthDesign.zeroLagSection(0, 100));
        assertThrows(IllegalArgumentException.class, () -> ButterworthDesign.zeroLagSection(6, Double.NaN));
    }
}
