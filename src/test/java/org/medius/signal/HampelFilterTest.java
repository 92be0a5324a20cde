package org.medius.signal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

class HampelFilterTest {
    private static final double NAN = Double.NaN;

    /**
     * Ramp x_i = i with x_10 = 50, k = 3. Window of sample 10: {7, 8, 9, 50, 11, 12, 13}, median 11; deviations
     * 4, 3, 2, 39, 0, 1, 2 -> MAD 2; 3 x 1.4826 x 2 = 8.90 < |50 - 11| = 39, so x_10 becomes 11 (the window median,
     * not the 10 the ramp would have). Sample 9's window {6, .., 9, 50, 11, 12} has median 9 = x_9: kept.
     */
    @Test
    void singleSpikeIsReplacedByTheWindowMedian() {
        double[] x = new double[21];
        for (int i = 0; i < x.length; i++) {
            x[i] = i;
        }
        x[10] = 50;
        HampelFilter.Hampel h = HampelFilter.apply(x, 3);
        double[] expected = x.clone();
        expected[10] = 11;
        assertArrayEquals(expected, h.values(), 0.0);
        boolean[] replaced = new boolean[21];
        replaced[10] = true;
        assertArrayEquals(replaced, h.replaced());
    }

    /** 0 before index 10, 1 from it: every window's median equals its centre sample, so nothing is replaced. */
    @Test
    void stepEdgeIsNotReplaced() {
        double[] x = new double[20];
        Arrays.fill(x, 10, 20, 1.0);
        HampelFilter.Hampel h = HampelFilter.apply(x, 3);
        assertArrayEquals(x, h.values(), 0.0);
        assertArrayEquals(new boolean[20], h.replaced());
    }

    /** NaNs are skipped in the window (finite: 1, 1, 9, 1, 1 -> median 1, MAD 0) and stay NaN. */
    @Test
    void nanSamplesAreIgnoredAndKept() {
        double[] x = {1, 1, NAN, 9, 1, NAN, 1, 1};
        HampelFilter.Hampel h = HampelFilter.apply(x, 3);
        assertArrayEquals(new double[] {1, 1, NAN, 1, 1, NAN, 1, 1}, h.values(), 0.0);
        assertArrayEquals(new boolean[] {false, false, false, true, false, false, false, false}, h.replaced());
    }

    /**
     * Even count: {0, 1, 2, 100} in every window (k = 3): median (1 + 2)/2 = 1.5, deviations 1.5, 0.5, 0.5, 98.5 ->
     * MAD (0.5 + 1.5)/2 = 1; threshold 3 x 1.4826 = 4.45; only 100 (98.5 away) is replaced, by 1.5.
     */
    @Test
    void evenWindowsUseTheMeanOfTheTwoMiddleValues() {
        HampelFilter.Hampel h = HampelFilter.apply(new double[] {0, 1, 2, 100}, 3);
        assertArrayEquals(new double[] {0, 1, 2, 1.5}, h.values(), 0.0);
    }

    @Test
    void twoValuesNeverFlagEachOther() {
        double[] x = {0, NAN, NAN, 10};
        assertArrayEquals(x, HampelFilter.apply(x, 3).values(), 0.0);
    }

    @Test
    void halfWindowIsThreeAtThirtyFpsAndScalesWithTheRate() {
        assertEquals(3, HampelFilter.halfWindowForRate(30));
        assertEquals(3, HampelFilter.halfWindowForRate(29.97));
        assertEquals(3, HampelFilter.halfWindowForRate(25));    // round(2.5) = 3
        assertEquals(6, HampelFilter.halfWindowForRate(60));
        assertEquals(12, HampelFilter.halfWindowForRate(120));
        assertEquals(24, HampelFilter.halfWindowForRate(240));
        assertEquals(1, HampelFilter.halfWindowForRate(10));
        assertEquals(1, HampelFilter.halfWindowForRate(4));     // round(0.4) = 0, raised to 1
        assertThrows(IllegalArgumentException.class, () -> HampelFilter.halfWindowForRate(0));
    }

    /** The sliding sorted window against a twin that sorts every window afresh; both must agree exactly. */
    @Test
    void fastFilterMatchesTheNaiveTwinOnRandomData() {
        Random random = new Random(20240611L);
        int replacements = 0;
        for (int trial = 0; trial < 40; trial++) {
            int n = 50 + random.nextInt(400);
            boolean ties = trial % 2 == 0;
            double[] x = new double[n];
            for (int i = 0; i < n; i++) {
                double u = random.nextDouble();
                x[i] = u < 0.1 ? NAN
                        : ties ? random.nextInt(5)
                        : random.nextGaussian() + (u > 0.95 ? 20 * random.nextGaussian() : 0);
            }
            int k = 1 + random.nextInt(12);
            double nSigma = trial % 3 == 0 ? 2.0 : 3.0;
            HampelFilter.Hampel fast = HampelFilter.apply(x, k, nSigma);
            HampelFilter.Hampel naive = naiveHampel(x, k, nSigma);
            assertArrayEquals(naive.values(), fast.values(), 0.0, "trial " + trial);
            assertArrayEquals(naive.replaced(), fast.replaced(), "trial " + trial);
            for (boolean r : fast.replaced()) {
                replacements += r ? 1 : 0;
            }
        }
        assertTrue(replacements > 100, "the random data must exercise replacement, got " + replacements);
    }

    @Test
    void randomSpikesAreFoundOnNoiseAndTheInputIsNotChanged() {
        Random random = new Random(3);
        double[] x = new double[300];
        for (int i = 0; i < x.length; i++) {
            x[i] = 0.1 * random.nextGaussian();
        }
        x[100] = 5;
        x[200] = -5;
        double[] copy = x.clone();
        HampelFilter.Hampel h = HampelFilter.apply(x, 3);
        assertTrue(h.replaced()[100] && h.replaced()[200]);
        assertFalse(Math.abs(h.values()[100]) > 0.5 || Math.abs(h.values()[200]) > 0.5);
        assertArrayEquals(copy, x, 0.0);
    }

    @Test
    void badArgumentsAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> HampelFilter.apply(new double[3], 0));
        assertThrows(IllegalArgumentException.class, () -> HampelFilter.apply(new double[3], 3, 0));
    }

    private static HampelFilter.Hampel naiveHampel(double[] x, int k, double nSigma) {
        double[] out = x.clone();
        boolean[] replaced = new boolean[x.length];
        for (int i = 0; i < x.length; i++) {
            if (Double.isNaN(x[i])) {
                continue;
            }
            double[] window = Arrays.stream(x, Math.max(0, i - k), Math.min(x.length, i + k + 1))
                    .filter(v -> !Double.isNaN(v)).toArray();
            double median = median(window);
            double mad = median(Arrays.stream(window).map(v -> Math.abs(v - median)).toArray());
            if (Math.abs(x[i] - median) > nSigma * 1.4826 * mad) {
                out[i] = median;
                replaced[i] = true;
            }
        }
        return new HampelFilter.Hampel(out, replaced);
    }

    private static double median(double[] values) {
        double[] s = values.clone();
        Arrays.sort(s);
        int n = s.length;
        return n % 2 == 1 ? s[n / 2] : (s[n / 2 - 1] + s[n / 2]) / 2;
    }
}
