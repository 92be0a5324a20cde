package org.medius.video;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Phones record variable frame rate: the reader must report each frame's own time, never index / fps. */
class VariableFrameRateTest {

    /** Gaps of 33, 33, 50, 16, 100, 17 and 83 ms. */
    private static final long[] MICROS = {0, 33_000, 66_000, 116_000, 132_000, 232_000, 249_000, 332_000};

    @TempDir
    Path dir;

    @ParameterizedTest(name = "{1} in {0}")
    @CsvSource({
        "mp4,      mpeg4,       mp4",
        "mp4,      libopenh264, mp4",
        "mov,      mpeg4,       mov",
        "matroska, mpeg4,       mkv",
        "matroska, libopenh264, mkv",
    })
    void timestampsAreThoseWritten(String format, String codec, String ext) throws Exception {
        Path file = TestVideos.spec().format(format).codec(codec).timestampsMicros(MICROS)
                .writeTo(dir.resolve("vfr." + ext));
        try (VideoReader reader = VideoReader.open(file)) {
            int n = 0;
            VideoFrame f;
            while ((f = reader.next()) != null) {
                try (VideoFrame current = f) {
                    assertEquals(n, f.index());
                    assertEquals(MICROS[n] / 1e6, f.timestampSeconds(), 0.001, "timestamp of frame " + n);
                    assertEquals(TestVideos.squareX(n, 160), TestVideos.findSquare(f.bgr())[0], 1);
                }
                n++;
            }
            assertEquals(MICROS.length, n, "frame count");
        }
    }
}
