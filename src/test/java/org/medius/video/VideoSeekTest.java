package org.medius.video;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@link VideoReader#seek}: after seeking to frame k (forward, backward, to 0, to the last frame, past the end),
 * the next frame is the one whose painted square belongs to k, it carries index k, and later frames count on.
 */
class VideoSeekTest {

    private static final int FRAMES = 40;
    private static final int WIDTH = 160;
    private static final int HEIGHT = 96;

    @TempDir
    Path dir;

    @ParameterizedTest(name = "{1} {3} in {0}")
    @CsvSource({
        "mp4,      mpeg4,       mp4, 0",
        "mp4,      mpeg4,       mp4, 2",
        "mp4,      libopenh264, mp4, 0",
        "matroska, mpeg4,       mkv, 2",
        "mov,      mpeg4,       mov, 0",
    })
    void nextAfterSeekIsTheWantedFrame(String format, String codec, String ext, String bFrames) throws Exception {
        Path file = TestVideos.spec().format(format).codec(codec).frames(FRAMES).size(WIDTH, HEIGHT)
                .videoOption("bf", bFrames).writeTo(dir.resolve("seek." + ext));
        double[] times = timestamps(file);
        assertEquals(FRAMES, times.length);
        try (VideoReader reader = VideoReader.open(file)) {
            // after k comes k + 1, so e.g. 1 then 5 and 5 then 11 decode forward within a group of pictures
            for (int k : new int[] {25, 5, 0, 39, 13, 14, 30, 1, 5, 11, 12, 24, 0}) {
                reader.seek(times[k], k);
                expectFrame(reader.next(), k, times);
                if (k + 1 < FRAMES) {
                    expectFrame(reader.next(), k + 1, times);
                }
            }
            reader.seek(times[FRAMES - 1] + 1.0, FRAMES);
            assertNull(reader.next(), "past the end");
            assertNull(reader.next(), "still at the end");
            reader.seek(times[7], 7);
            expectFrame(reader.next(), 7, times);
        }
    }

    @Test
    void seekingBeforeTheFirstReadAndReadingToTheEndRaisesNoTruncationAlarm() throws Exception {
        Path file = TestVideos.spec().frames(FRAMES).size(WIDTH, HEIGHT).writeTo(dir.resolve("end.mp4"));
        double[] times = timestamps(file);
        try (VideoReader reader = VideoReader.open(file)) {
            reader.seek(times[30], 30);
            int n = 30;
            VideoFrame f;
            while ((f = reader.next()) != null) {
                expectFrame(f, n++, times);
            }
            assertEquals(FRAMES, n, "frames counted on from the seek to the end");
            assertNull(reader.next());
        }
    }

    @Test
    void seekingTwiceToTheSameFrameOrToTheFrameAfterRenumbers() throws Exception {
        Path file = TestVideos.spec().frames(FRAMES).size(WIDTH, HEIGHT).writeTo(dir.resolve("twice.mp4"));
        double[] times = timestamps(file);
        try (VideoReader reader = VideoReader.open(file)) {
            reader.seek(times[0], 0); // the frame decoded at opening is the one wanted
            reader.seek(times[20], 20);
            reader.seek(times[20], 20);
            expectFrame(reader.next(), 20, times);
            reader.seek(times[21], 21);
            expectFrame(reader.next(), 21, times);
            expectFrame(reader.next(), 22, times);
        }
    }

    @Test
    void aTimeBetweenFramesFindsTheNearestFrameWithinHalfAPeriod() throws Exception {
        Path file = TestVideos.spec().frames(FRAMES).size(WIDTH, HEIGHT).writeTo(dir.resolve("between.mp4"));
        double[] times = timestamps(file);
        try (VideoReader reader = VideoReader.open(file)) {
            reader.seek(times[20] - 0.4 / 30, 20); // a little early: still frame 20
            expectFrame(reader.next(), 20, times);
            reader.seek(times[10] + 0.001, 10); // a hair late, e.g. rounded times: still frame 10
            expectFrame(reader.next(), 10, times);
        }
    }

    static double[] timestamps(Path file) throws VideoException {
        return TestVideos.frameTimes(file).stream().mapToDouble(Double::doubleValue).toArray();
    }

    private static void expectFrame(VideoFrame f, int k, double[] times) {
        assertNotNull(f, "frame " + k + " after the seek");
        try (f) {
            assertEquals(k, f.index(), "index");
            assertEquals(times[k], f.timestampSeconds(), 1e-9, "timestamp of frame " + k);
            int[] at = TestVideos.findSquare(f.bgr());
            assertArrayEquals(new int[] {TestVideos.squareX(k, WIDTH), TestVideos.squareY(k, HEIGHT)}, at,
                    "square of frame " + k);
        }
    }
}
