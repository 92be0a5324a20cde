package org.medius.video;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Random;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.medius.video.VideoException.Kind;

/**
 * Every kind of bad input gives a {@link VideoException} of the right {@link Kind}, whose message names the file
 * and says what to do: never a crash, never a hang (each test runs under a preemptive time limit), never NaN.
 */
class BadInputTest {

    private static final Duration LIMIT = Duration.ofSeconds(60);

    @TempDir
    Path dir;

    private Path good60;

    @BeforeEach
    void writeAGoodVideo() throws Exception {
        good60 = TestVideos.spec().format("mp4").frames(60).writeTo(dir.resolve("good.mp4"));
    }

    @Test
    void missingFile() {
        Path file = dir.resolve("nowhere.mp4");
        VideoException e = expect(Kind.FILE_MISSING, file);
        assertEquals("Cannot open " + file.toAbsolutePath() + ": the file does not exist. Check the path.",
                e.getMessage());
    }

    @Test
    void folderInsteadOfFile() {
        expect(Kind.NOT_A_VIDEO, dir);
    }

    @Test
    void textFileRenamedToMp4() throws Exception {
        Path file = dir.resolve("notes.mp4");
        Files.writeString(file, "This is a text file, not a video.\n".repeat(40), StandardCharsets.UTF_8);
        VideoException e = expect(Kind.NOT_A_VIDEO, file);
        assertTrue(e.getMessage().contains("not a video file"), e.getMessage());
    }

    /** Issue 19: a picture or a document renamed .mp4 is refused as not a video, naming what it is. */
    @Test
    void picturesAndDocumentsRenamedToMp4AreNotVideos() throws Exception {
        java.awt.image.BufferedImage image = new java.awt.image.BufferedImage(64, 48,
                java.awt.image.BufferedImage.TYPE_INT_RGB);
        for (String format : new String[] {"png", "jpg", "gif", "bmp"}) {
            Path file = dir.resolve("photo-" + format + ".mp4");
            assertTrue(javax.imageio.ImageIO.write(image, format, file.toFile()), format);
            VideoException e = expect(Kind.NOT_A_VIDEO, file);
            String name = format.equals("jpg") ? "JPEG" : format.toUpperCase(java.util.Locale.ROOT);
            assertTrue(e.getMessage().contains("it is a " + name + " picture, not a video"), e.getMessage());
        }
        Path pdf = dir.resolve("report.mp4");
        Files.writeString(pdf, "%PDF-1.4\n% a document\n", StandardCharsets.US_ASCII);
        assertTrue(expect(Kind.NOT_A_VIDEO, pdf).getMessage().contains("a PDF document"));
        Path docx = dir.resolve("letter.mp4");
        Files.write(docx, new byte[] {'P', 'K', 3, 4, 20, 0, 6, 0, 8, 0, 0, 0, 33, 0});
        assertTrue(expect(Kind.NOT_A_VIDEO, docx).getMessage().contains("Office document"));
        expect(Kind.NOT_A_VIDEO, dir.resolve("photo-png.mp4")); // still refused on a second look
        try (VideoReader r = VideoReader.open(good60)) {
            assertTrue(r.info().widthPx() > 0, "a real video still opens");
        }
    }

    @Test
    void randomBytes() throws Exception {
        byte[] noise = new byte[100_000];
        new Random(7).nextBytes(noise);
        Path file = dir.resolve("noise.mp4");
        Files.write(file, noise);
        expect(Kind.NOT_A_VIDEO, file);
    }

    @Test
    void emptyFile() throws Exception {
        Path file = Files.createFile(dir.resolve("empty.mp4"));
        VideoException e = expect(Kind.TRUNCATED, file);
        assertTrue(e.getMessage().contains("empty"), e.getMessage());
    }

    /** FFmpegFrameRecorder writes the mp4 index (moov) at the end, as most cameras do: a cut file cannot open. */
    @ParameterizedTest(name = "mp4 with its index at the end, cut at {0}")
    @ValueSource(doubles = {0.5, 0.05})
    void truncatedMp4WithIndexAtTheEnd(double fraction) throws Exception {
        Path file = TestVideos.truncatedCopy(good60, fraction, dir.resolve("cut.mp4"));
        VideoException e = expect(Kind.TRUNCATED, file);
        assertTrue(e.getMessage().contains("seems truncated"), e.getMessage());
        assertTrue(e.getMessage().contains("Re-export or re-copy it"), e.getMessage());
    }

    /** With the index first (faststart), a cut file opens; the stream stops early and that must be reported. */
    @ParameterizedTest(name = "faststart mp4 cut at {0}")
    @ValueSource(doubles = {0.5, 0.05})
    void truncatedFaststartMp4(double fraction) throws Exception {
        Path whole = TestVideos.spec().format("mp4").frames(60).formatOption("movflags", "faststart")
                .writeTo(dir.resolve("faststart.mp4"));
        Path file = TestVideos.truncatedCopy(whole, fraction, dir.resolve("cut-faststart.mp4"));
        int[] framesBefore = {0};
        VideoException e = expectWhileReading(Kind.TRUNCATED, file, framesBefore);
        assertTrue(framesBefore[0] < 60 * fraction + 5, "read " + framesBefore[0] + " frames before the error");
        assertTrue(e.getMessage().contains("seems truncated"), e.getMessage());
    }

