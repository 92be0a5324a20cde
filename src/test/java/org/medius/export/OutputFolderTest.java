package org.medius.export;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 19: the output folder is checked before any work, with one sentence naming it and the fix. */
class OutputFolderTest {

    @TempDir
    Path dir;

    @Test
    void aWritableFolderPassesAndLeavesNothingBehind() throws IOException {
        assertDoesNotThrow(() -> OutputFolder.check(dir, "--out"));
        try (var files = Files.list(dir)) {
            assertEquals(0, files.count(), "the write probe is deleted");
        }
    }

    @Test
    void aMissingFolder() {
        Path missing = dir.resolve("nowhere");
        OutputFileException e = assertThrows(OutputFileException.class, () -> OutputFolder.check(missing, "--out"));
        assertEquals("Cannot write " + missing + ": the output folder does not exist. Create it or choose another"
                + " with --out.", e.getMessage());
    }

    @Test
    void aFileInsteadOfAFolder() throws IOException {
        Path file = Files.writeString(dir.resolve("results.txt"), "x");
        OutputFileException e = assertThrows(OutputFileException.class, () -> OutputFolder.check(file, "--out"));
        assertEquals("Cannot write " + file + ": it is a file, not a folder. Give a folder with --out.",
                e.getMessage());
    }

    @Test
    void aFolderNobodyCanWriteIsRefusedBeforeAnyWork() {
        Path proc = Path.of("/proc");
        assumeTrue(Files.isDirectory(proc), "needs Linux's /proc, which even root cannot write files into");
        OutputFileException e = assertThrows(OutputFileException.class, () -> OutputFolder.check(proc, "--out"));
        assertEquals(true, e.getMessage().startsWith("Cannot write /proc: the folder cannot be written ("),
                e.getMessage());
        assertEquals(true, e.getMessage().endsWith("Choose another with --out."), e.getMessage());
    }
}
