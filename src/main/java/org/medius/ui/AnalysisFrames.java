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
