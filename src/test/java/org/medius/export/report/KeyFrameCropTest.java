package org.medius.export.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import org.junit.jupiter.api.Test;
import org.medius.analysis.Analysis;
import org.medius.analysis.AnalysisPipeline;
import org.medius.analysis.AnalysisSettings;
import org.medius.export.overlay.OverlayContent;
import org.medius.model.Keypoint;
import org.medius.model.Task;
import org.medius.model.VideoMetadata;
import org.medius.synth.SyntheticTrack;

class KeyFrameCropTest {

    @Test
    void theCropHoldsEveryDrawnKeypointWithAQuarterMarginAndStaysInsideThePicture() throws Exception {
        SyntheticTrack track = SyntheticTrack.squat().reps(2).fps(30).imageSizePx(1920, 1080).bodyHeightPx(400)
                .seed(2).generate();
        VideoMetadata video = new VideoMetadata("wide.mp4", 1920, 1080, 0, "h264", 30, track.frames().size() / 30.0);
        Analysis a = AnalysisPipeline.analyse(track.frames(), video, "test", "test", AnalysisSettings.defaults(Task.SQUAT));
        int frame = 20;
        var pose = OverlayContent.of(a, frame).pose();
        double x0 = Double.MAX_VALUE;
        double x1 = -Double.MAX_VALUE;
        double y0 = Double.MAX_VALUE;
        double y1 = -Double.MAX_VALUE;
        for (Keypoint k : Keypoint.values()) {
            x0 = Math.min(x0, pose.xPx(k));
            x1 = Math.max(x1, pose.xPx(k));
            y0 = Math.min(y0, pose.yPx(k));
            y1 = Math.max(y1, pose.yPx(k));
        }
        BufferedImage picture = new BufferedImage(1920, 1080, BufferedImage.TYPE_3BYTE_BGR);
        BufferedImage crop = KeyFrameCrop.aroundPerson(picture, a, frame);
        double margin = KeyFrameCrop.MARGIN_FRACTION * Math.max(x1 - x0, y1 - y0);
        assertEquals(Math.min(1920, Math.ceil(x1 + margin)) - Math.max(0, Math.floor(x0 - margin)), crop.getWidth(), 1);
        assertEquals(Math.min(1080, Math.ceil(y1 + margin)) - Math.max(0, Math.floor(y0 - margin)), crop.getHeight(), 1);
        assertTrue(crop.getWidth() < 1920 / 2, "a person of 400 px in a 1920 px room is cropped: " + crop.getWidth());
    }
}
