package org.medius.export.report;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.medius.analysis.Analysis;
import org.medius.events.EventDetection;
import org.medius.export.AngleChart;
import org.medius.export.AtomicFiles;
import org.medius.export.OutputFileException;
import org.medius.export.report.PdfPages.Cell;
import org.medius.export.report.PdfPages.Style;
import org.medius.model.Side;
import org.medius.model.Task;
import org.medius.score.Asymmetry;
import org.medius.score.Metric;
import org.medius.score.ScoreComponent;
import org.medius.score.Exercises;
import org.medius.score.ScoreResult;
import org.medius.score.WeaknessScoring;
import org.medius.score.TrendelenburgVerdict;
import org.medius.score.SideScore;

/**
 * The clinical report: one or two A4 pages a clinician can hand over, built from an {@link Analysis} and what the
 * user typed ({@link ReportFields}). It shows only what the analysis holds (docs/score.md): the recording, the
 * weakness score per side with its components and sources, the per-side medians and right - left asymmetries,
 * the angle plot with the events shaded by side, two key frames, the not-a-strength-test statement, the
 * analysis' notes and advice on the camera set-up. The file is written atomically.
 */
public final class ClinicalReport {
    /** What a key-frame box says when {@link KeyFrames} has no picture. */
    public static final String KEY_FRAME_MISSING = "key frame not available: the video was not given";
    static final float BODY_PT = 9.5f;
    static final float SMALL_PT = 8.5f;
    private static final float[] INFO_COLUMNS_PT = {105, PdfPages.CONTENT_WIDTH_PT - 105};
    private static final float[] MEDIAN_COLUMNS_PT = {125, 115, 115, PdfPages.CONTENT_WIDTH_PT - 355};

    private ClinicalReport() {
    }

    /** Writes the report, dated today. */
    public static void write(Analysis analysis, ReportFields fields, KeyFrames keyFrames, Path pdf)
            throws OutputFileException {
        write(analysis, fields, keyFrames, pdf, LocalDate.now());
    }

    /**
     * @param reportDate the date printed as the report's date
     * @throws OutputFileException naming the file and what to do when it cannot be written; no file is left then
     */
    public static void write(Analysis analysis, ReportFields fields, KeyFrames keyFrames, Path pdf,
            LocalDate reportDate) throws OutputFileException {
        AtomicFiles.writeBytes(pdf, out -> {
            try (PDDocument doc = new PDDocument()) {
                build(doc, analysis, fields, keyFrames, reportDate);
                doc.save(out);
            }
        });
    }

    private static void build(PDDocument doc, Analysis a, ReportFields fields, KeyFrames keyFrames, LocalDate date)
            throws IOException {
        PDDocumentInformation info = doc.getDocumentInformation();
        info.setTitle("Medius movement report: " + a.video().fileName());
        info.setCreator("Medius " + a.softwareVersion());
        try (PdfPages pages = new PdfPages(doc)) {
            pages.paragraph("Medius movement report", Style.BOLD, 18, Color.BLACK, 0);
            pages.space(6);
            ReportConclusion.write(pages, a, fields);
            header(pages, a, fields, date);
            medians(pages, a);
            pages.heading("Angles over time", 300);
            pages.image(AngleChart.render(a), 280);
            keyFrames(pages, a, keyFrames);
            notes(pages, a);
            score(pages, a);
            signature(pages);
            pages.footers("Medius " + a.softwareVersion() + " \u00b7 " + a.video().fileName() + " \u00b7 " + date);
        }
    }

