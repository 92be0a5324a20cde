package org.medius.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.medius.analysis.Analysis;
import org.medius.model.Keypoint;
import org.medius.model.Task;
import org.medius.pose.PoseModelException;
import org.medius.session.Correction;
import org.medius.synth.SyntheticTrack;

/**
 * The view model alone, no window and no JavaFX thread: its work runs on the calling thread
 * ({@link CurrentThreadTaskExecutor}), so each action's outcome is in place when it returns. A real little video,
 * poses from a synthetic squat track (three repetitions).
 */
class ViewerModelTest {
    @TempDir
    static Path dir;
    static SyntheticTrack track;
    static Path video;

    private FakePoseStage stage;
    private Path cache;
    private CurrentThreadTaskExecutor executor;
    private ViewerModel model;
    private final List<String> errors = new ArrayList<>();

    @BeforeAll
    static void makeVideo() throws Exception {
        track = SquatClip.track();
        video = SquatClip.video(dir, track);
    }

    @BeforeEach
    void newModel() throws Exception {
        cache = Files.createTempDirectory(dir, "cache");
        stage = new FakePoseStage(track.frames());
        model = newModel(stage);
    }

    private ViewerModel newModel(PoseStage poses) {
        executor = new CurrentThreadTaskExecutor();
        ViewerModel m = new ViewerModel(ViewerServices.withCache(poses, cache, "test"), executor);
        m.setErrorSink(errors::add);
        m.taskProperty().set(Task.SQUAT);
        return m;
    }

    @Test
    void anAnalysisShowsItsProgressThenItsResults() {
        List<Double> progress = new ArrayList<>();
        List<String> status = new ArrayList<>();
        List<Boolean> busy = new ArrayList<>();
        model.progressProperty().addListener((o, was, now) -> progress.add(now.doubleValue()));
        model.statusProperty().addListener((o, was, now) -> status.add(now));
        model.busyProperty().addListener((o, was, now) -> busy.add(now));

        model.open(video);

        Analysis a = model.analysis();
        assertNotNull(a, "analysed when open returns");
        assertEquals(track.frames().size(), a.frames().size());
        assertEquals(3, a.events().repetitionCount());
        assertEquals(List.of(true, false), busy, "busy while the work ran, not after");
        assertEquals(-1.0, progress.get(0), "indeterminate while it starts");
        assertTrue(progress.stream().anyMatch(p -> p > 0 && p <= 1), "the pose stage's progress: " + progress);
        assertEquals(0.0, model.progressProperty().get());
        assertTrue(status.contains("Checking squats.mp4 for earlier results…"), status.toString());
        assertTrue(status.stream().anyMatch(s -> s.startsWith("Finding the person in squats.mp4: ")), status.toString());
        assertTrue(model.statusProperty().get().startsWith("squats.mp4: " + a.frames().size() + " frames"),
                model.statusProperty().get());
        assertTrue(model.statusProperty().get().contains("3 repetitions (pose model"), model.statusProperty().get());
        assertEquals(List.of(), errors);
        assertEquals(1, stage.runs.get());

        model.open(video);
        assertEquals(1, stage.runs.get(), "opened again: the results come from the cache");
        assertTrue(model.statusProperty().get().contains("(from earlier results)"), model.statusProperty().get());
    }

    /** A damaged saved analysis is said at once, with the reason, before and while the pose model runs again. */
    @Test
    void aDamagedCacheIsSaidAtOnceThenTheVideoIsAnalysedAgain() throws Exception {
        model.open(video);
        assertEquals(1, stage.runs.get());
        List<Path> saved;
        try (var files = Files.list(cache)) {
            saved = files.filter(f -> f.getFileName().toString().endsWith(".medius.json.gz")).toList();
        }
        assertEquals(1, saved.size(), saved.toString());
        Files.write(saved.get(0), new byte[] {31, -117, 8, 0, 1, 2, 3}); // a truncated gzip

        List<String> status = new ArrayList<>();
        List<Integer> runsWhenSaid = new ArrayList<>();
        model.statusProperty().addListener((o, was, now) -> {
            status.add(now);
            if (now.contains("cannot be used")) {
                runsWhenSaid.add(stage.runs.get());
            }
        });
        model.open(video);
        assertEquals(2, stage.runs.get(), "analysed again");
        assertTrue(!runsWhenSaid.isEmpty() && runsWhenSaid.get(0) == 1,
                "said before the pose model ran again: " + status);
        String said = status.stream().filter(x -> x.contains("cannot be used")).findFirst().orElseThrow();
        assertTrue(said.startsWith("The saved analysis of squats.mp4 cannot be used (" + saved.get(0).getFileName()),
                said);
        assertTrue(said.contains("the video will be analysed again"), said);
        assertTrue(status.stream().anyMatch(x -> x.contains("cannot be used") && x.contains("Finding the person")),
                "the reason stays in view with the progress: " + status);
        assertNotNull(model.analysis());
        assertEquals(List.of(), errors);
    }

