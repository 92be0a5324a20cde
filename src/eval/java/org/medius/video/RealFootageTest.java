package org.medius.video;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The project's real footage in ../shared/data (read there, never copied). Skipped with a message when the folder
 * is absent. Expected values are those ffprobe reports for the files; none of them carries rotation metadata.
 */
class RealFootageTest {

    @Test
    void pose1IsH264Square576With120FramesAThirtiethApart() throws Exception {
        Path file = TestVideos.sharedData("tfjs/pose_1.mp4");
        try (VideoReader reader = VideoReader.open(file)) {
            VideoInfo info = reader.info();
            assertEquals("h264", info.codecName());
            assertEquals(576, info.widthPx());
            assertEquals(576, info.heightPx());
            assertEquals(0, info.rotationDegrees());
            assertEquals(30.0, info.nominalFps(), 1e-9);
            assertEquals(4.0, info.durationSeconds(), 1e-6);
            assertEquals(120, info.frameCountEstimate());
            int n = readAndCheckSpacing(reader, 576, 576, 1 / 30.0);
            assertEquals(120, n);
        }
    }

    @Test
    void poseSquatsIsPortrait720x1280At5Fps() throws Exception {
        // ffprobe: h264 720x1280 stored upright, no display matrix and no rotate tag
        Path file = TestVideos.sharedData("tfjs/pose_squats.mp4");
        try (VideoReader reader = VideoReader.open(file)) {
            VideoInfo info = reader.info();
            assertEquals(720, info.widthPx());
            assertEquals(1280, info.heightPx());
            assertEquals(0, info.rotationDegrees());
            assertEquals(5.0, info.nominalFps(), 1e-9);
            assertEquals(65, readAndCheckSpacing(reader, 720, 1280, 0.2));
        }
    }

    @Test
    void cam02Vp9InMp4DecodesAllFrames() throws Exception {
        Path file = TestVideos.sharedData("pose2sim-balance/cam02.mp4");
        try (VideoReader reader = VideoReader.open(file)) {
            VideoInfo info = reader.info();
            assertEquals("vp9", info.codecName());
            assertEquals(1080, info.widthPx());
            assertEquals(1920, info.heightPx());
            assertEquals(100, readAndCheckSpacing(reader, 1080, 1920, 1 / 60.0));
        }
    }

    @Test
    void walkingSideVp9WithAWidthOf1768() throws Exception {
        // 1768 = 8 mod 16: the width at which swscale overruns rows, on a real file
        Path file = TestVideos.sharedData("walking-side/demo_HEAD.mp4");
        try (PrefetchingVideoReader reader = PrefetchingVideoReader.open(file)) {
            assertEquals(1768, reader.info().widthPx());
            assertEquals(994, reader.info().heightPx());
            assertEquals(230, readAndCheckSpacing(reader, 1768, 994, 1 / 30.0));
        }
    }

    @Test
    void runningSideHas360Frames() throws Exception {
        Path file = TestVideos.sharedData("running-side/male_side.mp4");
        try (PrefetchingVideoReader reader = PrefetchingVideoReader.open(file)) {
            assertEquals(720, reader.info().widthPx());
            assertEquals(1280, reader.info().heightPx());
            assertEquals(360, readAndCheckSpacing(reader, 720, 1280, 1 / 30.0));
        }
    }

    /** Reads to the end; checks size, that times start at 0, and that each step is {@code step} within 1 ms. */
    private static int readAndCheckSpacing(VideoSource reader, int w, int h, double step) throws Exception {
        int n = 0;
        double previous = Double.NaN;
        VideoFrame f;
        while ((f = reader.next()) != null) {
            try (VideoFrame current = f) {
                assertEquals(n, f.index());
                assertEquals(w, f.bgr().cols());
                assertEquals(h, f.bgr().rows());
                if (n == 0) {
                    assertEquals(0.0, f.timestampSeconds(), 1e-9);
                } else {
                    assertEquals(step, f.timestampSeconds() - previous, 0.001, "time step before frame " + n);
                }
                assertTrue(f.timestampSeconds() > previous || n == 0);
                previous = f.timestampSeconds();
            }
            n++;
        }
        return n;
    }
}
