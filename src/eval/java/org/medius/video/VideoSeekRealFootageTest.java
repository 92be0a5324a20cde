package org.medius.video;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@link VideoReader#seek} on a real H.264 clip with B-frames ({@code ../shared/data/walking-side/demo4.mp4},
 * skipped without it): a seek lands on the same pixels as a full pass.
 */
class VideoSeekRealFootageTest {
    @Test
    void realH264WithBFramesGivesTheSamePixelsAsAFullPass() throws Exception {
        Path file = TestVideos.sharedData("walking-side/demo4.mp4");
        List<Double> times = new ArrayList<>();
        List<Integer> hashes = new ArrayList<>();
        try (VideoReader reader = VideoReader.open(file)) {
            VideoFrame f;
            while ((f = reader.next()) != null) {
                try (VideoFrame current = f) {
                    times.add(f.timestampSeconds());
                    hashes.add(pixelHash(f));
                }
            }
        }
        int n = times.size();
        try (VideoReader reader = VideoReader.open(file)) {
            for (int k : new int[] {n / 2, 3, n - 1, 0, n / 3, n / 3 + 1, n - 40}) {
                reader.seek(times.get(k), k);
                try (VideoFrame f = reader.next()) {
                    assertNotNull(f, "frame " + k);
                    assertEquals(k, f.index());
                    assertEquals(times.get(k), f.timestampSeconds(), 1e-9, "time of frame " + k);
                    assertEquals(hashes.get(k), pixelHash(f), "pixels of frame " + k);
                }
            }
        }
    }

    private static int pixelHash(VideoFrame f) {
        byte[] px = new byte[(int) f.bgr().total() * 3];
        f.bgr().get(0, 0, px);
        return Arrays.hashCode(px);
    }
}
