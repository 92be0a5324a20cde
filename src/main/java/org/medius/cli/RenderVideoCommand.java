package org.medius.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.medius.analysis.Analysis;
import org.medius.export.OutputFileException;
import org.medius.export.overlay.OverlayVideo;
import org.medius.model.MediusException;
import org.medius.export.OutputLock;
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

    @picocli.CommandLine.Mixin
    AnalysisOptions how;

    @Option(names = "--timing",
            description = "Print on stderr how long drawing and encoding the video took per frame (the pose model"
                    + " excluded).")
    boolean timing;

    @Option(names = "--progress", negatable = true, defaultValue = "true", fallbackValue = "true",
            description = "Show a progress bar on stderr when it is a terminal (default: ${DEFAULT-VALUE}).")
    boolean progress;

    @Override
    public Integer call() throws MediusException {
        checkOutput();
        Path folder = out.toAbsolutePath().getParent();
        String name = out.getFileName().toString();
        try (OutputLock lock = OutputLock.acquire(folder, name, name, "--out", java.util.List.of(name))) {
            return render();
        }
    }

    private Integer render() throws MediusException {
        boolean showBar = progress && ProgressBar.terminalAttached();
        ProgressBar analysisBar = new ProgressBar(spec.commandLine().getErr(), showBar);
        Analysis analysis = how.analyse(video, analysisBar);
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
