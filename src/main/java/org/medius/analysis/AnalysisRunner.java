package org.medius.analysis;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import org.medius.model.FramePose;
import org.medius.model.MoveNetVariant;
import org.medius.model.SubjectHint;
import org.medius.pose.MoveNetModel;
import org.medius.pose.MoveNetTracker;
import org.medius.pose.SubjectTracker;
import org.medius.pose.VideoPoseRunner;
import org.medius.video.VideoException;
import org.medius.video.VideoInfo;

/**
 * The front door of every analysis: the commands and the viewer go through it, and nothing else loads the pose
 * model or builds the subject tracker. It owns the model (loaded on first use, so a batch of finished videos or a
 * bad file loads nothing; kept for the next video), the subject tracker (a fresh one per video, so nothing of one
 * person carries over to the next), progress, cancellation (through {@link Progress#cancelled()}), the timing of
 * the model's inferences, and re-running the pipeline on saved poses with new settings.
 */
public final class AnalysisRunner implements AutoCloseable {
    /** The frame rate the tracker assumes until the video's own is known. */
    private static final double TRACKER_NOMINAL_FPS = 30;

    /** The model asked for. */
    private final MoveNetVariant requested;
    /** The model in use: the one asked for, until a {@link ModelFallback} replaces it for one video. */
    private MoveNetVariant variant;
    private final String softwareVersion;
    private MoveNetModel model;

    /** What an analysis of a video cost: all of it, and the pose model's inferences (crop and forward pass) alone. */
    public record Timing(double seconds, long inferences, double inferenceSeconds) {
    }

    /** An analysis and what it cost. */
    public record Timed(Analysis analysis, Timing timing) {
    }

    /** Hears about a raw keypoint run: the expected frame count first, then each frame done; false stops it. */
    public interface FrameListener {
        void started(long frameCountEstimate);

        default boolean keepGoing(int framesDone) {
            return true;
        }
    }

    private AnalysisRunner(MoveNetVariant variant, String softwareVersion) {
        this.requested = variant;
        this.variant = variant;
        this.softwareVersion = softwareVersion;
    }

    /**
     * @param variant         the pose model (loaded on first use from {@code models/})
     * @param softwareVersion recorded in every analysis
     */
    public static AnalysisRunner of(MoveNetVariant variant, String softwareVersion) {
        return new AnalysisRunner(variant, softwareVersion);
    }

    /** Loads the pose model now, unless it is loaded: a missing model file fails here, before any other work. */
    public void loadModel() {
        if (model == null) {
            model = MoveNetModel.load(variant);
        }
    }

    /** The pose model's inferences since this runner loaded it (0 before): what analyses cost, counted. */
    public long inferences() {
        return model == null ? 0 : model.inferenceTime().inferences();
    }

    /** The whole analysis of one video: the pose of every frame (95 % of the progress), then the pipeline. */
    public Timed analyse(Path video, SubjectHint subject, AnalysisSettings settings, Progress progress)
            throws VideoException, NoPersonException, AnalysisCancelledException {
        if (variant != requested) { // the last video fell back to Thunder: this one starts with the model asked for
            close();
            variant = requested;
        }
        loadModel();
        MoveNetModel.InferenceTime before = model.inferenceTime();
        long start = System.nanoTime();
        VideoPoses poses = poses(video, subject, progress, VideoAnalyzer.POSE_SHARE);
        String fallback = ModelFallback.note(variant, poses.poses(), settings, video.getFileName().toString());
        long inferences = 0;
        double inferenceSeconds = 0;
        if (fallback != null) { // Lightning missed the person: Thunder looks again (its cost is counted too)
            MoveNetModel.InferenceTime spent = model.inferenceTime();
            inferences = spent.inferences() - before.inferences();
            inferenceSeconds = spent.seconds() - before.seconds();
            close();
            variant = ModelFallback.FALLBACK;
            loadModel();
            before = model.inferenceTime();
            progress.update("Lightning missed the person; analysing again with Thunder", 0);
            poses = poses(video, subject, progress, VideoAnalyzer.POSE_SHARE);
        }
        Analysis analysis = AnalysisPipeline.analyse(poses.poses(), VideoAnalyzer.markers(video, poses, settings,
                progress), poses.video(), poses.modelDescription(), softwareVersion, settings, KeypointPins.none(),
                progress, VideoAnalyzer.POSE_SHARE, 1.0);
        MoveNetModel.InferenceTime after = model.inferenceTime();
        return new Timed(fallback == null ? analysis : analysis.withNoteFirst(fallback),
                new Timing((System.nanoTime() - start) / 1e9, inferences + after.inferences() - before.inferences(),
                        inferenceSeconds + after.seconds() - before.seconds()));
    }

    /** The model this runner uses now: the one asked for, or Thunder after a {@link ModelFallback}. */
    public MoveNetVariant variant() {
        return variant;
    }

    /**
     * The pose stage alone (the viewer keeps its poses to re-run the pipeline after corrections).
     *
     * @param progressTo the overall progress reported when the last frame is done (the stage starts at 0)
     */
    public VideoPoses poses(Path video, SubjectHint subject, Progress progress, double progressTo)
            throws VideoException, AnalysisCancelledException {
        loadModel();
        try (SubjectTracker tracker = new SubjectTracker(model, false, subject, TRACKER_NOMINAL_FPS)) {
            tracker.setCancelCheck(progress::cancelled); // a stop waits for one forward pass, not a whole search
            return VideoAnalyzer.poses(video, tracker, progress, progressTo);
        }
    }

    /**
     * The model's keypoints on every frame as they come, without subject tracking or any filter (what
     * {@code medius keypoints} writes).
     *
     * @return the number of frames
     */
    public int rawKeypoints(Path video, Consumer<FramePose> sink, FrameListener listener) throws VideoException {
        loadModel();
        try (MoveNetTracker tracker = new MoveNetTracker(model, false)) {
            return VideoPoseRunner.run(video, tracker, sink, new VideoPoseRunner.Listener() {
                @Override
                public void started(VideoInfo info) {
                    listener.started(info.frameCountEstimate());
                }

                @Override
                public boolean keepGoing(int framesDone) {
                    return listener.keepGoing(framesDone);
                }
            });
        }
    }

    /** The pipeline again on an analysis's own model poses with new settings (e.g. another task or sex). */
    public static Analysis rerun(Analysis saved, AnalysisSettings settings) throws NoPersonException {
        List<FramePose> poses = saved.frames().stream()
                .map(f -> new FramePose(f.frameIndex(), f.timestampSeconds(), f.rawPose())).toList();
        return AnalysisPipeline.analyse(poses, saved.video(), saved.model(), saved.softwareVersion(), settings);
    }

    @Override
    public void close() {
        if (model != null) {
            model.close();
            model = null;
        }
    }
}
