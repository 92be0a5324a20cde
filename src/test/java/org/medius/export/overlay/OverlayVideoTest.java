package org.medius.export.overlay;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.medius.analysis.AnalysisCancelledException;
import org.medius.analysis.Progress;
import org.medius.export.OutputFileException;
import org.medius.model.Keypoint;
import org.medius.model.Pose;
import org.medius.video.TestVideos;
import org.medius.video.VideoFrame;
import org.medius.video.VideoReader;

/** The overlay video keeps the source's frames and times and draws each side's colour where the joints are. */
class OverlayVideoTest {

    /** Colour distance (per channel) allowed after H.264's chroma subsampling and compression. */
    private static final int TOLERANCE = 45;

    private static OverlayTestData data;

    @TempDir
    Path dir;

    @BeforeAll
    static void analyse() throws Exception {
        data = OverlayTestData.squats();
    }

    @Test
    void overlayHasTheSourcesFramesTimesAndSkeletonColours() throws Exception {
        Path clip = data.clip(dir);
        Path out = dir.resolve("clip.overlay.mp4");
        List<Double> fractions = new ArrayList<>();
        OverlayVideo.Written written = OverlayVideo.write(data.analysis, clip, out, recording(fractions));
        assertEquals(data.frames, written.frames());
        assertEquals(1.0, fractions.get(fractions.size() - 1), 1e-9);

        List<Double> sourceTimes = TestVideos.frameTimes(clip);
        assertEquals(data.frames, sourceTimes.size());
        try (VideoReader reader = VideoReader.open(out)) {
            assertEquals("h264", reader.info().codecName());
            int n = 0;
            int checked = 0;
            VideoFrame f;
            while ((f = reader.next()) != null) {
                try (VideoFrame frame = f) {
                    assertEquals(sourceTimes.get(n), frame.timestampSeconds(), 0.001, "time of frame " + n);
                    if (n % 15 == 5) {
                        checkAnkleColours(frame.toBufferedImage(), n);
                        checked++;
                    }
                }
                n++;
            }
            assertEquals(data.frames, n, "frame count");
            assertTrue(checked >= 5);
        }
    }

    private static void checkAnkleColours(BufferedImage picture, int position) {
        Pose p = OverlayContent.of(data.analysis, position).pose();
        double lx = p.xPx(Keypoint.LEFT_ANKLE);
        double ly = p.yPx(Keypoint.LEFT_ANKLE);
        double rx = p.xPx(Keypoint.RIGHT_ANKLE);
        double ry = p.yPx(Keypoint.RIGHT_ANKLE);
        assertTrue(Math.abs(lx - rx) > 20, "the ankles are apart in the picture");
        int r = 4;
        assertTrue(OverlayTestData.pixelsNear(picture, lx, ly, r, BodySide.LEFT.colour(), TOLERANCE) >= 5,
                "blue at the left ankle of frame " + position);
        assertEquals(0, OverlayTestData.pixelsNear(picture, rx, ry, r, BodySide.LEFT.colour(), TOLERANCE),
                "no blue at the right ankle of frame " + position);
        int squareX = TestVideos.squareX(position, OverlayTestData.W) + TestVideos.SQUARE / 2;
        int squareY = TestVideos.squareY(position, OverlayTestData.H) + TestVideos.SQUARE / 2;
        if (Math.hypot(squareX - rx, squareY - ry) > 40) { // the clip's own orange square is elsewhere
            assertTrue(OverlayTestData.pixelsNear(picture, rx, ry, r, BodySide.RIGHT.colour(), TOLERANCE) >= 5,
                    "orange at the right ankle of frame " + position);
        }
    }

    @Test
    void cancelLeavesNoFile() throws Exception {
        Path clip = data.clip(dir);
        Path out = dir.resolve("cancelled.mp4");
        Progress cancelAfterTen = new Progress() {
            private int calls;

            @Override
            public void update(String stage, double fraction) {
                calls++;
            }

            @Override
            public boolean cancelled() {
                return calls > 10;
            }
        };
        assertThrows(AnalysisCancelledException.class, () -> OverlayVideo.write(data.analysis, clip, out,
                cancelAfterTen));
        assertEquals(List.of(clip), files());
    }

    @Test
    void missingOutputFolderIsNamed() throws Exception {
        Path clip = data.clip(dir);
        Path out = dir.resolve("absent").resolve("x.mp4");
        OutputFileException e = assertThrows(OutputFileException.class,
                () -> OverlayVideo.write(data.analysis, clip, out, Progress.NONE));
        assertTrue(e.getMessage().contains(dir.resolve("absent").toString()), e.getMessage());
    }

    @Test
    void keyFrameHasTheSkeletonAtItsJoints() throws Exception {
        Path clip = data.clip(dir);
        KeyFramePictures key = new KeyFramePictures(data.analysis, clip);
        int position = 50;
        BufferedImage picture = key.frameWithSkeleton(position).orElseThrow();
        assertEquals(OverlayTestData.W, picture.getWidth());
        Pose p = OverlayContent.of(data.analysis, position).pose();
        assertTrue(OverlayTestData.pixelsNear(picture, p.xPx(Keypoint.LEFT_ANKLE), p.yPx(Keypoint.LEFT_ANKLE), 3,
                BodySide.LEFT.colour(), 10) >= 5, "blue at the left ankle");
        assertEquals(Optional.empty(), key.frameWithSkeleton(data.frames));
        assertEquals(Optional.empty(), key.frameWithSkeleton(-1));

        var several = key.framesWithSkeleton(new TreeSet<>(List.of(80, 10, position)));
        assertEquals(List.of(10, 50, 80), List.copyOf(several.keySet()));
        assertEquals(picture.getRGB(100, 100), several.get(position).getRGB(100, 100));
    }

    @Test
    void keyFrameOfAnUnreadableVideoIsEmptyWithTheReason() {
        KeyFramePictures key = new KeyFramePictures(data.analysis, dir.resolve("gone.mp4"));
        assertEquals(Optional.empty(), key.frameWithSkeleton(5));
        assertTrue(key.lastFailure().orElseThrow().contains("gone.mp4"));
    }

    private List<Path> files() throws Exception {
        try (Stream<Path> s = Files.list(dir)) {
            return s.sorted().toList();
        }
    }
    private static Progress recording(List<Double> fractions) {
        return new Progress() {
            @Override
            public void update(String stage, double fraction) {
                fractions.add(fraction);
            }

            @Override
            public boolean cancelled() {
                return false;
            }
        };
    }
}
