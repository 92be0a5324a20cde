package org.medius.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.medius.analysis.AngleSummary;
import org.medius.kinematics.Side;
import org.medius.analysis.Analysis;
import org.medius.analysis.AnalysisSettings;
import org.medius.analysis.Progress;
import org.medius.model.Task;
import org.medius.analysis.VideoAnalyzer;
import org.medius.export.AnalysisFiles;
import org.medius.export.AtomicFiles;
import org.medius.export.OutputFileException;
import org.medius.pose.MoveNetModel;
import org.medius.pose.SubjectTracker;
import org.medius.pose.MoveNetVariant;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code medius batch DIR|GLOB --out DIR}: analyses many videos with the same settings, writes each one's CSV
 * and JSON, and one summary table (a row per video and side). Goes on past a bad file and lists the failures at
 * the end, exiting with {@link ExitCodes#SOME_FAILED}.
 */
@Command(name = "batch", mixinStandardHelpOptions = true,
        description = "Analyses every video in a folder (or matching a glob such as 'data/*.mp4') with the same"
                + " settings. Writes VIDEO-NAME.csv/.json per video and summary.csv (one row per video and side:"
                + " medians of pelvic obliquity, knee FPPA and FPKD, hip adduction, trunk lean) into the output"
                + " folder. A video that fails is listed at the end and the others go on.")
final class BatchCommand implements Callable<Integer> {
    static final Set<String> VIDEO_EXTENSIONS = Set.of("mp4", "mov", "m4v", "avi", "mkv", "webm");

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "DIR|GLOB", description = "A folder of videos, or a glob such as data/*.mp4.")
    String input;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Output folder (must exist).")
    Path out;

    @Option(names = "--task", defaultValue = "walk", paramLabel = "walk|run|squat|lunge|single-leg-squat",
            converter = AnalyzeCommand.TaskConverter.class, description = "What the people do. Default: ${DEFAULT-VALUE}.")
    Task task;

    @Option(names = {"-m", "--model"}, defaultValue = "thunder", paramLabel = "thunder|lightning",
            description = "Pose model. Default: ${DEFAULT-VALUE}.")
    MoveNetVariant model;

    @Option(names = "--format", defaultValue = "csv,json", split = ",", paramLabel = "csv,json",
            description = "Per-video output formats. Default: ${DEFAULT-VALUE}.")
    Set<AnalysisFiles.Format> formats = EnumSet.noneOf(AnalysisFiles.Format.class);

    @Override
    public Integer call() throws IOException, OutputFileException {
        if (!Files.isDirectory(out)) {
            throw new OutputFileException(out, "the output folder does not exist. Create it or choose another with --out", null);
        }
        List<Path> videos = videos(input);
        PrintWriter o = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (videos.isEmpty()) {
            err.println("medius: no video found in " + input + " (looked for " + String.join(", ", VIDEO_EXTENSIONS) + ").");
            return ExitCodes.BAD_VIDEO;
        }
        List<String> rows = new ArrayList<>();
        List<String> failures = new ArrayList<>();
        AnalysisSettings settings = AnalysisSettings.defaults(task);
        try (SubjectTracker tracker = new SubjectTracker(MoveNetModel.load(model), true)) {
            for (int i = 0; i < videos.size(); i++) {
                Path v = videos.get(i);
                o.printf(Locale.ROOT, "[%d/%d] %s%n", i + 1, videos.size(), v);
                o.flush();
                try {
                    Analysis a = VideoAnalyzer.analyse(v, tracker, Versions.medius(), settings, Progress.NONE);
                    AnalysisFiles.write(a, out, formats);
                    rows.addAll(summaryRows(a));
                } catch (Exception e) { // one bad video must not stop the batch; each failure is reported
                    String message = e.getMessage() == null ? e.toString() : e.getMessage();
                    failures.add(v + ": " + message);
                    rows.add(failureRow(v, message));
                    err.println("medius: " + message);
                }
            }
        }
        Path summary = out.resolve("summary.csv");
        AtomicFiles.writeText(summary, w -> {
            w.write(SUMMARY_HEADER + "\n");
            for (String r : rows) {
                w.write(r + "\n");
            }
        });
        o.printf(Locale.ROOT, "%d of %d videos analysed; summary: %s%n", videos.size() - failures.size(), videos.size(), summary);
        if (!failures.isEmpty()) {
            o.println("Failed:");
            failures.forEach(f -> o.println("  " + f));
        }
        o.flush();
        return failures.isEmpty() ? ExitCodes.OK : ExitCodes.SOME_FAILED;
    }

    static List<Path> videos(String input) throws IOException {
        Path asPath = Path.of(input);
        if (Files.isDirectory(asPath)) {
            try (Stream<Path> s = Files.list(asPath)) {
                return s.filter(BatchCommand::isVideo).sorted().toList();
            }
        }
        Path dir = asPath.getParent() == null ? Path.of(".") : asPath.getParent();
        PathMatcher m = FileSystems.getDefault().getPathMatcher("glob:" + asPath.getFileName());
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> m.matches(p.getFileName()) && Files.isRegularFile(p)).sorted().toList();
        }
    }

    private static boolean isVideo(Path p) {
        String n = p.getFileName().toString().toLowerCase(Locale.ROOT);
        int dot = n.lastIndexOf('.');
        return Files.isRegularFile(p) && dot > 0 && VIDEO_EXTENSIONS.contains(n.substring(dot + 1));
    }

    static final String SUMMARY_HEADER = "video,side,status,frames,frames_with_person,view,roll_deg,"
            + "pelvic_obliquity_median_deg,knee_fppa_median_deg,knee_fpkd_median,hip_adduction_median_deg,"
            + "trunk_lean_towards_left_median_deg,steps,cadence_steps_per_min,repetitions,side_events,"
            + "cpd_event_median_deg,cpd_event_q1_deg,cpd_event_q3_deg,fppa_event_median_deg,trunk_lean_event_median_deg,"
            + "weakness_score,weakness_score_uncertain,message";

    static List<String> summaryRows(Analysis a) {
        AngleSummary s = AngleSummary.of(a);
        String common = String.format(Locale.ROOT, "%s,%%s,ok,%d,%d,%s,%.2f,%s", csv(a.video().fileName()),
                a.frames().size(), a.framesWithPerson(), a.view().overall().name().toLowerCase(Locale.ROOT),
                a.roll().rollDeg(), num(s.pelvicObliquityDeg()));
        String warnings = csv(String.join(" ", a.warnings()));
        return List.of(
                String.format(common, "left") + "," + num(s.kneeFppaLeftDeg()) + "," + num(s.kneeFpkdLeft()) + ","
                        + num(s.hipAdductionLeftDeg()) + "," + num(s.trunkLeanTowardsLeftDeg()) + ","
                        + eventColumns(a, Side.LEFT) + "," + warnings,
                String.format(common, "right") + "," + num(s.kneeFppaRightDeg()) + "," + num(s.kneeFpkdRight()) + ","
                        + num(s.hipAdductionRightDeg()) + "," + num(s.trunkLeanTowardsLeftDeg()) + ","
                        + eventColumns(a, Side.RIGHT) + "," + warnings);
    }

    /** Steps, cadence, repetitions, then the side's event count, per-event medians and weakness score. */
    private static String eventColumns(Analysis a, Side side) {
        var ev = a.events();
        var sum = a.score().summary(side);
        var score = a.score().score(side);
        return String.join(",", String.valueOf(ev.stepCount()), num(ev.cadenceStepsPerMin(), "%.2f"),
                String.valueOf(ev.repetitionCount()), String.valueOf(sum.eventCount()),
                num(sum.cpd().median(), "%.3f"), num(sum.cpd().q1(), "%.3f"), num(sum.cpd().q3(), "%.3f"),
                num(sum.fppa().median(), "%.3f"), num(sum.trunkLean().median(), "%.3f"),
                num(score.score(), "%.1f"), Double.isNaN(score.score()) ? "" : String.valueOf(score.uncertain() ? 1 : 0));
    }

    private static String num(double v, String format) {
        return Double.isFinite(v) ? String.format(Locale.ROOT, format, v) : "";
    }

    private static String failureRow(Path v, String message) {
        int empty = SUMMARY_HEADER.split(",").length - 4; // video, side, status ... message
        return csv(v.getFileName().toString()) + ",,failed," + ",".repeat(empty) + csv(message);
    }

    private static String num(AngleSummary.Stat s) {
        return s.count() == 0 ? "" : String.format(Locale.ROOT, "%.3f", s.median());
    }

    static String csv(String s) {
        return org.medius.export.CsvFields.quote(s);
    }
}
