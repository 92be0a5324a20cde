package org.medius.export.overlay;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import org.medius.analysis.Analysis;
import org.medius.analysis.AnalysisPipeline;
import org.medius.analysis.AnalysisSettings;
import org.medius.analysis.RollChoice;
import org.medius.model.Keypoint;
import org.medius.model.Task;
import org.medius.model.VideoMetadata;
import org.medius.synth.GapFill;
import org.medius.synth.SyntheticTrack;
import org.medius.video.TestVideos;

/** A synthetic squatter analysed as if filmed in a small test clip with the same number of frames. */
final class OverlayTestData {
    static final int W = 480;
    static final int H = 360;
    /** Frames where the left knee is lost and filled in by the filter. */
    static final int GAP_FROM = 40;
    static final int GAP_TO = 43;

    final Analysis analysis;
    final int frames;

    private OverlayTestData(Analysis analysis) {
        this.analysis = analysis;
        this.frames = analysis.frames().size();
    }

    static OverlayTestData squats() throws Exception {
        SyntheticTrack track = SyntheticTrack.squat().reps(2).repSeconds(2).pauseSeconds(0.5).fps(30)
                .imageSizePx(W, H).bodyHeightPx(280).gap(GAP_FROM, GAP_TO, GapFill.NAN, Keypoint.LEFT_KNEE)
                .generate();
        VideoMetadata video = new VideoMetadata("clip.mp4", W, H, 0, "mpeg4", 30, track.frames().size() / 30.0);
        return new OverlayTestData(AnalysisPipeline.analyse(track.frames(), video, "synthetic", "test",
                AnalysisSettings.defaults(Task.SQUAT).withRoll(RollChoice.none())));
    }

    Path clip(Path dir) throws Exception {
        return TestVideos.spec().size(W, H).frames(frames).writeTo(dir.resolve("clip.mp4"));
    }

    /** Pixels within {@code radiusPx} of (x, y) whose colour is within {@code tolerance} (per channel) of {@code c}. */
    static int pixelsNear(BufferedImage image, double x, double y, int radiusPx, Color c, int tolerance) {
        int count = 0;
        for (int py = (int) y - radiusPx; py <= (int) y + radiusPx; py++) {
            for (int px = (int) x - radiusPx; px <= (int) x + radiusPx; px++) {
                if (px < 0 || py < 0 || px >= image.getWidth() || py >= image.getHeight()) {
                    continue;
                }
                int rgb = image.getRGB(px, py);
                if (Math.abs(((rgb >> 16) & 0xFF) - c.getRed()) <= tolerance
                        && Math.abs(((rgb >> 8) & 0xFF) - c.getGreen()) <= tolerance
                        && Math.abs((rgb & 0xFF) - c.getBlue()) <= tolerance) {
                    count++;
                }
            }
        }
        return count;
    }
}
