package org.medius.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.medius.analysis.Analysis;
import org.medius.model.Task;
import org.medius.testing.SharedData;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The main window on a real clip, analysed by the real MoveNet Thunder, written to
 * {@code target/eval/viewer-pose_squats.png} for a reviewer to look at: the first repetition's deepest frame
 * selected in the table, so video, skeleton, plots and results show one moment.
 */
@ExtendWith(ApplicationExtension.class)
class ViewerScreenshotTest {
    @TempDir
    Path cache;
    private MainWindow window;

    @Start
    void start(Stage stage) {
        window = new MainWindow(stage, new ViewerModel(ViewerServices.withCache(new MoveNetPoseStage(), cache,
                "test"), new CurrentThreadTaskExecutor()));
        window.setShowErrorDialogs(false);
        stage.show();
    }

    @Test
    void poseSquatsMainWindow(FxRobot robot) throws Exception {
        Path video = SharedData.require("tfjs/pose_squats.mp4");
        robot.interact(() -> {
            window.model().taskProperty().set(Task.SQUAT);
            window.model().open(video); // the pose model runs here, on this thread: analysed when it returns
        });
        Analysis a = window.model().analysis();
        assertNotNull(a, () -> "analysed: " + window.lastError());
        assertEquals(2, a.events().repetitionCount(), "as medius analyze finds (the third is cut by the clip's end)");

        robot.interact(() -> window.results().eventTable().getSelectionModel().select(0));
        int frame = window.model().currentFrameProperty().get();
        // the picture comes from the player's decoder thread
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> window.feed().lastDelivered() == frame);
        WaitForAsyncUtils.waitForFxEvents();

        Path png = Files.createDirectories(Path.of("target", "eval")).resolve("viewer-pose_squats.png");
        int[] size = new int[2];
        robot.interact(() -> {
            try {
                int[] s = ScreenshotPng.write(window.scene(), png);
                size[0] = s[0];
                size[1] = s[1];
            } catch (org.medius.export.OutputFileException e) {
                throw new IllegalStateException(e);
            }
        });
        assertEquals((int) window.scene().getWidth(), size[0]);
        assertTrue(Files.size(png) > 50_000, "a real picture, not a blank one");
    }
}
