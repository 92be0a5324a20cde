package org.medius.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.medius.testing.SharedData;

/** {@code medius batch} on the real squat clip of ../shared/data (skipped without it). */
class BatchRealFootageTest {
    @Test
    void batchWritesPerVideoFilesAndTwoSummaryRowsPerVideo(@TempDir Path dir) throws IOException {
        Path squats = SharedData.require("tfjs/pose_squats.mp4");
        Path in = Files.createDirectory(dir.resolve("in"));
        Path outDir = Files.createDirectory(dir.resolve("out"));
        Files.copy(squats, in.resolve("squats.mp4")); // a temporary copy for the test only
        Files.writeString(in.resolve("broken.mov"), "not a video");
        CommandLineTest.Run r = CommandLineTest.run("batch", in.resolve("*.mp4").toString(), "--out", outDir.toString(),
                "-m", "lightning", "--task", "squat");
        assertEquals(0, r.code(), r.err());
        assertTrue(Files.exists(outDir.resolve("squats.csv")));
        assertTrue(Files.exists(outDir.resolve("squats.json")));
        List<String> summary = Files.readAllLines(outDir.resolve("summary.csv"));
        assertEquals(3, summary.size(), "the glob left the .mov out: " + summary);
        assertTrue(summary.get(1).startsWith("squats.mp4,left,ok,65,"), summary.get(1));
        assertTrue(summary.get(2).startsWith("squats.mp4,right,ok,65,"), summary.get(2));
    }
}
