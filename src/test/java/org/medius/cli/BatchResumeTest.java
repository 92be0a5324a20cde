package org.medius.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.medius.analysis.Analysis;
import org.medius.analysis.AnalysisCancelledException;
import org.medius.analysis.AnalysisPipeline;
import org.medius.analysis.AnalysisSettings;
import org.medius.events.View;
import org.medius.events.ViewChoice;
import org.medius.model.FramePose;
import org.medius.model.Side;
import org.medius.model.Task;
import org.medius.model.VideoMetadata;
import org.medius.synth.SyntheticTrack;
import org.medius.synth.Truth;
import picocli.CommandLine;

/**
 * {@code medius batch} resuming after an interruption, redoing a changed video, and its overview page. The
 * per-video analysis is a fake that returns the analysis of a synthetic walk under the video's name (the pose
 * model needs a person, and the test files have none); it records which videos it was asked for.
 */
class BatchResumeTest {
    static SyntheticTrack track;

    @BeforeAll
    static void walk() {
        track = SyntheticTrack.walk().view(View.POSTERIOR).cadenceStepsPerMin(110).steps(10).fps(30)
                .cpdDeg(Side.LEFT, 4).cpdDeg(Side.RIGHT, 8).noisePx(1).seed(5).generate();
    }

    /** The fake analysis; cancels on the video named {@code cancelAt} (null: never). */
    static final class FakeAnalysis implements VideoAnalysisFunction {
        final List<String> asked = new ArrayList<>();
        final String cancelAt;

        FakeAnalysis(String cancelAt) {
            this.cancelAt = cancelAt;
        }

        @Override
        public Analysis analyse(Path video, org.medius.analysis.Progress progress) throws Exception {
            String name = video.getFileName().toString();
            asked.add(name);
            if (name.equals(cancelAt)) {
                throw new AnalysisCancelledException();
            }
            Truth t = track.truth();
            int n = track.frames().size();
            List<FramePose> frames = track.frames();
            double duration = frames.get(n - 1).timestampSeconds();
            return AnalysisPipeline.analyse(frames, new VideoMetadata(name, (int) t.imageWidthPx(),
                    (int) t.imageHeightPx(), 0, "none", (n - 1) / duration, duration), "synthetic", "test",
                    AnalysisSettings.defaults(Task.WALK).withView(ViewChoice.POSTERIOR));
        }
    }

    record Run(int code, String out, String err) {
    }

    static Run batch(VideoAnalysisFunction f, Path in, Path out) {
        return batch(f, in.toString(), "--out", out.toString(), "--format", "csv,json,trc,mot");
    }

    /** {@code medius batch ARGS --no-progress} with {@code f} as the analysis of each video. */
    static Run batch(VideoAnalysisFunction f, String... args) {
        StringWriter o = new StringWriter();
        StringWriter e = new StringWriter();
        CommandLine cl = new CommandLine(new BatchCommand(f));
        cl.setExecutionExceptionHandler(new UserErrorHandler());
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        cl.setOut(new PrintWriter(o, true));
        cl.setErr(new PrintWriter(e, true));
        List<String> all = new ArrayList<>(List.of(args));
        all.add("--no-progress");
        int code = cl.execute(all.toArray(String[]::new));
        return new Run(code, o.toString(), e.toString());
    }

    /** Three small files with video extensions (the fake never decodes them); the third name needs escaping. */
    static Path videos(Path dir) throws IOException {
        Path in = Files.createDirectory(dir.resolve("in"));
        Files.writeString(in.resolve("a.mp4"), "first video");
        Files.writeString(in.resolve("b.mp4"), "second video");
        Files.writeString(in.resolve("c<&>.mp4"), "third video");
        return in;
    }

    static long rowsOf(List<String> summary, String video) {
        return summary.stream().filter(l -> l.startsWith(video + ",")).count();
    }

