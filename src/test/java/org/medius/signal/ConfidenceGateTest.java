package org.medius.signal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class ConfidenceGateTest {
    private static final double NAN = Double.NaN;

    @Test
    void valuesBelowTheThresholdOrWithNanConfidenceBecomeMissing() {
        double[] values = {1, 2, 3, 4, NAN};
        double[] confidence = {0.9, 0.29, 0.3, NAN, 0.8};
        ConfidenceGate.Gated g = ConfidenceGate.apply(values, confidence);
        assertArrayEquals(new double[] {1, NAN, 3, NAN, NAN}, g.values(), 0.0);
        assertArrayEquals(new boolean[] {false, true, false, true, false}, g.gated());
        assertArrayEquals(new double[] {1, 2, 3, 4, NAN}, values, 0.0);
    }

    @Test
    void thresholdIsConfigurable() {
        ConfidenceGate.Gated g = ConfidenceGate.apply(new double[] {1, 2}, new double[] {0.5, 0.7}, 0.6);
        assertArrayEquals(new double[] {NAN, 2}, g.values(), 0.0);
    }

    @Test
    void mismatchedLengthsAndThresholdsOutsideZeroToOneAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> ConfidenceGate.apply(new double[2], new double[3]));
        assertThrows(IllegalArgumentException.class, () -> ConfidenceGate.apply(new double[2], new double[2], 1.5));
        assertThrows(IllegalArgumentException.class, () -> ConfidenceGate.apply(new double[2], new double[2], NAN));
    }
}
