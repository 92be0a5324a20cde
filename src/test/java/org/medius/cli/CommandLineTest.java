package org.medius.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.medius.model.Keypoint;
import org.medius.video.TestVideos;
import picocli.CommandLine;

/** Exit codes and messages of {@code medius keypoints} that scripts rely on. */
class CommandLineTest {
    @TempDir
    static Path shared;
    static Path video;

    @BeforeAll
    static void writeVideo() throws IOException {
        video = TestVideos.spec().size(320, 240).frames(6).writeTo(shared.resolve("clip.mp4"));
    }

    record Run(int code, String out, String err) {
    }

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = Medius.commandLine();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        int code = cl.execute(args);
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void viewWithoutADisplaySaysSoInOneLine() {
        org.junit.jupiter.api.Assumptions.assumeTrue(System.getenv("DISPLAY") == null
                && System.getenv("WAYLAND_DISPLAY") == null
                && System.getProperty("os.name", "").toLowerCase(java.util.Locale.ROOT).contains("linux"),
                "skipped: a display is present here, the viewer would open");
        Run r = run("view", video.toString(), "--task", "squat");
        assertEquals(2, r.code);
        assertEquals("medius: the viewer needs a display, and none was found (DISPLAY is not set). Run it on a"
                + " desktop, or over ssh with X forwarding (ssh -X).", r.err.strip());
    }

    @Test
    void viewRejectsAnUnknownTaskBeforeOpeningAnything() {
        Run r = run("view", video.toString(), "--task", "dance");
        assertEquals(2, r.code);
        assertTrue(r.err.contains("dance"), r.err);
    }

    @Test
    void keypointsPrintsAHeaderAndOneRowPerFrameWithRealTimestamps() {
        Run r = run("keypoints", video.toString(), "-m", "lightning", "--no-progress");
        assertEquals(0, r.code, r.err);
        List<String> lines = r.out.lines().toList();
        assertEquals(7, lines.size());
        assertEquals(2 + 3 * Keypoint.COUNT, lines.get(0).split(",").length);
        assertTrue(lines.get(0).startsWith("frame,time_s,nose_x_px,nose_y_px,nose_confidence"));
        String[] row2 = lines.get(3).split(",");
        assertEquals("2", row2[0]);
        assertEquals(2 / 30.0, Double.parseDouble(row2[1]), 1e-3);
    }

    @Test
    void aFrameWithNobodyGivesLowConfidencesAndNoError() {
        // the test clip is black with a small orange square: nobody in it
        Run r = run("keypoints", video.toString(), "-m", "thunder", "--no-progress");
        assertEquals(0, r.code, r.err);
        for (String line : r.out.lines().skip(1).toList()) {
            String[] v = line.split(",");
            double sum = 0;
            for (int k = 0; k < Keypoint.COUNT; k++) {
                double c = Double.parseDouble(v[2 + 3 * k + 2]);
                assertTrue(c >= 0 && c <= 1);
                sum += c;
            }
            assertTrue(sum / Keypoint.COUNT < 0.3, "mean confidence on an empty frame: " + sum / Keypoint.COUNT);
        }
    }

    @Test
    void missingVideoExitsWith3AndNamesTheFile(@TempDir Path dir) {
        Path missing = dir.resolve("nope.mp4");
        Run r = run("keypoints", missing.toString());
        assertEquals(ExitCodes.BAD_VIDEO, r.code);
        assertTrue(r.err.startsWith("medius: Cannot open " + missing), r.err);
        assertEquals(1, r.err.lines().count(), "one line, no stack trace: " + r.err);
        assertEquals("", r.out, "nothing on standard output");
    }

    @Test
    void textFileExitsWith3(@TempDir Path dir) throws IOException {
        Path text = Files.writeString(dir.resolve("notes.mp4"), "not a video at all\n".repeat(50));
        Run r = run("keypoints", text.toString());
        assertEquals(ExitCodes.BAD_VIDEO, r.code);
        assertTrue(r.err.contains(text.toString()), r.err);
    }

