package org.medius.ui;

import java.util.List;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.medius.analysis.Analysis;
import org.medius.ui.plot.TimeSeriesPlot;

/**
 * The three plots under the video, sharing the video's time axis: each draws the cursor at the current frame's
 * time, and a click or drag on any of them seeks the video.
 */
final class PlotsPane extends VBox {
    private final TimeSeriesPlot pelvis = new TimeSeriesPlot();
    private final TimeSeriesPlot knees = new TimeSeriesPlot();
    private final TimeSeriesPlot trunk = new TimeSeriesPlot();
    private final javafx.scene.control.Label placeholder = new javafx.scene.control.Label(
            "The plots of pelvic obliquity, knee FPPA and trunk lean appear here when the analysis is done.");

    PlotsPane(ViewerModel model, Playback playback) {
        super(2);
        setId("plots");
        pelvis.setId("pelvisPlot");
        knees.setId("kneePlot");
        trunk.setId("trunkPlot");
        for (TimeSeriesPlot p : plots()) {
            VBox.setVgrow(p, Priority.ALWAYS);
            p.setMinHeight(90);
            p.setPrefHeight(140);
            p.setOnSeek(playback::seekToTime);
            getChildren().add(p);
        }
        placeholder.setId("plotsPlaceholder");
        placeholder.setStyle("-fx-text-fill: #666; -fx-padding: 16;");
        getChildren().add(placeholder);
        model.analysisProperty().addListener((o, was, now) -> show(now));
        model.currentFrameProperty().addListener((o, was, now) -> cursor(model));
        show(model.analysis());
    }

    List<TimeSeriesPlot> plots() {
        return List.of(pelvis, knees, trunk);
    }

    private void cursor(ViewerModel model) {
        Analysis a = model.analysis();
        int f = model.currentFrameProperty().get();
        if (a == null || f < 0 || f >= a.frames().size()) {
            return;
        }
        double t = a.frames().get(f).timestampSeconds();
        for (TimeSeriesPlot p : plots()) {
            p.cursorTimeProperty().set(t);
        }
    }

    private void show(Analysis a) {
        for (TimeSeriesPlot p : plots()) {
            p.setVisible(a != null);
            p.setManaged(a != null);
        }
        placeholder.setVisible(a == null);
        placeholder.setManaged(a == null);
        if (a == null) {
            for (TimeSeriesPlot p : plots()) {
                p.setSeries(List.of());
                p.setIntervals(List.of());
                p.setMarkers(List.of());
                p.setBands(List.of());
            }
            return;
        }
        double[] t = AnalysisFrames.times(a);
        set(pelvis, PlotData.pelvis(a), a, t);
        set(knees, PlotData.knees(a), a, t);
        set(trunk, PlotData.trunk(a), a, t);
    }

    private static void set(TimeSeriesPlot plot, PlotData.Plot data, Analysis a, double[] t) {
        plot.setTitle(data.title());
        plot.setTimeWindow(t[0], t[t.length - 1]);
        plot.setSeries(data.series());
        plot.setBands(data.bands());
        plot.setIntervals(PlotData.intervals(a));
        plot.setMarkers(PlotData.markers(a));
    }
}
