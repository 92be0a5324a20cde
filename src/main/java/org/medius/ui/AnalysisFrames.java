package org.medius.ui;

import org.medius.analysis.Analysis;
import org.medius.analysis.EventMeasures;
import org.medius.events.EventKind;

/**
 * Where things are in an analysis' frame list, for the view model and the views alike: each frame's time, and the
 * frame a stance or repetition shows when its row is selected or its plot marker is drawn. No view types.
 */
final class AnalysisFrames {
    private AnalysisFrames() {
    }

    /** Each analysed frame's timestamp in seconds, in frame-list order. */
    static double[] times(Analysis a) {
        double[] t = new double[a.frames().size()];
        for (int i = 0; i < t.length; i++) {
            t[i] = a.frames().get(i).timestampSeconds();
        }
        return t;
    }

    /**
     * The frame times a video will have, before its analysis knows them: frame i at i / the declared frame rate (30
     * when none is declared), for the container's frame-count estimate. Exact for a constant frame rate; the analysis
     * replaces them with the decoded timestamps. Empty when the file cannot be opened (the analysis says why).
     */
    static double[] provisionalTimes(java.nio.file.Path video) {
        try (org.medius.video.VideoReader r = org.medius.video.VideoReader.open(video)) {
            org.medius.video.VideoInfo info = r.info();
            double fps = info.nominalFps() > 0 ? info.nominalFps() : PROVISIONAL_FPS;
            int n = (int) Math.max(0, Math.min(Integer.MAX_VALUE - 8, info.frameCountEstimate()));
            double[] t = new double[n];
            for (int i = 0; i < n; i++) {
                t[i] = i / fps;
            }
            return t;
        } catch (org.medius.video.VideoException | RuntimeException e) {
            return new double[0];
        }
    }

    /** The frame rate assumed for a video that declares none. */
    static final double PROVISIONAL_FPS = 30;

    /**
     * The frame an event's row seeks to: a repetition's deepest frame (where FPPA is read); a stance's or hold's peak
     * pelvic drop in a frontal view; else the deepest frame, else the key frame.
     */
    static int peakFrame(EventMeasures m) {
        if (m.event().kind() != EventKind.REPETITION && m.frontalPlane() && m.cpdPeakFrame() >= 0
                && Double.isFinite(m.cpdPeakDeg())) {
            return m.cpdPeakFrame();
        }
        return m.deepestFrame() >= 0 ? m.deepestFrame() : m.event().keyFrame();
    }
}
