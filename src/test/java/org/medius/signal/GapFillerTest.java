package org.medius.signal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Expected fills are the hand-computed PCHIP values of {@link PchipInterpolantTest}. */
class GapFillerTest {
    private static final double NAN = Double.NaN;
    private static final double[] T_20FPS = {0, 0.05, 0.10, 0.15, 0.20, 0.25, 0.30};

    private static double[] times(int n) {
        return java.util.Arrays.copyOf(T_20FPS, n);
    }

    @Test
    void linearDataOnIrregularTimesAreFilledOnTheLine() {
        double[] t = {0, 0.03, 0.07, 0.10, 0.14, 0.18};
        double[] v = {2, 2.09, NAN, NAN, 2.42, 2.54};   // 2 + 3t
        GapFiller.GapFill f = GapFiller.fill(v, t, 0.15);
        assertEquals(2.21, f.values()[2], 1e-12);
        assertEquals(2.30, f.values()[3], 1e-12);
        assertArrayEquals(new boolean[] {false, false, true, true, false, false}, f.filled());
        assertEquals(List.of(), f.unfilledGaps());
    }

    /** The gap spans t = 0.05 .. 0.20 s, exactly 0.15 s (0.15000000000000002 in doubles): filled. */
    @Test
    void flatStepIsFilledMonotoneWithoutOvershoot() {
        GapFiller.GapFill f = GapFiller.fill(new double[] {0, 0, NAN, NAN, 1, 1}, times(6), 0.15);
        assertEquals(7.0 / 27, f.values()[2], 1e-12);
        assertEquals(20.0 / 27, f.values()[3], 1e-12);
    }

    @Test
    void unequalSecantsGiveTheHarmonicMeanFill() {
        GapFiller.GapFill f = GapFiller.fill(new double[] {0, 1, NAN, 2, 4}, times(5), 0.15);
        assertEquals(1.4587912088, f.values()[2], 1e-10);
    }

    @Test
    void gapNextToTheFirstSampleUsesTheEndSlopeFormula() {
        GapFiller.GapFill f = GapFiller.fill(new double[] {1, NAN, NAN, 3, 4}, times(5), 0.15);
        assertEquals(1190.0 / 783, f.values()[1], 1e-10);
        assertEquals(1727.5 / 783, f.values()[2], 1e-10);
    }

    /** The second gap may not use the first gap's fill as data: its knots are 1 @ 0.10, 3 @ 0.25, 4 @ 0.30. */
    @Test
    void knotsAreNeverTakenAcrossAMissingSample() {
        double[] v = {7, NAN, 1, NAN, NAN, 3, 4};
        GapFiller.GapFill f = GapFiller.fill(v, times(7), 0.15);
        assertEquals(1190.0 / 783, f.values()[3], 1e-10);
        assertEquals(1727.5 / 783, f.values()[4], 1e-10);
        assertTrue(f.filled()[1]);
    }

    @Test
    void gapsTouchingTheStartOrEndStayMissing() {
        double[] v = {NAN, 1, 2, 3, NAN, NAN};
        GapFiller.GapFill f = GapFiller.fill(v, times(6), 0.15);
        assertArrayEquals(v, f.values(), 0.0);
        assertArrayEquals(new boolean[6], f.filled());
        assertEquals(List.of(new SampleRange(0, 1), new SampleRange(4, 6)), f.unfilledGaps());
    }

    /** At 30 fps, 3 missing frames span 4/30 = 0.133 s (filled), 4 span 5/30 = 0.167 s (kept as a gap). */
    @Test
    void onlyGapsUpToTheMaximumAreFilled() {
        double[] t = SineFit.uniformTimes(30, 16);
        double[] v = new double[16];
        for (int i = 0; i < 16; i++) {
            v[i] = i;
        }
        for (int i : new int[] {2, 3, 4, 8, 9, 10, 11}) {
            v[i] = NAN;
        }
        GapFiller.GapFill f = GapFiller.fill(v, t, 0.15);
        assertArrayEquals(new double[] {2, 3, 4}, java.util.Arrays.copyOfRange(f.values(), 2, 5), 1e-9);
        for (int i = 8; i < 12; i++) {
            assertTrue(Double.isNaN(f.values()[i]), "sample " + i);
        }
        assertEquals(List.of(new SampleRange(8, 12)), f.unfilledGaps());
    }

    @Test
    void aGapHoldingABarrierIsNotFilled() {
        boolean[] barrier = new boolean[6];
        barrier[3] = true;
        GapFiller.GapFill f = GapFiller.fill(new double[] {0, 0, NAN, NAN, 1, 1}, times(6), 0.15, barrier);
        assertTrue(Double.isNaN(f.values()[2]) && Double.isNaN(f.values()[3]));
        assertEquals(List.of(new SampleRange(2, 4)), f.unfilledGaps());
    }

    /**
     * Barrier on the last sample before the gap: the fill may start there but not use data from before it. Without
     * the barrier the knot (0, 5) makes the slope at 0.05 s zero (secants -100 and 6.67 differ in sign), giving
     * 7/27 and 20/27. With it the knots are (0.05, 0), (0.2, 1), (0.25, 1): end slope ((0.3 + 0.05)(20/3) - 0)/0.2
     * = 35/3 (below the 3δ = 20 limit), slope 0 at 0.2; h x 35/3 = 1.75, so the fill is (4/27) 1.75 + 7/27 = 14/27
     * and (2/27) 1.75 + 20/27 = 23.5/27.
     */
    @Test
    void aBarrierBoundingTheGapKeepsDataFromBeyondItOut() {
        double[] v = {5, 0, NAN, NAN, 1, 1};
        GapFiller.GapFill free = GapFiller.fill(v, times(6), 0.15);
        assertEquals(7.0 / 27, free.values()[2], 1e-12);
        boolean[] barrier = new boolean[6];
        barrier[1] = true;
        GapFiller.GapFill bounded = GapFiller.fill(v, times(6), 0.15, barrier);
        assertEquals(14.0 / 27, bounded.values()[2], 1e-12);
        assertEquals(23.5 / 27, bounded.values()[3], 1e-12);
    }

    @Test
    void inputsAreNotChangedAndBadArgumentsAreRejected() {
        double[] v = {0, NAN, 2};
        GapFiller.fill(v, times(3), 0.15);
        assertTrue(Double.isNaN(v[1]));
        assertThrows(IllegalArgumentException.class, () -> GapFiller.fill(v, times(2), 0.15));
        assertThrows(IllegalArgumentException.class, () -> GapFiller.fill(v, new double[] {0, 0.1, 0.1}, 0.15));
        assertThrows(IllegalArgumentException.class, () -> GapFiller.fill(v, times(3), -1));
        assertThrows(IllegalArgumentException.class, () -> GapFiller.fill(v, times(3), 0.15, new boolean[2]));
    }
}
