package org.medius.video;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The H.264 writer keeps every frame and its own time, and never leaves a half-written file. */
class VideoWriterTest {

    /** Gaps of 33, 50, 17, 100, 16 and 83 ms, starting at 0. */
    private static final double[] SECONDS = {0, 0.033, 0.083, 0.100, 0.200, 0.216, 0.299, 0.332, 0.365, 0.4};
    private static final int W = 160;
    private static final int H = 96;

    @TempDir
    Path dir;

    @Test
    void toBufferedImageHoldsThePaintedSquareWhereItWasPainted() throws Exception {
        Path clip = TestVideos.spec().frames(6).writeTo(dir.resolve("clip.mp4"));
        try (VideoReader reader = VideoReader.open(clip)) {
            for (int i = 0; i < 6; i++) {
                try (VideoFrame f = reader.next()) {
                    BufferedImage image = f.toBufferedImage();
                    assertEquals(BufferedImage.TYPE_3BYTE_BGR, image.getType());
                    assertEquals(W, image.getWidth());
                    assertEquals(H, image.getHeight());
                    int[] at = findSquare(image);
                    assertEquals(TestVideos.squareX(i, W), at[0], 1, "x of the square in frame " + i);
                    assertEquals(TestVideos.squareY(i, H), at[1], 1, "y of the square in frame " + i);
                }
            }
        }
    }

    @Test
    void writtenVideoHasEveryFrameAtItsOwnTime() throws Exception {
        Path out = dir.resolve("irregular.mp4");
        try (VideoWriter w = VideoWriter.open(out, W, H, 30)) {
            for (int i = 0; i < SECONDS.length; i++) {
                w.write(squareAt(TestVideos.squareX(i, W), TestVideos.squareY(i, H)), SECONDS[i]);
            }
            w.finish();
        }
        try (VideoReader reader = VideoReader.open(out)) {
            assertEquals("h264", reader.info().codecName());
            int n = 0;
            VideoFrame f;
            while ((f = reader.next()) != null) {
                try (VideoFrame frame = f) {
                    assertEquals(SECONDS[n], frame.timestampSeconds(), 0.001, "time of frame " + n);
                    int[] at = findSquare(frame.toBufferedImage());
                    assertEquals(TestVideos.squareX(n, W), at[0], 2, "x of the square in frame " + n);
                    assertEquals(TestVideos.squareY(n, H), at[1], 2, "y of the square in frame " + n);
                }
                n++;
            }
            assertEquals(SECONDS.length, n, "frame count");
        }
        assertEquals(List.of(out), files(), "only the video is left in the folder");
    }

    @Test
    void oddSizeLosesItsLastColumnAndRow() throws Exception {
        Path out = dir.resolve("odd.mp4");
        BufferedImage rgb = new BufferedImage(W + 1, H + 1, BufferedImage.TYPE_INT_RGB);
        try (VideoWriter w = VideoWriter.open(out, W + 1, H + 1, 25)) {
            w.write(rgb, 0);
            w.write(rgb, 0.04);
            w.finish();
        }
        try (VideoReader reader = VideoReader.open(out)) {
            assertEquals(W, reader.info().widthPx());
            assertEquals(H, reader.info().heightPx());
        }
    }

    @Test
    void missingFolderIsNamedAndNothingIsWritten() {
        Path missing = dir.resolve("no-such-folder");
        VideoWriteException e = assertThrows(VideoWriteException.class,
                () -> VideoWriter.open(missing.resolve("out.mp4"), W, H, 30));
        assertTrue(e.getMessage().contains(missing.toString()), e.getMessage());
        assertFalse(Files.exists(missing));
    }

    @Test
    void unwritableFolderIsReportedBeforeEncodingAndNothingIsLeft() throws Exception {
        Path locked = Files.createDirectory(dir.resolve("locked"));
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            assumeFalse(Files.isWritable(locked), "running as a user who may write anywhere (root)");
            VideoWriteException e = assertThrows(VideoWriteException.class,
                    () -> VideoWriter.open(locked.resolve("out.mp4"), W, H, 30));
            assertTrue(e.getMessage().contains(locked.toString()), e.getMessage());
            assertTrue(e.getMessage().contains("not writable"), e.getMessage());
            try (Stream<Path> s = Files.list(locked)) {
                assertEquals(0, s.count());
            }
        } finally {
            Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }

    @Test
    void readOnlyFileSystemIsReportedEvenToRoot() {
        Path proc = Path.of("/proc");
        assumeTrue(Files.isDirectory(proc), "no /proc here (not Linux)");
        VideoWriteException e = assertThrows(VideoWriteException.class,
                () -> VideoWriter.open(proc.resolve("out.mp4"), W, H, 30));
        assertTrue(e.getMessage().contains("/proc") && e.getMessage().contains("not writable"), e.getMessage());
        assertFalse(Files.exists(proc.resolve("out.mp4")));
    }

    @Test
    void writeInterruptedByAnExceptionLeavesNoFileAndKeepsTheOldOne() throws Exception {
        Path out = dir.resolve("interrupted.mp4");
        Files.writeString(out, "earlier version");
        assertThrows(IllegalStateException.class, () -> {
            try (VideoWriter w = VideoWriter.open(out, W, H, 30)) {
                for (int i = 0; i < 5; i++) {
                    w.write(squareAt(10, 10), i / 30.0);
                }
                throw new IllegalStateException("the drawing failed part way");
            }
        });
        assertEquals("earlier version", Files.readString(out));
        assertEquals(List.of(out), files(), "no temporary file is left");
    }

    @Test
    void timesThatDoNotIncreaseAreRefused() throws Exception {
        try (VideoWriter w = VideoWriter.open(dir.resolve("x.mp4"), W, H, 30)) {
            w.write(squareAt(10, 10), 0.1);
            assertThrows(IllegalArgumentException.class, () -> w.write(squareAt(10, 10), 0.1));
        }
        assertEquals(List.of(), files());
    }

    @Test
    void finishWithoutFramesFailsAndLeavesNothing() throws Exception {
        Path out = dir.resolve("empty.mp4");
        try (VideoWriter w = VideoWriter.open(out, W, H, 30)) {
            assertThrows(VideoWriteException.class, w::finish);
        }
        assertEquals(List.of(), files());
    }

    private List<Path> files() throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(Files::isRegularFile).filter(p -> !p.getFileName().toString().equals("clip.mp4"))
                    .sorted().toList();
        }
    }

    private static BufferedImage squareAt(int x, int y) {
        BufferedImage image = new BufferedImage(W, H, BufferedImage.TYPE_3BYTE_BGR);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(250, 150, 40));
        g.fillRect(x, y, TestVideos.SQUARE, TestVideos.SQUARE);
        g.dispose();
        return image;
    }

    /** Top-left corner of the bright-red region, as {@link TestVideos#findSquare} but on a BufferedImage. */
    static int[] findSquare(BufferedImage image) {
        int minX = Integer.MAX_VALUE;
        int minY = Integer.MAX_VALUE;
        int count = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                if (((image.getRGB(x, y) >> 16) & 0xFF) > 160) {
                    minX = Math.min(minX, x);
                    minY = Math.min(minY, y);
                    count++;
                }
            }
        }
        int sq = TestVideos.SQUARE * TestVideos.SQUARE;
        assertTrue(count > sq / 2 && count < sq * 2, "expected one square, found " + count + " bright pixels");
        return new int[] {minX, minY};
    }
}
