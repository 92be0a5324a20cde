package org.medius.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.medius.video.TestVideos;

/** {@code medius render-video}: the exit codes and messages of its user errors; no file unless complete. */
class RenderVideoCommandTest {
    @TempDir
    static Path shared;
    static Path video;

    @BeforeAll
    static void writeVideo() throws IOException {
        video = TestVideos.spec().size(320, 240).frames(6).writeTo(shared.resolve("clip.mp4"));
    }

    @Test
    void missingOutputFolderExitsWith5BeforeAnyWork(@TempDir Path dir) {
        Path missing = dir.resolve("nope");
        CommandLineTest.Run r = CommandLineTest.run("render-video", video.toString(), "--out",
                missing.resolve("x.mp4").toString());
        assertEquals(ExitCodes.OUTPUT, r.code(), r.err());
        assertTrue(r.err().startsWith("medius: Cannot write ") && r.err().contains(missing.toString()), r.err());
    }

    @Test
    void outputThatIsNotAnMp4IsAUsageError(@TempDir Path dir) {
        CommandLineTest.Run r = CommandLineTest.run("render-video", video.toString(), "--out",
                dir.resolve("x.avi").toString());
        assertEquals(ExitCodes.USAGE, r.code(), r.err());
        assertTrue(r.err().contains("--out takes a file name ending in .mp4"), r.err());
    }

    @Test
    void outIsRequiredAndHelpListsTheOptions() {
        CommandLineTest.Run r = CommandLineTest.run("render-video", video.toString());
        assertEquals(ExitCodes.USAGE, r.code());
        assertTrue(r.err().contains("--out"), r.err());
        CommandLineTest.Run help = CommandLineTest.run("render-video", "--help");
        for (String opt : List.of("--out", "--task", "--model", "--sex", "--[no-]progress", "VIDEO")) {
            assertTrue(help.out().contains(opt), opt + " missing from help:\n" + help.out());
        }
    }

    @Test
    void clipWithNobodyExitsWith6AndWritesNothing(@TempDir Path dir) throws IOException {
        CommandLineTest.Run r = CommandLineTest.run("render-video", video.toString(), "-m", "lightning", "--out",
                dir.resolve("clip.overlay.mp4").toString());
        assertEquals(ExitCodes.NO_PERSON, r.code(), r.err());
        try (var files = Files.list(dir)) {
            assertEquals(List.of(), files.toList());
        }
    }
}
