package org.medius.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.medius.model.Task;
import org.medius.synth.SyntheticTrack;
import org.medius.ui.plot.TimeSeriesPlot;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Issue 18: the video plays, steps and scrubs while the pose stage runs. The background work runs on its own thread
 * here ({@link FxTaskExecutor}, as in the real window), and the stand-in pose stage stops part-way through the video
 * until the test lets it go on, so everything below happens with the analysis unfinished.
 */
@ExtendWith(ApplicationExtension.class)
class PlayWhileAnalysingTest {
    static final int FRAMES_BEFORE_HOLD = 150;

    @TempDir
    static Path dir;
    static SyntheticTrack track;
    static Path video;

    private FakePoseStage stage;
    private MainWindow window;

    @BeforeAll
    static void makeVideo() throws Exception {
        track = SquatClip.track();
        video = SquatClip.video(dir, track);
    }

    @Start
    void start(Stage s) throws Exception {
        Path cache = Files.createTempDirectory(dir, "cache");
        stage = new FakePoseStage(track.frames());
        stage.release = new CountDownLatch(1);
        stage.holdFrame = FRAMES_BEFORE_HOLD;
        // 150 frames in about 4 s: previews are made on the way (the first pipeline run of a JVM is slow, and the
        // next preview waits 20 times as long)
        stage.millisPerFrame = 25;
        window = new MainWindow(s, new ViewerModel(ViewerServices.withCache(stage, cache, "test"),
                new FxTaskExecutor()));
        window.setShowErrorDialogs(false);
        window.model().taskProperty().set(Task.SQUAT);
        s.show();
    }

    @Test
    void theVideoStepsPlaysAndShowsTheFramesDoneWhileThePoseStageRuns(FxRobot robot) throws Exception {
        ViewerModel model = window.model();
        int n = track.frames().size();
        robot.interact(() -> model.open(video));
        assertTrue(stage.held.await(30, TimeUnit.SECONDS), "the pose stage reached its hold");
        // the preview of the frames done arrives, renewed as frames are done (at most every 0.5 s: wait for it)
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> model.previewProperty().get() != null
                && model.previewProperty().get().frames().size() > 30);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(model.busyProperty().get(), "still analysing");
        assertNull(model.analysis(), "no final analysis yet");
        assertEquals(n, model.frameTimesSeconds().length, "the whole video's frames, from its header");
        assertFalse(robot.lookup("#playbackBar").query().isDisabled(), "the playback bar works while analysing");
        int done = model.previewProperty().get().frames().size();
        assertTrue(done > 30 && done <= FRAMES_BEFORE_HOLD, "preview of " + done + " frames");

        // step forward twice: a frame analysed already shows its picture and its skeleton
        robot.clickOn("#stepForward").clickOn("#stepForward");
        assertEquals(2, model.currentFrameProperty().get());
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> window.feed().lastDelivered() == 2);
        WaitForAsyncUtils.waitForFxEvents();
        assertNotNull(window.videoPane().overlayContent(), "the skeleton of an analysed frame");

        // scrub past the frames done: the picture comes, without a skeleton
        int ahead = n - 20;
        robot.interact(() -> model.currentFrameProperty().set(ahead));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> window.feed().lastDelivered() == ahead);
        WaitForAsyncUtils.waitForFxEvents();
        assertNull(window.videoPane().overlayContent(), "no skeleton where the pose stage has not been yet");
        String clock = robot.lookup("#timeLabel").queryLabeled().getText();
        assertTrue(clock.contains("frame " + (ahead + 1) + "/" + n), clock);

        // the plots show the frames done, without the stances or repetitions
        for (TimeSeriesPlot p : window.plots().plots()) {
            assertTrue(p.isVisible(), p.getId());
            assertFalse(p.getSeries().isEmpty(), p.getId() + " has the frames done");
        }

        robot.interact(() -> model.currentFrameProperty().set(40));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> window.feed().lastDelivered() == 40);
        WaitForAsyncUtils.waitForFxEvents();
        Path png = Files.createDirectories(Path.of("target", "ui")).resolve("viewer-analysing.png");
        robot.interact(() -> {
            try {
                ScreenshotPng.write(window.scene(), png);
            } catch (org.medius.export.OutputFileException e) {
                throw new IllegalStateException(e);
            }
        });

        // play: the current frame moves on its own while the pose stage is held
        robot.interact(() -> model.currentFrameProperty().set(0));
        robot.clickOn("#play");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> model.currentFrameProperty().get() > 10);
        robot.clickOn("#play");
        assertTrue(model.busyProperty().get(), "played while the analysis ran");
        assertTrue(window.results().eventTable().getItems().isEmpty(),
                "repetitions and the score wait for the whole clip");

        // let the pose stage finish: the final analysis replaces the preview, with its repetitions
        stage.release.countDown();
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !model.busyProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
        assertNotNull(model.analysis());
        assertNull(model.previewProperty().get());
        assertEquals(3, model.analysis().events().repetitionCount());
        assertEquals(1, stage.runs.get());
    }
}
