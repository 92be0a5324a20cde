package org.medius.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Point2D;
import javafx.scene.control.DialogPane;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.medius.analysis.Analysis;
import org.medius.analysis.EventMeasures;
import org.medius.model.Keypoint;
import org.medius.model.Task;
import org.medius.session.Correction;
import org.medius.synth.SyntheticTrack;
import org.medius.ui.plot.TimeSeriesPlot;
import org.medius.video.TestVideos;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The viewer, headless (Monocle), on a real little video whose poses come from a synthetic squat track (three
 * repetitions, left knee 12 degrees of valgus): values, not pixels. The model's background work runs on the
 * calling (JavaFX) thread ({@link CurrentThreadTaskExecutor}): when an interaction returns, its results are in
 * place. Only the video's pictures come from a thread of their own (the player's decoder); the tests that look at
 * the picture or its skeleton wait for it.
 */
@ExtendWith(ApplicationExtension.class)
class ViewerTest {
    @TempDir
    static Path dir;
    static SyntheticTrack track;
    static Path video;

    private FakePoseStage stage;
    private MainWindow window;
    private Stage fxStage;
    private Path cache;

    @BeforeAll
    static void makeVideo() throws Exception {
        track = SquatClip.track();
        video = SquatClip.video(dir, track);
    }

    @Start
    void start(Stage s) throws Exception {
        cache = Files.createTempDirectory(dir, "cache");
        stage = new FakePoseStage(track.frames());
        window = new MainWindow(s, new ViewerModel(ViewerServices.withCache(stage, cache, "test"),
                new CurrentThreadTaskExecutor()));
        window.setShowErrorDialogs(false);
        window.model().taskProperty().set(Task.SQUAT);
        fxStage = s;
        s.show();
    }

    /** Opens the video; the analysis has run when this returns. */
    private Analysis open(FxRobot robot, Path file) {
        robot.interact(() -> window.model().open(file));
        assertFalse(window.model().busyProperty().get(), "nothing left running");
        return window.model().analysis();
    }

    private void seek(FxRobot robot, int frame) {
        robot.interact(() -> window.model().currentFrameProperty().set(frame));
    }

