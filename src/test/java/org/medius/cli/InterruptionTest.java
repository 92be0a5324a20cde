package org.medius.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.medius.video.TestVideos;

/**
 * A real process, a real signal (issue 18): each long command ({@code analyze}, {@code batch}, {@code report},
 * {@code render-video}, {@code bench}), stopped with SIGTERM (what Ctrl-C's SIGINT also does) while the pose model
 * runs, ends within 2 s of the signal with exit 8 and one line, writes no output, leaves no partial file and no crash
 * report. The 2 s is the bound on the stop, measured from the signal to the exit, not a speed benchmark.
 */
class InterruptionTest {
    /** The bound between the signal and the process's end. */
    private static final long STOP_BOUND_MS = 2000;
    /** Once the work has visibly started (its output lock, or bench's first line), the model is given this long. */
    private static final long UNDER_WAY_MS = 4000;

    @TempDir
    static Path shared;
    private static Path video;

    @TempDir
    Path dir;

    @BeforeAll
    static void longClip() throws IOException {
        // nobody in it, 720p noise: decoding and the (bounded) subject search keep any command busy for many seconds
        video = TestVideos.spec().size(1280, 720).noise().frames(900).writeTo(shared.resolve("long.mp4"));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"analyze", "batch", "report", "render-video", "bench"})
    void aSignalWhileTheModelRunsEndsTheCommandWithin2sWithExit8AndNothingWritten(String command) throws Exception {
        Path out = Files.createDirectories(dir.resolve("out"));
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.copy(video, in.resolve("long.mp4"));
        List<String> args = new ArrayList<>(List.of(command));
        switch (command) {
            case "analyze" -> args.addAll(List.of(video.toString(), "--out", out.toString(), "-m", "lightning"));
            case "batch" -> args.addAll(List.of(in.toString(), "--out", out.toString(), "-m", "lightning"));
            case "report" -> args.addAll(List.of(video.toString(), "--out", out.resolve("r.pdf").toString(), "-m",
                    "lightning"));
            case "render-video" -> args.addAll(List.of(video.toString(), "--out", out.resolve("o.mp4").toString(),
                    "-m", "lightning"));
            case "bench" -> args.addAll(List.of(video.toString(), "-m", "lightning", "--frames", "900", "--rounds",
                    "5"));
            default -> throw new IllegalArgumentException(command);
        }
        if (!command.equals("bench")) {
            args.add("--no-progress");
        }
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx1g", "-Dai.djl.offline=true", "-Dmedius.models=" + Path.of("models").toAbsolutePath(),
                "-cp", System.getProperty("java.class.path"), Medius.class.getName()));
        cmd.addAll(args);
        Path log = dir.resolve("log.txt");
        Process p = new ProcessBuilder(cmd).directory(dir.toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile()).start();
        long stopMs;
        try {
            waitUntilUnderWay(p, command, out, log);
            Thread.sleep(UNDER_WAY_MS);
            String early = read(log);
            assertTrue(p.isAlive(), () -> command + " ended before the signal: " + early);
            long signal = System.nanoTime();
            p.destroy(); // SIGTERM
            assertTrue(p.waitFor(60, TimeUnit.SECONDS), "stops");
            stopMs = (System.nanoTime() - signal) / 1_000_000;
        } finally {
            p.destroyForcibly();
        }
        String text = read(log);
        assertEquals(ExitCodes.CANCELLED, p.exitValue(), text);
        assertTrue(stopMs <= STOP_BOUND_MS, command + " took " + stopMs + " ms to stop: " + text);
        assertTrue(text.contains("medius: stopped as asked") || text.contains("was cancelled"), text);
        try (Stream<Path> files = Files.list(out)) {
            assertEquals(List.of(), files.toList(), "nothing written, no partial file, no lock");
        }
        try (Stream<Path> files = Files.list(dir)) {
            assertTrue(files.noneMatch(f -> f.getFileName().toString().startsWith("hs_err")), "no native crash");
        }
    }

    /** The command's output lock exists (the work begins with it), or bench printed its first line. */
    private static void waitUntilUnderWay(Process p, String command, Path out, Path log) throws Exception {
        long deadline = System.nanoTime() + 120_000_000_000L;
        while (System.nanoTime() < deadline && p.isAlive()) {
            boolean started = command.equals("bench") ? read(log).contains("decode only")
                    : hasLock(out);
            if (started) {
                return;
            }
            Thread.sleep(50);
        }
        throw new AssertionError(command + " never started: " + read(log));
    }

    private static boolean hasLock(Path out) throws IOException {
        try (Stream<Path> files = Files.list(out)) {
            return files.anyMatch(f -> f.getFileName().toString().endsWith(".medius-lock"));
        }
    }

    private static String read(Path log) {
        try {
            return Files.exists(log) ? Files.readString(log) : "";
        } catch (IOException e) {
            return "(log unreadable: " + e.getMessage() + ")";
        }
    }
}
