package org.medius.score;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.medius.model.Side;
import org.medius.signal.Quantiles;

class QuantilesTest {
    private static final double EXACT = 1e-12;

    /**
     * Sorted 1, 2, 4, 7 (n = 4), R type 7, h = 3p: Q1: h = 0.75 -> 1 + 0.75 (2 - 1) = 1.75; median: h = 1.5 ->
     * 2 + 0.5 (4 - 2) = 3; Q3: h = 2.25 -> 4 + 0.25 (7 - 4) = 4.75.
     */
    @Test
    void typeSevenQuantilesOfFourValues() {
        double[] v = {7, 1, Double.NaN, 4, 2, Double.POSITIVE_INFINITY};
        assertEquals(1.75, Quantiles.of(v, 0.25), EXACT);
        assertEquals(3, Quantiles.of(v, 0.5), EXACT);
        assertEquals(4.75, Quantiles.of(v, 0.75), EXACT);
        assertEquals(1, Quantiles.of(v, 0), EXACT);
        assertEquals(7, Quantiles.of(v, 1), EXACT);
    }

    /** Sorted 3, 5, 10, 11, 20 (n = 5), h = 4p: Q1 = x[1] = 5, median = x[2] = 10, Q3 = x[3] = 11. */
    @Test
    void oddCountHitsOrderStatistics() {
        double[] v = {20, 3, 11, 5, 10};
        assertEquals(5, Quantiles.of(v, 0.25), EXACT);
        assertEquals(10, Quantiles.of(v, 0.5), EXACT);
        assertEquals(11, Quantiles.of(v, 0.75), EXACT);
    }

    @Test
    void emptyOrAllNaNGivesNaN() {
        assertTrue(Double.isNaN(Quantiles.of(new double[0], 0.5)));
        assertTrue(Double.isNaN(Quantiles.of(new double[] {Double.NaN}, 0.5)));
    }

    /**
     * Left CPD 7, 1, NaN, 4, 2 -> finite 1, 2, 4, 7: count 4, Q1 1.75, median 3, Q3 4.75, IQR 3. Mean confidence of
     * the counted events 0.9, 0.5, 0.7 (NaN skipped), 0.3 (the NaN-CPD event's 0.1 left out) = 2.4 / 4 = 0.6.
     */
    @Test
    void sideSummaryIgnoresNaNValuesInCountsAndQuantiles() {
        List<EventValues> events = List.of(
                new EventValues(Side.LEFT, 7, 10, 0.05, 1, 0.9),
                new EventValues(Side.LEFT, 1, Double.NaN, Double.NaN, 2, 0.5),
                new EventValues(Side.LEFT, Double.NaN, 12, 0.07, 3, 0.1),
                new EventValues(Side.LEFT, 4, Double.NaN, Double.NaN, Double.NaN, 0.7),
                new EventValues(Side.LEFT, 2, Double.NaN, Double.NaN, 4, 0.3),
                new EventValues(Side.RIGHT, 100, 100, 1, 100, 1));
        SideSummary s = SideSummary.of(Side.LEFT, events);
        assertEquals(5, s.eventCount());
        MetricSummary cpd = s.cpd();
        assertEquals(4, cpd.count());
        assertEquals(1.75, cpd.q1(), EXACT);
        assertEquals(3, cpd.median(), EXACT);
        assertEquals(4.75, cpd.q3(), EXACT);
        assertEquals(3, cpd.iqr(), EXACT);
        assertEquals(0.6, cpd.meanConfidence(), EXACT);
        assertEquals(2, s.fppa().count());
        assertEquals(11, s.fppa().median(), EXACT);
        assertEquals(0.06, s.fpkd().median(), EXACT);
        assertEquals(4, s.trunkLean().count());
        assertEquals(2.5, s.trunkLean().median(), EXACT);
    }

    @Test
    void sideWithoutEventsHasZeroCountsAndNaNMedians() {
        SideSummary s = SideSummary.of(Side.RIGHT, List.of(new EventValues(Side.LEFT, 1, 2, 3, 4, 1)));
        assertEquals(0, s.eventCount());
        assertEquals(0, s.cpd().count());
        assertTrue(Double.isNaN(s.cpd().median()));
        assertTrue(Double.isNaN(s.cpd().meanConfidence()));
    }
}
