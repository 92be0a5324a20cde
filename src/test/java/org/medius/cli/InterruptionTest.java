package org.medius.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.medius.video.TestVideos;

/**
 * A real process, a real signal: `medius analyze` on a long clip, stopped with SIGTERM (what Ctrl-C's SIGINT also
 * does) while the pose model runs, ends with exit 8 and one line, writes no output and leaves no crash report.
 */
class InterruptionTest {
    @TempDir
    Path dir;

    @Test
    void aSignalDuringThePoseModelStopsAfterTheCurrentFrameWithExit8() throws Exception {
        // nobody in it: the subject search runs several inferences per frame, so 900 frames take minutes
        Path video = TestVideos.spec().size(320, 240).frames(900).writeTo(dir.resolve("long.mp4"));
        Path out = Files.createDirectories(dir.resolve("out"));
        Path models = Path.of("models").toAbsolutePath();
        ProcessBuilder pb = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx1g", "-Dai.djl.offline=true", "-Dmedius.models=" + models,
                "-cp", System.getProperty("java.class.path"), Medius.class.getName(),
                "analyze", video.toString(), "--out", out.toString(), "--no-progress");
        pb.directory(dir.toFile());
        pb.redirectErrorStream(true);
        Path log = dir.resolve("log.txt");
        pb.redirectOutput(log.toFile());
        Process p = pb.start();
        try {
            Thread.sleep(12_000); // JVM start, model load, then the pose stage is under way
            String early = read(log);
            assertTrue(p.isAlive(), () -> "still analysing after 12 s: " + early);
            p.destroy(); // SIGTERM
            assertTrue(p.waitFor(60, TimeUnit.SECONDS), "stops after the current frame");
        } finally {
            p.destroyForcibly();
        }
        String text = read(log);
        assertEquals(ExitCodes.CANCELLED, p.exitValue(), text);
        assertTrue(text.contains("medius: stopped as asked"), text);
        try (Stream<Path> files = Files.list(out)) {
            assertEquals(List.of(), files.toList(), "nothing written");
        }
        try (Stream<Path> files = Files.list(dir)) {
            assertTrue(files.noneMatch(f -> f.getFileName().toString().startsWith("hs_err")), "no native crash");
        }
    }

    private static String read(Path log) {
        try {
            return Files.exists(log) ? Files.readString(log) : "";
        } catch (java.io.IOException e) {
            return "(log unreadable: " + e.getMessage() + ")";
        }
    }
}
