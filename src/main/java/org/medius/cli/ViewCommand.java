package org.medius.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.medius.ui.ViewerApp;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code medius view [VIDEO]}: the viewer. */
@Command(name = "view", mixinStandardHelpOptions = true,
        description = "Opens the viewer: the video with the skeleton and live angles, synchronised plots, the"
                + " results per side and the table of stances or repetitions; corrections (drag a keypoint, pick"
                + " the subject, exclude frames, camera view and roll) with undo, saved as you go. Results are"
                + " cached per video content, so an analysed video opens at once. Needs a display.")
final class ViewCommand implements Callable<Integer> {

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", arity = "0..1", paramLabel = "VIDEO", description = "Video to open (optional).")
    Path video;

    @picocli.CommandLine.Option(names = "--task", paramLabel = "walk|run|squat|lunge|single-leg-squat|stance",
            converter = OptionConverters.TaskConverter.class,
            description = "What the person does (it can be changed in the window). Default: walk, or what was chosen"
                    + " the last time this video was analysed.")
    org.medius.model.Task task;

    @picocli.CommandLine.Option(names = {"-m", "--model"}, paramLabel = "thunder|lightning",
            description = "Pose model: thunder (more accurate, default) or lightning (faster).")
    org.medius.model.MoveNetVariant model;

    @picocli.CommandLine.Option(names = "--sex", paramLabel = "female|male|unknown",
            converter = OptionConverters.SexConverter.class,
            description = "The person's sex, for sex-specific reference values.")
    org.medius.model.Sex sex;

    @Override
    public Integer call() {
        boolean linux = System.getProperty("os.name", "").toLowerCase(java.util.Locale.ROOT).contains("linux");
        if (linux && System.getenv("DISPLAY") == null && System.getenv("WAYLAND_DISPLAY") == null) {
            spec.commandLine().getErr().println("medius: the viewer needs a display, and none was found (DISPLAY"
                    + " is not set). Run it on a desktop, or over ssh with X forwarding (ssh -X).");
            return ExitCodes.USAGE;
        }
        Interruption.uninstall(); // the window has its own Cancel; Ctrl-C in the terminal closes it
        ViewerApp.launch(new ViewerApp.Start(video, task, model, sex), Versions.medius());
        return ExitCodes.OK;
    }
}
