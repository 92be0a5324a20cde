package org.medius.ui.plot;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import javafx.scene.paint.Color;
import org.junit.jupiter.api.Test;

class PlotAxesTest {

    private static PlotAxes axes() {
        PlotAxes axes = new PlotAxes(40, 20, 10, 20); // data area 50..750 × 20..180
        axes.setSizePx(800, 200);
        axes.setTimeWindow(10, 80);
        axes.setValueRange(-5, 15);
        return axes;
    }

    @Test
    void mapsTheWindowAndRangeOntoTheDataArea() {
        PlotAxes axes = axes();
        assertEquals(750, axes.plotWidthPx());
        assertEquals(160, axes.plotHeightPx());
        assertEquals(40, axes.timeToXPx(10));
        assertEquals(790, axes.timeToXPx(80));
        assertEquals(415, axes.timeToXPx(45));
        assertEquals(180, axes.valueToYPx(-5));
        assertEquals(20, axes.valueToYPx(15));
        assertEquals(100, axes.valueToYPx(5));
        assertEquals(750, axes.plotColumns());
    }

    @Test
    void pixelsAndValuesRoundTrip() {
        PlotAxes axes = axes();
        for (double t : new double[] {10, 12.345, 47.5, 80, 95}) {
            assertEquals(t, axes.xPxToTime(axes.timeToXPx(t)), 1e-9);
        }
        for (double v : new double[] {-5, -1.25, 0, 13.7, 20}) {
            assertEquals(v, axes.yPxToValue(axes.valueToYPx(v)), 1e-9);
        }
        for (double x : new double[] {40, 123.5, 790}) {
            assertEquals(x, axes.timeToXPx(axes.xPxToTime(x)), 1e-9);
        }
        assertEquals(10, axes.clampTime(3));
        assertEquals(80, axes.clampTime(300));
    }

    @Test
    void niceTicksAreMultiplesOfOneTwoOrFiveTimesAPowerOfTen() {
        assertArrayEquals(new double[] {0, 5, 10, 15}, PlotAxes.niceTicks(0, 17.3, 5));
        assertArrayEquals(new double[] {0, 2, 4, 6, 8, 10, 12, 14, 16}, PlotAxes.niceTicks(0, 17.3, 10));
        assertArrayEquals(new double[] {-10, -5, 0, 5}, PlotAxes.niceTicks(-12.1, 7.9, 5));
        assertArrayEquals(new double[] {0.2, 0.4, 0.6, 0.8, 1.0}, PlotAxes.niceTicks(0.13, 1.02, 6));
        assertArrayEquals(new double[] {-200, 0, 200, 400, 600, 800}, PlotAxes.niceTicks(-250, 810, 7));
        assertEquals(0.5, PlotAxes.niceStep(0.31));
        assertEquals(1.0, PlotAxes.niceStep(1.0));
        assertEquals(20.0, PlotAxes.niceStep(11));
        assertEquals(0, PlotAxes.decimalsFor(5));
        assertEquals(1, PlotAxes.decimalsFor(0.5));
        assertEquals(2, PlotAxes.decimalsFor(0.05));
    }

    @Test
    void timeTicksUseClockStepsFromTenSecondsOn() {
        assertArrayEquals(new double[] {0, 2, 4, 6, 8, 10}, PlotAxes.niceTimeTicks(0, 10, 6));
        assertArrayEquals(new double[] {0, 15, 30, 45, 60, 75, 90}, PlotAxes.niceTimeTicks(0, 100, 8));
        assertArrayEquals(new double[] {0, 120, 240, 360, 480, 600}, PlotAxes.niceTimeTicks(0, 666.6, 8));
    }

