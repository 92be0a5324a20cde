package org.medius.session;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.medius.analysis.Analysis;
import org.medius.analysis.AnalysisPipeline;
import org.medius.analysis.AnalysisSettings;
import org.medius.analysis.MarkerMode;
import org.medius.analysis.NoPersonException;
import org.medius.model.FramePose;
import org.medius.model.MoveNetVariant;
import org.medius.model.PelvisMarkerTrack;
import org.medius.model.Sex;
import org.medius.model.SubjectHint;
import org.medius.model.Task;
import org.medius.model.VideoMetadata;
import org.medius.session.Correction.SubjectPick;

/**
 * A user's work on one video: everything needed to rebuild its analysis without the pose model, which is the
 * slow part. The pose model's raw per-frame poses are kept as they came out; the user's corrections are kept
 * apart and replayed on them by {@link #analyse(String)}, so each one can be undone. Saved by
 * {@link SessionStore}, found again by {@link SessionCache}.
 *
 * @param formatVersion    layout of the saved file ({@link #FORMAT_VERSION} for sessions made by this code)
 * @param fingerprint      the video's content, to tell whether a saved session still belongs to it
 * @param video            the video's metadata, as the analysis reports it
 * @param videoPath        where the video was when it was analysed, absolute; informational only
 * @param modelDescription the pose model as the analysis reports it, e.g. "MoveNet SinglePose Thunder (...)"
 * @param model            the pose model variant that produced {@code modelPoses}
 * @param task             what the person does in the video
 * @param sex              the person's sex, for the reference values of the score
 * @param subject          the subject hint the pose stage used for {@code modelPoses}; null when it chose the
 *                         person itself
 * @param modelPoses       the pose model's poses, one per decoded frame, before any correction
 * @param corrections      the user's corrections in the order they were made
 * @param markers          the pelvis skin markers the marker tracker found, one frame per model pose, before any
 *                         correction; null until markers were asked for ({@link Correction.PelvisMarkers})
 */
public record Session(int formatVersion, VideoFingerprint fingerprint, VideoMetadata video, String videoPath,
        String modelDescription, MoveNetVariant model, Task task, Sex sex, SubjectPick subject,
        List<FramePose> modelPoses, List<Correction> corrections, PelvisMarkerTrack markers) {

    /** The session layout this code writes and reads; raised when a field changes meaning. */
    public static final int FORMAT_VERSION = 1;

    public Session {
        Objects.requireNonNull(fingerprint, "fingerprint");
        Objects.requireNonNull(video, "video");
        Objects.requireNonNull(videoPath, "videoPath");
        Objects.requireNonNull(modelDescription, "modelDescription");
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(task, "task");
        Objects.requireNonNull(sex, "sex");
        modelPoses = List.copyOf(modelPoses);
        corrections = List.copyOf(corrections);
        if (markers != null && markers.frames().size() != modelPoses.size()) {
            throw new IllegalArgumentException("the marker track has " + markers.frames().size()
                    + " frames, the poses " + modelPoses.size());
        }
    }

    /** A session without a marker track. */
    public Session(int formatVersion, VideoFingerprint fingerprint, VideoMetadata video, String videoPath,
            String modelDescription, MoveNetVariant model, Task task, Sex sex, SubjectPick subject,
            List<FramePose> modelPoses, List<Correction> corrections) {
        this(formatVersion, fingerprint, video, videoPath, modelDescription, model, task, sex, subject, modelPoses,
                corrections, null);
    }

    /** A new session, in the current format, with no corrections yet. */
    public static Session create(VideoFingerprint fingerprint, VideoMetadata video, String videoPath,
            String modelDescription, MoveNetVariant model, Task task, Sex sex, SubjectPick subject,
            List<FramePose> modelPoses) {
        return new Session(FORMAT_VERSION, fingerprint, video, videoPath, modelDescription, model, task, sex, subject,
                modelPoses, List.of(), null);
    }

    /** The subject hint the pose stage used, if the user picked the person. */
    public Optional<SubjectPick> subjectPick() {
        return Optional.ofNullable(subject);
    }

    /** The same, as the pose stage takes it. */
    public Optional<SubjectHint> subjectHint() {
        return subjectPick().map(p -> SubjectHint.point(p.xPx(), p.yPx()));
    }

    /** The corrections as a value that can apply them. */
    public Corrections appliedCorrections() {
        return Corrections.of(corrections);
    }

    /** The settings the analysis uses: the task's defaults, the sex, then the view and roll corrections. */
    public AnalysisSettings settings() {
        return appliedCorrections().applyTo(AnalysisSettings.defaults(task).withSex(sex));
    }

    /** The poses the analysis uses: the model's poses with the keypoint moves and frame exclusions applied. */
    public List<FramePose> correctedPoses() {
        return appliedCorrections().applyTo(modelPoses);
    }

    /**
     * Runs the pipeline (no pose model: fast) on the corrected poses with the corrected settings.
     *
     * @throws NoPersonException when too few frames show the person, e.g. after the user excluded most of them
     */
    public Analysis analyse(String softwareVersion) throws NoPersonException {
        Corrections c = appliedCorrections();
        return AnalysisPipeline.analyse(correctedPoses(), c.applyTo(markers, modelPoses), video, modelDescription,
                softwareVersion, settings(), c.pins());
    }

    /** The settings ask for pelvis markers that have not been looked for yet: the video has to be searched first. */
    public boolean needsMarkerTrack() {
        return markers == null && settings().markers() == MarkerMode.PELVIS;
    }

    public Session withCorrections(List<Correction> newCorrections) {
        return new Session(formatVersion, fingerprint, video, videoPath, modelDescription, model, task, sex, subject,
                modelPoses, newCorrections, markers);
    }

    public Session withTask(Task newTask) {
        return new Session(formatVersion, fingerprint, video, videoPath, modelDescription, model, newTask, sex,
                subject, modelPoses, corrections, markers);
    }

    public Session withSex(Sex newSex) {
        return new Session(formatVersion, fingerprint, video, videoPath, modelDescription, model, task, newSex,
                subject, modelPoses, corrections, markers);
    }

    /** The same session with the marker tracker's result for its poses. */
    public Session withMarkers(PelvisMarkerTrack newMarkers) {
        return new Session(formatVersion, fingerprint, video, videoPath, modelDescription, model, task, sex, subject,
                modelPoses, corrections, newMarkers);
    }

    /**
     * The session after the pose stage ran again for another subject (the answer to a {@link SubjectPick}): the
     * new poses replace the old; the corrections are kept as they are (the caller decides whether keypoint moves
     * made on the other person still make sense).
     */
    public Session withModelPoses(SubjectPick newSubject, String newModelDescription, List<FramePose> newPoses) {
        return new Session(formatVersion, fingerprint, video, videoPath, newModelDescription, model, task, sex,
                newSubject, newPoses, corrections, null); // the markers were looked for near the other poses
    }
}
