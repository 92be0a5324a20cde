package org.medius.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.medius.analysis.Analysis;
import org.medius.analysis.AnalysisSettings;
import org.medius.analysis.MarkerMode;
import org.medius.analysis.Progress;
import org.medius.model.Task;
import picocli.CommandLine;

/**
 * {@code medius batch --markers pelvis} (issue 17): every video of the batch is analysed with the pelvis read from
 * skin markers, as {@code analyze --markers pelvis} does; a batch run with other markers settings does not reuse
 * the finished videos; a wrong value is a usage error. The per-video analysis is the fake of {@link BatchResumeTest},
 * which records the settings the batch hands it.
 */
class BatchMarkersTest {

    @BeforeAll
    static void walk() {
        BatchResumeTest.walk();
    }

    /** The fake analysis of BatchResumeTest, also recording the settings of each video it was asked for. */
    static final class SettingsRecorder implements VideoAnalysisFunction {
        final List<String> asked = new ArrayList<>();
        final List<AnalysisSettings> settings = new ArrayList<>();

        @Override
        public Analysis analyse(Path video, Progress progress) throws Exception {
            throw new AssertionError("the batch must hand over its settings");
        }

        @Override
        public Analysis analyse(Path video, AnalysisSettings s, Progress progress) throws Exception {
            asked.add(video.getFileName().toString());
            settings.add(s);
            return new BatchResumeTest.FakeAnalysis(null).analyse(video, progress);
        }
    }

    private static BatchResumeTest.Run batch(VideoAnalysisFunction f, String... args) {
        return BatchResumeTest.batch(f, args);
    }

    @Test
    void markersPelvisReachesEveryVideosAnalysisAndTheDefaultIsNone(@TempDir Path dir) throws Exception {
        Path in = BatchResumeTest.videos(dir);
        Path out = Files.createDirectory(dir.resolve("out"));
        SettingsRecorder marked = new SettingsRecorder();
        BatchResumeTest.Run r = batch(marked, in.toString(), "--out", out.toString(), "--task", "run", "--markers", "pelvis");
        assertEquals(ExitCodes.OK, r.code(), r.err());
        assertEquals(3, marked.asked.size(), marked.asked.toString());
        for (AnalysisSettings s : marked.settings) {
            assertEquals(MarkerMode.PELVIS, s.markers());
            assertEquals(Task.RUN, s.task());
        }

        Path out2 = Files.createDirectory(dir.resolve("out2"));
        SettingsRecorder plain = new SettingsRecorder();
        BatchResumeTest.Run r2 = batch(plain, in.toString(), "--out", out2.toString());
        assertEquals(ExitCodes.OK, r2.code(), r2.err());
        assertEquals(3, plain.settings.size());
        plain.settings.forEach(s -> assertEquals(MarkerMode.NONE, s.markers()));
    }

    @Test
    void videosFinishedWithoutMarkersAreAnalysedAgainWithThemAndThenSkipped(@TempDir Path dir) throws Exception {
        Path in = BatchResumeTest.videos(dir);
        Path out = Files.createDirectory(dir.resolve("out"));
        assertEquals(ExitCodes.OK, batch(new SettingsRecorder(), in.toString(), "--out", out.toString()).code());

        SettingsRecorder withMarkers = new SettingsRecorder();
        BatchResumeTest.Run r = batch(withMarkers, in.toString(), "--out", out.toString(), "--markers", "pelvis");
        assertEquals(ExitCodes.OK, r.code(), r.err());
        assertEquals(List.of("a.mp4", "b.mp4", "c<&>.mp4"), withMarkers.asked,
                "a record made without markers is not reused for a run with them");

        SettingsRecorder again = new SettingsRecorder();
        BatchResumeTest.Run r2 = batch(again, in.toString(), "--out", out.toString(), "--markers", "PELVIS");
        assertEquals(ExitCodes.OK, r2.code(), r2.err());
        assertEquals(List.of(), again.asked);
        assertTrue(r2.out().contains("skipped 3 already analysed"), r2.out());
    }

    @Test
    void anUnknownMarkersValueIsAUsageErrorThatSaysWhatIsExpected(@TempDir Path dir) throws Exception {
        Path in = BatchResumeTest.videos(dir);
        Path out = Files.createDirectory(dir.resolve("out"));
        SettingsRecorder none = new SettingsRecorder();
        BatchResumeTest.Run r = batch(none, in.toString(), "--out", out.toString(), "--markers", "hips");
        assertEquals(ExitCodes.USAGE, r.code(), r.err());
        assertTrue(r.err().contains("expected none or pelvis, not 'hips'"), r.err());
        assertEquals(List.of(), none.asked);
        StringWriter help = new StringWriter();
        CommandLine cl = new CommandLine(new BatchCommand());
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        cl.setOut(new PrintWriter(help, true));
        cl.execute("--help");
        assertTrue(help.toString().contains("--markers=none|pelvis"), help.toString());
    }
}