    @Test
    void aFailedAnalysisSaysWhyInOneSentence() throws Exception {
        Path notAVideo = Files.writeString(dir.resolve("notes.mp4"), "these are not video frames");
        model.open(notAVideo);
        assertNull(model.analysis());
        assertFalse(model.busyProperty().get());
        assertEquals("Analysis failed.", model.statusProperty().get());
        assertEquals(1, errors.size(), errors.toString());
        assertTrue(errors.get(0).contains("notes.mp4"), errors.get(0));
        assertFalse(errors.get(0).contains("Exception"), errors.get(0));

        errors.clear();
        model = newModel((file, net, subject, progress) -> {
            throw new PoseModelException(Path.of("models/movenet.onnx"), "the file is missing", null);
        });
        model.open(video);
        assertNull(model.analysis());
        assertEquals("Analysis failed.", model.statusProperty().get());
        assertEquals(List.of("Cannot load the pose model models/movenet.onnx: the file is missing. Restore it from the"
                + " Medius repository (models/) or rebuild it with: " + PoseModelException.REGENERATE), errors);
    }

    @Test
    void cancelStopsTheAnalysisAndSaysSo() {
        boolean[] busyWhileRunning = new boolean[1];
        stage.whileRunning = () -> { // Cancel pressed while the pose stage runs
            busyWhileRunning[0] = model.busyProperty().get();
            model.cancel();
        };
        model.open(video);
        assertTrue(busyWhileRunning[0]);
        assertNull(model.analysis());
        assertFalse(model.busyProperty().get());
        assertEquals(0.0, model.progressProperty().get());
        assertEquals("Analysis cancelled. Choose File > Analyse Again to start it again.", model.statusProperty().get());
        assertEquals(List.of(), errors, "cancelling is not an error");

        stage.whileRunning = null;
        model.reanalyse();
        assertNotNull(model.analysis(), "Analyse Again runs it to the end");
        assertEquals(2, stage.runs.get());
    }

    @Test
    void aCorrectionMeasuresAgainIsSavedAndCanBeUndoneAndRedone() {
        model.open(video);
        Analysis before = model.analysis();
        assertTrue(before.frames().get(15).rawPose().confidence(Keypoint.LEFT_HIP) > 0);
        assertFalse(model.canUndoProperty().get());
        assertEquals("Undo", model.undoTextProperty().get());

        Correction exclusion = new Correction.FrameExclusion(10, 20);
        model.apply(exclusion);
        Analysis excluded = model.analysis();
        assertNotSame(before, excluded, "measured again");
        assertEquals(0.0, excluded.frames().get(15).rawPose().confidence(Keypoint.LEFT_HIP));
        assertEquals(1, stage.runs.get(), "only the pipeline ran again, not the pose stage");
        assertEquals(List.of(exclusion), model.corrections());
        assertTrue(model.canUndoProperty().get());
        assertEquals("Undo " + exclusion.description(), model.undoTextProperty().get());
        assertTrue(model.statusProperty().get().contains("measured again with the correction"),
                model.statusProperty().get());
        assertFalse(model.busyProperty().get());

        // saved as it was made: a new viewer on the same cache opens the video with it
        ViewerModel restarted = newModel(stage);
        restarted.open(video);
        assertEquals(List.of(exclusion), restarted.corrections());
        assertEquals(0.0, restarted.analysis().frames().get(15).rawPose().confidence(Keypoint.LEFT_HIP));
        assertEquals(1, stage.runs.get(), "from the cache");

        model.undo();
        assertEquals(List.of(), model.corrections());
        assertEquals(before.frames().get(15).rawPose().confidence(Keypoint.LEFT_HIP),
                model.analysis().frames().get(15).rawPose().confidence(Keypoint.LEFT_HIP));
        assertFalse(model.canUndoProperty().get());
        assertTrue(model.canRedoProperty().get());
        assertEquals("Redo " + exclusion.description(), model.redoTextProperty().get());

        model.redo();
        assertEquals(List.of(exclusion), model.corrections());
        assertEquals(0.0, model.analysis().frames().get(15).rawPose().confidence(Keypoint.LEFT_HIP));
        assertEquals(List.of(), errors);
    }

