package org.medius.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.medius.analysis.Analysis;
import org.medius.analysis.AnalysisRunner;
import org.medius.analysis.AnalysisSettings;
import org.medius.analysis.Progress;
import org.medius.model.MoveNetVariant;
import org.medius.model.Task;
import org.medius.pose.ModelLocator;
import org.medius.testing.SharedData;

/**
 * Issue 18: MoveNet Lightning misses the small walker of demo4 (the side-view walk of {@code ../shared/data}); asked
 * for Lightning, {@code analyze} says so and analyses the video with Thunder instead of refusing it. Writes
 * {@code target/eval/lightning-fallback.md}.
 */
class LightningFallbackTest {

    @Test
    void lightningThatMissesTheWalkerOfDemo4FallsBackToThunder() throws Exception {
        Path video = SharedData.require("walking-side/demo4.mp4");
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.isRegularFile(ModelLocator.modelsDirectory()
                .resolve(MoveNetVariant.LIGHTNING.fileName())), "skipped: needs models/");
        Analysis a;
        AnalysisRunner.Timing t;
        try (AnalysisRunner runner = AnalysisRunner.of(MoveNetVariant.LIGHTNING, "eval")) {
            AnalysisRunner.Timed run = runner.analyse(video, null, AnalysisSettings.defaults(Task.WALK), Progress.NONE);
            a = run.analysis();
            t = run.timing();
            assertEquals(MoveNetVariant.THUNDER, runner.variant(), "the runner fell back");
        }
        assertTrue(a.model().contains("Thunder"), a.model());
        String note = a.warnings().get(0);
        assertTrue(note.startsWith("MoveNet Lightning found the person on only "), note);
        Analysis thunder;
        try (AnalysisRunner runner = AnalysisRunner.of(MoveNetVariant.THUNDER, "eval")) {
            thunder = runner.analyse(video, null, AnalysisSettings.defaults(Task.WALK), Progress.NONE).analysis();
        }
        assertEquals(thunder.framesWithPerson(), a.framesWithPerson(), "the same as Thunder asked for directly");
        assertEquals(thunder.events().stepCount(), a.events().stepCount());
        assertEquals(thunder.frames().get(200).rawPose(), a.frames().get(200).rawPose());
        Files.createDirectories(Path.of("target", "eval"));
        Files.writeString(Path.of("target", "eval", "lightning-fallback.md"), String.format(java.util.Locale.ROOT,
                "# Lightning fallback on demo4.mp4%n%n%s%n%nAnalysed with %s: person on %d of %d frames, %d steps,"
                        + " %d inferences in all (both models), %.1f s.%n", note, a.model(), a.framesWithPerson(),
                a.frames().size(), a.events().stepCount(), t.inferences(), t.seconds()));
    }
}
