package org.medius.ui.plot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ColumnDecimatorTest {
    private static final double NAN = Double.NaN;

    @Test
    void minAndMaxPerColumnOnAHandMadeSeries() {
        // window 0..4 s in 4 columns of 1 s: column c holds the samples with c <= t < c + 1 (and t = 4 in the last)
        double[] t = {0.0, 0.5, 0.9, 1.0, 1.2, 2.5, 3.0, 3.5, 4.0};
        double[] v = {5.0, -1.0, 3.0, 7.0, 6.0, 2.0, 9.0, 8.0, 10.0};
        ColumnDecimator d = new ColumnDecimator();
        d.decimate(t, v, 0, 4, 4);

        assertEquals(4, d.widthPx());
        assertEquals(4, d.nonEmptyCount());
        assertEquals(-1.0, d.min(0));
        assertEquals(5.0, d.max(0));
        assertEquals(5.0, d.firstValue(0));
        assertEquals(3.0, d.lastValue(0));
        assertEquals(6.0, d.min(1));
        assertEquals(7.0, d.max(1));
        assertEquals(2.0, d.min(2));
        assertEquals(2.0, d.max(2));
        assertEquals(8.0, d.min(3));
        assertEquals(10.0, d.max(3)); // t = 4.0 = t1 falls into the last column
        assertFalse(d.joinsPrevious(0)); // nothing before the first sample
        assertTrue(d.joinsPrevious(1));
        assertTrue(d.joinsPrevious(2));
        assertTrue(d.joinsPrevious(3));
        assertFalse(d.hasLeadIn());
        assertFalse(d.hasLeadOut());
    }

    @Test
    void emptyColumnsAreReportedAndBridgedWhenThereIsNoNaN() {
        // sparse: samples at 0 and 3 s only, 6 columns of 0.5 s; no NaN between them, so the line bridges the gap
        double[] t = {0.0, 3.0};
        double[] v = {1.0, 4.0};
        ColumnDecimator d = new ColumnDecimator();
        d.decimate(t, v, 0, 3, 6);

        assertFalse(d.isEmpty(0));
        for (int c = 1; c <= 4; c++) {
            assertTrue(d.isEmpty(c), "column " + c);
            assertTrue(Double.isNaN(d.min(c)));
            assertTrue(Double.isNaN(d.max(c)));
            assertFalse(d.joinsPrevious(c));
        }
        assertFalse(d.isEmpty(5));
        assertTrue(d.joinsPrevious(5));
        assertEquals(2, d.nonEmptyCount());
    }

    @Test
    void aNaNBetweenFiniteSamplesBreaksTheLine() {
        // 10 columns of 1 s; the NaN at 4.5 s leaves column 4 with 4.0 only and breaks before 5.0
        double[] t = {0, 1, 2, 3, 4, 4.5, 5, 6, 7, 8, 9};
        double[] v = {0, 1, 2, 3, 4, NAN, 5, 6, NAN, 8, 9};
        ColumnDecimator d = new ColumnDecimator();
        d.decimate(t, v, 0, 10, 10);

        assertTrue(d.joinsPrevious(4));
        assertEquals(4.0, d.max(4)); // the NaN is not a value
        assertFalse(d.joinsPrevious(5), "must not join 4.0 to 5.0 across the NaN");
        assertTrue(d.joinsPrevious(6));
        assertTrue(d.isEmpty(7)); // only the NaN at 7 s
        assertFalse(d.joinsPrevious(8), "must not join 6.0 to 8.0 across the NaN");
        assertTrue(d.joinsPrevious(9));
        assertEquals(9, d.nonEmptyCount()); // all but column 7
    }

    @Test
    void leadInAndLeadOutJoinTheWindowToItsNeighboursUnlessANaNIsBetween() {
        double[] t = {0, 1, 2, 3, 4, 5};
        double[] v = {0, 10, 20, 30, NAN, 50};
        ColumnDecimator d = new ColumnDecimator();
        d.decimate(t, v, 1.5, 3.5, 4); // holds 2 s and 3 s

        assertTrue(d.hasLeadIn());
        assertEquals(1.0, d.leadInTimeSeconds());
        assertEquals(10.0, d.leadInValue());
        assertTrue(d.joinsPrevious(1)); // 2 s, joined to the lead-in
        assertFalse(d.hasLeadOut()); // 30 → NaN at 4 s: no line leaves to the right

        d.decimate(t, v, 1.2, 1.8, 4); // between two samples: no sample inside, the line crosses
        assertEquals(0, d.nonEmptyCount());
        assertTrue(d.hasLeadIn());
        assertTrue(d.hasLeadOut());
        assertEquals(2.0, d.leadOutTimeSeconds());
        assertEquals(20.0, d.leadOutValue());

        d.decimate(t, v, 4.2, 4.8, 4); // between the NaN and 50: no line
        assertFalse(d.hasLeadIn());
        assertFalse(d.hasLeadOut());
    }

    @Test
    void twentyThousandSamplesGiveTheTrueMinAndMaxOfEachOf800Columns() {
        int n = 20_000;
        double[] t = new double[n];
        double[] v = new double[n];
        Random random = new Random(7);
        for (int i = 0; i < n; i++) {
            t[i] = i / 30.0;
            v[i] = random.nextDouble() < 0.02 ? NAN : 15 * Math.sin(i / 40.0) + random.nextGaussian();
        }
        double t0 = 12.3;
        double t1 = t[n - 1] - 7.7;
        int width = 800;
        ColumnDecimator d = new ColumnDecimator();
        d.decimate(t, v, t0, t1, width);

        double[] naiveMin = new double[width];
        double[] naiveMax = new double[width];
        Arrays.fill(naiveMin, Double.POSITIVE_INFINITY);
        Arrays.fill(naiveMax, Double.NEGATIVE_INFINITY);
        double columnSeconds = (t1 - t0) / width;
        for (int i = 0; i < n; i++) {
            if (t[i] < t0 || t[i] > t1 || Double.isNaN(v[i])) {
                continue;
            }
            int c = ColumnDecimator.columnOf(t[i], t0, t1, width);
            // the column rule agrees with the column's time span (to rounding)
            assertTrue(t[i] >= t0 + c * columnSeconds - 1e-9 && t[i] <= t0 + (c + 1) * columnSeconds + 1e-9);
            naiveMin[c] = Math.min(naiveMin[c], v[i]);
            naiveMax[c] = Math.max(naiveMax[c], v[i]);
        }
        assertEquals(width, d.widthPx());
        int nonEmpty = 0;
        for (int c = 0; c < width; c++) {
            if (naiveMin[c] == Double.POSITIVE_INFINITY) {
                assertTrue(d.isEmpty(c), "column " + c);
            } else {
                nonEmpty++;
                assertEquals(naiveMin[c], d.min(c), "min of column " + c);
                assertEquals(naiveMax[c], d.max(c), "max of column " + c);
            }
        }
        assertEquals(nonEmpty, d.nonEmptyCount());
        assertTrue(d.nonEmptyCount() <= width);
        assertTrue(d.hasLeadIn() || Double.isNaN(v[ColumnDecimator.lowerBound(t, t0) - 1]));
    }

    @Test
    void reusingTheDecimatorForANarrowerWidthForgetsTheOldColumns() {
        double[] t = {0, 1, 2, 3};
        double[] v = {1, 2, 3, 4};
        ColumnDecimator d = new ColumnDecimator();
        d.decimate(t, v, 0, 3, 8);
        d.decimate(new double[] {0, 3}, new double[] {NAN, 7}, 0, 3, 3);
        assertEquals(3, d.widthPx());
        assertTrue(d.isEmpty(0));
        assertTrue(d.isEmpty(1));
        assertEquals(7.0, d.max(2));
        assertFalse(d.joinsPrevious(2));
    }

    @Test
    void nearestIndexFindsTheClosestSampleByBinarySearch() {
        double[] t = {0.0, 1.0, 2.0, 4.0};
        assertEquals(-1, ColumnDecimator.nearestIndex(new double[0], 1.0));
        assertEquals(0, ColumnDecimator.nearestIndex(t, -5.0));
        assertEquals(0, ColumnDecimator.nearestIndex(t, 0.4));
        assertEquals(0, ColumnDecimator.nearestIndex(t, 0.5)); // tie: the earlier sample
        assertEquals(1, ColumnDecimator.nearestIndex(t, 0.6));
        assertEquals(2, ColumnDecimator.nearestIndex(t, 2.9));
        assertEquals(3, ColumnDecimator.nearestIndex(t, 3.1));
        assertEquals(3, ColumnDecimator.nearestIndex(t, 99.0));
        assertEquals(2, ColumnDecimator.nearestIndex(t, 2.0));
    }
}
