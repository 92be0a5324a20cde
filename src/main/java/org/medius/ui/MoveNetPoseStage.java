package org.medius.ui;

import java.nio.file.Path;
import org.medius.analysis.AnalysisCancelledException;
import org.medius.analysis.AnalysisRunner;
import org.medius.analysis.Progress;
import org.medius.analysis.VideoPoses;
import org.medius.model.MoveNetVariant;
import org.medius.model.SubjectHint;
import org.medius.video.VideoException;

/** The pose stage through the front door ({@link AnalysisRunner}), exactly as {@code medius analyze} runs it. */
public final class MoveNetPoseStage implements PoseStage {

    @Override
    public VideoPoses run(Path video, MoveNetVariant model, SubjectHint subject, Progress progress)
            throws VideoException, AnalysisCancelledException {
        try (AnalysisRunner runner = AnalysisRunner.of(model, "")) {
            return runner.poses(video, subject, progress, 1.0);
        }
    }
}