    @Test
    void aCorrectionThatLeavesNoPersonIsTakenBack() {
        model.open(video);
        Analysis shown = model.analysis();
        int last = shown.frames().get(shown.frames().size() - 1).frameIndex();
        model.apply(new Correction.FrameExclusion(0, last));
        assertSame(shown, model.analysis());
        assertEquals(List.of(), model.corrections());
        assertFalse(model.canUndoProperty().get());
        assertEquals("The change was taken back.", model.statusProperty().get());
        assertEquals(1, errors.size());
        assertTrue(errors.get(0).startsWith("No person was found in squats.mp4"), errors.get(0));
    }

    @Test
    void anExportReportsProgressAndEndsWrittenFailedOrCancelled() {
        model.open(video);
        List<Double> progress = new ArrayList<>();
        model.progressProperty().addListener((o, was, now) -> progress.add(now.doubleValue()));
        model.runExport("Writing the video", p -> {
            p.update("frames", 0.5);
            assertEquals("Writing the video: 50%", model.statusProperty().get());
            assertTrue(model.busyProperty().get());
            model.runExport("Writing the report", q -> "never");
            return "Wrote it.";
        });
        assertEquals("Wrote it.", model.statusProperty().get());
        assertEquals(List.of(-1.0, 0.5, 0.0), progress);
        assertFalse(model.busyProperty().get());
        assertEquals(1, errors.size(), "one thing at a time");
        assertTrue(errors.get(0).startsWith("Medius is still busy (Writing the video: 50%)"), errors.get(0));

        errors.clear();
        model.runExport("Writing the report", p -> {
            throw new org.medius.export.OutputFileException(Path.of("/nowhere/x.pdf"), "no such folder", null);
        });
        assertEquals("Writing the report failed.", model.statusProperty().get());
        assertEquals(List.of("Cannot write /nowhere/x.pdf: no such folder."), errors);

        errors.clear();
        boolean[] toldToStop = new boolean[1];
        model.runExport("Writing the video", p -> {
            model.cancel();
            toldToStop[0] = p.cancelled();
            return "Wrote it anyway.";
        });
        assertTrue(toldToStop[0], "the work learns of Cancel");
        assertEquals("Writing the video cancelled; nothing was written.", model.statusProperty().get());
        assertFalse(model.busyProperty().get());
        assertEquals(List.of(), errors);
    }

    @Test
    void lightningThatMissesThePersonIsFollowedByThunderAndTheStatusSaysSo() {
        // a pose stage whose Lightning sees nobody and whose Thunder sees the squats
        List<org.medius.model.MoveNetVariant> asked = new ArrayList<>();
        PoseStage lightningBlind = (file, variant, subject, progress) -> {
            asked.add(variant);
            return variant == org.medius.model.MoveNetVariant.LIGHTNING
                    ? new FakePoseStage(List.of()).run(file, variant, subject, progress)
                    : stage.run(file, variant, subject, progress);
        };
        model = newModel(lightningBlind);
        model.modelProperty().set(org.medius.model.MoveNetVariant.LIGHTNING);
        model.open(video);
        assertEquals(List.of(org.medius.model.MoveNetVariant.LIGHTNING, org.medius.model.MoveNetVariant.THUNDER),
                asked);
        assertNotNull(model.analysis(), "analysed with Thunder");
        assertEquals(3, model.analysis().events().repetitionCount());
        assertEquals(org.medius.model.MoveNetVariant.THUNDER, model.modelProperty().get(), "the model shown");
        assertTrue(model.statusProperty().get().contains("MoveNet Lightning found the person on only 0 of"),
                model.statusProperty().get());
        assertEquals(List.of(), errors);
    }
}
