package org.medius.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.medius.analysis.Analysis;
import org.medius.analysis.AnalysisSettings;
import org.medius.analysis.Progress;
import org.medius.analysis.VideoAnalyzer;
import org.medius.export.overlay.KeyFramePictures;
import org.medius.export.overlay.OverlayVideo;
import org.medius.model.MoveNetVariant;
import org.medius.model.Task;
import org.medius.pose.MoveNetModel;
import org.medius.pose.SubjectTracker;
import org.medius.testing.SharedData;
import org.medius.video.TestVideos;

/**
 * The overlay video of the real squat clip ({@code ../shared/data/tfjs/pose_squats.mp4}, MoveNet Thunder): as many
 * frames as the source, at the source's times. Leaves {@code target/eval/pose_squats.overlay.mp4} and a key frame
 * ({@code target/eval/pose_squats.keyframe.png}) for a reviewer to look at.
 *
 * <p>Rerun: {@code mvn -q -o test-compile surefire:test@evaluation -Dtest=PoseSquatsOverlayTest}
 */
class PoseSquatsOverlayTest {

    @Test
    void overlayHasEveryFrameOfTheSourceAtItsTime() throws Exception {
        Path video = SharedData.require("tfjs/pose_squats.mp4");
        Analysis a;
        try (SubjectTracker t = new SubjectTracker(MoveNetModel.load(MoveNetVariant.THUNDER), true, null, 30)) {
            a = VideoAnalyzer.analyse(video, t, "eval", AnalysisSettings.defaults(Task.SQUAT), Progress.NONE);
        }
        Path dir = Files.createDirectories(Path.of("target", "eval"));
        Path out = dir.resolve("pose_squats.overlay.mp4");
        OverlayVideo.Written w = OverlayVideo.write(a, video, out, Progress.NONE);

        List<Double> source = TestVideos.frameTimes(video);
        List<Double> overlay = TestVideos.frameTimes(out);
        assertEquals(source.size(), a.frames().size());
        assertEquals(source.size(), w.frames());
        assertEquals(source.size(), overlay.size(), "frame count of the overlay");
        for (int i = 0; i < source.size(); i++) {
            assertEquals(source.get(i), overlay.get(i), 0.001, "time of frame " + i);
        }

        BufferedImage key = new KeyFramePictures(a, video).frameWithSkeleton(a.frames().size() / 2).orElseThrow();
        assertTrue(ImageIO.write(key, "png", dir.resolve("pose_squats.keyframe.png").toFile()));
    }
}
