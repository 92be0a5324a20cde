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
        model.analysisProperty().addListener((o, was, now) -> show(model));
        model.previewProperty().addListener((o, was, now) -> show(model));
        model.currentFrameProperty().addListener((o, was, now) -> cursor(model));
        show(model);
    }

    List<TimeSeriesPlot> plots() {
        return List.of(pelvis, knees, trunk);
    }

    private void cursor(ViewerModel model) {
        double[] times = model.frameTimesSeconds();
        int f = model.currentFrameProperty().get();
        if (f < 0 || f >= times.length) {
            return;
        }
        for (TimeSeriesPlot p : plots()) {
            p.cursorTimeProperty().set(times[f]);
        }
    }

    /**
     * The analysis, or while the pose stage runs the analysis of the frames done so far: its curves fill the time
     * axis of the whole video from the left, without the stances and repetitions, which need the whole clip.
     */
    private void show(ViewerModel model) {
        Analysis a = model.shownAnalysis();
        boolean partial = a != null && model.analysis() == null;
        show(a, partial ? model.frameTimesSeconds() : null);
        cursor(model);
    }

    private void show(Analysis a, double[] videoTimes) {
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
        boolean partial = videoTimes != null;
        double end = partial && videoTimes.length > 0 ? Math.max(videoTimes[videoTimes.length - 1], t[t.length - 1])
                : t[t.length - 1];
        for (TimeSeriesPlot plot : plots()) {
            PlotData.Plot data = plot == pelvis ? PlotData.pelvis(a) : plot == knees ? PlotData.knees(a)
                    : PlotData.trunk(a);
            // no shading yet: the stances and repetitions come with the whole clip
            plot.setTitle(partial ? data.title().replaceFirst("; shaded:.*", "") + " (analysing…)" : data.title());
            plot.setTimeWindow(t[0], end);
            plot.setSeries(data.series());
            plot.setBands(data.bands());
            plot.setIntervals(partial ? List.of() : PlotData.intervals(a));
            plot.setMarkers(partial ? List.of() : PlotData.markers(a));
        }
    }
}
