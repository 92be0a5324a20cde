package org.medius.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.medius.analysis.Analysis;
import org.medius.analysis.AnalysisCancelledException;
import org.medius.analysis.AnalysisSettings;
import org.medius.analysis.NoPersonException;
import org.medius.analysis.RollChoice;
import org.medius.analysis.VideoAnalyzer;
import org.medius.events.ViewChoice;
import org.medius.export.OutputFileException;
import org.medius.export.overlay.OverlayVideo;
import org.medius.model.Task;
import org.medius.pose.MoveNetModel;
import org.medius.pose.MoveNetVariant;
import org.medius.pose.SubjectHint;
import org.medius.pose.SubjectTracker;
import org.medius.score.Sex;
import org.medius.video.VideoException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code medius render-video VIDEO --out FILE.mp4}: the analysis, then the video with the skeleton drawn on. */
@Command(name = "render-video", mixinStandardHelpOptions = true,
        description = "Analyses VIDEO as 'analyze' does, then writes FILE.mp4: every frame of VIDEO with the"
                + " person's skeleton (left blue, right orange; hollow and dashed where the model was unsure or the"
                + " filter filled in), the pelvis, knee (FPPA) and trunk angles beside the joints, and a running plot"
                + " of knee FPPA and pelvic obliquity over the 3 s before and after each frame. H.264, at the"
                + " source's own frame times. The file appears only when complete.")
final class RenderVideoCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "VIDEO", description = "Video file (mp4, mov, avi, mkv, webm).")
    Path video;

    @Option(names = "--out", required = true, paramLabel = "FILE.mp4",
            description = "The annotated video to write (its folder must exist; an existing file is replaced).")
    Path out;

    @Option(names = "--task", defaultValue = "walk", paramLabel = "walk|run|squat|lunge|single-leg-squat",
            converter = AnalyzeCommand.TaskConverter.class,
            description = "What the person does; sets the low-pass cut-off. Default: ${DEFAULT-VALUE}.")
    Task task;

    @Option(names = {"-m", "--model"}, defaultValue = "thunder", paramLabel = "thunder|lightning",
            description = "Pose model: thunder (more accurate, default) or lightning (faster).")
    MoveNetVariant model;

    @Option(names = "--sex", defaultValue = "unknown", paramLabel = "female|male|unknown",
            converter = AnalyzeCommand.SexConverter.class,
            description = "The person's sex, for reference values given per sex. Default: ${DEFAULT-VALUE}.")
    Sex sex;

    @Option(names = "--view", defaultValue = "auto", paramLabel = "auto|anterior|posterior|sagittal",
            description = "Camera view (see 'analyze --help'). Default: ${DEFAULT-VALUE}.")
    ViewChoice view;

    @Option(names = "--roll", defaultValue = "auto", paramLabel = "auto|none|DEGREES",
            converter = AnalyzeCommand.RollConverter.class,
            description = "Camera roll correction (see 'analyze --help'). Default: ${DEFAULT-VALUE}.")
    RollChoice roll;

    @Option(names = "--subject", paramLabel = "X,Y|X0,Y0,X1,Y1", converter = AnalyzeCommand.SubjectConverter.class,
            description = "Who to analyse when several people are in view (see 'analyze --help').")
    SubjectHint subject;

    @Option(names = "--timing",
            description = "Print on stderr how long drawing and encoding the video took per frame (the pose model"
                    + " excluded).")
    boolean timing;

    @Option(names = "--progress", negatable = true, defaultValue = "true", fallbackValue = "true",
            description = "Show a progress bar on stderr when it is a terminal (default: ${DEFAULT-VALUE}).")
    boolean progress;

    @Override
    public Integer call() throws VideoException, OutputFileException, NoPersonException, AnalysisCancelledException {
        checkOutput();
        AnalysisSettings settings = AnalysisSettings.defaults(task).withRoll(roll).withView(view).withSex(sex);
        boolean showBar = progress && ProgressBar.terminalAttached();
        ProgressBar analysisBar = new ProgressBar(spec.commandLine().getErr(), showBar);
        Analysis analysis;
        try (MoveNetModel net = MoveNetModel.load(model);
             SubjectTracker tracker = new SubjectTracker(net, false, subject, 30)) {
            analysis = VideoAnalyzer.analyse(video, tracker, Versions.medius(), settings, analysisBar);
        }
        analysisBar.finish();
        ProgressBar renderBar = new ProgressBar(spec.commandLine().getErr(), showBar);
        long start = System.nanoTime();
        OverlayVideo.Written written = OverlayVideo.write(analysis, video, out, renderBar);
        double seconds = (System.nanoTime() - start) / 1e9;
        renderBar.finish();
        if (timing) {
            spec.commandLine().getErr().printf(Locale.ROOT, "timing: overlay video %.2f s for %d frames (%.1f ms/frame:"
                    + " decode, draw, %s encode)%n", seconds, written.frames(), 1000 * seconds / written.frames(),
                    written.encoderName());
        }
        spec.commandLine().getOut().printf(Locale.ROOT, "%s: %d frames, person seen on %d%n  wrote %s%n",
                analysis.video().fileName(), written.frames(), analysis.framesWithPerson(), written.file());
        spec.commandLine().getOut().flush();
        return ExitCodes.OK;
    }

    /** A wrong output name or folder is reported before the (long) analysis, not after it. */
    private void checkOutput() throws OutputFileException {
        if (!out.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".mp4")) {
            throw new ParameterException(spec.commandLine(), "--out takes a file name ending in .mp4, not '" + out
                    + "'");
        }
        Path dir = out.toAbsolutePath().normalize().getParent();
        if (Files.isDirectory(out)) {
            throw new OutputFileException(out, "it is a folder. Give a file name ending in .mp4", null);
        }
        if (!Files.isDirectory(dir)) {
            throw new OutputFileException(out, "the folder " + dir + " does not exist. Create it or choose another"
                    + " with --out", null);
        }
        if (!Files.isWritable(dir)) {
            throw new OutputFileException(out, "the folder " + dir + " is not writable. Choose another with --out",
                    null);
        }
    }
}
