package org.medius.video;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.opencv.core.CvType;

/** Decodes videos written in the test (known square per frame) in each container/codec pair the project meets. */
class VideoReaderCodecTest {

    @TempDir
    Path dir;

    @ParameterizedTest(name = "{1} in {0}")
    @CsvSource({
        "mp4,      libopenh264, h264,  mp4",
        "mp4,      mpeg4,       mpeg4, mp4",
        "avi,      mpeg4,       mpeg4, avi",
        "matroska, mpeg4,       mpeg4, mkv",
        "mov,      mpeg4,       mpeg4, mov",
        "webm,     libvpx-vp9,  vp9,   webm",
        "matroska, libvpx-vp9,  vp9,   mkv",
    })
    void decodesEveryFrameWithItsSquareSizeAndTime(String format, String encoder, String codecName, String ext)
            throws Exception {
        TestVideos.Spec spec = TestVideos.spec().format(format).codec(encoder).size(160, 96).frames(20).fps(30);
        if (encoder.equals("libvpx-vp9")) {
            spec.videoOption("deadline", "realtime").videoOption("cpu-used", "8");
        }
        Path file = spec.writeTo(dir.resolve("clip." + ext));

        try (VideoReader reader = VideoReader.open(file)) {
            VideoInfo info = reader.info();
            assertEquals(file.toAbsolutePath(), info.file());
            assertEquals(160, info.widthPx());
            assertEquals(96, info.heightPx());
            assertEquals(0, info.rotationDegrees());
            assertEquals(codecName, info.codecName());
            assertEquals(30.0, info.nominalFps(), 0.01);
            assertEquals(20.0 / 30, info.durationSeconds(), 0.04);
            assertEquals(20, info.frameCountEstimate(), 1);

            List<VideoFrame> frames = readAll(reader);
            assertEquals(20, frames.size(), "frame count");
            for (VideoFrame f : frames) {
                try (f) {
                    int i = f.index();
                    assertEquals(CvType.CV_8UC3, f.bgr().type());
                    assertTrue(f.bgr().isContinuous());
                    assertEquals(160, f.bgr().cols());
                    assertEquals(96, f.bgr().rows());
                    // mkv/webm store milliseconds, so 1/30 s steps are rounded to 1 ms there
                    assertEquals(i / 30.0, f.timestampSeconds(), 0.0011, "timestamp of frame " + i);
                    int[] at = TestVideos.findSquare(f.bgr());
                    assertEquals(TestVideos.squareX(i, 160), at[0], 1, "square x in frame " + i);
                    assertEquals(TestVideos.squareY(i, 96), at[1], 1, "square y in frame " + i);
                    assertColourNear(TestVideos.SQUARE_BGR, TestVideos.centreColour(f.bgr(), at), 25);
                }
            }
            assertNull(reader.next(), "still the end");
        }
    }

    @Test
    void bFramesComeOutInDisplayOrderWithIncreasingTimestamps() throws Exception {
        Path file = TestVideos.spec().format("mp4").codec("mpeg4").videoOption("bf", "2").frames(25)
                .writeTo(dir.resolve("bframes.mp4"));
        try (VideoReader reader = VideoReader.open(file)) {
            List<VideoFrame> frames = readAll(reader);
            assertEquals(25, frames.size());
            for (VideoFrame f : frames) {
                try (f) {
                    assertEquals(f.index() / 30.0, f.timestampSeconds(), 0.001);
                    assertEquals(TestVideos.squareX(f.index(), 160), TestVideos.findSquare(f.bgr())[0], 1);
                }
            }
        }
    }

    @Test
    void nonSquareOddWidthsDecodeWithoutOverrunningTheMat() throws Exception {
        // 1080 = 8 mod 16: swscale writes past each row's end at such widths; the reader must absorb that.
        for (int width : new int[] {104, 200, 1000}) {
            Path file = TestVideos.spec().format("matroska").codec("mpeg4").size(width, 64).frames(3)
                    .writeTo(dir.resolve("w" + width + ".mkv"));
            try (VideoReader reader = VideoReader.open(file)) {
                assertEquals(width, reader.info().widthPx());
                List<VideoFrame> frames = readAll(reader);
                assertEquals(3, frames.size());
                for (VideoFrame f : frames) {
                    try (f) {
                        assertEquals(TestVideos.squareX(f.index(), width), TestVideos.findSquare(f.bgr())[0], 1);
                    }
                }
            }
        }
    }

    @Test
    void closingAFrameReleasesItsPixelsAndIsIdempotent() throws Exception {
        Path file = TestVideos.spec().format("matroska").frames(2).writeTo(dir.resolve("two.mkv"));
        try (VideoReader reader = VideoReader.open(file)) {
            VideoFrame f = reader.next();
            f.close();
            assertTrue(f.bgr().empty());
            f.close();
        }
    }

    static List<VideoFrame> readAll(VideoSource reader) throws VideoException {
        List<VideoFrame> frames = new ArrayList<>();
        VideoFrame f;
        while ((f = reader.next()) != null) {
            frames.add(f);
        }
        return frames;
    }

    static void assertColourNear(int[] expectedBgr, int[] actualBgr, int tolerance) {
        for (int c = 0; c < 3; c++) {
            if (Math.abs(expectedBgr[c] - actualBgr[c]) > tolerance) {
                assertArrayEquals(expectedBgr, actualBgr, "BGR colour of the square (tolerance " + tolerance + ")");
            }
        }
    }
}
