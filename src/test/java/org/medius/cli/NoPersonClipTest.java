package org.medius.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.medius.analysis.AnalysisRunner;
import org.medius.analysis.AnalysisSettings;
import org.medius.analysis.NoPersonException;
import org.medius.analysis.Progress;
import org.medius.model.MoveNetVariant;
import org.medius.model.Task;
import org.medius.video.TestVideos;

/**
 * Issue 18: a clip with nobody in it (black, 10 x 10, 10000 x 10 pixels) ends with exit 6 and one sentence naming
 * the file and what to do, and the subject search is bounded: the real model (Lightning) runs at most once per frame
 * on average plus the two full searches saved up at the start, instead of ten times on every frame. The bound is
 * counted in inferences, not timed.
 */
class NoPersonClipTest {
    private static final int FRAMES = 20;
    /** Two full searches of 10 squares, saved up before the first frame (pose.SearchBudget.MAX_SAVED). */
    private static final int SAVED_UP = 20;

    @TempDir
    Path dir;

    interface Clip {
        Path make(Path folder) throws Exception;
    }

    static Stream<Arguments> clips() {
        return Stream.of(
                Arguments.of("black 640x360", (Clip) d -> TestVideos.spec().size(640, 360).frames(FRAMES)
                        .writeTo(d.resolve("black.mp4"))),
                Arguments.of("10x10 pixels", (Clip) d -> TestVideos.spec().size(10, 10).noise().frames(FRAMES)
                        .writeTo(d.resolve("tiny.mp4"))),
                Arguments.of("10000x10 pixels", (Clip) d -> TestVideos.spec().format("matroska").codec("ffv1")
                        .size(10000, 10).noise().frames(FRAMES).writeTo(d.resolve("very-wide.mkv"))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("clips")
    void aClipWithoutAPersonEndsWithExit6AndAtMostAboutOneInferencePerFrame(String name, Clip clip) throws Exception {
        Path video = clip.make(dir);
        Path out = Files.createDirectories(dir.resolve("out"));

        StringWriter err = new StringWriter();
        var cl = Medius.commandLine();
        cl.setOut(new PrintWriter(new StringWriter(), true));
        cl.setErr(new PrintWriter(err, true));
        int code = cl.execute("analyze", video.toString(), "--out", out.toString(), "-m", "lightning",
                "--no-progress");
        String message = err.toString().trim();
        assertEquals(ExitCodes.NO_PERSON, code, message);
        assertEquals(1, message.lines().count(), message);
        assertTrue(message.contains(video.getFileName().toString()) && message.contains("Film"), message);
        try (Stream<Path> files = Files.list(out)) {
            assertEquals(List.of(), files.filter(f -> !f.getFileName().toString().startsWith(".")).toList());
        }

        try (AnalysisRunner runner = AnalysisRunner.of(MoveNetVariant.LIGHTNING, "test")) {
            assertThrows(NoPersonException.class,
                    () -> runner.analyse(video, null, AnalysisSettings.defaults(Task.WALK), Progress.NONE));
            long inferences = runner.inferences(); // the load-time contract check is not counted (raw predictor)
            assertTrue(inferences >= 10 && inferences <= FRAMES + SAVED_UP, name + ": " + inferences
                    + " inferences for " + FRAMES + " frames (ten per frame before issue 18)");
        }
    }
}