    /** Waits for the player's decoder thread to put the frame's picture (and with it its skeleton) on screen. */
    private void awaitPicture(int frame) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> window.feed().lastDelivered() == frame);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void openingAVideoFillsThePlotsTheResultsAndTheTable(FxRobot robot) throws Exception {
        Analysis a = open(robot, video);
        assertNotNull(a, "analysed");
        assertEquals(track.frames().size(), a.frames().size());
        assertEquals(3, a.events().repetitionCount());
        for (TimeSeriesPlot p : window.plots().plots()) {
            assertFalse(p.getSeries().isEmpty(), p.getId() + " has data");
            assertEquals(a.frames().size(), p.getSeries().get(0).timesSeconds().length, p.getId());
        }
        assertEquals(a.eventMeasures().size(), window.results().eventTable().getItems().size());
        assertTrue(robot.lookup("#headline").queryLabeled().getText().contains("3 repetitions"),
                robot.lookup("#headline").queryLabeled().getText());
        assertTrue(robot.lookup("#statement").queryLabeled().getText().toLowerCase().contains("strength"));
        awaitPicture(0);
        assertNotNull(window.videoPane().overlayContent(), "the skeleton of frame 0 is drawn");
    }

    /**
     * At the common laptop sizes the results scroll and the events table keeps its rows in view: the score text
     * (now a sentence, the numbers one click away) never pushes it off the window. The headline says the view.
     */
    @ParameterizedTest(name = "{0} x {1}")
    @CsvSource({"1280, 800", "1440, 900"})
    void theEventsTableStaysReachableAtLaptopSizes(int width, int height, FxRobot robot) throws Exception {
        double[] before = {fxStage.getWidth(), fxStage.getHeight()};
        robot.interact(() -> {
            fxStage.setWidth(width);
            fxStage.setHeight(height);
        });
        try {
            checkTableReachable(width, height, robot);
        } finally {
            // the stage is shared with the next test class: give it back its size
            robot.interact(() -> {
                fxStage.setWidth(before[0]);
                fxStage.setHeight(before[1]);
            });
        }
    }

    private void checkTableReachable(int width, int height, FxRobot robot) throws Exception {
        open(robot, video);
        WaitForAsyncUtils.waitForFxEvents();
        javafx.scene.control.ScrollPane scroll = robot.lookup("#resultsScroll").queryAs(
                javafx.scene.control.ScrollPane.class);
        robot.interact(() -> scroll.setVvalue(scroll.getVmax()));
        WaitForAsyncUtils.waitForFxEvents();
        var table = window.results().eventTable();
        javafx.geometry.Bounds b = table.localToScene(table.getBoundsInLocal());
        assertTrue(table.getHeight() >= ResultsPanel.EVENT_TABLE_MIN_HEIGHT_PX - 1, "table " + table.getHeight());
        assertTrue(b.getMinY() >= 0 && b.getMaxY() <= window.scene().getHeight() + 1,
                "the table lies in the window once scrolled: " + b + " in " + window.scene().getHeight());
        assertTrue(robot.lookup("#headline").queryLabeled().getText().contains("filmed from"),
                robot.lookup("#headline").queryLabeled().getText());
        assertTrue(robot.lookup("#scoreSentenceLeft").queryLabeled().getText().startsWith("On the left leg"));
        Path png = Files.createDirectories(Path.of("target", "ui")).resolve("viewer-" + width + "x" + height
                + ".png");
        robot.interact(() -> {
            try {
                ScreenshotPng.write(window.scene(), png);
            } catch (org.medius.export.OutputFileException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    @Test
    void theCursorOfEveryPlotFollowsSeekingAndAClickOnAPlotSeeks(FxRobot robot) throws Exception {
        Analysis a = open(robot, video);
        seek(robot, 40);
        double t40 = a.frames().get(40).timestampSeconds();
        for (TimeSeriesPlot p : window.plots().plots()) {
            assertEquals(t40, p.cursorTimeProperty().get(), 1e-9, p.getId());
        }
        assertTrue(robot.lookup("#timeLabel").queryLabeled().getText().contains("frame 41/"));

        TimeSeriesPlot knees = window.plots().plots().get(1);
        double targetSeconds = a.frames().get(100).timestampSeconds();
        Point2D screen = knees.localToScreen(knees.timeToXPx(targetSeconds), knees.getHeight() / 2);
        robot.clickOn(screen, MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(100, window.model().currentFrameProperty().get(), 1, "the click seeks to the time clicked");
    }

    @Test
    void selectingATableRowSeeksToThePeakOfThatRepetition(FxRobot robot) throws Exception {
        Analysis a = open(robot, video);
        EventMeasures second = a.eventMeasures().get(1);
        robot.interact(() -> window.results().eventTable().getSelectionModel().select(1));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(AnalysisFrames.peakFrame(second), window.model().currentFrameProperty().get());
        assertTrue(second.event().contains(window.model().currentFrameProperty().get()), "inside its repetition");
        assertEquals(second.event().startFrame(), window.results().currentEvent().event().startFrame(),
                "the row of the repetition the frame is in is marked");
        seek(robot, 0);
        assertEquals(null, window.results().currentEvent(), "frame 0 is before the first repetition");
    }

    @Test
    void draggingAKneeChangesItsAngleIsSavedAndCanBeUndone(FxRobot robot) throws Exception {
        Analysis a = open(robot, video);
        int frame = AnalysisFrames.peakFrame(a.eventMeasures().get(0));
        seek(robot, frame);
        awaitPicture(frame);
        double before = a.frames().get(frame).angles().kneeFppaLeftDeg();
        robot.interact(() -> window.videoPane().modeProperty().set(VideoPane.Mode.EDIT_KEYPOINTS));
        FrameOverlay shown = window.videoPane().overlayContent();
        Point2D knee = window.videoPane().imageToView(shown.pose().xPx(Keypoint.LEFT_KNEE),
                shown.pose().yPx(Keypoint.LEFT_KNEE));
        Point2D from = window.videoPane().localToScreen(knee);
        robot.drag(from, MouseButton.PRIMARY).moveBy(-40, 0).drop();
        WaitForAsyncUtils.waitForFxEvents(); // the drop's mouse event has been handled: measured again

        Analysis after = window.model().analysis();
        double moved = after.frames().get(frame).angles().kneeFppaLeftDeg();
        assertTrue(Math.abs(moved - before) > 3, "FPPA " + before + " -> " + moved);
        List<Correction> corrections = window.model().corrections();
        assertEquals(1, corrections.size());
        Correction.KeypointMove move = assertInstanceOf(Correction.KeypointMove.class, corrections.get(0));
        assertEquals(Keypoint.LEFT_KNEE, move.keypoint());
        assertEquals(a.frames().get(frame).frameIndex(), move.frameIndex());

        // saved with the analysis: a new viewer on the same cache finds the correction
        window.model().flushSaves();
        ViewerModel restarted = new ViewerModel(ViewerServices.withCache(stage, cache, "test"),
                new CurrentThreadTaskExecutor());
        robot.interact(() -> restarted.open(video));
        assertEquals(corrections, restarted.corrections());
        assertEquals(moved, restarted.analysis().frames().get(frame).angles().kneeFppaLeftDeg(), 1e-9);
        assertEquals(1, stage.runs.get(), "the pose stage ran once: the second opening came from the cache");

        robot.interact(() -> window.model().undo());
        assertEquals(before, window.model().analysis().frames().get(frame).angles().kneeFppaLeftDeg(), 1e-9);
        assertTrue(window.model().corrections().isEmpty());
        robot.interact(() -> window.model().redo());
        assertEquals(moved, window.model().analysis().frames().get(frame).angles().kneeFppaLeftDeg(), 1e-9);
    }

    @Test
    void excludingFramesAndOverridingTheViewRerunOnlyThePipeline(FxRobot robot) throws Exception {
        open(robot, video);
        robot.interact(() -> window.model().apply(new Correction.FrameExclusion(10, 20)));
        Analysis a = window.model().analysis();
        assertEquals(0.0, a.frames().get(15).rawPose().confidence(Keypoint.LEFT_HIP));
        robot.interact(() -> window.model().apply(new Correction.ViewOverride(
                org.medius.events.ViewChoice.POSTERIOR)));
        assertEquals(org.medius.events.ViewChoice.POSTERIOR, window.model().analysis().settings().view());
        assertEquals(1, stage.runs.get(), "no pose stage for these corrections");
        assertEquals("Undo View: posterior", window.model().undoTextProperty().get());

        javafx.scene.control.ComboBox<org.medius.events.ViewChoice> camera = robot.lookup("#viewChoice").query();
        assertEquals(org.medius.events.ViewChoice.POSTERIOR, camera.getValue(), "the tool bar shows the view in use");
        robot.interact(() -> camera.setValue(org.medius.events.ViewChoice.ANTERIOR));
        assertEquals(org.medius.events.ViewChoice.ANTERIOR, window.model().analysis().settings().view());
        assertEquals(3, window.model().corrections().size());
    }

    @Test
    void aCorrectionThatLeavesNoPersonIsTakenBackWithTheReason(FxRobot robot) throws Exception {
        Analysis a = open(robot, video);
        int last = a.frames().get(a.frames().size() - 1).frameIndex();
        robot.interact(() -> window.model().apply(new Correction.FrameExclusion(0, last)));
        assertTrue(a == window.model().analysis(), "the analysis shown is kept");
        assertTrue(window.model().corrections().isEmpty(), "the exclusion was taken back");
        assertFalse(window.model().canUndoProperty().get());
        assertTrue(window.lastError().startsWith("No person was found in squats.mp4"), window.lastError());
    }

    @Test
    void changingTheTaskMeasuresAgainWithoutThePoseModel(FxRobot robot) throws Exception {
        Analysis squat = open(robot, video);
        assertEquals(Task.SQUAT, squat.settings().task());
        robot.interact(() -> window.model().taskProperty().set(Task.WALK));
        Analysis walk = window.model().analysis();
        assertEquals(Task.WALK, walk.settings().task());
        assertEquals(0, walk.events().repetitionCount());
        assertEquals(1, stage.runs.get());
        assertTrue(window.model().statusProperty().get().contains("measured again"),
                window.model().statusProperty().get());
    }

    @Test
    void aTaskChosenWhileThePoseModelRunsIsApplied(FxRobot robot) throws Exception {
        boolean[] busy = new boolean[1];
        stage.whileRunning = () -> {
            busy[0] = window.model().busyProperty().get();
            window.model().taskProperty().set(Task.SQUAT);
        };
        robot.interact(() -> {
            window.model().taskProperty().set(Task.WALK);
            window.model().open(video);
        });
        assertTrue(busy[0], "the task was chosen while the pose stage ran");
        assertEquals(Task.SQUAT, window.model().analysis().settings().task());
        assertEquals(3, window.model().analysis().events().repetitionCount());
    }

    @Test
    void cancelStopsTheAnalysisAndSaysSo(FxRobot robot) throws Exception {
        javafx.scene.control.Button cancel = robot.lookup("#cancel").queryButton();
        double[] progress = new double[1];
        boolean[] offered = new boolean[1];
        stage.whileRunning = () -> { // the pose stage runs: its progress is shown, and Cancel is pressed
            progress[0] = window.model().progressProperty().get();
            offered[0] = cancel.isVisible();
            cancel.fire();
        };
        robot.interact(() -> window.model().open(video));
        assertTrue(progress[0] > 0, "progress while the pose stage runs: " + progress[0]);
        assertTrue(offered[0], "a cancel button while busy");
        assertFalse(window.model().busyProperty().get());
        assertFalse(cancel.isVisible());
        assertEquals(null, window.model().analysis());
        assertTrue(window.model().statusProperty().get().contains("cancelled"),
                window.model().statusProperty().get());
        assertEquals(null, window.lastError(), "cancelling is not an error");
    }

    @Test
    void pickingTheSubjectRerunsThePoseStageWithThatPoint(FxRobot robot) throws Exception {
        open(robot, video);
        robot.interact(() -> window.model().apply(new Correction.SubjectPick(320, 200)));
        assertEquals(2, stage.runs.get(), "the pose stage ran again");
        assertFalse(window.model().busyProperty().get());
        assertEquals(320, stage.lastSubject.xMinPx());
        assertEquals(200, stage.lastSubject.yMinPx());
        assertNotNull(window.model().analysis());
    }

    @Test
    void theReportAndTheOverlayVideoAreWrittenInTheBackgroundAndAFailureIsOneDialog(FxRobot robot) throws Exception {
        Analysis a = open(robot, video);
        Path pdf = dir.resolve("viewer-report.pdf");
        robot.interact(() -> window.model().runExport("Writing the report", Exports.report(a, video,
                new org.medius.export.report.ReportFields("S-07", "2026-11-21", "left", null), pdf)));
        assertTrue(window.model().statusProperty().get().startsWith("Wrote the report"),
                window.model().statusProperty().get());
        assertTrue(org.medius.testing.PdfFiles.text(pdf).contains("S-07"));
        assertEquals(3, org.medius.testing.PdfFiles.imageCount(pdf), "plot and two key frames");

        Path mp4 = dir.resolve("viewer-overlay.mp4");
        robot.interact(() -> window.model().runExport("Writing the video", Exports.overlayVideo(a, video, mp4)));
        assertEquals(a.frames().size(), TestVideos.frameTimes(mp4).size(), "the overlay video has the source's frames");

        Path nowhere = dir.resolve("missing-folder").resolve("x.pdf");
        robot.interact(() -> window.model().runExport("Writing the report", Exports.report(a, video,
                org.medius.export.report.ReportFields.none(), nowhere)));
        assertTrue(window.lastError().contains("x.pdf"), window.lastError());
        assertFalse(Files.exists(nowhere));
    }

    @Test
    void aFileThatIsNotAVideoGivesOneSentenceNamingIt(FxRobot robot) throws Exception {
        Path bad = Files.writeString(dir.resolve("notes.mp4"), "these are not video frames");
        robot.interact(() -> window.setShowErrorDialogs(true));
        open(robot, bad);
        assertTrue(window.lastError().contains("notes.mp4"), window.lastError());
        assertFalse(window.lastError().contains("Exception"), window.lastError());
        DialogPane dialog = null;
        for (Window w : Window.getWindows()) {
            if (w.getScene() != null && w.getScene().getRoot() instanceof DialogPane d) {
                dialog = d;
            }
        }
        assertNotNull(dialog, "an error dialog is shown");
        assertEquals(window.lastError(), dialog.getContentText());
        DialogPane shown = dialog;
        robot.interact(() -> ((Stage) shown.getScene().getWindow()).close());
        assertEquals(null, window.model().analysis());
    }
}