    private static void header(PdfPages pages, Analysis a, ReportFields f, LocalDate date) throws IOException {
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"Subject", f.subject().orElse("not given")});
        rows.add(new String[] {"Session date", f.date().orElse(date.toString())});
        rows.add(new String[] {"Side of complaint", f.complaintSide().orElse("not given")});
        f.note().ifPresent(n -> rows.add(new String[] {"Notes", n}));
        rows.add(new String[] {"Video", a.video().fileName()});
        rows.add(new String[] {"Recording", recording(a)});
        rows.add(new String[] {"Task", task(a)});
        rows.add(new String[] {"Analysis", String.format(Locale.ROOT, "report of %s; Medius %s; pose model %s; camera"
                + " view %s", date, a.softwareVersion(), a.model(), a.view().overall().name().toLowerCase(Locale.ROOT)
                .replace('_', ' '))});
        for (String[] r : rows) {
            pages.row(INFO_COLUMNS_PT, List.of(Cell.bold(r[0]), Cell.of(r[1])), BODY_PT, false);
        }
    }

    private static String recording(Analysis a) {
        int n = a.frames().size();
        double duration = a.video().durationSeconds() > 0 ? a.video().durationSeconds()
                : n == 0 ? 0 : a.frames().get(n - 1).timestampSeconds() - a.frames().get(0).timestampSeconds();
        return String.format(Locale.ROOT, "%.1f s, %.1f frames/s, %d \u00d7 %d px; a confident pose on %d of %d"
                + " frames (%.0f%%)", duration, CameraAdvice.frameRateHz(a), a.video().widthPx(), a.video().heightPx(),
                a.framesWithPerson(), n, n == 0 ? 0 : 100.0 * a.framesWithPerson() / n);
    }

    private static String task(Analysis a) {
        Task task = a.settings().task();
        EventDetection e = a.events();
        String name = task.cliName().replace('-', ' ');
        if (task.holds()) {
            int holds = a.eventMeasures().size();
            return String.format(Locale.ROOT, "single-leg stance (Trendelenburg test); %d hold%s on one leg found",
                    holds, holds == 1 ? "" : "s");
        }
        if (task.repetitive()) {
            return String.format(Locale.ROOT, "%s; %d repetition%s found", name, e.repetitionCount(),
                    e.repetitionCount() == 1 ? "" : "s");
        }
        return String.format(Locale.ROOT, "%s; %d steps found, cadence %s", name, e.stepCount(),
                Double.isFinite(e.cadenceStepsPerMin())
                        ? String.format(Locale.ROOT, "%.0f steps/min", e.cadenceStepsPerMin()) : "n/a");
    }

    private static void signature(PdfPages pages) throws IOException {
        pages.heading("Clinician", 60);
        pages.row(INFO_COLUMNS_PT, List.of(Cell.bold("Name"), Cell.of("_______________________________")), BODY_PT,
                false);
        pages.row(INFO_COLUMNS_PT, List.of(Cell.bold("Signature"), Cell.of("_______________________________")),
                BODY_PT, false);
        pages.row(INFO_COLUMNS_PT, List.of(Cell.bold("Date"), Cell.of("_______________")), BODY_PT, false);
    }

    private static void score(PdfPages pages, Analysis a) throws IOException {
        ScoreResult s = a.score();
        pages.heading("Numbers and sources behind the weakness score (0 = no sign of the pattern, 100 = the"
                + " pattern in full)", 60);
        pages.paragraph("Sex used for the reference values: " + s.settings().sex().fileName() + ". Reference table: "
                + s.referenceSource() + ".", Style.REGULAR, SMALL_PT, PdfPages.GREY, 0);
        for (Side side : Side.values()) {
            SideScore sc = s.score(side);
            pages.space(3);
            pages.paragraph(sideName(side) + " side: " + ScoreWording.score(sc), Style.BOLD, 10.5f, Color.BLACK, 0);
            for (ScoreComponent c : sc.components()) {
                ScoreComponent left = s.score(Side.LEFT).component(c.metric());
                boolean sameAsLeft = side == Side.RIGHT && c.status() == left.status() && !c.statusReason().isEmpty()
                        && c.statusReason().equals(left.statusReason());
                pages.bullet(sameAsLeft ? ScoreWording.metricName(c.metric()) + ": not scored, as for the left side."
                        : ScoreWording.component(c, s.task()), SMALL_PT);
            }
        }
        if (!s.trendelenburg().isEmpty()) {
            pages.space(3);
            pages.paragraph("Trendelenburg test (single-leg stance)", Style.BOLD, 10.5f, Color.BLACK, 0);
            for (TrendelenburgVerdict v : s.trendelenburg()) {
                pages.bullet(ScoreWording.trendelenburg(v), SMALL_PT);
            }
        }
        pages.space(3);
        pages.paragraph(WeaknessScoring.STATEMENT_SOURCE, Style.REGULAR, SMALL_PT, PdfPages.GREY, 0);
        if (java.util.Arrays.stream(Side.values()).anyMatch(side -> Exercises.shownFor(s.score(side)))) {
            pages.paragraph("Exercises: " + Exercises.SOURCE, Style.REGULAR, SMALL_PT, PdfPages.GREY, 0);
        }
    }

    private static void medians(PdfPages pages, Analysis a) throws IOException {
        ScoreResult s = a.score();
        String events = ScoreWording.events(a.settings().task(), 2);
        pages.heading("Per side, over the " + events + ": median [quartiles] (count)", 60);
        pages.row(MEDIAN_COLUMNS_PT, List.of(Cell.bold("Measure"), Cell.bold("Left"), Cell.bold("Right"),
                Cell.bold("Right - left")), BODY_PT, true);
        for (Metric m : Metric.scoreComponents()) {
            Asymmetry as = s.asymmetry(m);
            Cell diff = new Cell(ScoreWording.asymmetry(as), as.exceedsSdd() ? Style.BOLD : Style.REGULAR,
                    as.exceedsSdd() ? new Color(0xB0, 0x00, 0x20) : Color.BLACK);
            pages.row(MEDIAN_COLUMNS_PT, List.of(Cell.of(ScoreWording.metricName(m) + ", \u00b0"),
                    Cell.of(ScoreWording.summary(s.summary(Side.LEFT).get(m))),
                    Cell.of(ScoreWording.summary(s.summary(Side.RIGHT).get(m))), diff), BODY_PT, true);
        }
        pages.paragraph("SDD: smallest detectable difference; a right - left difference above it is shown in bold"
                + " red.", Style.REGULAR, SMALL_PT, PdfPages.GREY, 0);
    }

    private static void keyFrames(PdfPages pages, Analysis a, KeyFrames keyFrames) throws IOException {
        List<Optional<KeyFrame>> chosen = List.of(KeyFrameChoice.largestPelvicDrop(a),
                KeyFrameChoice.largestValgusElsewhere(a, KeyFrameChoice.largestPelvicDrop(a))
                        .or(() -> KeyFrameChoice.kneesClosest(a)));
        pages.heading("Key frames", 200);
        List<BufferedImage> images = new ArrayList<>();
        List<String> captions = new ArrayList<>();
        String[] none = {"Largest pelvic drop: no stance or repetition with a pelvic drop value.",
            "Largest knee valgus: no stance or repetition with a reliable knee FPPA."};
        for (int i = 0; i < chosen.size(); i++) {
            Optional<KeyFrame> k = chosen.get(i);
            images.add(k.flatMap(f -> keyFrames.frameWithSkeleton(f.framePosition())
                    .map(picture -> KeyFrameCrop.aroundPerson(picture, a, f.framePosition()))).orElse(null));
            captions.add(k.map(KeyFrame::caption).orElse(none[i]));
        }
        float width = (PdfPages.CONTENT_WIDTH_PT - 15) / 2;
        pages.pictures(images, captions, KEY_FRAME_MISSING, width, 215, SMALL_PT);
    }

    private static void notes(PdfPages pages, Analysis a) throws IOException {
        List<String> notes = new ArrayList<>(a.events().notes());
        notes.addAll(a.warnings());
        if (!notes.isEmpty()) {
            pages.heading("Notes on this analysis", 30);
            for (String n : ScoreWording.capitalisedAll(notes)) {
                pages.bullet(n, SMALL_PT);
            }
        }
        List<String> advice = CameraAdvice.of(a);
        pages.heading("Camera set-up", 30);
        if (advice.isEmpty()) {
            pages.paragraph("The recording passed the checks on frame rate (50 frames/s or more), camera level (tilt"
                    + " up to 3\u00b0) and size of the person (hips to ankles at least a third of the picture height).",
                    Style.REGULAR, SMALL_PT, Color.BLACK, 0);
        }
        for (String s : advice) {
            pages.bullet(s, SMALL_PT);
        }
    }

    private static String sideName(Side side) {
        return side == Side.LEFT ? "Left" : "Right";
    }
}
