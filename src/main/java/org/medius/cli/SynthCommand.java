package org.medius.cli;

import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.medius.events.View;
import org.medius.export.OutputFileException;
import org.medius.export.SyntheticClipFile;
import org.medius.model.Side;
import org.medius.synth.PerSide;
import org.medius.synth.SynthScenario;
import org.medius.synth.SyntheticTrack;
import org.medius.synth.render.PelvisMarkers;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code medius synth TASK --out FILE.mp4}: a rendered clip with known truth, and its truth CSV. */
@Command(name = "synth", mixinStandardHelpOptions = true,
        description = "Renders a synthetic person (a shaded 3D figure, orthographic camera, seen from behind or in"
                + " front) walking or running on the spot, doing forward lunges or single-leg squats (on the leg given"
                + " with --leg), or standing on one leg then the other (stance: the Trendelenburg test; --drop-deg"
                + " LEFT,RIGHT per stance leg), with the pelvic drop, knee valgus, trunk lean and camera roll you prescribe."
                + " Writes FILE.mp4 (H.264) and FILE.truth.csv: per frame the true image position of the 17 keypoints"
                + " and the true angles. Deterministic: the same options give the same frames.")
final class SynthCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "walk|run|lunge|alternating-lunge|single-leg-squat|stance",
            converter = TaskConverter.class,
            description = "The motion.")
    SynthScenario.Task task;

    @Option(names = "--out", required = true, paramLabel = "FILE.mp4",
            description = "The video to write (its folder must exist; an existing file is replaced).")
    Path out;

    @Option(names = "--view", defaultValue = "posterior", paramLabel = "posterior|anterior",
            converter = ViewConverter.class, description = "Where the camera stands. Default: ${DEFAULT-VALUE}.")
    View view;

    @Option(names = "--fps", defaultValue = "30", description = "Frame rate. Default: ${DEFAULT-VALUE}.")
    double fps;

    @Option(names = "--seconds", defaultValue = "6",
            description = "Approximate length; the clip holds whole steps or repetitions. Default: ${DEFAULT-VALUE}.")
    double seconds;

    @Option(names = "--leg", defaultValue = "left", paramLabel = "left|right", converter = SideConverter.class,
            description = "The working leg of a lunge (the one that steps forward; alternating lunges start with it) or a"
                    + " single-leg squat (the one"
                    + " stood on). Default: ${DEFAULT-VALUE}.")
    Side leg;

    @Option(names = "--drop-deg", defaultValue = "6", paramLabel = "DEG|LEFT,RIGHT",
            description = "Contralateral pelvic drop at each stance (walk, run, single-leg squat, the holds of stance: the"
                    + " free side lower), degrees; one number"
                    + " for both sides, or LEFT,RIGHT per stance side, e.g. 3,9. Default: ${DEFAULT-VALUE}.")
    String dropDeg;

    @Option(names = "--valgus-deg", defaultValue = "10", paramLabel = "DEG|LEFT,RIGHT",
            description = "Knee FPPA (valgus +) at each stance or bottom, degrees; one number or LEFT,RIGHT."
                    + " Default: ${DEFAULT-VALUE}.")
    String valgusDeg;

    @Option(names = "--lean-deg", defaultValue = "0", paramLabel = "DEG|LEFT,RIGHT",
            description = "Trunk lean towards the stance side, degrees; one number or LEFT,RIGHT per stance side (a"
                    + " lunge or single-leg squat uses its leg's). Default: ${DEFAULT-VALUE}.")
    String leanDeg;

    @Option(names = "--roll-deg", defaultValue = "0",
            description = "Camera roll, degrees (+ = scene turned clockwise). Default: ${DEFAULT-VALUE}.")
    double rollDeg;

    @Option(names = "--size", defaultValue = "640x480", paramLabel = "WIDTHxHEIGHT",
            description = "Image size in pixels. Default: ${DEFAULT-VALUE}.")
    String size;

    @Option(names = "--markers", description = "Put two round skin markers on the pelvis, as a clinician does to"
            + " measure pelvic drop: on both ASIS (anterior view) or both PSIS (posterior view), about 4 cm across;"
            + " the truth file gains their true image positions. Analyse with `medius analyze --markers pelvis`.")
    boolean markers;

    @Option(names = "--marker-colour", defaultValue = "FF00FF", paramLabel = "RRGGBB",
            description = "The markers' colour as hex RGB. Default: ${DEFAULT-VALUE} (magenta).")
    String markerColour;

    @Override
    public Integer call() throws OutputFileException {
        String name = out.getFileName().toString();
        if (!name.toLowerCase(Locale.ROOT).endsWith(".mp4")) {
            throw new ParameterException(spec.commandLine(), "--out takes a file name ending in .mp4, not '" + out
                    + "'");
        }
        int[] wh = parseSize();
        SynthScenario scenario;
        SyntheticTrack track;
        try {
            scenario = new SynthScenario(task, view, leg, fps, seconds, perSide("--drop-deg", dropDeg),
                    perSide("--valgus-deg", valgusDeg), perSide("--lean-deg", leanDeg), rollDeg, wh[0], wh[1]);
            track = scenario.track();
        } catch (IllegalArgumentException | IllegalStateException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
        Path truthFile = SyntheticClipFile.write(track, out, wh[0], wh[1], fps, markers
                ? new PelvisMarkers(parseColour(), PelvisMarkers.DIAMETER) : null);
        spec.commandLine().getOut().printf(Locale.ROOT, "%d frames, %.2f s%n  wrote %s%n  wrote %s%n",
                track.truth().noiseFreeFrames().size(), track.truth().noiseFreeFrames().size() / fps,
                out.toAbsolutePath().normalize(), truthFile.toAbsolutePath().normalize());
        spec.commandLine().getOut().flush();
        return ExitCodes.OK;
    }

    /** "6" for both sides or "3,9" for left, right. */
    private PerSide perSide(String option, String value) {
        String[] parts = value.split(",");
        try {
            if (parts.length == 1) {
                return PerSide.both(finite(parts[0]));
            }
            if (parts.length == 2) {
                return new PerSide(finite(parts[0]), finite(parts[1]));
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new ParameterException(spec.commandLine(), option + " takes degrees, one number for both sides or"
                + " LEFT,RIGHT, e.g. 6 or 3,9, not '" + value + "'");
    }

    private static double finite(String text) {
        double v = Double.parseDouble(text.strip());
        if (!Double.isFinite(v)) {
            throw new NumberFormatException(text);
        }
        return v;
    }

    private int parseColour() {
        String hex = markerColour.strip();
        if (hex.startsWith("#")) {
            hex = hex.substring(1);
        }
        if (hex.matches("[0-9a-fA-F]{6}")) {
            return Integer.parseInt(hex, 16);
        }
        throw new ParameterException(spec.commandLine(), "--marker-colour takes a hex colour RRGGBB, e.g. FF00FF,"
                + " not '" + markerColour + "'");
    }

    private int[] parseSize() {
        String[] parts = size.toLowerCase(Locale.ROOT).split("x");
        try {
            if (parts.length == 2) {
                int w = Integer.parseInt(parts[0].strip());
                int h = Integer.parseInt(parts[1].strip());
                if (w >= 16 && h >= 16 && w % 2 == 0 && h % 2 == 0) {
                    return new int[] {w, h};
                }
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new ParameterException(spec.commandLine(), "--size takes WIDTHxHEIGHT with even numbers of at least 16,"
                + " e.g. 640x480, not '" + size + "'");
    }

    static final class TaskConverter implements picocli.CommandLine.ITypeConverter<SynthScenario.Task> {
        @Override
        public SynthScenario.Task convert(String value) {
            try {
                return SynthScenario.Task.valueOf(value.strip().toUpperCase(Locale.ROOT).replace('-', '_'));
            } catch (IllegalArgumentException e) {
                throw new picocli.CommandLine.TypeConversionException("expected walk, run, lunge, alternating-lunge,"
                        + " single-leg-squat or stance,"
                        + " not '" + value + "'");
            }
        }
    }

    static final class SideConverter implements picocli.CommandLine.ITypeConverter<Side> {
        @Override
        public Side convert(String value) {
            return switch (value.strip().toLowerCase(Locale.ROOT)) {
                case "left" -> Side.LEFT;
                case "right" -> Side.RIGHT;
                default -> throw new picocli.CommandLine.TypeConversionException("expected left or right, not '"
                        + value + "'");
            };
        }
    }

    static final class ViewConverter implements picocli.CommandLine.ITypeConverter<View> {
        @Override
        public View convert(String value) {
            return switch (value.strip().toLowerCase(Locale.ROOT)) {
                case "posterior" -> View.POSTERIOR;
                case "anterior" -> View.ANTERIOR;
                default -> throw new picocli.CommandLine.TypeConversionException("expected posterior or anterior, not '"
                        + value + "'");
            };
        }
    }
}
