package org.medius.signal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.commons.math3.analysis.interpolation.SplineInterpolator;
import org.apache.commons.math3.analysis.polynomials.PolynomialSplineFunction;
import org.junit.jupiter.api.Test;

/**
 * Hand computations use the Hermite basis on [x_k, x_k+1], s = (x - x_k) / h:
 * h00 = 2s³ - 3s² + 1, h10 = s³ - 2s² + s, h01 = -2s³ + 3s², h11 = s³ - s²;
 * at s = 1/3: 20/27, 4/27, 7/27, -2/27; at s = 1/2: 1/2, 1/8, 1/2, -1/8; at s = 2/3: 7/27, 2/27, 20/27, -4/27.
 */
class PchipInterpolantTest {
    @Test
    void linearDataStayLinearOnIrregularKnots() {
        double[] x = {0, 0.3, 0.5, 1.2};
        double[] y = {2, 2.9, 3.5, 5.6};   // 2 + 3x
        PchipInterpolant p = PchipInterpolant.through(x, y);
        assertArrayEquals(new double[] {3, 3, 3, 3}, p.knotSlopes(), 1e-12);
        assertEquals(2.3, p.valueAt(0.1), 1e-12);
        assertEquals(4.7, p.valueAt(0.9), 1e-12);
        assertEquals(5.6, p.valueAt(1.2), 1e-12);
    }

    /**
     * Knots (0, 0), (0.05, 0), (0.2, 1), (0.25, 1): the secants on either side of the middle interval are 0, so both
     * of its end slopes are 0 and it is the smoothstep 3s² - 2s³: 7/27 at s = 1/3, 20/27 at s = 2/3.
     */
    @Test
    void flatStepGivesTheSmoothstep() {
        PchipInterpolant p = PchipInterpolant.through(new double[] {0, 0.05, 0.2, 0.25}, new double[] {0, 0, 1, 1});
        assertEquals(7.0 / 27, p.valueAt(0.10), 1e-12);
        assertEquals(20.0 / 27, p.valueAt(0.15), 1e-12);
    }

    /**
     * Knots (0, 0), (0.05, 1), (0.15, 2), (0.2, 4): h = 0.05, 0.1, 0.05; δ = 20, 10, 40.
     * Knot 1: w1 = 2(0.1) + 0.05 = 0.25, w2 = 0.1 + 2(0.05) = 0.2, d = 0.45 / (0.25/20 + 0.2/10) = 180/13.
     * Knot 2: w1 = 0.2, w2 = 0.25, d = 0.45 / (0.2/10 + 0.25/40) = 120/7.
     * Ends: d0 = ((2(0.05) + 0.1) 20 - 0.05 x 10) / 0.15 = 70/3; d3 = ((0.1 + 0.1) 40 - 0.05 x 10) / 0.15 = 50.
     * Midpoint of [0.05, 0.15]: (1 + 2)/2 + 0.1 (180/13 - 120/7) / 8 = 1.5 - 3.75/91 = 1.4587912088.
     */
    @Test
    void weightedHarmonicMeanSlopesOnUnequalSpacing() {
        PchipInterpolant p = PchipInterpolant.through(new double[] {0, 0.05, 0.15, 0.2}, new double[] {0, 1, 2, 4});
        assertArrayEquals(new double[] {70.0 / 3, 180.0 / 13, 120.0 / 7, 50}, p.knotSlopes(), 1e-9);
        assertEquals(1.4587912088, p.valueAt(0.10), 1e-10);
    }

