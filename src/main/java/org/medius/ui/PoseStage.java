package org.medius.ui;

import java.nio.file.Path;
import org.medius.analysis.AnalysisCancelledException;
import org.medius.analysis.Progress;
import org.medius.analysis.VideoPoses;
import org.medius.model.MoveNetVariant;
import org.medius.model.SubjectHint;
import org.medius.video.VideoException;

/**
 * The slow stage the viewer runs in the background: the pose of the subject on every frame. The real one runs
 * MoveNet ({@link MoveNetPoseStage}); tests give a fake that needs no model.
 */
@FunctionalInterface
public interface PoseStage {

    /**
     * @param subject who to follow when several people are in view; null = the default choice
     * @throws org.medius.pose.PoseModelException when the model file is missing or damaged
     */
    VideoPoses run(Path video, MoveNetVariant model, SubjectHint subject, Progress progress)
            throws VideoException, AnalysisCancelledException;
}
