package org.medius.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Point2D;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.medius.analysis.Analysis;
import org.medius.analysis.AnalysedFrame;
import org.medius.analysis.MarkerMode;
import org.medius.model.FramePose;
import org.medius.model.Keypoint;
import org.medius.model.PelvisMarkerFrame;
import org.medius.model.PelvisSource;
import org.medius.model.Pose;
import org.medius.model.Side;
import org.medius.model.Task;
import org.medius.score.Exercises;
import org.medius.score.ScoreResult;
import org.medius.session.Correction;
import org.medius.synth.SyntheticTrack;
import org.medius.video.TestVideos;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Pelvis markers in the viewer (issue 17): on the rendered walk with magenta markers (the shipped sample; poses are
 * its true keypoints, so no model is needed), Edit &gt; Pelvis Markers finds the markers without running the pose
 * stage again, shows them, lets one be dragged (undoable, saved), and a video without markers says so and takes the
 * choice back.
 */
@ExtendWith(ApplicationExtension.class)
class MarkerViewerTest {
    static final Path SAMPLE = Path.of("samples", "walk-front-markers-drop-3-9.mp4");
    static final Path TRUTH = Path.of("samples", "walk-front-markers-drop-3-9.truth.csv");

    @TempDir
    static Path dir;
    static List<FramePose> truthPoses;
    static Path plainVideo;
    static SyntheticTrack squat;

    private MainWindow window;
    private FakePoseStage stage;
    private Path cache;

    @BeforeAll
    static void load() throws Exception {
        truthPoses = truthPoses(TRUTH);
        squat = SyntheticTrack.squat().reps(2).repSeconds(2).pauseSeconds(0.5).fps(30).imageSizePx(640, 360)
                .bodyHeightPx(300).seed(3).generate();
        plainVideo = TestVideos.spec().size(640, 360).frames(squat.frames().size()).writeTo(dir.resolve("plain.mp4"));
    }

