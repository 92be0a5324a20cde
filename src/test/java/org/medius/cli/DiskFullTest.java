package org.medius.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.medius.video.TestVideos;

/**
 * A really full disk: the output folder is a 16 KiB tmpfs, so writing fails with "No space left on device"
 * (ENOSPC) part-way through the file. The command must exit with 5, say what happened and leave no file, not
 * even the temporary one. Mounting needs root (CI runs as root); elsewhere the test is skipped with a message.
 */
class DiskFullTest {
    static Path dir;
    static Path full;
    static Path video;

    @BeforeAll
    static void mountATinyDisk() throws IOException, InterruptedException {
        dir = Files.createTempDirectory("medius-diskfull");
        full = Files.createDirectory(dir.resolve("full"));
        mountTinyDisk(full);
        video = TestVideos.spec().size(320, 240).frames(90).writeTo(dir.resolve("clip.mp4"));
    }

    @AfterAll
    static void unmountAndDelete() throws IOException, InterruptedException {
        unmountAndDelete(dir, full);
    }

    /** Mounts a 16 KiB tmpfs on the folder {@code full}; skips the calling tests when mounting fails. */
    static void mountTinyDisk(Path full) throws IOException, InterruptedException {
        Process p = new ProcessBuilder("mount", "-t", "tmpfs", "-o", "size=16k", "tmpfs", full.toString())
                .redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        boolean mounted = p.waitFor(20, TimeUnit.SECONDS) && p.exitValue() == 0;
        Assumptions.assumeTrue(mounted, () -> "skipped: cannot mount a 16 KiB tmpfs to simulate a full disk"
                + " (needs root): " + out.strip());
    }

    /** Unmounts the tiny disk and deletes {@code dir}; fails when the disk was busy (a descriptor leaked). */
    static void unmountAndDelete(Path dir, Path full) throws IOException, InterruptedException {
        Process p = new ProcessBuilder("umount", full.toString()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        boolean unmounted = p.waitFor(20, TimeUnit.SECONDS) && p.exitValue() == 0;
        if (!unmounted) { // detach it anyway so that no mount outlives the test
            new ProcessBuilder("umount", "-l", full.toString()).inheritIO().start().waitFor(20, TimeUnit.SECONDS);
        }
        try (var files = Files.walk(dir)) {
            for (Path f : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(f);
            }
        }
        // a busy tmpfs means a file on it is still open: a leaked descriptor of the failed write
        assertTrue(unmounted, "the tiny disk could not be unmounted: " + out);
    }

    static void assertNothingLeft(Path full) throws IOException {
        try (var files = Files.list(full)) {
            assertEquals(List.of(), files.toList(), "no output and no temporary file on the full disk");
        }
    }

    @Test
    void keypointsOntoAFullDiskExitsWith5AndLeavesNothing() throws IOException {
        Path target = full.resolve("k.csv");
        CommandLineTest.Run r = CommandLineTest.run("keypoints", video.toString(), "-m", "lightning", "--no-progress", "-o", target.toString());
        assertEquals(ExitCodes.OUTPUT, r.code(), r.err());
        assertTrue(r.err().contains(target.toString()), r.err());
        assertTrue(r.err().contains("No space left on device"), r.err());
        assertTrue(r.err().contains("free space"), "says what to do: " + r.err());
        assertEquals(1, r.err().strip().lines().count(), "one message, no stack trace: " + r.err());
        assertNothingLeft(full);
    }
}
