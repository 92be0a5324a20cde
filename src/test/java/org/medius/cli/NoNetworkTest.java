package org.medius.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.medius.video.TestVideos;

/**
 * Privacy: patient video never leaves the machine. The whole analysis path (decoding, loading libtorch and the
 * model through DJL, inference, writing the output) runs in a fresh JVM in which every network operation is
 * refused and recorded; the test fails if there is a single attempt.
 */
class NoNetworkTest {

    @Test
    void keypointsCommandOpensNoSocketAndResolvesNoHost(@TempDir Path dir) throws IOException, InterruptedException {
        Path video = TestVideos.spec().size(320, 240).frames(12).writeTo(dir.resolve("clip.mp4"));
        Path csv = dir.resolve("keypoints.csv");
        ProbeResult r = probe(dir, "keypoints", video.toString(), "-m", "lightning", "-o", csv.toString());
        assertFalse(r.output.contains("NETWORK:"), "network access attempted:\n" + r.output);
        assertEquals(0, r.exitCode, "probe failed:\n" + r.output);
        assertEquals(13, Files.readAllLines(csv).size(), "header + one row per frame");
    }

    @Test
    void probeDetectsALookupAndAConnection(@TempDir Path dir) throws IOException, InterruptedException {
        ProbeResult r = probe(dir, "--self-check");
        assertEquals(99, r.exitCode, r.output);
        assertTrue(r.output.contains("NETWORK: connect example.org:-1"), r.output);
        assertTrue(r.output.contains("NETWORK: connect 127.0.0.1:9"), r.output);
    }

    private record ProbeResult(int exitCode, String output) {
    }

    private static ProbeResult probe(Path dir, String... args) throws IOException, InterruptedException {
        Path javaBin = Path.of(System.getProperty("java.home"), "bin", "java");
        List<String> cmd = new java.util.ArrayList<>(List.of(javaBin.toString(),
                "-Djava.security.manager=allow", "-Dmedius.models=" + Path.of("models").toAbsolutePath(),
                "-Duser.home=" + dir.resolve("home"), // a fresh DJL cache: native libraries are unpacked again
                "-cp", System.getProperty("java.class.path"), NoNetworkProbe.class.getName()));
        cmd.addAll(List.of(args));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(5, TimeUnit.MINUTES), "probe did not finish");
        return new ProbeResult(p.exitValue(), output);
    }
}
