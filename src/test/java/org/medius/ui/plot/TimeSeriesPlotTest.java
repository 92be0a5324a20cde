package org.medius.ui.plot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.geometry.Point2D;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@ExtendWith(ApplicationExtension.class)
class TimeSeriesPlotTest {
    private static final double T0 = 0;
    private static final double T1 = 10;

    private TimeSeriesPlot plot;

    /** Left = 2 t, Right = 20 - t, sampled every 0.1 s over 0..10 s; Right has no value at 5.0 s. */
    private static List<PlotSeries> twoSeries() {
        int n = 101;
        double[] t = new double[n];
        double[] left = new double[n];
        double[] right = new double[n];
        for (int i = 0; i < n; i++) {
            t[i] = i / 10.0;
            left[i] = 2 * t[i];
            right[i] = i == 50 ? Double.NaN : 20 - t[i];
        }
        return List.of(new PlotSeries("Left", t, left, Color.ROYALBLUE),
                new PlotSeries("Right", t, right, Color.CRIMSON));
    }

    @Start
    void start(Stage stage) {
        plot = new TimeSeriesPlot("Knee FPPA (°) — + = valgus");
        plot.setSeries(twoSeries());
        plot.setTimeWindow(T0, T1);
        plot.setBands(List.of(new PlotBand(13.5, 16.8, Color.rgb(0, 160, 0, 0.15), "Healthy 13.5–16.8°")));
        plot.setIntervals(List.of(new PlotInterval(2, 3, Color.rgb(0, 0, 255, 0.1), "Left stance")));
        plot.setMarkers(List.of(new PlotMarker(2.5, Color.ORANGE, "Peak")));
        stage.setScene(new Scene(new StackPane(plot), 800, 200));
        stage.sizeToScene(); // the shared stage may carry an explicit size from an earlier test class
        stage.show();
    }

    private Point2D screenPointAt(double tSeconds) {
        Rectangle2D area = plot.plotAreaPx();
        double x = area.getMinX() + (tSeconds - T0) / (T1 - T0) * area.getWidth();
        return plot.localToScreen(x, area.getMinY() + area.getHeight() / 2);
    }

    private double secondsPerPixel() {
        return (T1 - T0) / plot.plotAreaPx().getWidth();
    }

    @Test
    void fillsItsSceneAndLaysOutTheDataArea() {
        assertEquals(800, plot.getWidth());
        assertEquals(200, plot.getHeight());
        Rectangle2D area = plot.plotAreaPx();
        assertEquals(800 - TimeSeriesPlot.LEFT_INSET_PX - TimeSeriesPlot.RIGHT_INSET_PX, area.getWidth());
        assertEquals(200 - TimeSeriesPlot.TOP_INSET_PX - TimeSeriesPlot.BOTTOM_INSET_PX, area.getHeight());
        assertTrue(plot.getValueLow() < 0 && plot.getValueHigh() >= 20); // data 0..20 and 0 in view
    }

    @Test
    void clickingSeeksToTheTimeUnderTheMouse(FxRobot robot) {
        List<Double> seeks = new ArrayList<>();
        robot.interact(() -> plot.setOnSeek(seeks::add));

        robot.clickOn(screenPointAt(4.0));
        assertEquals(1, seeks.size());
        assertEquals(4.0, seeks.get(0), secondsPerPixel());

        // pressing in the value labels left of the data area seeks to the window's start, never before it
        Rectangle2D area = plot.plotAreaPx();
        robot.clickOn(plot.localToScreen(area.getMinX() / 2, area.getMinY() + 10));
        assertEquals(T0, seeks.get(seeks.size() - 1));
    }

    @Test
    void draggingSeeksAlongTheWay(FxRobot robot) {
        List<Double> seeks = new ArrayList<>();
        robot.interact(() -> plot.setOnSeek(seeks::add));

        robot.drag(screenPointAt(2.0)).dropTo(screenPointAt(7.0));
        assertTrue(seeks.size() >= 2, "press and at least one drag: " + seeks);
        assertEquals(2.0, seeks.get(0), secondsPerPixel());
        assertEquals(7.0, seeks.get(seeks.size() - 1), secondsPerPixel());
    }

