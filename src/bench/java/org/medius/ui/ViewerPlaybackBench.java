package org.medius.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javafx.stage.Stage;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.medius.analysis.Analysis;
import org.medius.synth.SyntheticTrack;
import org.medius.testing.SharedData;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A measurement, not a pass/fail timing: plays a 1080p30 h264 clip (demo4 scaled up with the ffmpeg command line
 * into target/) through the whole viewer at 1x, with the skeleton and labels drawn, and writes how many of its
 * frames reached the screen to {@code target/eval/viewer-playback.md}. Headless Monocle renders the whole window
 * in software on each pulse, a harder case than a desktop's GPU pipeline. The poses come from a synthetic track
 * (the model is not what is measured). Skips without the shared clip or an ffmpeg command. A benchmark, run by
 * hand: {@code mvn -o -q test-compile surefire:test@bench -Dtest=ViewerPlaybackBench}; add
 * {@code -Dvariant=noskel,noplots,novideo} (any of them) to leave parts of the window out.
 */
@ExtendWith(ApplicationExtension.class)
class ViewerPlaybackBench {
    @TempDir
    Path cache;
    private MainWindow window;
    private FakePoseStage stage;

    @Start
    void start(Stage s) {
        SyntheticTrack walk = SyntheticTrack.walk().fps(30).steps(30).imageSizePx(1920, 1080).bodyHeightPx(700)
                .seed(3).generate();
        stage = new FakePoseStage(walk.frames());
        window = new MainWindow(s, new ViewerModel(ViewerServices.withCache(stage, cache, "test"),
                new CurrentThreadTaskExecutor()));
        window.setShowErrorDialogs(false);
        s.show();
    }

    @Test
    void play1080pAtRealTime(FxRobot robot) throws Exception {
        Path source = SharedData.require("walking-side/demo4.mp4");
        Path clip = Path.of("target", "eval", "demo4_1080.mp4").toAbsolutePath();
        if (!Files.isRegularFile(clip)) {
            Files.createDirectories(clip.getParent());
            Process p;
            try {
                p = new ProcessBuilder("ffmpeg", "-y", "-loglevel", "error", "-i", source.toString(), "-vf",
                        "scale=1920:1080", "-c:v", "libx264", "-crf", "20", "-pix_fmt", "yuv420p", clip.toString())
                        .inheritIO().start();
            } catch (java.io.IOException e) {
                Assumptions.abort("skipped: needs the ffmpeg command to make the 1080p clip");
                return;
            }
            assertEquals(0, p.waitFor(), "ffmpeg made the clip");
        }
        robot.interact(() -> window.model().open(clip)); // analysed on this thread: done when it returns
        Analysis a = window.model().analysis();
        assertNotNull(a, () -> "analysed: " + window.lastError() + " / status: " + window.model().statusProperty().get());
        int frames = a.frames().size();
        double seconds = a.frames().get(frames - 1).timestampSeconds() - a.frames().get(0).timestampSeconds();

        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> window.feed().lastDelivered() == 0);
        String variant = System.getProperty("variant", "");
        robot.interact(() -> {
            if (variant.contains("noskel")) {
                window.videoPane().showSkeletonProperty().set(false);
                window.videoPane().showAnglesProperty().set(false);
            }
            if (variant.contains("noplots")) {
                window.plots().setVisible(false);
            }
            if (variant.contains("novideo")) {
                window.videoPane().setVisible(false);
            }
        });
        long before = window.feed().deliveredCount();
        long start = System.nanoTime();
        robot.interact(() -> window.playback().togglePlay());
        WaitForAsyncUtils.waitFor((long) (seconds * 3 + 30), TimeUnit.SECONDS,
                () -> !window.playback().playingProperty().get());
        double wall = (System.nanoTime() - start) / 1e9;
        WaitForAsyncUtils.waitForFxEvents();
        long shown = window.feed().deliveredCount() - before;

        // plots with 20,000 points per series (a 10-minute video at 30 frames/s): time to draw all three anew
        int n = 20_000;
        double[] t = new double[n];
        double[] v = new double[n];
        for (int i = 0; i < n; i++) {
            t[i] = i / 30.0;
            v[i] = 10 * Math.sin(i / 40.0) + (i % 7) * 0.3;
        }
        long[] drawNanos = new long[1];
        robot.interact(() -> {
            long t0 = System.nanoTime();
            for (org.medius.ui.plot.TimeSeriesPlot p : window.plots().plots()) {
                p.setSeries(java.util.List.of(new org.medius.ui.plot.PlotSeries("a", t, v, javafx.scene.paint.Color.RED),
                        new org.medius.ui.plot.PlotSeries("b", t, v, javafx.scene.paint.Color.BLUE)));
                p.setTimeWindow(0, t[n - 1]);
                p.layout();
            }
            drawNanos[0] = System.nanoTime() - t0;
        });
        long[] cursorNanos = new long[1];
        robot.interact(() -> {
            long t0 = System.nanoTime();
            for (int k = 0; k < 100; k++) {
                for (org.medius.ui.plot.TimeSeriesPlot p : window.plots().plots()) {
                    p.cursorTimeProperty().set(k * 6.0);
                    p.layout();
                }
            }
            cursorNanos[0] = System.nanoTime() - t0;
        });

        String report = String.format(Locale.ROOT, "# Viewer playback, 1080p30 h264, headless Monocle (software"
                + " rendering)%n%nclip: demo4 scaled to 1920x1080 (%d frames, %.2f s of video)%n%n| measure | value |%n"
                + "|---|---|%n| wall time for the whole clip at 1x | %.2f s |%n| frames put on screen | %d of %d"
                + " (%.1f%%) |%n| effective frame rate | %.1f frames/s |%n| three plots with 2 x 20,000 points per"
                + " series set and laid out on the UI thread (decimation + canvas commands; rasterising is the renderer's) | %.1f ms |%n| cursor moved on the three 20,000-point plots, UI thread | %.3f ms per move |%n%nCommand: `mvn -o -q test-compile surefire:test@bench"
                + " -Dtest=ViewerPlaybackBench` (this machine: %d cores; glass.platform=%s, prism.order=%s,"
                + " pipeline %s).%n", frames, seconds, wall, shown, frames - 1,
                100.0 * shown / (frames - 1), shown / wall, drawNanos[0] / 1e6, cursorNanos[0] / 1e6 / 100, Runtime.getRuntime().availableProcessors(),
                System.getProperty("glass.platform"), System.getProperty("prism.order"),
                com.sun.prism.GraphicsPipeline.getPipeline().getClass().getSimpleName());
        Files.writeString(Path.of("target", "eval", "viewer-playback.md"), report);
        assertTrue(shown > 0, "playback showed frames");
    }
}
