package org.medius.pose;

import java.nio.file.Path;
import java.util.function.Consumer;
import org.medius.model.FramePose;
import org.medius.model.Pose;
import org.medius.video.PrefetchingVideoReader;
import org.medius.video.VideoException;
import org.medius.video.VideoFrame;
import org.medius.video.VideoInfo;
import org.medius.video.VideoReader;
import org.medius.video.VideoSource;

/**
 * Runs a pose estimator over every frame of a video, decoding ahead on a background thread so that decoding
 * overlaps inference. Streams: each pose is handed to the sink as soon as it is found and nothing is kept, so
 * memory does not grow with the video's length.
 *
 * <p>On a 2-core machine the overlap gains little, because libtorch already keeps both cores busy during a
 * forward pass: {@code medius bench} on a 1080p h264 clip measured decode + inference within run-to-run noise
 * of the one-thread loop (see docs/evaluation.md). From 4 cores up {@link DjlRuntime} leaves one core to the
 * decoder.
 */
public final class VideoPoseRunner {

    /** Told after every frame; return false from {@link #keepGoing} to stop early. */
    public interface Listener {
        void started(VideoInfo info);

        default boolean keepGoing(int framesDone) {
            return true;
        }
    }

    private VideoPoseRunner() {
    }

    /** Decodes ahead on a background thread; @return the number of frames processed */
    public static int run(Path video, PoseEstimator estimator, Consumer<FramePose> sink, Listener listener)
            throws VideoException {
        return run(video, estimator, sink, listener, true);
    }

    /**
     * @param prefetch decode on a background thread (overlapping inference) rather than on the caller's
     * @return the number of frames processed
     */
    public static int run(Path video, PoseEstimator estimator, Consumer<FramePose> sink, Listener listener,
            boolean prefetch) throws VideoException {
        estimator.reset();
        int done = 0;
        try (VideoSource reader = prefetch ? PrefetchingVideoReader.open(video) : VideoReader.open(video)) {
            listener.started(reader.info());
            FrameImage buffer = null;
            VideoFrame frame;
            while ((frame = reader.next()) != null) {
                try (VideoFrame f = frame) {
                    buffer = FrameImage.fromFrame(f, buffer);
                    Pose pose = estimator.estimate(buffer, f.timestampSeconds());
                    sink.accept(new FramePose(f.index(), f.timestampSeconds(), pose));
                }
                done++;
                if (!listener.keepGoing(done)) {
                    break;
                }
            }
        }
        return done;
    }
}