    @Test
    void missingModelExitsWith4AndGivesTheRegenerateCommand(@TempDir Path empty) {
        String before = System.getProperty("medius.models");
        System.setProperty("medius.models", empty.toString());
        try {
            Run r = run("keypoints", video.toString());
            assertEquals(ExitCodes.MODEL, r.code);
            assertTrue(r.err.contains(empty.resolve("movenet-thunder.pt").toString()), r.err);
            assertTrue(r.err.contains("bash tools/movenet/regenerate.sh"), r.err);
        } finally {
            if (before == null) {
                System.clearProperty("medius.models");
            } else {
                System.setProperty("medius.models", before);
            }
        }
    }

    @Test
    void unwritableOutputFolderExitsWith5AndLeavesNoFile(@TempDir Path dir) {
        Path out = dir.resolve("no-such-folder").resolve("k.csv");
        Run r = run("keypoints", video.toString(), "-m", "lightning", "-o", out.toString());
        assertEquals(ExitCodes.OUTPUT, r.code, r.err);
        assertTrue(r.err.contains(out.toString()), r.err);
        assertFalse(Files.exists(out));
    }

    @Test
    void outputIsWrittenAtomicallyAndNoTemporaryFileRemains(@TempDir Path dir) throws IOException {
        Path out = dir.resolve("k.csv");
        Run r = run("keypoints", video.toString(), "-m", "lightning", "-o", out.toString());
        assertEquals(0, r.code, r.err);
        assertEquals(7, Files.readAllLines(out).size());
        try (var files = Files.list(dir)) {
            assertEquals(List.of(out), files.toList());
        }
    }

    @Test
    void badVideoLeavesNoPartialOutput(@TempDir Path dir) throws IOException {
        Path out = dir.resolve("k.csv");
        Path text = Files.writeString(dir.resolve("bad.mov"), "garbage");
        Run r = run("keypoints", text.toString(), "-o", out.toString());
        assertEquals(ExitCodes.BAD_VIDEO, r.code);
        try (var files = Files.list(dir)) {
            assertEquals(List.of(text), files.toList(), "no output and no temporary file");
        }
    }

    @Test
    void unknownModelIsAUsageError() {
        Run r = run("keypoints", video.toString(), "-m", "blazepose");
        assertEquals(ExitCodes.USAGE, r.code, r.err);
        assertTrue(r.err.contains("'blazepose'"), r.err);
    }

    @Test
    void helpExplainsEveryOption() {
        Run r = run("keypoints", "--help");
        assertEquals(0, r.code);
        for (String opt : List.of("--model", "--out", "--[no-]progress", "VIDEO")) {
            assertTrue(r.out.contains(opt), opt + " missing from help:\n" + r.out);
        }
    }

    @Test
    void analyzeOnAClipWithNobodyExitsWith6AndWritesNothing(@TempDir Path dir) throws IOException {
        Run r = run("analyze", video.toString(), "-m", "lightning", "--out", dir.toString());
        assertEquals(ExitCodes.NO_PERSON, r.code, r.err);
        assertTrue(r.err.startsWith("medius: No person was found in clip.mp4"), r.err);
        try (var files = Files.list(dir)) {
            assertEquals(List.of(), files.toList());
        }
    }

    @Test
    void analyzeIntoAMissingFolderExitsWith5BeforeAnyWork(@TempDir Path dir) {
        Path missing = dir.resolve("nope");
        Run r = run("analyze", video.toString(), "--out", missing.toString());
        assertEquals(ExitCodes.OUTPUT, r.code, r.err);
        assertTrue(r.err.contains(missing.toString()), r.err);
    }

