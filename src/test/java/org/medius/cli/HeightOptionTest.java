package org.medius.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** --height-m given in centimetres by mistake is a usage error naming the unit, before any video is read. */
class HeightOptionTest {
    @Test
    void aHeightInCentimetresIsAUsageErrorForAnalyzeAndBatch(@TempDir Path dir) throws Exception {
        Path notRead = Files.writeString(dir.resolve("x.mp4"), "never opened");
        CommandLineTest.Run a = CommandLineTest.run("analyze", notRead.toString(), "--format", "trc", "--height-m", "172",
                "--out", dir.toString());
        assertEquals(ExitCodes.USAGE, a.code(), a.err());
        assertTrue(a.err().contains("--height-m") && a.err().contains("metres"), a.err());
        CommandLineTest.Run b = CommandLineTest.run("batch", dir.toString(), "--height-m", "172", "--out", dir.toString());
        assertEquals(ExitCodes.USAGE, b.code(), b.err());
        assertTrue(b.err().contains("e.g. 1.72"), b.err());
    }
}
