package org.medius.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import org.medius.analysis.Analysis;
import org.medius.analysis.AnalysisRunner;
import org.medius.analysis.AnalysisSettings;
import org.medius.analysis.AngleSummary;
import org.medius.export.AnalysisFiles;
import org.medius.export.HeightCalibration;
import org.medius.export.OutputFileException;
import org.medius.export.OutputFolder;
import org.medius.export.OutputLock;
import org.medius.export.SummaryText;
import org.medius.model.MediusException;
import org.medius.model.Task;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code medius analyze VIDEO}: per-frame pelvic obliquity, knee FPPA/FPKD, trunk lean and hip adduction. */
@Command(name = "analyze", mixinStandardHelpOptions = true,
        description = "Finds the person in VIDEO, filters the keypoints (confidence gate, short-gap fill, Hampel,"
                + " zero-lag Butterworth on the real timestamps) and computes per-frame pelvic obliquity, knee"
                + " frontal-plane projection angle (FPPA) and displacement (FPKD), trunk lean and hip adduction."
                + " Writes VIDEO-NAME.csv and/or VIDEO-NAME.json into the output folder and prints a short summary."
                + " Angle definitions and signs: docs/measurement.md.")
final class AnalyzeCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "VIDEO", description = "Video file (mp4, mov, avi, mkv, webm).")
    Path video;

    @picocli.CommandLine.Mixin
    AnalysisOptions how;

    @Option(names = "--out", defaultValue = ".", paramLabel = "DIR",
            description = "Output folder (must exist; files are written atomically). Default: the current folder.")
    Path out;

    @Option(names = "--format", defaultValue = "csv,json", split = ",", paramLabel = "csv,json,trc,mot",
            description = "Output formats, comma separated: csv, json, trc (filtered keypoints for OpenSim,"
                    + " y up) and mot (per-frame angles for OpenSim). Columns: docs/data-dictionary.md."
                    + " Default: ${DEFAULT-VALUE}.")
    Set<AnalysisFiles.Format> formats = EnumSet.noneOf(AnalysisFiles.Format.class);

    @Option(names = "--height-m", paramLabel = "METRES",
            description = "The person's standing height in metres: the TRC file is then written in metres"
                    + " (leg length taken as 0.491 of height; an approximate one-plane scale) instead of pixels.")
    Double heightM;

    @Option(names = "--references", paramLabel = "FILE",
            description = "Your own reference table (CSV, the format of docs/score.md) instead of the built-in one.")
    Path references;

    @Option(names = "--timing",
            description = "Print on stderr where the time went: the whole analysis against the pose model's"
                    + " inferences (crop + forward pass) alone.")
    boolean timing;

    @Option(names = "--progress", negatable = true, defaultValue = "true", fallbackValue = "true",
            description = "Show a progress bar on stderr when it is a terminal (default: ${DEFAULT-VALUE}).")
    boolean progress;

    @Override
    public Integer call() throws MediusException {
        OutputFolder.check(out, "--out");
        String name = video.getFileName() == null ? video.toString() : video.getFileName().toString();
        String stem = AnalysisFiles.stem(name);
        try (OutputLock lock = OutputLock.acquire(out, stem, "the results of " + name, "--out",
                AnalysisFiles.names(stem))) {
            return analyseAndWrite();
        }
    }

    private Integer analyseAndWrite() throws MediusException {
        Optional<HeightCalibration> calibration = heightCalibration(spec.commandLine(), heightM);
        AnalysisSettings settings = how.settings();
        if (references != null) { // a bad table is reported before any work
            settings = settings.withReferencesFile(references);
        }
        ProgressBar bar = new ProgressBar(spec.commandLine().getErr(), progress && ProgressBar.terminalAttached());
        AnalysisRunner.Timed run;
        try (AnalysisRunner runner = how.runner()) {
            runner.loadModel(); // loading the model is not part of the analysis's time
            run = runner.analyse(video, how.subject, settings, bar);
        }
        bar.finish();
        Analysis analysis = run.analysis();
        List<Path> written = AnalysisFiles.write(analysis, out, formats, calibration);
        if (timing) {
            AnalysisRunner.Timing t = run.timing();
            spec.commandLine().getErr().printf(Locale.ROOT, "timing: %.2f s for %d frames (%.1f ms/frame): pose model"
                    + " %.2f s in %d inferences (%.1f ms each); everything else (decode, tracking, filters, angles,"
                    + " export) adds %.1f%%%n", t.seconds(), analysis.frames().size(),
                    1000 * t.seconds() / analysis.frames().size(), t.inferenceSeconds(), t.inferences(),
                    1000 * t.inferenceSeconds() / t.inferences(), 100 * (t.seconds() - t.inferenceSeconds())
                            / t.inferenceSeconds());
        }
        printSummary(spec.commandLine().getOut(), analysis, written);
        return ExitCodes.OK;
    }

    /** The calibration of --height-m; a height out of range is a usage error, reported before any work. */
    static Optional<HeightCalibration> heightCalibration(picocli.CommandLine cl, Double heightM) {
        if (heightM == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(new HeightCalibration(heightM));
        } catch (IllegalArgumentException e) {
            throw new picocli.CommandLine.ParameterException(cl,
                    "--height-m: " + e.getMessage());
        }
    }

    private static void printSummary(PrintWriter o, Analysis a, List<Path> written) {
        AngleSummary sum = AngleSummary.of(a);
        o.printf(Locale.ROOT, "%s: %d frames, person seen on %d (%.0f%%), task %s, %s, low-pass %.2f Hz%n",
                a.video().fileName(), a.frames().size(), a.framesWithPerson(),
                100.0 * a.framesWithPerson() / a.frames().size(), a.settings().task().cliName(), a.model(),
                a.effectiveCutoffHz());
        o.printf(Locale.ROOT, "  view %s (confidence %.2f%s)%s%n", a.view().overall().name().toLowerCase(Locale.ROOT),
                a.view().confidence(), a.view().userOverride() ? ", given" : "",
                a.view().changesView() ? "; the view changes during the video, see the JSON" : "");
        o.printf(Locale.ROOT, "  camera roll correction %.1f deg (%s)%n", a.roll().rollDeg(),
                a.roll().source().name().toLowerCase(Locale.ROOT));
        line(o, "pelvic obliquity (+ = left hip lower)", sum.pelvicObliquityDeg());
        line(o, "knee FPPA left  (+ = valgus)", sum.kneeFppaLeftDeg());
        line(o, "knee FPPA right (+ = valgus)", sum.kneeFppaRightDeg());
        line(o, "trunk lean (+ = towards the left)", sum.trunkLeanTowardsLeftDeg());
        var ev = a.events();
        o.printf(Locale.ROOT, "  events: %s%n", ev.method());
        if (a.settings().task().holds()) {
            SummaryText.holds(o, a);
        } else if (a.settings().task().repetitive()) {
            o.printf(Locale.ROOT, "  %d repetition%s%n", ev.repetitionCount(), ev.repetitionCount() == 1 ? "" : "s");
        } else {
            o.printf(Locale.ROOT, "  %d steps, cadence %s%n", ev.stepCount(), Double.isFinite(ev.cadenceStepsPerMin())
                    ? String.format(Locale.ROOT, "%.1f steps/min", ev.cadenceStepsPerMin()) : "n/a");
        }
        for (String w : ev.notes()) {
            o.println("  note: " + w);
        }
        SummaryText.kneeAnkleSeparation(o, a);
        SummaryText.print(o, a.score());
        for (String w : a.warnings()) {
            o.println("  note: " + w);
        }
        for (Path p : written) {
            o.println("  wrote " + p);
        }
        o.flush();
    }

    private static void line(PrintWriter o, String label, AngleSummary.Stat s) {
        o.println(s.count() == 0 ? String.format(Locale.ROOT, "  %-38s n/a", label)
                : String.format(Locale.ROOT, "  %-38s median %.1f deg, range %.1f to %.1f (%d frames)", label,
                        s.median(), s.min(), s.max(), s.count()));
    }
}