    @Test
    void cursorFollowsTheCursorTimeWithoutRedrawingTheData(FxRobot robot) {
        assertTrue(Double.isNaN(plot.cursorXPx()), "no cursor before a time is set");
        AtomicInteger redrawsBefore = new AtomicInteger();
        robot.interact(() -> {
            redrawsBefore.set(plot.dataRedrawCount());
            plot.cursorTimeProperty().set(2.5);
        });
        Rectangle2D area = plot.plotAreaPx();
        assertEquals(area.getMinX() + 0.25 * area.getWidth(), plot.cursorXPx(), 1e-9);

        robot.interact(() -> plot.cursorTimeProperty().set(7.5));
        assertEquals(area.getMinX() + 0.75 * area.getWidth(), plot.cursorXPx(), 1e-9);
        robot.interact(() -> {
            plot.applyCss();
            plot.layout();
        });
        assertEquals(redrawsBefore.get(), plot.dataRedrawCount(), "moving the cursor must not redraw the data");

        robot.interact(() -> plot.cursorTimeProperty().set(12));
        assertTrue(Double.isNaN(plot.cursorXPx()), "a cursor outside the window is not drawn");
    }

    @Test
    void hoveringShowsBothSeriesAtTheNearestSample(FxRobot robot) {
        robot.moveTo(screenPointAt(3.0));
        String text = plot.hoverTextProperty().get();
        assertTrue(text.contains("Left 6.0°"), text);
        assertTrue(text.contains("Right 17.0°"), text);
        assertTrue(text.startsWith("3."), text); // the time, e.g. "3.00 s"
        assertTrue(text.contains("Left stance"), text);

        robot.moveTo(screenPointAt(5.0));
        text = plot.hoverTextProperty().get();
        assertTrue(text.contains("Left 10.0°"), text);
        assertTrue(text.contains("Right no value"), text);

        robot.moveTo(screenPointAt(2.5));
        assertTrue(plot.hoverTextProperty().get().contains("Peak"), plot.hoverTextProperty().get());

        robot.moveTo(plot.localToScreen(plot.getWidth() + 50, plot.getHeight() / 2));
        assertEquals("", plot.hoverTextProperty().get());
    }

    @Test
    void twentyThousandPointsPerSeriesAreDrawnAndReadBack(FxRobot robot) {
        int n = 20_000;
        double[] t = new double[n];
        double[] left = new double[n];
        double[] right = new double[n];
        for (int i = 0; i < n; i++) {
            t[i] = i / 30.0;
            left[i] = 10 + 5 * Math.sin(i / 30.0);
            right[i] = i % 1000 < 30 ? Double.NaN : -3 + 0.001 * i;
        }
        double end = t[n - 1];
        AtomicInteger redrawsBefore = new AtomicInteger();
        robot.interact(() -> {
            redrawsBefore.set(plot.dataRedrawCount());
            plot.setSeries(List.of(new PlotSeries("Left", t, left, Color.ROYALBLUE),
                    new PlotSeries("Right", t, right, Color.CRIMSON)));
            plot.setTimeWindow(0, end);
            plot.applyCss();
            plot.layout();
        });
        assertEquals(redrawsBefore.get() + 1, plot.dataRedrawCount(), "two changes, one redraw");

        // hover at a sample time: the readout gives that sample (within a pixel there are ~0.9 s of samples, so
        // read back what the nearest sample to the actual mouse time holds)
        Rectangle2D area = plot.plotAreaPx();
        Point2D screen = plot.localToScreen(area.getMinX() + area.getWidth() / 2, area.getMinY() + 20);
        robot.moveTo(screen);
        double mouseTime = plot.xPxToTime(plot.screenToLocal(screen).getX());
        int i = ColumnDecimator.nearestIndex(t, mouseTime);
        String text = plot.hoverTextProperty().get();
        assertTrue(text.contains("Left " + PlotLabels.value(left[i], 1) + "°"), text);
        assertTrue(text.contains("Right " + (Double.isNaN(right[i]) ? "no value" : PlotLabels.value(right[i], 1)
                + "°")), text);
        assertFalse(text.isEmpty());
    }
}
