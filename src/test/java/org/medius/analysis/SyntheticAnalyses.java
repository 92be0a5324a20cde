package org.medius.analysis;

import org.medius.model.VideoMetadata;
import org.medius.synth.SyntheticTrack;
import org.medius.synth.Truth;

/** A synthetic track through the pipeline after the pose model, as if it came from a video of its size and rate. */
final class SyntheticAnalyses {
    private SyntheticAnalyses() {
    }

    /** The video a track stands for: its image size, its frame rate from the first to the last frame time. */
    static VideoMetadata videoOf(SyntheticTrack track) {
        Truth t = track.truth();
        int n = track.frames().size();
        double duration = track.frames().get(n - 1).timestampSeconds();
        return new VideoMetadata("synthetic.mp4", (int) t.imageWidthPx(), (int) t.imageHeightPx(), 0, "none",
                (n - 1) / duration, duration);
    }

    static Analysis analyse(SyntheticTrack track, AnalysisSettings settings) throws Exception {
        return AnalysisPipeline.analyse(track.frames(), videoOf(track), "synthetic", "test", settings);
    }
}
