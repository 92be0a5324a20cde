package org.medius.analysis;

import java.util.List;
import java.util.Locale;
import org.medius.model.FramePose;
import org.medius.model.MoveNetVariant;

/**
 * MoveNet Lightning, the fast model, misses people who are small or far away in the picture: it sees the walker of
 * demo4 (hips, knees and ankles) on 8 of its 401 frames, Thunder on 298 (she leaves the picture at frame 343). When Lightning's poses are too few for an analysis,
 * the video is analysed again with Thunder, and a note says so, rather than the analysis being refused (issue 18).
 * The rule is the analysis's own: the person seen on too few frames for {@link AnalysisPipeline}.
 */
public final class ModelFallback {
    /** The model analysed with instead. */
    public static final MoveNetVariant FALLBACK = MoveNetVariant.THUNDER;

    private ModelFallback() {
    }

    /**
     * The note to give when {@code poses}, found by {@code used}, call for analysing again with {@link #FALLBACK};
     * null when they do not (another model, too few frames to analyse at all, or the person seen enough).
     */
    public static String note(MoveNetVariant used, List<FramePose> poses, AnalysisSettings settings,
            String fileName) {
        if (used != MoveNetVariant.LIGHTNING || poses.size() < AnalysisPipeline.MIN_FRAMES
                || AnalysisPipeline.personSeenEnough(poses, settings)) {
            return null;
        }
        int seen = AnalysisPipeline.framesWithPerson(poses, settings);
        return String.format(Locale.ROOT, "MoveNet Lightning found the person on only %d of %d frames of %s (%.0f%%):"
                + " it misses people who are small or far away in the picture. The video was analysed again with"
                + " MoveNet Thunder, which is slower.", seen, poses.size(), fileName, 100.0 * seen / poses.size());
    }
}
