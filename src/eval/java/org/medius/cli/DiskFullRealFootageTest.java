package org.medius.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.medius.testing.SharedData;

/**
 * {@code medius analyze} of the real squat clip (../shared/data) onto a full disk: the 16 KiB tmpfs of
 * {@link DiskFullTest}. Exit code 5, one message, no file left. Skipped without root or without the clip. Since issue
 * 19 the output folder's free space is checked before any work, so the refusal comes at once and says how much is
 * free and needed.
 */
class DiskFullRealFootageTest {
    static Path dir;
    static Path full;

    @BeforeAll
    static void mountATinyDisk() throws IOException, InterruptedException {
        dir = Files.createTempDirectory("medius-diskfull");
        full = Files.createDirectory(dir.resolve("full"));
        DiskFullTest.mountTinyDisk(full);
    }

    @AfterAll
    static void unmountAndDelete() throws IOException, InterruptedException {
        DiskFullTest.unmountAndDelete(dir, full);
    }

    @Test
    void analyzeOntoAFullDiskExitsWith5AndLeavesNothing() throws IOException {
        Path squats = SharedData.require("tfjs/pose_squats.mp4");
        CommandLineTest.Run r = CommandLineTest.run("analyze", squats.toString(), "--task", "squat", "-m", "lightning", "--no-progress",
                "--out", full.toString());
        assertEquals(ExitCodes.OUTPUT, r.code(), r.err());
        assertTrue(r.err().contains("MB are free there, at least 50 MB are needed"), r.err());
        assertTrue(r.err().contains(full.toString()), r.err());
        assertEquals(1, r.err().strip().lines().count(), "one message, no stack trace: " + r.err());
        DiskFullTest.assertNothingLeft(full);
    }
}
