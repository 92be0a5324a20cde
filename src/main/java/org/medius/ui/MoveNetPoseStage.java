package org.medius.ui;

import java.nio.file.Path;
import org.medius.analysis.AnalysisCancelledException;
import org.medius.analysis.Progress;
import org.medius.analysis.VideoAnalyzer;
import org.medius.analysis.VideoPoses;
import org.medius.model.MoveNetVariant;
import org.medius.model.SubjectHint;
import org.medius.pose.MoveNetModel;
import org.medius.pose.SubjectTracker;
import org.medius.video.VideoException;

/** The pose stage with MoveNet and the subject tracker, exactly as {@code medius analyze} runs it. */
public final class MoveNetPoseStage implements PoseStage {

    @Override
    public VideoPoses run(Path video, MoveNetVariant model, SubjectHint subject, Progress progress)
            throws VideoException, AnalysisCancelledException {
        try (MoveNetModel net = MoveNetModel.load(model);
             SubjectTracker tracker = new SubjectTracker(net, false, subject, 30)) {
            return VideoAnalyzer.poses(video, tracker, progress, 1.0);
        }
    }
}