    /** Two commands writing the same outputs: the second is refused at once, the first's files are untouched. */
    @Test
    void aSecondAnalyzeOrBatchIntoOutputsInUseIsRefusedAtOnce(@TempDir Path dir) throws Exception {
        try (org.medius.export.OutputLock busy = org.medius.export.OutputLock.acquire(dir, "clip",
                "the results of clip.mp4", "--out")) {
            Run r = run("analyze", video.toString(), "--task", "walk", "--out", dir.toString());
            assertEquals(ExitCodes.OUTPUT, r.code, r.err);
            assertEquals("medius: Cannot write " + dir + ": another Medius run is writing the results of clip.mp4 into"
                    + " this folder right now. Wait until it has finished, or choose another folder with --out.",
                    r.err.strip());
        }
        try (org.medius.export.OutputLock busy = org.medius.export.OutputLock.acquire(dir, "batch", "a batch",
                "--out")) {
            Run r = run("batch", shared.toString(), "--out", dir.toString());
            assertEquals(ExitCodes.OUTPUT, r.code, r.err);
            assertTrue(r.err.contains("another Medius run is writing a batch into this folder"), r.err);
        }
        try (var left = java.nio.file.Files.list(dir)) {
            assertEquals(List.of(), left.toList(), "nothing written, nothing left behind");
        }
    }

    @Test
    void analyzeRejectsAnUnknownTask() {
        Run r = run("analyze", video.toString(), "--task", "swim");
        assertEquals(ExitCodes.USAGE, r.code, r.err);
        assertTrue(r.err.contains("unknown task 'swim'"), r.err);
    }

    @Test
    void batchGoesOnPastBadFilesListsThemAndExitsWith7(@TempDir Path dir) throws IOException {
        Path in = Files.createDirectory(dir.resolve("in"));
        Path outDir = Files.createDirectory(dir.resolve("out"));
        Files.writeString(in.resolve("broken.mp4"), "not a video");
        Files.copy(video, in.resolve("nobody.mp4"));
        Files.writeString(in.resolve("notes.txt"), "ignored: not a video extension");
        Run r = run("batch", in.toString(), "--out", outDir.toString(), "-m", "lightning");
        assertEquals(ExitCodes.SOME_FAILED, r.code, r.err);
        assertTrue(r.out.contains("0 of 2 videos analysed"), r.out);
        assertTrue(r.out.contains("broken.mp4: Cannot open"), r.out);
        assertTrue(r.out.contains("nobody.mp4: No person was found"), r.out);
        List<String> summary = Files.readAllLines(outDir.resolve("summary.csv"));
        assertEquals(org.medius.export.BatchSummaryCsv.HEADER, summary.get(0));
        assertEquals(3, summary.size());
        assertTrue(summary.get(1).startsWith("broken.mp4,,failed,"), summary.get(1));
    }

    @Test
    void progressBarShowsPercentFramesAndTimeLeft() {
        ProgressBar bar = new ProgressBar(new PrintWriter(new StringWriter()), true);
        bar.total(200);
        assertEquals("[###############...............]  50%  100/200 frames  20.0 frames/s  5s left", bar.line(100, 5.0));
    }

    @Test
    void aBadReferenceTableIsAUsageErrorNamingTheFileAndLineBeforeAnyWork(@TempDir Path dir) throws IOException {
        Path table = Files.writeString(dir.resolve("refs.csv"), org.medius.score.ReferenceTable.HEADER + "\n"
                + "single-leg-squat,fppa,healthy,female,eight,5.1,,Someone 2014,yes,\n");
        Run r = run("analyze", video.toString(), "--references", table.toString(), "--out", dir.toString());
        assertEquals(ExitCodes.USAGE, r.code, r.err);
        assertTrue(r.err.contains("refs.csv line 2"), r.err);
        assertTrue(r.err.contains("leave out --references"), r.err);
        assertEquals(1, r.err.strip().lines().count(), r.err);
    }

    @Test
    void anUnknownSexIsAUsageError() {
        Run r = run("analyze", video.toString(), "--sex", "x");
        assertEquals(ExitCodes.USAGE, r.code, r.err);
        assertTrue(r.err.contains("use female, male or unknown"), r.err);
    }
}
