package org.medius.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.medius.analysis.Analysis;
import org.medius.events.View;
import org.medius.model.Side;
import org.medius.model.Task;
import org.medius.synth.SyntheticTrack;
import org.medius.video.TestVideos;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The viewer on a single-leg stance test (poses from a synthetic track: left leg level, right leg with 8 degrees of
 * drop of the free side): the headline counts the holds, the table names them, the notes give each leg's verdict.
 */
@ExtendWith(ApplicationExtension.class)
class StanceViewerTest {
    @TempDir
    static Path dir;
    static SyntheticTrack track;
    static Path video;

    private MainWindow window;

    @BeforeAll
    static void makeVideo() throws Exception {
        track = SyntheticTrack.singleLegStance().view(View.ANTERIOR).holdSeconds(2).fps(30).imageSizePx(640, 360)
                .bodyHeightPx(300).cpdDeg(Side.RIGHT, 8).seed(5).generate();
        video = TestVideos.spec().size(640, 360).frames(track.frames().size()).writeTo(dir.resolve("stance.mp4"));
    }

    @Start
    void start(Stage s) throws Exception {
        Path cache = Files.createTempDirectory(dir, "cache");
        window = new MainWindow(s, new ViewerModel(ViewerServices.withCache(new FakePoseStage(track.frames()), cache,
                "test"), new CurrentThreadTaskExecutor()));
        window.setShowErrorDialogs(false);
        window.model().taskProperty().set(Task.STANCE);
        s.show();
    }

    @Test
    void theResultsShowTheHoldsAndEachLegsVerdict(FxRobot robot) {
        robot.interact(() -> window.model().open(video));
        Analysis a = window.model().analysis();
        assertEquals(2, a.eventMeasures().size(), a.events().toString());
        String headline = robot.lookup("#headline").queryLabeled().getText();
        assertTrue(headline.contains("Single-leg stance (Trendelenburg test) · 2 holds"), headline);
        String notes = robot.lookup("#notes").queryLabeled().getText();
        assertTrue(notes.contains("Trendelenburg test, right leg: positive. Standing on the right leg, the left side"
                + " of the pelvis dropped"), notes);
        assertTrue(notes.contains("Trendelenburg test, left leg: negative."), notes);
        assertEquals(2, window.results().eventTable().getItems().size());
    }
}
