package org.medius.eval;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import org.medius.analysis.AnalysisCancelledException;
import org.medius.analysis.Progress;
import org.medius.analysis.VideoAnalyzer;
import org.medius.analysis.VideoPoses;
import org.medius.export.OutputFileException;
import org.medius.model.MoveNetVariant;
import org.medius.model.Sex;
import org.medius.model.Task;
import org.medius.pose.MoveNetModel;
import org.medius.pose.SubjectTracker;
import org.medius.session.Session;
import org.medius.session.SessionCache;
import org.medius.video.VideoException;

/**
 * The pose model's poses of a real clip for evaluations that rerun the pipeline: MoveNet Thunder through the same
 * subject tracker as {@code medius analyze}, kept in {@code target/eval/pose-cache} (the viewer's cache format,
 * keyed by the video's content) so that a second run of an evaluation takes seconds instead of minutes.
 */
final class CachedPoses {
    static final Path DIRECTORY = EvalReport.DIRECTORY.resolve("pose-cache");
    private static final MoveNetVariant MODEL = MoveNetVariant.THUNDER;

    private CachedPoses() {
    }

    static VideoPoses of(Path video) {
        SessionCache cache = new SessionCache(DIRECTORY);
        try {
            SessionCache.Lookup lookup = cache.find(video, MODEL);
            if (lookup.session().isPresent()) {
                Session s = lookup.session().get();
                return new VideoPoses(s.video(), s.modelPoses(), s.modelDescription());
            }
            VideoPoses poses;
            try (MoveNetModel net = Models.require(MODEL);
                    SubjectTracker tracker = new SubjectTracker(net, false, null, 30)) {
                poses = VideoAnalyzer.poses(video, tracker, Progress.NONE, 1);
            }
            cache.save(Session.create(lookup.fingerprint(), poses.video(), video.toString(), poses.modelDescription(),
                    MODEL, Task.WALK, Sex.UNKNOWN, null, poses.poses()));
            return poses;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (VideoException | AnalysisCancelledException | OutputFileException e) {
            throw new IllegalStateException(video + ": " + e.getMessage(), e);
        }
    }
}
