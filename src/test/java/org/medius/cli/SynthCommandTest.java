package org.medius.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.medius.video.VideoReader;

/** {@code medius synth}: the clip reads back with every frame, and its truth CSV has one full row per frame. */
class SynthCommandTest {

    @Test
    void shortWalkWritesAVideoAndATruthRowPerFrame(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("walk.mp4");
        CommandLineTest.Run r = CommandLineTest.run("synth", "walk", "--out", out.toString(), "--seconds", "2",
                "--size", "320x240", "--drop-deg", "8", "--valgus-deg", "5");
        assertEquals(ExitCodes.OK, r.code(), r.err());
        List<String> lines = Files.readAllLines(dir.resolve("walk.truth.csv"));
        String[] header = lines.get(0).split(",", -1);
        assertEquals(2 + 34 + 6, header.length);
        assertEquals("left_hip_x_px", header[2 + 2 * 11]);
        int frames = lines.size() - 1;
        assertTrue(frames > 30, "frames: " + frames);
        int stanceRows = 0;
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.split(",", -1);
            assertEquals(header.length, f.length, line);
            for (int i = 1; i < 37; i++) {
                Double.parseDouble(f[i]);
            }
            if (!f[37].isEmpty()) {
                stanceRows++;
                assertTrue(Double.parseDouble(f[38]) >= -1e-9 && Double.parseDouble(f[38]) <= 8 + 1e-9, line);
            }
        }
        assertTrue(stanceRows > 0);
        assertEquals(frames, countFrames(out));
        assertTrue(r.out().contains("wrote " + out.toAbsolutePath().normalize()), r.out());
    }

    @Test
    void markersAddTheirTruePositionsToTheTruthAndABadColourIsRefused(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("walk.mp4");
        CommandLineTest.Run r = CommandLineTest.run("synth", "walk", "--out", out.toString(), "--seconds", "1",
                "--size", "320x240", "--view", "posterior", "--markers", "--marker-colour", "00FF00");
        assertEquals(ExitCodes.OK, r.code(), r.err());
        List<String> lines = Files.readAllLines(dir.resolve("walk.truth.csv"));
        String[] header = lines.get(0).split(",", -1);
        assertEquals(2 + 34 + 6 + 6, header.length);
        assertEquals("marker_left_x_px", header[42]);
        assertEquals("marker_right_visible", header[47]);
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.split(",", -1);
            // PSIS from behind: the person's left marker on the image left, the left hip's side
            assertTrue(Double.parseDouble(f[42]) < Double.parseDouble(f[45]), line);
            assertTrue(Double.parseDouble(f[2 + 2 * 11]) < Double.parseDouble(f[2 + 2 * 12]), line);
        }
        CommandLineTest.Run bad = CommandLineTest.run("synth", "walk", "--out", dir.resolve("b.mp4").toString(),
                "--markers", "--marker-colour", "pink");
        assertEquals(ExitCodes.USAGE, bad.code());
        assertTrue(bad.err().contains("--marker-colour"), bad.err());
    }

    @Test
    void perSideDropAndTheRightLegReachTheTruth(@TempDir Path dir) throws Exception {
        Path walk = dir.resolve("walk.mp4");
        CommandLineTest.Run r = CommandLineTest.run("synth", "walk", "--out", walk.toString(), "--seconds", "3",
                "--size", "160x120", "--drop-deg", "3,9");
        assertEquals(ExitCodes.OK, r.code(), r.err());
        // column 37: cpd_stance_side, 38: cpd_deg; the peak per stance side is the prescribed drop
        double[] peak = new double[2];
        List<String> walkRows = Files.readAllLines(dir.resolve("walk.truth.csv"));
        for (String line : walkRows.subList(1, walkRows.size())) {
            String[] f = line.split(",", -1);
            if (!f[37].isEmpty()) {
                int side = f[37].equals("left") ? 0 : 1;
                peak[side] = Math.max(peak[side], Double.parseDouble(f[38]));
            }
        }
        assertEquals(3, peak[0], 1e-6);
        assertEquals(9, peak[1], 1e-6);

        Path squat = dir.resolve("sls.mp4");
        CommandLineTest.Run right = CommandLineTest.run("synth", "single-leg-squat", "--leg", "right", "--out",
                squat.toString(), "--seconds", "4", "--size", "160x120", "--valgus-deg", "4,12");
        assertEquals(ExitCodes.OK, right.code(), right.err());
        List<String> rows = Files.readAllLines(dir.resolve("sls.truth.csv"));
        double leftMax = 0;
        double rightMax = 0;
        for (String line : rows.subList(1, rows.size())) {
            String[] f = line.split(",", -1);
            leftMax = Math.max(leftMax, Double.parseDouble(f[39]));
            rightMax = Math.max(rightMax, Double.parseDouble(f[40]));
        }
        assertEquals(0, leftMax, 1e-6, "the left leg is the free one");
        assertEquals(12, rightMax, 1e-6);

        CommandLineTest.Run bad = CommandLineTest.run("synth", "walk", "--out", walk.toString(), "--drop-deg", "3;9");
        assertEquals(ExitCodes.USAGE, bad.code(), bad.err());
        assertTrue(bad.err().contains("--drop-deg takes degrees"), bad.err());
    }

    @Test
    void stanceHoldsTheLeftLegThenTheRightWithEachLegsDropAndLean(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("stance.mp4");
        CommandLineTest.Run r = CommandLineTest.run("synth", "stance", "--out", out.toString(), "--seconds", "8",
                "--size", "160x120", "--drop-deg", "0,8", "--lean-deg", "0,4");
        assertEquals(ExitCodes.OK, r.code(), r.err());
        List<String> rows = Files.readAllLines(dir.resolve("stance.truth.csv"));
        // column 37: cpd_stance_side (the leg stood on), 38: its CPD, 41: trunk lean towards the left
        StringBuilder order = new StringBuilder();
        double[] maxDrop = {Double.NEGATIVE_INFINITY, Double.NEGATIVE_INFINITY};
        double minLeanLeft = 0;
        for (String line : rows.subList(1, rows.size())) {
            String[] f = line.split(",", -1);
            if (f[37].isEmpty()) {
                continue;
            }
            if (order.length() == 0 || order.charAt(order.length() - 1) != f[37].charAt(0)) {
                order.append(f[37].charAt(0));
            }
            int side = f[37].equals("left") ? 0 : 1;
            maxDrop[side] = Math.max(maxDrop[side], Double.parseDouble(f[38]));
            minLeanLeft = Math.min(minLeanLeft, Double.parseDouble(f[41]));
        }
        assertEquals("lr", order.toString(), "a hold on the left leg, then one on the right");
        assertEquals(0, maxDrop[0], 1e-6);
        assertEquals(8, maxDrop[1], 1e-6);
        assertEquals(-4, minLeanLeft, 1e-6, "4 deg towards the right leg");

        CommandLineTest.Run bad = CommandLineTest.run("synth", "stance", "--out", out.toString(), "--lean-deg", "x");
        assertEquals(ExitCodes.USAGE, bad.code(), bad.err());
        assertTrue(bad.err().contains("--lean-deg takes degrees"), bad.err());
    }

    @Test
    void badSizeAndNonMp4AreUsageErrors(@TempDir Path dir) throws IOException {
        CommandLineTest.Run size = CommandLineTest.run("synth", "walk", "--out", dir.resolve("a.mp4").toString(),
                "--size", "big");
        assertEquals(ExitCodes.USAGE, size.code(), size.err());
        assertTrue(size.err().contains("--size takes WIDTHxHEIGHT"), size.err());
        CommandLineTest.Run avi = CommandLineTest.run("synth", "lunge", "--out", dir.resolve("a.avi").toString());
        assertEquals(ExitCodes.USAGE, avi.code(), avi.err());
        try (var files = Files.list(dir)) {
            assertEquals(List.of(), files.toList());
        }
    }

    private static int countFrames(Path video) throws Exception {
        int n = 0;
        try (VideoReader reader = VideoReader.open(video)) {
            while (reader.next() != null) {
                n++;
            }
        }
        return n;
    }
}
