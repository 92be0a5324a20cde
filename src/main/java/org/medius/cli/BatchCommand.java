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
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.medius.analysis.Analysis;
import org.medius.analysis.AnalysisCancelledException;
import org.medius.analysis.AnalysisRunner;
import org.medius.analysis.AnalysisSettings;
import org.medius.analysis.MarkerMode;
import org.medius.analysis.Progress;
import org.medius.export.AnalysisFiles;
import org.medius.export.AtomicFiles;
import org.medius.export.BatchSummaryCsv;
import org.medius.export.CohortOverviewHtml;
import org.medius.export.HeightCalibration;
import org.medius.export.OutputFileException;
import org.medius.export.OutputFolder;
import org.medius.export.OutputLock;
import org.medius.export.VideoOverview;
import org.medius.model.MoveNetVariant;
import org.medius.model.Task;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code medius batch DIR|GLOB --out DIR}: analyses many videos with the same settings, writes each one's files,
 * one summary table (a row per video and side) and a cohort overview page. Goes on past a bad file and lists the
 * failures at the end, exiting with {@link ExitCodes#SOME_FAILED}.
 * <p>
 * Resuming: each finished video leaves a record ({@link FinishedVideo}), written atomically after its outputs.
 * Run again with the same --out, the batch skips the videos whose record is current (same content, same
 * settings, outputs present) and analyses the rest; summary.csv and overview.html are rebuilt from the records,
 * so every video appears once. A cancelled analysis stops the batch with {@link ExitCodes#CANCELLED}; what was
 * finished stays finished.
 */
@Command(name = "batch", mixinStandardHelpOptions = true,
        description = "Analyses every video in a folder (or matching a glob such as 'data/*.mp4') with the same"
                + " settings. Writes VIDEO-NAME.csv/.json (and .trc/.mot if asked) per video, summary.csv (one row"
                + " per video and side: medians of pelvic obliquity, knee FPPA and FPKD, hip adduction, trunk lean)"
                + " and overview.html (the cohort at a glance) into the output folder. A video that fails is listed"
                + " at the end and the others go on. Run again with the same --out to resume: videos already"
                + " analysed with the same settings, and unchanged since, are skipped.")
final class BatchCommand implements Callable<Integer> {
    static final Set<String> VIDEO_EXTENSIONS = Set.of("mp4", "mov", "m4v", "avi", "mkv", "webm");

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "DIR|GLOB", description = "A folder of videos, or a glob such as data/*.mp4.")
    String input;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Output folder (must exist).")
    Path out;

    @Option(names = "--task", defaultValue = "walk", paramLabel = "walk|run|squat|lunge|single-leg-squat|stance",
            converter = OptionConverters.TaskConverter.class, description = "What the people do. Default: ${DEFAULT-VALUE}.")
    Task task;

    @Option(names = {"-m", "--model"}, defaultValue = "thunder", paramLabel = "thunder|lightning",
            description = "Pose model. Default: ${DEFAULT-VALUE}.")
    MoveNetVariant model;

    @Option(names = "--format", defaultValue = "csv,json", split = ",", paramLabel = "csv,json,trc,mot",
            description = "Per-video output formats (docs/data-dictionary.md). Default: ${DEFAULT-VALUE}.")
    Set<AnalysisFiles.Format> formats = EnumSet.noneOf(AnalysisFiles.Format.class);

    @Option(names = "--height-m", paramLabel = "METRES",
            description = "Standing height in metres, for TRC files in metres (one height for every video).")
    Double heightM;

    @Option(names = "--markers", defaultValue = "none", paramLabel = "none|pelvis",
            converter = AnalysisOptions.MarkerModeConverter.class,
            description = "pelvis: every video shows two round high-contrast skin markers on the pelvis (both ASIS,"
                    + " filmed from the front, or both PSIS, from behind); pelvic obliquity and CPD are read from the"
                    + " line between them wherever they are found, and from the hip keypoints elsewhere (the"
                    + " per-frame column pelvis_source says which). As for analyze; guide: docs/markers.md."
                    + " Default: ${DEFAULT-VALUE}.")
    MarkerMode markers;

    @Option(names = "--progress", negatable = true, defaultValue = "true", fallbackValue = "true",
            description = "Show a progress bar per video on stderr when it is a terminal (default: ${DEFAULT-VALUE}).")
    boolean progress;

    /** The per-video analysis; null: the pose model, loaded when the first video needs it. */
    private final VideoAnalysisFunction analysis;

    BatchCommand() {
        this(null);
    }

    /** For tests: a batch whose videos are analysed by {@code analysis} instead of the pose model. */
    BatchCommand(VideoAnalysisFunction analysis) {
        this.analysis = analysis;
    }

    /** The settings every video of the batch is analysed with (the built-in reference table). */
    AnalysisSettings settings() {
        return AnalysisSettings.defaults(task).withMarkers(markers);
    }

    /** What a video's outcome depends on besides its content; a record made with other settings is not reused. */
    private String settingsKey() {
        return "medius " + Versions.medius() + "; task " + task.cliName() + "; model " + model + "; markers " + markers.cliName()
                + "; formats " + new java.util.TreeSet<>(formats) + "; height-m " + (heightM == null ? "none" : heightM);
    }

    @Override
    public Integer call() throws IOException, OutputFileException {
        OutputFolder.check(out, "--out");
        List<Path> videos = videos(input);
        List<String> names = new ArrayList<>(List.of("summary.csv", "overview.html"));
        for (Path v : videos) {
            String file = String.valueOf(v.getFileName());
            names.addAll(AnalysisFiles.names(AnalysisFiles.stem(file)));
            names.add(file + ".batch.json");
        }
        try (OutputLock lock = OutputLock.acquire(out, "batch", "a batch", "--out", names)) {
            return runBatch(videos);
        }
    }

    private Integer runBatch(List<Path> videos) throws IOException, OutputFileException {
        Optional<HeightCalibration> calibration = AnalyzeCommand.heightCalibration(spec.commandLine(), heightM);
        PrintWriter o = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (videos.isEmpty()) {
            err.println("medius: no video found in " + input + " (looked for " + String.join(", ", VIDEO_EXTENSIONS) + ").");
            return ExitCodes.BAD_VIDEO;
        }
        String settingsKey = settingsKey();
        List<String> rows = new ArrayList<>();
        List<VideoOverview> overview = new ArrayList<>();
        List<String> failures = new ArrayList<>();
        int skipped = 0;
        try (LazyAnalysis analyser = new LazyAnalysis(analysis, model, settings())) {
            for (int i = 0; i < videos.size(); i++) {
                Path v = videos.get(i);
                FinishedVideo done = FinishedVideo.readIfCurrent(out, v, settingsKey);
                if (done != null) {
                    o.printf(Locale.ROOT, "[%d/%d] %s: already analysed, skipped%n", i + 1, videos.size(), v);
                    o.flush();
                    rows.addAll(done.summaryRows());
                    overview.add(done.overview());
                    skipped++;
                    continue;
                }
                o.printf(Locale.ROOT, "[%d/%d] %s%n", i + 1, videos.size(), v);
                o.flush();
                analyser.load(); // outside the per-video catch: a missing model stops the batch with its own message
                ProgressBar bar = new ProgressBar(err, progress && ProgressBar.terminalAttached());
                try {
                    Analysis a = analyser.analyse(v, videoProgress(bar, i + 1, videos.size()));
                    bar.finish();
                    List<Path> written = AnalysisFiles.write(a, out, formats, calibration);
                    FinishedVideo record = FinishedVideo.of(v, settingsKey, written, BatchSummaryCsv.rows(a), VideoOverview.of(a));
                    record.write(out, v); // last: its presence means every output above is complete
                    rows.addAll(record.summaryRows());
                    overview.add(record.overview());
                } catch (AnalysisCancelledException cancelled) {
                    err.println("medius: the batch was cancelled at " + v.getFileName() + ". The videos finished so far"
                            + " are kept; run the same command again to go on from there.");
                    err.flush();
                    return ExitCodes.CANCELLED;
                } catch (Exception e) { // one bad video must not stop the batch; each failure is reported
                    String message = e.getMessage() == null ? e.toString() : e.getMessage();
                    failures.add(v + ": " + message);
                    rows.add(BatchSummaryCsv.failureRow(v, message));
                    overview.add(VideoOverview.failed(v.getFileName().toString(), message));
                    err.println("medius: " + message);
                }
            }
        }
        Path summary = out.resolve("summary.csv");
        AtomicFiles.writeText(summary, w -> {
            w.write(BatchSummaryCsv.HEADER + "\n");
            for (String r : rows) {
                w.write(r + "\n");
            }
        });
        Path page = out.resolve("overview.html");
        CohortOverviewHtml.write(overview, page);
        o.printf(Locale.ROOT, "%d of %d videos analysed, skipped %d already analysed; summary: %s; overview: %s%n",
                videos.size() - failures.size(), videos.size(), skipped, summary, page);
        if (!failures.isEmpty()) {
            o.println("Failed:");
            failures.forEach(f -> o.println("  " + f));
        }
        o.flush();
        return failures.isEmpty() ? ExitCodes.OK : ExitCodes.SOME_FAILED;
    }

    /** Progress of one video, its stage prefixed with "video 3 of 12". */
    private static Progress videoProgress(ProgressBar bar, int number, int count) {
        String prefix = String.format(Locale.ROOT, "video %d of %d: ", number, count);
        return new Progress() {
            @Override
            public void update(String stage, double fraction) {
                bar.update(prefix + stage, fraction);
            }

            @Override
            public boolean cancelled() {
                return bar.cancelled();
            }
        };
    }

    /** The injected analysis, or the front door with the pose model loaded on first use (a batch of finished videos loads nothing). */
    private static final class LazyAnalysis implements AutoCloseable {
        private final VideoAnalysisFunction injected;
        private final AnalysisSettings settings;
        private final AnalysisRunner runner;

        LazyAnalysis(VideoAnalysisFunction injected, MoveNetVariant variant, AnalysisSettings settings) {
            this.injected = injected;
            this.settings = settings;
            this.runner = AnalysisRunner.of(variant, Versions.medius());
        }

        /** Loads the pose model unless it is loaded or an analysis was injected. */
        void load() {
            if (injected == null) {
                runner.loadModel();
            }
        }

        Analysis analyse(Path video, Progress progress) throws Exception {
            if (injected != null) {
                return injected.analyse(video, settings, progress);
            }
            return runner.analyse(video, null, settings, progress).analysis();
        }

        @Override
        public void close() {
            runner.close();
        }
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

}
