package org.medius.cli;

import java.nio.file.Path;
import org.medius.analysis.Analysis;
import org.medius.analysis.AnalysisCancelledException;
import org.medius.analysis.AnalysisSettings;
import org.medius.analysis.NoPersonException;
import org.medius.analysis.Progress;
import org.medius.analysis.RollChoice;
import org.medius.analysis.VideoAnalyzer;
import org.medius.events.ViewChoice;
import org.medius.model.MoveNetVariant;
import org.medius.model.Sex;
import org.medius.model.SubjectHint;
import org.medius.model.Task;
import org.medius.pose.MoveNetModel;
import org.medius.pose.SubjectTracker;
import org.medius.video.VideoException;
import picocli.CommandLine.Option;

/**
 * How to analyse a video: task, pose model, camera view, subject, camera roll and sex. A picocli mixin shared by
 * {@code analyze} and {@code render-video}, so both take the same options with the same help.
 */
final class AnalysisOptions {

    @Option(names = "--task", defaultValue = "walk", paramLabel = "walk|run|squat|lunge|single-leg-squat",
            converter = AnalyzeCommand.TaskConverter.class,
            description = "What the person does; sets the low-pass cut-off (6 Hz, 10 Hz for run). Default: ${DEFAULT-VALUE}.")
    Task task;

    @Option(names = {"-m", "--model"}, defaultValue = "thunder", paramLabel = "thunder|lightning",
            description = "Pose model: thunder (more accurate, default) or lightning (faster).")
    MoveNetVariant model;

    @Option(names = "--view", defaultValue = "auto", paramLabel = "auto|anterior|posterior|sagittal",
            description = "Camera view: auto (detected; a person who turns round gets one stretch per view),"
                    + " anterior (camera in front), posterior (behind) or sagittal (side). Angles take left and right"
                    + " from the person's own sides, so the view never flips a sign. Default: ${DEFAULT-VALUE}.")
    ViewChoice view;

    @Option(names = "--subject", paramLabel = "X,Y|X0,Y0,X1,Y1", converter = AnalyzeCommand.SubjectConverter.class,
            description = "Who to analyse when several people are in view: a point on the person or a box around"
                    + " them, in pixels of the upright frame, on the first frame where they appear. Default: the"
                    + " largest and most central person at the start. The subject is never swapped for someone"
                    + " else: frames where they are out of view are marked missing.")
    SubjectHint subject;

    @Option(names = "--roll", defaultValue = "auto", paramLabel = "auto|none|DEGREES", converter = AnalyzeCommand.RollConverter.class,
            description = "Camera roll (phone tilt adds 1:1 to pelvic obliquity and trunk lean): auto = estimated"
                    + " from the frames where both feet are planted, none = no correction, or the roll in degrees"
                    + " (+ = the image-right end of a level line appears lower). Default: ${DEFAULT-VALUE}.")
    RollChoice roll;

    @Option(names = "--sex", defaultValue = "unknown", paramLabel = "female|male|unknown",
            converter = AnalyzeCommand.SexConverter.class,
            description = "The person's sex, for reference values given per sex (e.g. single-leg squat FPPA, women"
                    + " only). Unknown: a one-sex reference is used and the result says so. Default: ${DEFAULT-VALUE}.")
    Sex sex;

    /** The settings these options give (the reference table is the built-in one). */
    AnalysisSettings settings() {
        return AnalysisSettings.defaults(task).withRoll(roll).withView(view).withSex(sex);
    }

    /** The subject tracker over a freshly loaded model, closed with the tracker. */
    SubjectTracker tracker(MoveNetModel net) {
        return new SubjectTracker(net, false, subject, 30);
    }

    /** Loads the model and analyses the video with {@link #settings()}. */
    Analysis analyse(Path video, Progress progress)
            throws VideoException, NoPersonException, AnalysisCancelledException {
        try (MoveNetModel net = MoveNetModel.load(model);
             SubjectTracker tracker = tracker(net)) {
            return VideoAnalyzer.analyse(video, tracker, Versions.medius(), settings(), progress);
        }
    }
}
