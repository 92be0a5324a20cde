package org.medius.video;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.medius.video.VideoException.Kind;

class PrefetchingVideoReaderTest {

    private static final Duration LIMIT = Duration.ofSeconds(60);

    @TempDir
    Path dir;

    @Test
    void sameFramesAndTimesAsThePlainReader() throws Exception {
        Path file = TestVideos.spec().format("mp4").codec("libopenh264")
                .timestampsMicros(0, 33_000, 66_000, 116_000, 132_000, 232_000, 265_000, 298_000, 398_000, 414_000)
                .writeTo(dir.resolve("vfr.mp4"));
        List<VideoFrame> plain;
        try (VideoReader reader = VideoReader.open(file)) {
            plain = VideoReaderCodecTest.readAll(reader);
        }
        List<VideoFrame> prefetched = assertTimeoutPreemptively(LIMIT, () -> {
            try (PrefetchingVideoReader reader = PrefetchingVideoReader.open(file, 2)) {
                List<VideoFrame> frames = VideoReaderCodecTest.readAll(reader);
                assertNull(reader.next(), "still the end");
                return frames;
            }
        });
        assertEquals(10, plain.size());
        assertEquals(plain.size(), prefetched.size());
        for (int i = 0; i < plain.size(); i++) {
            try (VideoFrame a = plain.get(i); VideoFrame b = prefetched.get(i)) {
                assertEquals(a.index(), b.index());
                assertEquals(a.timestampSeconds(), b.timestampSeconds(), 0.0);
                byte[] pa = new byte[(int) (a.bgr().total() * 3)];
                byte[] pb = new byte[pa.length];
                a.bgr().get(0, 0, pa);
                b.bgr().get(0, 0, pb);
                assertTrue(java.util.Arrays.equals(pa, pb), "pixels of frame " + i);
            }
        }
    }

    @Test
    void closeMidStreamIsQuickAndEndsTheThread() throws Exception {
        Path file = TestVideos.spec().format("matroska").size(320, 240).frames(300).writeTo(dir.resolve("long.mkv"));
        PrefetchingVideoReader reader = PrefetchingVideoReader.open(file, 4);
        try (VideoFrame first = reader.next()) {
            assertEquals(0, first.index());
        }
        Thread.sleep(200); // let the queue fill up and the thread block on it
        assertTrue(reader.decoderAlive());
        long t0 = System.nanoTime();
        reader.close();
        long millis = (System.nanoTime() - t0) / 1_000_000;
        assertTrue(millis < 1000, "close() took " + millis + " ms");
        assertFalse(reader.decoderAlive(), "decoding thread still running after close()");
        assertThrows(IllegalStateException.class, reader::next);
        reader.close(); // idempotent
    }

    @Test
    void consumerStoppingEarlyWithoutReadingIsFine() throws Exception {
        Path file = TestVideos.spec().format("matroska").frames(100).writeTo(dir.resolve("stop.mkv"));
        assertTimeoutPreemptively(LIMIT, () -> {
            PrefetchingVideoReader reader = PrefetchingVideoReader.open(file, 1);
            reader.close();
            assertFalse(reader.decoderAlive());
        });
    }

    @Test
    void decodingErrorSurfacesAtNextAsTheSameException() throws Exception {
        Path whole = TestVideos.spec().format("matroska").frames(60).writeTo(dir.resolve("whole.mkv"));
        Path file = TestVideos.truncatedCopy(whole, 0.5, dir.resolve("cut.mkv"));
        VideoException plainError = assertThrows(VideoException.class, () -> {
            try (VideoReader r = VideoReader.open(file)) {
                VideoReaderCodecTest.readAll(r).forEach(VideoFrame::close);
            }
        });
        assertTimeoutPreemptively(LIMIT, () -> {
            try (PrefetchingVideoReader reader = PrefetchingVideoReader.open(file)) {
                int n = 0;
                VideoException e = null;
                try {
                    VideoFrame f;
                    while ((f = reader.next()) != null) {
                        f.close();
                        n++;
                    }
                } catch (VideoException thrown) {
                    e = thrown;
                }
                assertTrue(e != null, "no error after " + n + " frames");
                assertEquals(Kind.TRUNCATED, e.kind());
                assertEquals(plainError.getMessage(), e.getMessage());
                VideoException again = assertThrows(VideoException.class, reader::next);
                assertSame(e, again, "the failure is sticky");
            }
        });
    }

    @Test
    void openErrorsAreThrownByOpen() {
        VideoException e = assertThrows(VideoException.class,
                () -> PrefetchingVideoReader.open(dir.resolve("missing.mp4")));
        assertEquals(Kind.FILE_MISSING, e.kind());
    }
}
