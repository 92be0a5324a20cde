package org.medius.ui;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.medius.analysis.AnalysisCancelledException;
import org.medius.analysis.Progress;
import org.medius.analysis.VideoAnalyzer;
import org.medius.analysis.VideoPoses;
import org.medius.model.FramePose;
import org.medius.model.MoveNetVariant;
import org.medius.model.Pose;
import org.medius.model.SubjectHint;
import org.medius.pose.FrameImage;
import org.medius.pose.PoseEstimator;
import org.medius.video.VideoException;

/**
 * A pose stage without a model: it decodes the real test video (so timing and frame count are the video's) and
 * answers each frame with the pose of a synthetic track, frame by frame. Counts its runs.
 */
final class FakePoseStage implements PoseStage {
    private final List<FramePose> track;
    final AtomicInteger runs = new AtomicInteger();
    volatile SubjectHint lastSubject;
    /**
     * When set, each run reports some progress and calls it before it starts (a test changes a choice or presses
     * Cancel there, while the pose stage runs); a cancel is honoured.
     */
    volatile Runnable whileRunning;
    /** When set, the run stops before the pose of frame {@link #holdFrame} until {@link #release} is counted down. */
    volatile java.util.concurrent.CountDownLatch release;
    volatile int holdFrame = -1;
    /** Time each frame takes, as a slow model would (0: none). */
    volatile long millisPerFrame;
    /** Counted down when the run has reached {@link #holdFrame}. */
    final java.util.concurrent.CountDownLatch held = new java.util.concurrent.CountDownLatch(1);

    FakePoseStage(List<FramePose> track) {
        this.track = List.copyOf(track);
    }

    @Override
    public VideoPoses run(Path video, MoveNetVariant model, SubjectHint subject, Progress progress)
            throws VideoException, AnalysisCancelledException {
        runs.incrementAndGet();
        lastSubject = subject;
        Runnable during = whileRunning;
        if (during != null) {
            progress.update("Finding the person", 0.1);
            during.run();
            if (progress.cancelled()) {
                throw new AnalysisCancelledException();
            }
        }
        return VideoAnalyzer.poses(video, new PoseEstimator() {
            private int next;

            @Override
            public Pose estimate(FrameImage frame) {
                if (millisPerFrame > 0) {
                    try {
                        Thread.sleep(millisPerFrame);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }
                java.util.concurrent.CountDownLatch wait = release;
                if (wait != null && next == holdFrame) {
                    held.countDown();
                    try {
                        wait.await();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }
                return next < track.size() ? track.get(next++).pose() : Pose.empty();
            }

            @Override
            public void reset() {
                next = 0;
            }

            @Override
            public String modelDescription() {
                return "fake pose stage (synthetic track)";
            }

            @Override
            public void close() {
            }
        }, progress, 1.0);
    }
}
