package org.medius.signal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class ForwardBackwardFilterTest {
    @Test
    void padLengthIsNineSamplesOrTwoCutoffPeriods() {
        assertEquals(9, ForwardBackwardFilter.padLength(10, 30));   // 2 x 30 / 10 = 6 < 9
        assertEquals(10, ForwardBackwardFilter.padLength(6, 30));   // 2 x 30 / 6 = 10
        assertEquals(80, ForwardBackwardFilter.padLength(6, 240));  // 2 x 240 / 6 = 80
    }

    /**
     * The odd reflection of a line is the same line and a unit-DC-gain zero-phase filter keeps a line; what remains
     * is the start-up transient (the start state is that of a constant), decayed over an 80-sample pad to well under
     * 1e-5 of the 0.5 range.
     */
    @Test
    void rampStaysARampUpToBothEnds() {
        int n = 120;
        double[] x = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = 3 + 0.5 * i / 240.0;
        }
        double[] y = ForwardBackwardFilter.apply(ButterworthDesign.zeroLagSection(6, 240), x, 80);
        assertArrayEquals(x, y, 1e-5);
    }

    /** Short input: the pad shrinks to n - 1 samples; two equal samples stay as they are. */
    @Test
    void padIsCappedByTheSeriesLength() {
        double[] y = ForwardBackwardFilter.apply(ButterworthDesign.zeroLagSection(6, 30), new double[] {4, 4}, 80);
        assertArrayEquals(new double[] {4, 4}, y, 1e-12);
        assertThrows(IllegalArgumentException.class,
                () -> ForwardBackwardFilter.apply(ButterworthDesign.zeroLagSection(6, 30), new double[] {4}, 9));
    }
}
