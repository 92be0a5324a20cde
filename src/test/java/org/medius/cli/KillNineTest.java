package org.medius.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 19: {@code kill -9} at any point of {@code analyze}, {@code batch}, {@code report} or {@code render-video} (in a process of its own, with the real
 * pose model on a rendered sample) never leaves a half-written result in view, and a run started again completes and
 * leaves no partial file and no lock behind.
 */
class KillNineTest {
    private static final Path SAMPLE = Path.of("samples", "walk-front-drop-3-9.mp4");
    /** Kill times from start, ms: loading, analysing, writing (the whole run takes a few seconds here). */
    private static final long[] KILL_AFTER_MS = {1500, 3000, 4500, 6000, 7500};
    private static final List<String> ANALYSIS_FILES = List.of("walk-front-drop-3-9.json", "walk-front-drop-3-9.csv");

    private static Process start(Path log, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-cp", System.getProperty("java.class.path"), Medius.class.getName()));
        command.addAll(List.of(args));
        return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    }

    /** Every visible file is complete: written by a move of a finished temporary file, so it ends its last line. */
    private static void assertNothingHalfWrittenInView(Path out, String when) throws IOException {
        try (Stream<Path> files = Files.list(out)) {
            for (Path f : files.toList()) {
                String name = f.getFileName().toString();
                if (name.startsWith(".") || name.endsWith(".medius-lock")) {
                    continue; // hidden partial files and the lock: swept by the next run
                }
                if (name.endsWith(".mp4")) {
                    assertTrue(Files.size(f) > 1000, when + ": " + name + " is cut");
                    continue;
                }
                String text = new String(Files.readAllBytes(f), StandardCharsets.ISO_8859_1).strip();
                assertTrue(text.endsWith("%%EOF") || text.endsWith("}") || text.endsWith("</html>")
                        || (!text.isEmpty() && Files.readString(f, StandardCharsets.UTF_8).endsWith("\n")),
                        when + ": " + name + " is cut");
            }
        }
    }

    private static void killAtEveryPointThenRerun(Path out, Path log, List<String> expected, String... args)
            throws Exception {
        for (long after : KILL_AFTER_MS) {
            Process p = start(log, args);
            boolean ended = p.waitFor(after, TimeUnit.MILLISECONDS);
            p.destroyForcibly(); // SIGKILL: no shutdown hook runs
            assertTrue(p.waitFor(30, TimeUnit.SECONDS));
            assertNothingHalfWrittenInView(out, "killed after " + after + " ms" + (ended ? " (had ended)" : ""));
        }
        Process p = start(log, args);
        assertTrue(p.waitFor(180, TimeUnit.SECONDS), "the run again completes");
        assertEquals(0, p.exitValue(), Files.readString(log));
        assertNothingHalfWrittenInView(out, "after the run again");
        try (Stream<Path> files = Files.list(out)) {
            List<String> names = files.map(f -> f.getFileName().toString()).toList();
            assertTrue(names.stream().noneMatch(n -> n.endsWith(".part") || n.endsWith(".medius-lock")),
                    "no partial file, no lock left: " + names);
            assertTrue(names.containsAll(expected), names.toString());
        }
    }

    @Test
    void analyzeKilledAtAnyPointThenRunAgain(@TempDir Path out, @TempDir Path logs) throws Exception {
        killAtEveryPointThenRerun(out, logs.resolve("analyze.log"), ANALYSIS_FILES, "analyze", SAMPLE.toString(), "--task", "walk",
                "-m", "lightning", "--no-progress", "--out", out.toString());
    }

    @Test
    void batchKilledAtAnyPointThenRunAgain(@TempDir Path in, @TempDir Path out, @TempDir Path logs) throws Exception {
        Files.copy(SAMPLE, in.resolve(SAMPLE.getFileName()));
        killAtEveryPointThenRerun(out, logs.resolve("batch.log"), ANALYSIS_FILES, "batch", in.toString(), "--task", "walk", "-m",
                "lightning", "--no-progress", "--out", out.toString());
        assertTrue(Files.exists(out.resolve("summary.csv")) && Files.exists(out.resolve("overview.html")));
    }

    @Test
    void reportKilledAtAnyPointThenRunAgain(@TempDir Path out, @TempDir Path logs) throws Exception {
        killAtEveryPointThenRerun(out, logs.resolve("report.log"), List.of("report.pdf"), "report", SAMPLE.toString(),
                "--task", "walk", "-m", "lightning", "--no-progress", "--out", out.resolve("report.pdf").toString());
    }

    @Test
    void renderVideoKilledAtAnyPointThenRunAgain(@TempDir Path out, @TempDir Path logs) throws Exception {
        killAtEveryPointThenRerun(out, logs.resolve("render.log"), List.of("overlay.mp4"), "render-video",
                SAMPLE.toString(), "--task", "walk", "-m", "lightning", "--no-progress", "--out",
                out.resolve("overlay.mp4").toString());
    }
}
