package org.medius.signal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class LinearResamplerTest {
    @Test
    void gridIsEvenAndEndsExactlyAtTheEnd() {
        assertArrayEquals(new double[] {1, 1.25, 1.5, 1.75, 2}, LinearResampler.uniformGrid(1, 2, 5), 1e-15);
    }

    /** Polyline (0, 0) - (1, 10) - (3, 0): 5 at 0.5, 10 at 1, 7.5 at 1.5, 0 at 3. */
    @Test
    void interpolatesBetweenNeighbours() {
        double[] t = {0, 1, 3};
        double[] v = {0, 10, 0};
        assertArrayEquals(new double[] {0, 5, 10, 7.5, 0},
                LinearResampler.interpolate(t, v, new double[] {0, 0.5, 1, 1.5, 3}), 1e-12);
    }

    @Test
    void refusesToExtrapolate() {
        assertThrows(IllegalArgumentException.class,
                () -> LinearResampler.interpolate(new double[] {0, 1}, new double[] {0, 1}, new double[] {1.1}));
    }
}
