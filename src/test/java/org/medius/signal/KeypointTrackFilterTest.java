package org.medius.signal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A hip's y coordinate, 100 + 20 sin(2π t) px at 30 fps for 3 s, with one low-confidence frame (20), a two-frame
 * detection dropout (40, 41), an 80 px spike (60) and six low-confidence frames (70-75: span 7/30 = 0.233 s > 0.15 s).
 * Away from the spike the output stays within 0.5 px of the truth (the 6 Hz low-pass passes 1 Hz with gain 0.9998).
 */
class KeypointTrackFilterTest {
    private static final int N = 90;
    private static final double[] T = SineFit.uniformTimes(30, N);
    /**
     * The spike's window (57-63) is rising; its median is sample 61, 20 sin(2π/30) = 4.16 px above the truth at 60
     * (sin(2π 61/30) = sin(2π/30)). The Hampel stage substitutes that value; the low-pass spreads it over 59-61.
     */
    private static final double SPIKE_SUBSTITUTE_OFFSET_PX = 4.16;

    private static double truth(int i) {
        return 100 + 20 * Math.sin(2 * Math.PI * T[i]);
    }

    private static double[] values() {
        double[] v = new double[N];
        for (int i = 0; i < N; i++) {
            v[i] = truth(i);
        }
        v[20] = 400;   // what a low-confidence detection may report
        v[40] = Double.NaN;
        v[41] = Double.NaN;
        v[60] += 80;
        return v;
    }

    private static double[] confidence() {
        double[] c = new double[N];
        Arrays.fill(c, 0.9);
        c[20] = 0.1;
        Arrays.fill(c, 70, 76, 0.2);
        return c;
    }

    private static boolean[] only(int... indices) {
        boolean[] flags = new boolean[N];
        for (int i : indices) {
            flags[i] = true;
        }
        return flags;
    }

    @Test
    void eachStageDoesItsPartAndFlagsIt() {
        KeypointTrackFilter.FilteredTrack r = KeypointTrackFilter.apply(values(), confidence(), T,
                FilterSettings.walking());
        assertArrayEquals(only(20, 70, 71, 72, 73, 74, 75), r.gated());
        assertArrayEquals(only(20, 40, 41), r.gapFilled());
        assertArrayEquals(only(60), r.outlierReplaced());
        assertEquals(3, r.hampelHalfWindow());
        assertEquals(30, r.sampleRateHz(), 1e-9);
        assertFalse(r.resampled());
        assertEquals(List.of(), r.unfilteredRuns());
        for (int i = 0; i < N; i++) {
            if (i >= 70 && i <= 75) {
                assertTrue(Double.isNaN(r.values()[i]), "long gap stays a gap at " + i);
            } else {
                assertEquals(truth(i), r.values()[i], Math.abs(i - 60) <= 1 ? SPIKE_SUBSTITUTE_OFFSET_PX : 0.5,
                        "sample " + i);
            }
        }
    }

    @Test
    void aGaitEventInsideADropoutKeepsItUnfilled() {
        KeypointTrackFilter.FilteredTrack r = KeypointTrackFilter.apply(values(), confidence(), T,
                FilterSettings.walking(), only(41));
        assertTrue(Double.isNaN(r.values()[40]) && Double.isNaN(r.values()[41]));
        assertFalse(r.gapFilled()[40]);
    }

    @Test
    void irregularTimestampsAreReportedAsResampled() {
        double[] t = T.clone();
        for (int i = 1; i < N; i += 2) {
            t[i] += 0.3 / 30;
        }
        assertTrue(KeypointTrackFilter.apply(values(), confidence(), t, FilterSettings.walking()).resampled());
    }

    @Test
    void cutoffTooHighForTheFrameRateIsRefused() {
        assertThrows(IllegalArgumentException.class,
                () -> KeypointTrackFilter.apply(values(), confidence(), T, FilterSettings.withCutoff(12)));
    }

    @Test
    void inputsAreNotChanged() {
        double[] v = values();
        double[] c = confidence();
        KeypointTrackFilter.apply(v, c, T, FilterSettings.running());
        assertArrayEquals(values(), v, 0.0);
        assertArrayEquals(confidence(), c, 0.0);
    }
}
