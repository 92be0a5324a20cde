package org.medius.ui;

import java.util.ArrayList;
import java.util.List;
import org.medius.analysis.Analysis;
import org.medius.analysis.AnalysisPipeline;
import org.medius.analysis.AnalysisSettings;
import org.medius.analysis.NoPersonException;
import org.medius.model.FramePose;
import org.medius.model.VideoMetadata;

/**
 * The analysis of the frames done so far, while the pose stage still runs: the viewer shows its skeleton and plots so
 * that they fill in as the video is analysed (the events and the score, which need the whole clip, wait for the
 * end). Made on the pose stage's own thread, so it is made seldom enough to cost at most {@value #MAX_SHARE_PERCENT} %
 * of that stage: the next one no sooner than {@value #COST_FACTOR} times the last one's duration, and no more often
 * than every {@value #MIN_INTERVAL_S} s. Memory: the poses so far (the pose stage keeps them too).
 */
final class AnalysisPreview {
    /** The shortest time between two previews, seconds: about what the eye needs to see the plots grow. */
    static final double MIN_INTERVAL_S = 0.5;
    /** The wait after a preview, as a multiple of the time that preview took. */
    static final int COST_FACTOR = 20;
    static final int MAX_SHARE_PERCENT = 100 / COST_FACTOR;

    private final AnalysisSettings settings;
    private final String softwareVersion;
    private final List<FramePose> poses = new ArrayList<>();
    private long nextNanos;
    private int made;

    private final java.util.function.LongSupplier clockNanos;

    AnalysisPreview(AnalysisSettings settings, String softwareVersion) {
        this(settings, softwareVersion, System::nanoTime);
    }

    /** @param clockNanos the time in nanoseconds (tests give their own clock) */
    AnalysisPreview(AnalysisSettings settings, String softwareVersion, java.util.function.LongSupplier clockNanos) {
        this.settings = settings;
        this.softwareVersion = softwareVersion;
        this.clockNanos = clockNanos;
    }

    /**
     * Adds one frame's pose; returns the analysis of the frames so far when a new preview is due and one can be made
     * (too few frames or nobody seen yet: none), else null.
     */
    Analysis add(VideoMetadata video, FramePose pose) {
        poses.add(pose);
        long nowNanos = clockNanos.getAsLong();
        if (nowNanos < nextNanos) {
            return null;
        }
        Analysis a = null;
        try {
            a = AnalysisPipeline.analyse(poses, video, "pose model (analysis in progress)", softwareVersion, settings);
        } catch (NoPersonException | RuntimeException e) {
            // nobody yet, or too few frames for the filters: the next preview tries again
        }
        long took = clockNanos.getAsLong() - nowNanos;
        // after a preview, wait for the eye; after none (too few frames yet), try again as soon as the cost allows.
        // The first preview's time is not a measure of the next: it loads the pipeline's classes (one-off).
        long costWait = made == 0 ? 0 : COST_FACTOR * took;
        nextNanos = nowNanos + Math.max(a == null ? 0 : (long) (MIN_INTERVAL_S * 1e9), costWait);
        if (a != null) {
            made++;
        }
        return a;
    }
}
