package org.medius.analysis;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.medius.model.FramePose;
import org.medius.model.PelvisMarkerTrack;
import org.medius.model.Pose;
import org.medius.model.VideoMetadata;
import org.medius.pose.SwapRepair;
import org.medius.pose.PoseEstimator;
import org.medius.pose.VideoPoseRunner;
import org.medius.video.MarkerTracker;
import org.medius.video.VideoException;
import org.medius.video.VideoInfo;

/**
 * The whole analysis of one video: the pose of every frame (about 95 % of the time), then
 * {@link AnalysisPipeline}. Reports progress and stops when cancelled.
 */
public final class VideoAnalyzer {
    /** Share of the overall progress taken by the pose stage. */
    static final double POSE_SHARE = 0.95;

    private VideoAnalyzer() {
    }

    public static Analysis analyse(Path video, PoseEstimator estimator, String softwareVersion,
            AnalysisSettings settings, Progress progress)
            throws VideoException, NoPersonException, AnalysisCancelledException {
        VideoPoses poses = poses(video, estimator, progress, POSE_SHARE);
        return AnalysisPipeline.analyse(poses.poses(), markers(video, poses, settings, progress), poses.video(),
                poses.modelDescription(), softwareVersion, settings, KeypointPins.none(), progress, POSE_SHARE, 1.0);
    }

    /**
     * The pelvis skin markers of every frame when the settings ask for them ({@link MarkerMode#PELVIS}), else null:
     * the video decoded once more, the markers looked for near the swap-repaired hip keypoints.
     */
    static PelvisMarkerTrack markers(Path video, VideoPoses poses, AnalysisSettings settings, Progress progress)
            throws VideoException, AnalysisCancelledException {
        if (settings.markers() != MarkerMode.PELVIS) {
            return null;
        }
        progress.update("Tracking the pelvis markers", POSE_SHARE);
        return trackPelvisMarkers(video, poses.poses(), progress::cancelled);
    }

    /**
     * The pelvis skin markers of every frame of {@code video}, one per pose of {@code poses} (the model's poses of
     * that video): the video decoded once more, the markers looked for near the swap-repaired hip keypoints. No
     * pose model; about as long as decoding the video.
     *
     * @param cancelled asked before each frame; true ends the search with {@link AnalysisCancelledException}
     */
    public static PelvisMarkerTrack trackPelvisMarkers(Path video, List<FramePose> poses,
            java.util.function.BooleanSupplier cancelled) throws VideoException, AnalysisCancelledException {
        List<Pose> hips = SwapRepair.repair(poses).poses().stream().map(FramePose::pose).toList();
        PelvisMarkerTrack track = MarkerTracker.track(video, hips, MarkerTracker.Settings.defaults(), cancelled);
        if (track == null) {
            throw new AnalysisCancelledException();
        }
        return track;
    }

    /**
     * The pose stage alone: the estimator on every frame.
     *
     * @param progressTo the overall progress reported when the last frame is done (the stage starts at 0)
     */
    public static VideoPoses poses(Path video, PoseEstimator estimator, Progress progress, double progressTo)
            throws VideoException, AnalysisCancelledException {
        List<FramePose> poses = new ArrayList<>();
        VideoInfo[] info = new VideoInfo[1];
        VideoMetadata[] meta = new VideoMetadata[1];
        boolean[] cancelled = new boolean[1];
        VideoPoseRunner.run(video, estimator, p -> {
            poses.add(p);
            progress.poseFound(meta[0], p);
        }, new VideoPoseRunner.Listener() {
            @Override
            public void started(VideoInfo i) {
                info[0] = i;
                meta[0] = metadata(video, i);
                progress.update("Finding the person", 0);
            }

            @Override
            public boolean keepGoing(int done) {
                long total = Math.max(info[0].frameCountEstimate(), done);
                progress.update("Finding the person", progressTo * done / total);
                cancelled[0] = progress.cancelled();
                return !cancelled[0];
            }
        });
        if (cancelled[0]) {
            throw new AnalysisCancelledException();
        }
        return new VideoPoses(meta[0], poses, estimator.modelDescription());
    }

    private static VideoMetadata metadata(Path video, VideoInfo i) {
        return new VideoMetadata(video.getFileName().toString(), i.widthPx(), i.heightPx(), i.rotationDegrees(),
                i.codecName(), i.nominalFps(), i.durationSeconds());
    }
}
