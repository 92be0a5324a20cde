package org.medius.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.scene.paint.Color;
import org.medius.analysis.AnalysedFrame;
import org.medius.analysis.Analysis;
import org.medius.analysis.EventMeasures;
import org.medius.model.Side;
import org.medius.score.ComponentStatus;
import org.medius.score.Metric;
import org.medius.score.ScoreComponent;
import org.medius.ui.plot.PlotBand;
import org.medius.ui.plot.PlotInterval;
import org.medius.ui.plot.PlotMarker;
import org.medius.ui.plot.PlotSeries;

/**
 * What the three plots show, read from an {@link Analysis} (never recomputed): per-frame pelvic obliquity, knee
 * FPPA left and right (blank where the thigh is too foreshortened to trust it), trunk lean; each stance or
 * repetition shaded in its side's colour with a marker at its peak; and the reference bands of the score where
 * the task has one.
 */
final class PlotData {
    static final Color LEFT_FILL = Color.web("#3D9BE9", 0.14);
    static final Color RIGHT_FILL = Color.web("#E8743B", 0.14);

    record Plot(String title, List<PlotSeries> series, List<PlotBand> bands) {
    }

    private PlotData() {
    }

    static Plot pelvis(Analysis a) {
        double[] t = AnalysisFrames.times(a);
        double[] v = new double[t.length];
        for (int i = 0; i < t.length; i++) {
            v[i] = a.frames().get(i).angles().pelvicObliquityDeg();
        }
        return new Plot("Pelvic obliquity (°), + = left hip lower; shaded: stance or repetition by side",
                List.of(new PlotSeries("Pelvis", t, v, Color.web("#333333"))), bands(a, Metric.CPD));
    }

    static Plot knees(Analysis a) {
        double[] t = AnalysisFrames.times(a);
        double[] left = new double[t.length];
        double[] right = new double[t.length];
        for (int i = 0; i < t.length; i++) {
            var an = a.frames().get(i).angles();
            left[i] = an.fppaReliableLeft() ? an.kneeFppaLeftDeg() : Double.NaN;
            right[i] = an.fppaReliableRight() ? an.kneeFppaRightDeg() : Double.NaN;
        }
        return new Plot("Knee FPPA (°), + = valgus",
                List.of(new PlotSeries("Left", t, left, SkeletonPainter.LEFT),
                        new PlotSeries("Right", t, right, SkeletonPainter.RIGHT)), bands(a, Metric.FPPA));
    }

    static Plot trunk(Analysis a) {
        double[] t = AnalysisFrames.times(a);
        double[] v = new double[t.length];
        for (int i = 0; i < t.length; i++) {
            v[i] = a.frames().get(i).angles().trunkLeanTowardsLeftDeg();
        }
        return new Plot("Trunk lean (°), + = towards the left",
                List.of(new PlotSeries("Trunk", t, v, Color.web("#6a3d9a"))), bands(a, Metric.TRUNK_LEAN));
    }

    static List<PlotInterval> intervals(Analysis a) {
        List<PlotInterval> out = new ArrayList<>();
        for (EventMeasures m : a.eventMeasures()) {
            boolean left = m.event().side() == Side.LEFT;
            out.add(new PlotInterval(m.startSeconds(), m.endSeconds(), left ? LEFT_FILL : RIGHT_FILL,
                    left ? "L" : "R"));
        }
        return out;
    }

    static List<PlotMarker> markers(Analysis a) {
        List<PlotMarker> out = new ArrayList<>();
        for (EventMeasures m : a.eventMeasures()) {
            AnalysedFrame f = a.frames().get(AnalysisFrames.peakFrame(m));
            out.add(new PlotMarker(f.timestampSeconds(), m.event().side() == Side.LEFT ? SkeletonPainter.LEFT
                    : SkeletonPainter.RIGHT, m.event().side() == Side.LEFT ? "L peak" : "R peak"));
        }
        return out;
    }

    /** The scored reference band of a metric (one per side that has one; drawn once when both sides agree). */
    static List<PlotBand> bands(Analysis a, Metric metric) {
        List<PlotBand> out = new ArrayList<>();
        for (Side side : Side.values()) {
            ScoreComponent c = a.score().score(side).component(metric);
            if (c == null || c.status() != ComponentStatus.OK || !Double.isFinite(c.bandLowDeg())) {
                continue;
            }
            PlotBand band = new PlotBand(c.bandLowDeg(), c.bandHighDeg(), Color.web("#2e7d32", 0.12),
                    String.format(Locale.ROOT, "reference band %.1f–%.1f° (%s)", c.bandLowDeg(), c.bandHighDeg(),
                            String.join("; ", c.citations())));
            if (out.stream().noneMatch(b -> b.low() == band.low() && b.high() == band.high())) {
                out.add(band);
            }
        }
        return out;
    }
}
