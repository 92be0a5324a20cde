package org.medius.video;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Frames fetched by their time are the frames of that index. */
class FramePicturesTest {

    @TempDir
    Path dir;

    @Test
    void pictureOfAFrameShowsThatFramesSquare() throws Exception {
        Path clip = TestVideos.spec().frames(40).writeTo(dir.resolve("clip.mp4"));
        BufferedImage p = FramePictures.picture(clip, 25, 25 / 30.0);
        assertEquals(TestVideos.squareX(25, 160), VideoWriterTest.findSquare(p)[0], 1);
    }

    @Test
    void severalFramesInOnePassComeBackInIndexOrder() throws Exception {
        Path clip = TestVideos.spec().frames(40).writeTo(dir.resolve("clip.mp4"));
        TreeMap<Integer, Double> wanted = new TreeMap<>(Map.of(33, 33 / 30.0, 2, 2 / 30.0, 17, 17 / 30.0));
        Map<Integer, BufferedImage> got = FramePictures.pictures(clip, wanted);
        assertEquals(List.of(2, 17, 33), List.copyOf(got.keySet()));
        got.forEach((i, p) -> assertEquals(TestVideos.squareX(i, 160), VideoWriterTest.findSquare(p)[0], 1,
                "square of frame " + i));
    }

    @Test
    void timeBeyondTheEndIsAClearError() throws Exception {
        Path clip = TestVideos.spec().frames(10).writeTo(dir.resolve("clip.mp4"));
        VideoException e = assertThrows(VideoException.class, () -> FramePictures.picture(clip, 50, 50 / 30.0));
        assertEquals(VideoException.Kind.TRUNCATED, e.kind());
    }
}
