package org.medius.signal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The two medians of the one statistics helper: the usual one (Q(0.5)) and the upper one (a value that occurs). */
class QuantilesMedianTest {

    @Test
    void medianAveragesTheTwoMiddleValuesUpperMedianTakesTheHigher() {
        double[] even = {4, Double.NaN, 1, 3, 2};
        assertEquals(2.5, Quantiles.median(even), 0);
        assertEquals(3, Quantiles.upperMedian(even), 0);
        double[] odd = {5, 1, 3};
        assertEquals(3, Quantiles.median(odd), 0);
        assertEquals(3, Quantiles.upperMedian(odd), 0);
    }

    @Test
    void noFiniteValueGivesNaN() {
        assertTrue(Double.isNaN(Quantiles.median(new double[] {Double.NaN})));
        assertTrue(Double.isNaN(Quantiles.upperMedian(new double[0])));
    }
}