    @Test
    void aBatchCancelledAtTheSecondVideoResumesThereAndSummarisesEveryVideoOnce(@TempDir Path dir) throws IOException {
        Path in = videos(dir);
        Path out = Files.createDirectory(dir.resolve("out"));
        FakeAnalysis first = new FakeAnalysis("b.mp4");
        Run r1 = batch(first, in, out);
        assertEquals(ExitCodes.CANCELLED, r1.code, r1.err);
        assertEquals(List.of("a.mp4", "b.mp4"), first.asked);
        assertTrue(r1.err.contains("run the same command again"), r1.err);
        assertTrue(Files.exists(out.resolve("a.mp4.batch.json")));
        assertFalse(Files.exists(out.resolve("b.mp4.batch.json")));
        try (Stream<Path> files = Files.list(out)) {
            assertTrue(files.noneMatch(p -> p.getFileName().toString().endsWith(".part")), "nothing half-written");
        }

        FakeAnalysis second = new FakeAnalysis(null);
        Run r2 = batch(second, in, out);
        assertEquals(ExitCodes.OK, r2.code, r2.err);
        assertEquals(List.of("b.mp4", "c<&>.mp4"), second.asked, "the finished video is not analysed again");
        assertTrue(r2.out.contains("a.mp4: already analysed, skipped"), r2.out);
        assertTrue(r2.out.contains("3 of 3 videos analysed, skipped 1 already analysed"), r2.out);
        List<String> summary = Files.readAllLines(out.resolve("summary.csv"));
        assertEquals(org.medius.export.BatchSummaryCsv.HEADER, summary.get(0));
        assertEquals(1 + 3 * 2, summary.size(), String.join("\n", summary));
        for (String v : List.of("a.mp4", "b.mp4", "c<&>.mp4")) {
            assertEquals(2, rowsOf(summary, v), v + " has a left and a right row, once");
            String stem = v.substring(0, v.length() - 4);
            for (String ext : List.of(".csv", ".events.csv", ".summary.csv", ".json", ".trc", ".mot")) {
                assertTrue(Files.isRegularFile(out.resolve(stem + ext)), stem + ext);
            }
        }
        String html = Files.readString(out.resolve("overview.html"));
        assertTrue(html.contains(">a.mp4<") && html.contains(">b.mp4<") && html.contains(">c&lt;&amp;&gt;.mp4<"), html);
        assertTrue(html.contains("3 videos: 3 analysed, 0 failed."), html);
        assertTrue(html.contains("cohort median"), html);
    }

    @Test
    void aVideoWhoseContentChangedIsAnalysedAgainAndTheOthersAreNot(@TempDir Path dir) throws IOException {
        Path in = videos(dir);
        Path out = Files.createDirectory(dir.resolve("out"));
        FakeAnalysis first = new FakeAnalysis(null);
        assertEquals(ExitCodes.OK, batch(first, in, out).code);
        assertEquals(3, first.asked.size());

        Path b = in.resolve("b.mp4");
        java.nio.file.attribute.FileTime mtime = Files.getLastModifiedTime(b);
        Files.writeString(b, "SECOND video"); // same size and, below, the same modification time: only the bytes differ
        Files.setLastModifiedTime(b, mtime);
        FakeAnalysis second = new FakeAnalysis(null);
        Run r = batch(second, in, out);
        assertEquals(ExitCodes.OK, r.code, r.err);
        assertEquals(List.of("b.mp4"), second.asked);
        assertTrue(r.out.contains("skipped 2 already analysed"), r.out);
        assertEquals(1 + 3 * 2, Files.readAllLines(out.resolve("summary.csv")).size());
    }

    @Test
    void aFailedVideoIsListedInTheOverviewWithItsEscapedMessageAndTriedAgainNextTime(@TempDir Path dir)
            throws IOException {
        Path in = videos(dir);
        Path out = Files.createDirectory(dir.resolve("out"));
        VideoAnalysisFunction failing = (video, progress) -> {
            if (video.getFileName().toString().startsWith("c")) {
                throw new IllegalStateException("No person was found in <" + video.getFileName() + "> & so on");
            }
            return new FakeAnalysis(null).analyse(video, progress);
        };
        Run r = batch(failing, in, out);
        assertEquals(ExitCodes.SOME_FAILED, r.code, r.err);
        String html = Files.readString(out.resolve("overview.html"));
        assertTrue(html.contains("<b>c&lt;&amp;&gt;.mp4</b>: No person was found in &lt;c&lt;&amp;&gt;.mp4&gt; &amp; so on"),
                html);
        assertFalse(html.contains("<&>"), "no raw markup from a file name or message");
        assertTrue(html.contains("3 videos: 2 analysed, 1 failed."), html);

        FakeAnalysis again = new FakeAnalysis(null);
        assertEquals(ExitCodes.OK, batch(again, in, out).code);
        assertEquals(List.of("c<&>.mp4"), again.asked, "a failure leaves no record, so it is tried again");
    }
}
