package org.medius.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFilesTest {

    private static List<Path> list(Path dir) throws IOException {
        try (var s = Files.list(dir)) {
            return s.toList();
        }
    }

    @Test
    void writesTheWholeContentAndLeavesNoTemporaryFile(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("a.csv");
        AtomicFiles.writeText(out, w -> w.write("x,y\n1,2\n"));
        assertEquals("x,y\n1,2\n", Files.readString(out));
        assertEquals(List.of(out), list(dir));
    }

    @Test
    void aFailureMidwayKeepsThePreviousVersionAndRemovesTheTemporaryFile(@TempDir Path dir) throws Exception {
        Path out = Files.writeString(dir.resolve("a.csv"), "old complete file\n");
        OutputFileException e = assertThrows(OutputFileException.class, () -> AtomicFiles.writeText(out, w -> {
            w.write("half a new fi");
            throw new IOException("No space left on device"); // what a full disk reports
        }));
        assertTrue(e.getMessage().startsWith("Cannot write " + out), e.getMessage());
        assertTrue(e.getMessage().contains("No space left on device"), e.getMessage());
        assertEquals("old complete file\n", Files.readString(out));
        assertEquals(List.of(out), list(dir));
    }

    @Test
    void theContentsOwnExceptionPassesThroughAndNothingIsLeft(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("a.csv");
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> AtomicFiles.writeText(out, w -> {
            w.write("partial");
            throw new IllegalStateException("the analysis failed");
        }));
        assertEquals("the analysis failed", e.getMessage());
        assertEquals(List.of(), list(dir));
    }

    @Test
    void aMissingFolderIsNamedInTheMessage(@TempDir Path dir) {
        Path out = dir.resolve("missing").resolve("a.csv");
        OutputFileException e = assertThrows(OutputFileException.class, () -> AtomicFiles.writeText(out, w -> w.write("x")));
        assertTrue(e.getMessage().contains("does not exist"), e.getMessage());
        assertTrue(e.getMessage().contains(out.toString()), e.getMessage());
    }
}