    @Test
    void autoRangeCoversDataBandsAndZeroWithFivePercentPadding() {
        PlotSeries s = new PlotSeries("Left", new double[] {0, 1, 2}, new double[] {4, Double.NaN, 14},
                Color.BLUE);
        PlotBand band = new PlotBand(13.5, 16.8, Color.LIGHTGREEN, "Healthy");
        double[] range = PlotAxes.autoValueRange(List.of(s), List.of(band));
        assertEquals(0 - 0.05 * 16.8, range[0], 1e-12);
        assertEquals(16.8 + 0.05 * 16.8, range[1], 1e-12);

        PlotSeries negative = new PlotSeries("Trunk", new double[] {0, 1}, new double[] {-3, -8}, Color.RED);
        range = PlotAxes.autoValueRange(List.of(negative), List.of());
        assertEquals(-8.4, range[0], 1e-12);
        assertEquals(0.4, range[1], 1e-12);

        range = PlotAxes.autoValueRange(List.of(), List.of());
        assertArrayEquals(new double[] {-1, 1}, range);

        // a nearly flat curve (a trunk held still) gets a range 2 degrees wide around it, not one of 5e-6
        PlotSeries flat = new PlotSeries("Trunk", new double[] {0, 1}, new double[] {0, 5e-6}, Color.RED);
        range = PlotAxes.autoValueRange(List.of(flat), List.of());
        assertEquals(-1 + 2.5e-6, range[0], 1e-12);
        assertEquals(1 + 2.5e-6, range[1], 1e-12);
    }

    @Test
    void aFixedRangeIsKeptUntilAutoRangeIsSwitchedBackOn() {
        PlotAxes axes = axes();
        PlotSeries s = new PlotSeries("Left", new double[] {0, 1}, new double[] {0, 100}, Color.BLUE);
        assertFalse(axes.isAutoRange());
        axes.fitValueRange(List.of(s), List.of());
        assertEquals(-5, axes.valueLow());
        assertEquals(15, axes.valueHigh());
        axes.setAutoRange(true);
        axes.fitValueRange(List.of(s), List.of());
        assertEquals(-5, axes.valueLow());
        assertEquals(105, axes.valueHigh());
        assertTrue(axes.isAutoRange());
        assertThrows(IllegalArgumentException.class, () -> axes.setValueRange(3, 3));
        assertThrows(IllegalArgumentException.class, () -> axes.setTimeWindow(5, 1));
    }

    @Test
    void labelsShowSecondsBelowAMinuteAndMinutesSecondsFromOneOn() {
        assertEquals("12 s", PlotLabels.tickTime(12, 2));
        assertEquals("2.5 s", PlotLabels.tickTime(2.5, 0.5));
        assertEquals("1:05", PlotLabels.tickTime(65, 5));
        assertEquals("10:00", PlotLabels.tickTime(600, 120));
        assertEquals("1:02:05", PlotLabels.tickTime(3725, 5));
        assertEquals("1:05.50", PlotLabels.readoutTime(65.5));
        assertEquals("12.35 s", PlotLabels.readoutTime(12.349));
        assertEquals("1:00.00", PlotLabels.readoutTime(59.999));
        assertEquals("12.3", PlotLabels.value(12.34, 1));
        assertEquals("0", PlotLabels.value(-0.2, 0));
        assertEquals("0.0", PlotLabels.value(-0.04, 1));
        assertEquals("-5", PlotLabels.value(-5, 0));
        assertEquals("no value", PlotLabels.value(Double.NaN, 1));
    }

    @Test
    void seriesCopiesItsArraysAndRejectsTimesGoingBack() {
        double[] t = {0, 1};
        double[] v = {2, 3};
        PlotSeries s = new PlotSeries("Left", t, v, Color.BLUE);
        t[0] = 99;
        v[0] = 99;
        assertEquals(0, s.timesSeconds()[0]);
        assertEquals(2, s.values()[0]);
        s.values()[1] = 42;
        assertEquals(3, s.values()[1]);
        assertEquals(new PlotSeries("Left", new double[] {0, 1}, new double[] {2, 3}, Color.BLUE), s);
        assertThrows(IllegalArgumentException.class,
                () -> new PlotSeries("x", new double[] {1, 0}, new double[] {0, 0}, Color.BLUE));
        assertThrows(IllegalArgumentException.class,
                () -> new PlotSeries("x", new double[] {0, 1}, new double[] {0}, Color.BLUE));
    }
}