    /** The true keypoints of a rendered sample's truth file, each seen with confidence 1. */
    static List<FramePose> truthPoses(Path csv) throws IOException {
        List<String> lines = Files.readAllLines(csv);
        List<String> header = Arrays.asList(lines.get(0).split(","));
        List<FramePose> out = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            String[] v = line.split(",", -1);
            double[] x = new double[Keypoint.COUNT];
            double[] y = new double[Keypoint.COUNT];
            double[] c = new double[Keypoint.COUNT];
            for (Keypoint k : Keypoint.values()) {
                x[k.ordinal()] = Double.parseDouble(v[header.indexOf(k.cocoName() + "_x_px")]);
                y[k.ordinal()] = Double.parseDouble(v[header.indexOf(k.cocoName() + "_y_px")]);
                c[k.ordinal()] = 1;
            }
            out.add(new FramePose(Integer.parseInt(v[header.indexOf("frame")]),
                    Double.parseDouble(v[header.indexOf("time_s")]), Pose.of(x, y, c)));
        }
        return out;
    }

    @Start
    void start(Stage s) throws Exception {
        cache = Files.createTempDirectory(dir, "cache");
        stage = new FakePoseStage(truthPoses);
        window = new MainWindow(s, new ViewerModel(ViewerServices.withCache(stage, cache, "test"),
                new CurrentThreadTaskExecutor()));
        window.setShowErrorDialogs(false);
        window.model().taskProperty().set(Task.WALK);
        s.show();
    }

    private static long markerFrames(Analysis a) {
        return a.frames().stream().filter(f -> f.pelvisSource() == PelvisSource.MARKERS).count();
    }

    @Test
    void markersAreFoundShownDraggedUndoneAndSaved(FxRobot robot) throws Exception {
        robot.interact(() -> window.model().open(SAMPLE));
        Analysis plain = window.model().analysis();
        assertEquals(MarkerMode.NONE, plain.settings().markers());
        assertEquals(0, markerFrames(plain));

        robot.interact(() -> window.model().apply(new Correction.PelvisMarkers(MarkerMode.PELVIS)));
        Analysis marked = window.model().analysis();
        assertEquals(MarkerMode.PELVIS, marked.settings().markers());
        int n = marked.frames().size();
        assertTrue(markerFrames(marked) > 0.9 * n, markerFrames(marked) + " of " + n + " frames from the markers");
        assertEquals(1, stage.runs.get(), "the markers are found without running the pose stage again");
        assertTrue(window.model().statusProperty().get().contains("measured again with the correction"),
                window.model().statusProperty().get());

        // shown on the frame, and draggable in the keypoint-editing mode
        int position = n / 2;
        AnalysedFrame frame = marked.frames().get(position);
        robot.interact(() -> window.model().currentFrameProperty().set(position));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> window.feed().lastDelivered() == position);
        WaitForAsyncUtils.waitForFxEvents();
        PelvisMarkerFrame shown = window.videoPane().overlayContent().markers();
        assertNotNull(shown, "the overlay carries the markers");
        assertEquals(frame.pelvisMarkers().leftXPx(), shown.leftXPx(), 1e-9);
        robot.interact(() -> window.videoPane().modeProperty().set(VideoPane.Mode.EDIT_KEYPOINTS));
        Point2D from = window.videoPane().localToScreen(window.videoPane().imageToView(shown.leftXPx(),
                shown.leftYPx()));
        robot.drag(from, MouseButton.PRIMARY).moveBy(0, 25).drop();
        WaitForAsyncUtils.waitForFxEvents();
        List<Correction> corrections = window.model().corrections();
        assertEquals(2, corrections.size(), corrections.toString());
        Correction.MarkerMove move = assertInstanceOf(Correction.MarkerMove.class, corrections.get(1));
        assertEquals(Side.LEFT, move.side());
        assertEquals(frame.frameIndex(), move.frameIndex());
        assertTrue(move.yPx() > shown.leftYPx() + 5, "dropped lower: " + move.yPx() + " vs " + shown.leftYPx());
        PelvisMarkerFrame moved = window.model().analysis().frames().get(position).pelvisMarkers();
        assertEquals(move.yPx(), moved.leftYPx(), 1e-9);
        assertTrue(moved.leftDetected());

        // the score in the results panel: the right leg (9 degrees of drop against 3) scores, with its sentence
        ScoreResult score = window.model().analysis().score();
        assertTrue(score.score(Side.RIGHT).score() > score.score(Side.LEFT).score(),
                "right " + score.score(Side.RIGHT).score() + ", left " + score.score(Side.LEFT).score());
        assertTrue(Exercises.shownFor(score.score(Side.RIGHT)), "exercises for the right leg");
        String sentence = robot.lookup("#scoreSentenceRight").queryLabeled().getText();
        assertTrue(sentence.startsWith("On the right leg the left side of the pelvis drops"), sentence);
        Path png = Files.createDirectories(Path.of("target", "ui")).resolve("viewer-markers.png");
        robot.interact(() -> {
            try {
                ScreenshotPng.write(window.scene(), png);
            } catch (org.medius.export.OutputFileException e) {
                throw new IllegalStateException(e);
            }
        });

        // saved with the analysis: a new viewer on the same cache opens with the markers and the move
        window.model().flushSaves();
        ViewerModel restarted = new ViewerModel(ViewerServices.withCache(stage, cache, "test"),
                new CurrentThreadTaskExecutor());
        robot.interact(() -> restarted.open(SAMPLE));
        assertEquals(corrections, restarted.corrections());
        assertEquals(markerFrames(window.model().analysis()), markerFrames(restarted.analysis()));
        assertEquals(move.yPx(), restarted.analysis().frames().get(position).pelvisMarkers().leftYPx(), 1e-9);
        assertEquals(1, stage.runs.get(), "from the cache");

        // undo the move, then the markers: back to the keypoints
        robot.interact(() -> window.model().undo());
        assertEquals(frame.pelvisMarkers().leftYPx(),
                window.model().analysis().frames().get(position).pelvisMarkers().leftYPx(), 1e-9);
        robot.interact(() -> window.model().undo());
        assertEquals(0, markerFrames(window.model().analysis()));
        assertNull(window.model().analysis().frames().get(position).pelvisMarkers());
    }

    @Test
    void aSampleWithMarkersOpensWithTheMarkerModeOn(FxRobot robot) {
        SampleVideos.Sample sample = SampleVideos.in(Path.of("samples")).stream()
                .filter(s -> s.file().getFileName().toString().equals(SAMPLE.getFileName().toString()))
                .findFirst().orElseThrow();
        assertTrue(sample.markers());
        assertTrue(sample.label().endsWith("(Walk, pelvis markers)"), sample.label());
        robot.interact(() -> window.model().open(sample.file(), true, sample.markers()));
        Analysis a = window.model().analysis();
        assertEquals(MarkerMode.PELVIS, a.settings().markers());
        assertTrue(markerFrames(a) > 0.9 * a.frames().size());
        assertEquals(List.of(new Correction.PelvisMarkers(MarkerMode.PELVIS)), window.model().corrections(),
                "an undoable choice, as from the menu");
    }

    @Test
    void aVideoWithoutMarkersSaysSoAndTakesTheChoiceBack(FxRobot robot) {
        FakePoseStage squatStage = new FakePoseStage(squat.frames());
        ViewerModel model = new ViewerModel(ViewerServices.withCache(squatStage, cache, "test"),
                new CurrentThreadTaskExecutor());
        List<String> errors = new ArrayList<>();
        model.setErrorSink(errors::add);
        model.taskProperty().set(Task.SQUAT);
        robot.interact(() -> model.open(plainVideo));
        Analysis before = model.analysis();
        robot.interact(() -> model.apply(new Correction.PelvisMarkers(MarkerMode.PELVIS)));
        assertEquals(before, model.analysis(), "the shown analysis stays");
        assertEquals(List.of(), model.corrections(), "taken back");
        assertEquals(1, errors.size(), errors.toString());
        assertTrue(errors.get(0).startsWith("No pelvis markers were found in plain.mp4."), errors.get(0));
    }
}
