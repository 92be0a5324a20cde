package org.medius.video;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Display rotation: a 160x96 stored picture with rotation metadata must come out upright, with the square where a
 * player (and the ffmpeg command line's autorotate) shows it. The display matrix value below is what ffprobe prints
 * as "rotation of N degrees" (counter-clockwise); a phone held upright writes -90, which needs 90 clockwise.
 */
class RotationTest {

    private static final int W = 160;
    private static final int H = 96;

    @TempDir
    Path dir;

    @ParameterizedTest(name = "display matrix {0} deg in {1} -> {2} deg clockwise")
    @CsvSource({
        "-90, mp4,      90",
        "90,  mp4,      270",
        "180, mp4,      180",
        "-90, matroska, 90",
        "90,  matroska, 270",
    })
    void displayMatrixIsApplied(double matrixDegrees, String format, int clockwise) throws Exception {
        Path file = TestVideos.spec().format(format).size(W, H).frames(6).displayRotation(matrixDegrees)
                .writeTo(dir.resolve("rot." + (format.equals("mp4") ? "mp4" : "mkv")));
        assertUpright(file, clockwise, 6);
    }

    @ParameterizedTest(name = "legacy rotate tag {0}")
    @CsvSource({"90, 90", "270, 270", "-90, 270"})
    void legacyRotateTagIsApplied(String tag, int clockwise) throws Exception {
        // Matroska keeps arbitrary stream tags, so it can still carry the old "rotate" tag.
        Path file = TestVideos.spec().format("matroska").size(W, H).frames(6).rotateTag(tag)
                .writeTo(dir.resolve("tag.mkv"));
        assertUpright(file, clockwise, 6);
    }

    @Test
    void noMetadataMeansNoRotation() throws Exception {
        Path file = TestVideos.spec().format("mp4").size(W, H).frames(3).writeTo(dir.resolve("plain.mp4"));
        assertUpright(file, 0, 3);
    }

    private static void assertUpright(Path file, int clockwise, int frames) throws Exception {
        try (VideoReader reader = VideoReader.open(file)) {
            VideoInfo info = reader.info();
            assertEquals(clockwise, info.rotationDegrees());
            boolean swapped = clockwise % 180 != 0;
            assertEquals(swapped ? H : W, info.widthPx(), "upright width");
            assertEquals(swapped ? W : H, info.heightPx(), "upright height");
            int n = 0;
            VideoFrame f;
            while ((f = reader.next()) != null) {
                try (VideoFrame current = f) {
                    assertEquals(info.widthPx(), f.bgr().cols());
                    assertEquals(info.heightPx(), f.bgr().rows());
                    int[] expected = uprightTopLeft(TestVideos.squareX(f.index(), W), TestVideos.squareY(f.index(), H),
                            clockwise);
                    int[] actual = TestVideos.findSquare(f.bgr());
                    assertEquals(expected[0], actual[0], 1, "upright x of the square, frame " + f.index());
                    assertEquals(expected[1], actual[1], 1, "upright y of the square, frame " + f.index());
                }
                n++;
            }
            assertEquals(frames, n, "frame count");
        }
    }

    /** Where the top-left corner of the stored square lands after rotating the W x H picture clockwise. */
    static int[] uprightTopLeft(int x0, int y0, int clockwise) {
        int s = TestVideos.SQUARE;
        return switch (clockwise) {
            case 0 -> new int[] {x0, y0};
            case 90 -> new int[] {H - y0 - s, x0};          // (x, y) -> (H-1-y, x)
            case 180 -> new int[] {W - x0 - s, H - y0 - s};  // (x, y) -> (W-1-x, H-1-y)
            case 270 -> new int[] {y0, W - x0 - s};          // (x, y) -> (y, W-1-x)
            default -> throw new IllegalArgumentException("rotation " + clockwise);
        };
    }

    @Test
    void signConventions() {
        // av_display_rotation_get is counter-clockwise; the reader rotates clockwise by its negation
        assertEquals(90, DisplayRotation.clockwiseFromDisplayMatrix(-90));
        assertEquals(270, DisplayRotation.clockwiseFromDisplayMatrix(90));
        assertEquals(180, DisplayRotation.clockwiseFromDisplayMatrix(180));
        assertEquals(180, DisplayRotation.clockwiseFromDisplayMatrix(-180));
        assertEquals(0, DisplayRotation.clockwiseFromDisplayMatrix(0));
        assertEquals(90, DisplayRotation.clockwiseFromDisplayMatrix(-89.6));
        assertEquals(0, DisplayRotation.clockwiseFromDisplayMatrix(Double.NaN));
        // the legacy tag is already clockwise
        assertEquals(90, DisplayRotation.clockwiseFromRotateTag("90"));
        assertEquals(270, DisplayRotation.clockwiseFromRotateTag("-90"));
        assertEquals(0, DisplayRotation.clockwiseFromRotateTag("360"));
        assertEquals(0, DisplayRotation.clockwiseFromRotateTag("sideways"));
        assertEquals(0, DisplayRotation.clockwiseFromRotateTag(null));
    }
}
