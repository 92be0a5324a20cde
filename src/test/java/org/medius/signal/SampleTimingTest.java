package org.medius.signal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SampleTimingTest {
    /** dt = 0.1, 0.1, 0.15, 0.1: median 0.1 s (10 Hz); 0.15 deviates by 0.05 > 10% of 0.1. */
    @Test
    void oneLongIntervalMakesTheTimingIrregular() {
        SampleTiming timing = SampleTiming.of(new double[] {0, 0.1, 0.2, 0.35, 0.45});
        assertEquals(0.1, timing.medianIntervalSeconds(), 1e-12);
        assertEquals(10, timing.rateHz(), 1e-9);
        assertEquals(0.05, timing.maxIntervalDeviationSeconds(), 1e-12);
        assertTrue(timing.isIrregular());
    }

    /** dt = 0.1, 0.105, 0.095: median 0.1, largest deviation 0.005 = 5%: regular. */
    @Test
    void smallJitterIsRegular() {
        SampleTiming timing = SampleTiming.of(new double[] {0, 0.1, 0.205, 0.3});
        assertEquals(0.1, timing.medianIntervalSeconds(), 1e-12);
        assertFalse(timing.isIrregular());
    }

    /** Even number of intervals: 1/30, 1/30, 1/60, 1/60 -> median (1/30 + 1/60)/2 = 0.025 s. */
    @Test
    void medianOfAnEvenCountIsTheMeanOfTheMiddleTwo() {
        double a = 1.0 / 30;
        double b = 1.0 / 60;
        SampleTiming timing = SampleTiming.of(new double[] {0, a, 2 * a, 2 * a + b, 2 * a + 2 * b});
        assertEquals(0.025, timing.medianIntervalSeconds(), 1e-12);
    }

    @Test
    void fewerThanTwoOrNonIncreasingTimestampsAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> SampleTiming.of(new double[] {0}));
        assertThrows(IllegalArgumentException.class, () -> SampleTiming.of(new double[] {0, 0.1, 0.1}));
        assertThrows(IllegalArgumentException.class, () -> SampleTiming.of(new double[] {0, Double.NaN}));
    }
}
