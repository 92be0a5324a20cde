package org.medius.cli;

import java.nio.file.Path;
import org.medius.analysis.Analysis;
import org.medius.analysis.AnalysisRunner;
import org.medius.analysis.AnalysisSettings;
import org.medius.analysis.MarkerMode;
import org.medius.analysis.Progress;
import org.medius.analysis.RollChoice;
import org.medius.events.ViewChoice;
import org.medius.model.MoveNetVariant;
import org.medius.model.Sex;
import org.medius.model.SubjectHint;
import org.medius.model.MediusException;
import org.medius.model.Task;
import picocli.CommandLine.Option;

/**
 * How to analyse a video: task, pose model, camera view, subject, camera roll and sex. A picocli mixin shared by
 * {@code analyze} and {@code render-video}, so both take the same options with the same help.
 */
final class AnalysisOptions {

    @Option(names = "--task", defaultValue = "walk", paramLabel = "walk|run|squat|lunge|single-leg-squat|stance",
            converter = OptionConverters.TaskConverter.class,
            description = "What the person does (stance: the single-leg stance or Trendelenburg test, one leg then the"
                    + " other); sets the low-pass cut-off (6 Hz, 10 Hz for run) and the events. Default: ${DEFAULT-VALUE}.")
    Task task;

    @Option(names = {"-m", "--model"}, defaultValue = "thunder", paramLabel = "thunder|lightning",
            description = "Pose model: thunder (more accurate, default) or lightning (faster).")
    MoveNetVariant model;

    @Option(names = "--view", defaultValue = "auto", paramLabel = "auto|anterior|posterior|sagittal",
            description = "Camera view: auto (detected; a person who turns round gets one stretch per view),"
                    + " anterior (camera in front), posterior (behind) or sagittal (side). Angles take left and right"
                    + " from the person's own sides, so the view never flips a sign. Default: ${DEFAULT-VALUE}.")
    ViewChoice view;

    @Option(names = "--subject", paramLabel = "X,Y|X0,Y0,X1,Y1", converter = OptionConverters.SubjectConverter.class,
            description = "Who to analyse when several people are in view: a point on the person or a box around"
                    + " them, in pixels of the upright frame, on the first frame where they appear. Default: the"
                    + " largest and most central person at the start. The subject is never swapped for someone"
                    + " else: frames where they are out of view are marked missing.")
    SubjectHint subject;

    @Option(names = "--roll", defaultValue = "auto", paramLabel = "auto|none|DEGREES", converter = OptionConverters.RollConverter.class,
            description = "Camera roll (phone tilt adds 1:1 to pelvic obliquity and trunk lean): auto = estimated"
                    + " from the frames where both feet are planted, none = no correction, or the roll in degrees"
                    + " (+ = the image-right end of a level line appears lower). Default: ${DEFAULT-VALUE}.")
    RollChoice roll;

    @Option(names = "--sex", defaultValue = "unknown", paramLabel = "female|male|unknown",
            converter = OptionConverters.SexConverter.class,
            description = "The person's sex, for reference values given per sex (e.g. single-leg squat FPPA, women"
                    + " only). Unknown: a one-sex reference is used and the result says so. Default: ${DEFAULT-VALUE}.")
    Sex sex;

    @Option(names = "--markers", defaultValue = "none", paramLabel = "none|pelvis",
            converter = MarkerModeConverter.class,
            description = "pelvis: two round high-contrast skin markers were put on the pelvis (both ASIS, filmed from"
                    + " the front, or both PSIS, from behind); pelvic obliquity and CPD are read from the line between"
                    + " them wherever they are found, and from the hip keypoints elsewhere (the per-frame column"
                    + " pelvis_source says which). Steps still come from the keypoints. Guide: docs/markers.md."
                    + " Default: ${DEFAULT-VALUE}.")
    MarkerMode markers;

    /** The settings these options give (the reference table is the built-in one). */
    AnalysisSettings settings() {
        return AnalysisSettings.defaults(task).withRoll(roll).withView(view).withSex(sex).withMarkers(markers);
    }

    static final class MarkerModeConverter implements picocli.CommandLine.ITypeConverter<MarkerMode> {
        @Override
        public MarkerMode convert(String value) {
            try {
                return MarkerMode.parse(value);
            } catch (IllegalArgumentException e) {
                throw new picocli.CommandLine.TypeConversionException(e.getMessage());
            }
        }
    }

    /** The front door with the chosen model (loaded on first use); close it when done. */
    AnalysisRunner runner() {
        return AnalysisRunner.of(model, Versions.medius());
    }

    /** Loads the model and analyses the video with {@link #settings()}. */
    Analysis analyse(Path video, Progress progress) throws MediusException {
        try (AnalysisRunner runner = runner()) {
            return runner.analyse(video, subject, settings(), progress).analysis();
        }
    }
}
