package org.medius.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.medius.analysis.AnalysisRunner;
import org.medius.export.AtomicFiles;
import org.medius.export.OutputFileException;
import org.medius.model.FramePose;
import org.medius.model.Keypoint;
import org.medius.model.MediusException;
import org.medius.model.MoveNetVariant;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code medius keypoints VIDEO}: the raw per-frame keypoints of the pose model, as CSV. */
@Command(name = "keypoints", mixinStandardHelpOptions = true,
        description = "Runs the pose model on every frame of VIDEO and prints one CSV row per frame: frame index,"
                + " presentation time in seconds, then x and y in pixels of the upright frame and the model's"
                + " confidence (0..1) for each of the 17 COCO keypoints. Raw model output: no filtering.")
final class KeypointsCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "VIDEO", description = "Video file (mp4, mov, avi, mkv, webm).")
    Path video;

    @Option(names = {"-m", "--model"}, defaultValue = "thunder", paramLabel = "thunder|lightning",
            description = "Pose model: thunder (more accurate, default) or lightning (faster).")
    MoveNetVariant model;

    @Option(names = {"-o", "--out"}, paramLabel = "FILE",
            description = "Write the CSV to FILE instead of standard output (written atomically).")
    Path out;

    @Option(names = "--progress", negatable = true, defaultValue = "true", fallbackValue = "true",
            description = "Show a progress bar on stderr when it is a terminal (default: ${DEFAULT-VALUE}).")
    boolean progress;

    @Override
    public Integer call() throws MediusException {
        if (out == null) {
            try {
                writeCsv(spec.commandLine().getOut());
            } catch (IOException e) {
                throw new OutputFileException(Path.of("<standard output>"), e.getMessage(), e);
            }
        } else {
            AtomicFiles.writeText(out, this::writeCsv);
        }
        return ExitCodes.OK;
    }

    /**
     * Streams the CSV. A write error (a full disk) stops the run at once; standard output is a PrintWriter,
     * which hides its errors, so that one is checked at the end.
     */
    private void writeCsv(java.io.Writer sink) throws MediusException, IOException {
        ProgressBar bar = new ProgressBar(spec.commandLine().getErr(), progress && ProgressBar.terminalAttached());
        try (AnalysisRunner runner = AnalysisRunner.of(model, Versions.medius())) {
            int frames = runner.rawKeypoints(video, fp -> line(sink, row(fp)), new AnalysisRunner.FrameListener() {
                @Override
                public void started(long frameCountEstimate) {
                    line(sink, header()); // only once the video is known to open: a bad file prints nothing
                    bar.total(frameCountEstimate);
                }

                @Override
                public boolean keepGoing(int done) {
                    bar.update(done);
                    return true;
                }
            });
            bar.finish(frames);
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        sink.flush();
        if (sink instanceof PrintWriter p && p.checkError()) {
            throw new IOException("standard output could not be written completely");
        }
    }

    private static void line(java.io.Writer sink, String text) {
        try {
            sink.write(text);
            sink.write('\n');
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String header() {
        StringBuilder sb = new StringBuilder("frame,time_s");
        for (Keypoint k : Keypoint.values()) {
            String n = k.cocoName();
            sb.append(',').append(n).append("_x_px,").append(n).append("_y_px,").append(n).append("_confidence");
        }
        return sb.toString();
    }

    static String row(FramePose fp) {
        StringBuilder sb = new StringBuilder();
        sb.append(fp.frameIndex()).append(',').append(String.format(Locale.ROOT, "%.6f", fp.timestampSeconds()));
        for (Keypoint k : Keypoint.values()) {
            sb.append(String.format(Locale.ROOT, ",%.2f,%.2f,%.4f",
                    fp.pose().xPx(k), fp.pose().yPx(k), fp.pose().confidence(k)));
        }
        return sb.toString();
    }
}