    @ParameterizedTest(name = "mkv cut at {0}")
    @ValueSource(doubles = {0.5, 0.05})
    void truncatedMatroska(double fraction) throws Exception {
        Path whole = TestVideos.spec().format("matroska").frames(60).writeTo(dir.resolve("whole.mkv"));
        Path file = TestVideos.truncatedCopy(whole, fraction, dir.resolve("cut.mkv"));
        int[] framesBefore = {0};
        VideoException e = expectWhileReading(Kind.TRUNCATED, file, framesBefore);
        assertTrue(framesBefore[0] < 60 * fraction + 5, "read " + framesBefore[0] + " frames before the error");
        assertTrue(e.getMessage().contains("seems truncated"), e.getMessage());
    }

    @Test
    void truncatedAvi() throws Exception {
        Path whole = TestVideos.spec().format("avi").frames(60).writeTo(dir.resolve("whole.avi"));
        Path file = TestVideos.truncatedCopy(whole, 0.5, dir.resolve("cut.avi"));
        expectWhileReading(Kind.TRUNCATED, file, new int[1]);
    }

    /** An AVI whose header declares a video stream, and no frame follows. */
    @Test
    void zeroFrames() throws Exception {
        Path file = TestVideos.spec().format("avi").frames(0).writeTo(dir.resolve("zero.avi"));
        VideoException e = expect(Kind.NO_FRAMES, file);
        assertEquals("Cannot read " + file.toAbsolutePath()
                + ": its video stream contains no frames. Re-export the video.", e.getMessage());
    }

    @Test
    void unsupportedCodec() throws Exception {
        Path file = TestVideos.writeUndecodableCodec(dir.resolve("broadcast.ts"));
        VideoException e = expect(Kind.UNSUPPORTED_CODEC, file);
        assertTrue(e.getMessage().contains("'avs2'"), e.getMessage());
        assertTrue(e.getMessage().contains("Convert it to H.264"), e.getMessage());
    }

    @Test
    void audioOnly() throws Exception {
        Path file = TestVideos.writeAudioOnly(dir.resolve("voice.m4a"));
        VideoException e = expect(Kind.NO_VIDEO_STREAM, file);
        assertTrue(e.getMessage().contains("only audio"), e.getMessage());
    }

    /**
     * Damage in the middle of the data: whatever the reader makes of it (skipped frames, TRUNCATED, CORRUPT), it
     * must not crash the JVM or hang, and every frame it does return has a finite, increasing time.
     */
    @ParameterizedTest(name = "garbled {0}")
    @ValueSource(strings = {"mp4", "matroska", "avi"})
    void garbledMiddleNeitherCrashesNorHangs(String format) throws Exception {
        Path whole = TestVideos.spec().format(format).frames(60).formatOption("movflags", "faststart")
                .writeTo(dir.resolve("whole." + format));
        byte[] bytes = Files.readAllBytes(whole);
        Random random = new Random(11);
        for (int seed = 0; seed < 4; seed++) {
            byte[] damaged = bytes.clone();
            if (seed == 0) {
                for (int i = damaged.length / 3; i < 2 * damaged.length / 3; i++) {
                    damaged[i] = (byte) random.nextInt(256);
                }
            } else {
                for (int k = 0; k < 300; k++) {
                    damaged[random.nextInt(damaged.length)] = (byte) random.nextInt(256);
                }
            }
            Path file = Files.write(dir.resolve("damaged" + seed + "." + format), damaged);
            assertTimeoutPreemptively(LIMIT, () -> {
                try (VideoReader reader = VideoReader.open(file)) {
                    double last = Double.NEGATIVE_INFINITY;
                    VideoFrame f;
                    while ((f = reader.next()) != null) {
                        try (VideoFrame current = f) {
                            assertTrue(Double.isFinite(f.timestampSeconds()));
                            assertTrue(f.timestampSeconds() > last, "timestamps increase");
                            last = f.timestampSeconds();
                        }
                    }
                } catch (VideoException e) {
                    assertTrue(e.getMessage().contains(file.getFileName().toString()), e.getMessage());
                }
            });
        }
    }

    /** Asserts open() fails with the kind, within the time limit, and that the message names the file. */
    private VideoException expect(Kind kind, Path file) {
        VideoException e = assertTimeoutPreemptively(LIMIT,
                () -> assertThrows(VideoException.class, () -> VideoReader.open(file).close()));
        assertEquals(kind, e.kind(), e.getMessage());
        assertTrue(e.getMessage().contains(file.getFileName().toString()), e.getMessage());
        assertEquals(file.toAbsolutePath(), e.file());
        return e;
    }

    /** Asserts that opening or reading to the end fails with the kind; counts the frames read before. */
    private VideoException expectWhileReading(Kind kind, Path file, int[] framesBefore) {
        VideoException e = assertTimeoutPreemptively(LIMIT, () -> {
            try (VideoReader reader = VideoReader.open(file)) {
                VideoFrame f;
                while ((f = reader.next()) != null) {
                    f.close();
                    framesBefore[0]++;
                }
                fail("read " + framesBefore[0] + " frames of " + file + " without an error");
                return null;
            } catch (VideoException thrown) {
                return thrown;
            }
        });
        assertEquals(kind, e.kind(), e.getMessage());
        assertTrue(e.getMessage().contains(file.getFileName().toString()), e.getMessage());
        return e;
    }
}