    /**
     * Knots (0, 1), (0.15, 3), (0.2, 4): h = 0.15, 0.05; δ = 40/3, 20.
     * d0 = ((0.3 + 0.05)(40/3) - 0.15 x 20) / 0.2 = 25/3; d1 = 0.6 / (0.25 / (40/3) + 0.35 / 20) = 480/29;
     * d2 = ((0.1 + 0.15) 20 - 0.05 (40/3)) / 0.2 = 65/3.
     * At 0.05 (s = 1/3): (20 + 0.15 (25/3) 4 + 3 x 7 - 0.15 (480/29) 2) / 27 = 1190/783 = 1.5197956577.
     * At 0.10 (s = 2/3): (7 + 1.25 x 2 + 3 x 20 - (72/29) 4) / 27 = 1727.5/783 = 2.2062579821.
     */
    @Test
    void endSlopeUsesTheThreePointFormula() {
        PchipInterpolant p = PchipInterpolant.through(new double[] {0, 0.15, 0.2}, new double[] {1, 3, 4});
        assertArrayEquals(new double[] {25.0 / 3, 480.0 / 29, 65.0 / 3}, p.knotSlopes(), 1e-9);
        assertEquals(1190.0 / 783, p.valueAt(0.05), 1e-10);
        assertEquals(1727.5 / 783, p.valueAt(0.10), 1e-10);
    }

    /**
     * End-slope limits. (0,0), (1,1), (2,5): δ = 1, 4; the three-point d0 = (3 - 4)/2 = -1/2 has the wrong sign -> 0;
     * interior d1 = 6 / (3/1 + 3/4) = 1.6; d2 = (3 x 4 - 1)/2 = 5.5.
     * (0,0), (1,1), (2,-9): δ = 1, -10; d0 = (3 + 10)/2 = 6.5 > 3|δ0| with δ changing sign -> 3; interior extremum -> 0.
     */
    @Test
    void endSlopesAreLimitedToPreserveShape() {
        assertArrayEquals(new double[] {0, 1.6, 5.5},
                PchipInterpolant.through(new double[] {0, 1, 2}, new double[] {0, 1, 5}).knotSlopes(), 1e-12);
        double[] limited = PchipInterpolant.through(new double[] {0, 1, 2}, new double[] {0, 1, -9}).knotSlopes();
        assertEquals(3, limited[0], 1e-12);
        assertEquals(0, limited[1], 0.0);
    }

    /**
     * Monotone data with a sharp rise: PCHIP stays monotone and within each interval's end values. A natural cubic
     * spline through the same points overshoots (checked too, so the check is known to catch overshoot).
     */
    @Test
    void monotoneDataStayMonotoneWithoutOvershoot() {
        double[] x = {0, 1, 2, 3, 4, 5};
        double[] y = {0, 0.1, 0.2, 5, 5.1, 5.2};
        PchipInterpolant p = PchipInterpolant.through(x, y);
        double previous = Double.NEGATIVE_INFINITY;
        for (int i = 0; i <= 500; i++) {
            double at = i / 100.0;
            double v = p.valueAt(at);
            int k = Math.min((int) at, 4);
            assertTrue(v >= y[k] - 1e-12 && v <= y[k + 1] + 1e-12, "value " + v + " at " + at);
            assertTrue(v >= previous - 1e-12, "not monotone at " + at);
            previous = v;
        }
        PolynomialSplineFunction spline = new SplineInterpolator().interpolate(x, y);
        double splineMax = 0;
        for (int i = 0; i <= 500; i++) {
            splineMax = Math.max(splineMax, spline.value(i / 100.0));
        }
        assertTrue(splineMax > 5.2, "natural spline max " + splineMax);
    }

    @Test
    void rejectsBadKnotsAndEvaluationOutsideThem() {
        assertThrows(IllegalArgumentException.class, () -> PchipInterpolant.through(new double[] {0}, new double[] {1}));
        assertThrows(IllegalArgumentException.class,
                () -> PchipInterpolant.through(new double[] {0, 0}, new double[] {1, 2}));
        assertThrows(IllegalArgumentException.class,
                () -> PchipInterpolant.through(new double[] {0, 1}, new double[] {1, Double.NaN}));
        PchipInterpolant p = PchipInterpolant.through(new double[] {0, 1}, new double[] {1, 2});
        assertThrows(IllegalArgumentException.class, () -> p.valueAt(1.5));
    }
}
