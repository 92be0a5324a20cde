package org.medius.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.medius.analysis.Analysis;
import org.medius.analysis.AnalysisRunner;
import org.medius.analysis.AnalysisSettings;
import org.medius.export.AnalysisJsonReader;
import org.medius.export.OutputFileException;
import org.medius.export.overlay.KeyFramePictures;
import org.medius.export.report.ClinicalReport;
import org.medius.export.report.KeyFrames;
import org.medius.export.report.ReportFields;
import org.medius.model.MediusException;
import org.medius.model.MoveNetVariant;
import org.medius.model.Sex;
import org.medius.model.Task;
import org.medius.export.OutputLock;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code medius report INPUT --out report.pdf}: the clinical PDF report of a video or of an analysis JSON. */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = "Writes a one- or two-page PDF report for a clinician: the recording, the weakness score per"
                + " side with its sources, the per-side medians and right - left differences, the angles over time,"
                + " key frames, notes and camera-setup advice. INPUT is a video (analysed as medius analyze does) or"
                + " the ANALYSIS.json that medius analyze wrote (read back without the pose model).")
final class ReportCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "INPUT", description = "A video file, or an analysis JSON of medius analyze.")
    Path input;

    @Option(names = "--out", required = true, paramLabel = "report.pdf",
            description = "The PDF to write (its folder must exist; written atomically).")
    Path out;

    @Option(names = "--task", paramLabel = "walk|run|squat|lunge|single-leg-squat|stance",
            converter = OptionConverters.TaskConverter.class,
            description = "What the person does. For a video the default is walk; for a JSON, the task it was"
                    + " analysed with (giving one re-runs the analysis with it).")
    Task task;

    @Option(names = "--sex", paramLabel = "female|male|unknown", converter = OptionConverters.SexConverter.class,
            description = "The person's sex, for sex-specific reference values. Default: unknown for a video, the"
                    + " saved one for a JSON.")
    Sex sex;

    @Option(names = "--subject-id", paramLabel = "TEXT", description = "The person's name or study ID.")
    String subjectId;

    @Option(names = "--date", paramLabel = "YYYY-MM-DD", description = "The date of the session.")
    String date;

    @Option(names = "--complaint-side", paramLabel = "left|right|both|none",
            description = "The side of the complaint.")
    ComplaintSide complaintSide;

    @Option(names = "--notes", paramLabel = "TEXT", description = "Free text printed in the report header.")
    String notes;

    @Option(names = {"-m", "--model"}, defaultValue = "thunder", paramLabel = "thunder|lightning",
            description = "Pose model for a video: thunder (more accurate, default) or lightning (faster).")
    MoveNetVariant model;

    @Option(names = "--progress", negatable = true, defaultValue = "true", fallbackValue = "true",
            description = "Show a progress bar on stderr when it is a terminal (default: ${DEFAULT-VALUE}).")
    boolean progress;

    /** The side of complaint, as the report prints it. */
    enum ComplaintSide { LEFT, RIGHT, BOTH, NONE }

    @Override
    public Integer call() throws MediusException {
        if (date != null) {
            try {
                LocalDate.parse(date);
            } catch (DateTimeParseException e) {
                throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--date must be YYYY-MM-DD, not '"
                        + date + "'");
            }
        }
        Path folder = out.toAbsolutePath().getParent();
        if (!Files.isDirectory(folder)) {
            throw new OutputFileException(out, "the folder " + folder + " does not exist. Create it or choose another"
                    + " --out", null);
        }
        String name = out.getFileName().toString();
        try (OutputLock lock = OutputLock.acquire(folder, name, name, "--out", java.util.List.of(name))) {
            return writeReport();
        }
    }

    private Integer writeReport() throws MediusException {
        boolean json = input.getFileName() != null
                && input.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".json");
        Analysis analysis = json ? fromJson() : fromVideo();
        ReportFields fields = new ReportFields(subjectId, date,
                complaintSide == null ? null : complaintSide.name().toLowerCase(Locale.ROOT), notes);
        Path video = json ? videoBeside(input, analysis) : input;
        KeyFramePictures pictures = video == null ? null : new KeyFramePictures(analysis, video);
        ClinicalReport.write(analysis, fields, pictures == null ? KeyFrames.none() : pictures::frameWithSkeleton, out);
        var o = spec.commandLine().getOut();
        o.printf(Locale.ROOT, "%s: task %s, %s%n", analysis.video().fileName(), analysis.settings().task().cliName(),
                json ? "read from the analysis file" : "analysed with " + analysis.model());
        if (video == null) {
            o.println("  no key-frame pictures: the video " + analysis.video().fileName() + " is not beside "
                    + input.getFileName());
        } else if (pictures.lastFailure().isPresent()) {
            o.println("  no key-frame pictures: " + pictures.lastFailure().get());
        }
        o.println("  wrote " + out);
        o.flush();
        return ExitCodes.OK;
    }

    /** The analysed video when it lies beside its analysis file under its recorded name; else null. */
    static Path videoBeside(Path json, Analysis analysis) {
        Path folder = json.toAbsolutePath().getParent();
        Path candidate = folder == null ? null : folder.resolve(analysis.video().fileName());
        return candidate != null && Files.isRegularFile(candidate) ? candidate : null;
    }

    private Analysis fromVideo() throws MediusException {
        AnalysisSettings settings = AnalysisSettings.defaults(task == null ? Task.WALK : task)
                .withSex(sex == null ? Sex.UNKNOWN : sex);
        ProgressBar bar = new ProgressBar(spec.commandLine().getErr(), progress && ProgressBar.terminalAttached());
        Analysis analysis;
        try (AnalysisRunner runner = AnalysisRunner.of(model, Versions.medius())) {
            analysis = runner.analyse(input, null, settings, bar).analysis();
        }
        bar.finish();
        return analysis;
    }

    /** Reads the analysis back; a task or sex given here re-runs the pipeline on its poses with them. */
    private Analysis fromJson() throws MediusException {
        Analysis saved = AnalysisJsonReader.read(input);
        if (task == null && sex == null) {
            return saved;
        }
        AnalysisSettings s = saved.settings();
        return AnalysisRunner.rerun(saved, s.withTask(task == null ? s.task() : task)
                .withSex(sex == null ? s.sex() : sex));
    }
}
