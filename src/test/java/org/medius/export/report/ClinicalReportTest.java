package org.medius.export.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.medius.analysis.Analysis;
import org.medius.analysis.AnalysisPipeline;
import org.medius.analysis.AnalysisSettings;
import org.medius.analysis.EventMeasures;
import org.medius.events.View;
import org.medius.events.ViewChoice;
import org.medius.export.OutputFileException;
import org.medius.model.Sex;
import org.medius.model.Side;
import org.medius.model.Task;
import org.medius.model.VideoMetadata;
import org.medius.synth.SyntheticTrack;

/**
 * The PDF report of a synthetic single-leg squat (left leg, 22 degrees of knee valgus, women's reference), read
 * back as text with PDFBox: the values come from the analysis' {@code ScoreResult} and event table.
 */
class ClinicalReportTest {
    @TempDir
    static Path dir;
    static Analysis analysis;
    static final ReportFields FIELDS = new ReportFields("P-017", "2026-11-20", "left",
            "Knee pain \u2264 3/10 \u2192 after 20 min; \u22122\u00b0 tilt \u00b7 \u2603 snowman");

    @BeforeAll
    static void analyseASingleLegSquat() throws Exception {
        SyntheticTrack track = SyntheticTrack.singleLegSquat(Side.LEFT).view(View.ANTERIOR).reps(4)
                .depthFraction(0.2).fppaDeg(Side.LEFT, 22).cpdDeg(Side.LEFT, 6).noisePx(1).seed(3).fps(30).generate();
        int n = track.frames().size();
        double duration = track.frames().get(n - 1).timestampSeconds();
        VideoMetadata video = new VideoMetadata("sls-left.mp4", (int) track.truth().imageWidthPx(),
                (int) track.truth().imageHeightPx(), 0, "h264", 30, duration);
        analysis = AnalysisPipeline.analyse(track.frames(), video, "MoveNet Thunder (synthetic)", "test 1.0",
                AnalysisSettings.defaults(Task.SINGLE_LEG_SQUAT).withSex(Sex.FEMALE).withView(ViewChoice.ANTERIOR));
    }

    static String text(Path pdf) throws IOException {
        return org.medius.testing.PdfFiles.text(pdf);
    }

    static int pages(Path pdf) throws IOException {
        return org.medius.testing.PdfFiles.pages(pdf);
    }

    /** Renders each page to PNG under target/eval, for a person to look at. */
    static void renderPages(Path pdf, String name) throws IOException {
        Path eval = Files.createDirectories(Path.of("target", "eval"));
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            PDFRenderer r = new PDFRenderer(doc);
            for (int i = 0; i < doc.getNumberOfPages(); i++) {
                ImageIO.write(r.renderImageWithDPI(i, 110), "png", eval.resolve(name + "-p" + (i + 1) + ".png").toFile());
            }
        }
    }

    @Test
    void theReportHoldsTheHeaderTheScoreTheSourcesAndTheStatement() throws Exception {
        Path pdf = dir.resolve("report.pdf");
        ClinicalReport.write(analysis, FIELDS, KeyFrames.none(), pdf, LocalDate.of(2026, 11, 21));
        renderPages(pdf, "report-synthetic");
        String text = text(pdf);
        int pages = pages(pdf);
        assertTrue(pages >= 1 && pages <= 3, pages + " pages");
        // the plain conclusion comes first, with the complaint side linked to what was found
        assertTrue(text.indexOf("Conclusion") < text.indexOf("Session date"), text);
        assertTrue(text.contains("Left leg: weakness score 100 / 100"), text);
        assertTrue(text.contains("On the left leg the knee moves inwards"), text);
        assertTrue(text.contains("The complaint is on the left side, and that is where the pattern was found."), text);
        assertTrue(text.contains("Side-lying clam") && text.contains("not a prescription")
                && text.contains("Distefano et al. 2009"), "the exercises, marked as education, with the source");
        assertTrue(text.contains("Clinician") && text.contains("Signature"), text);
        assertTrue(text.contains("Kendall et al. 2013"), "the statement's sources at the end: " + text);
        assertTrue(text.contains("Medius movement report"), text);
        assertTrue(text.contains("P-017") && text.contains("2026-11-20") && text.contains("sls-left.mp4"), text);
        assertTrue(text.contains("single leg squat; 4 repetitions found"), text);
        assertTrue(text.contains("Knee pain <= 3/10 -> after 20 min; -2\u00b0 tilt \u00b7 ? snowman"),
                "characters outside WinAnsi are spelled out: " + text);
        double left = analysis.score().score(Side.LEFT).score();
        assertEquals(100, left, 1e-9, "22 degrees is above the symptomatic mean of 16.8");
        String leftText = String.format(Locale.ROOT, "Left side: %.0f / 100", left);
        assertTrue(text.contains(leftText), leftText + " in " + text);
        assertTrue(text.contains("Right side: n/a: no component could be scored"), text);
        assertTrue(text.contains("population band 13.5\u00b0 (healthy upper bound) to 16.8\u00b0"), text);
        assertTrue(text.contains("Herrington"), text);
        assertTrue(text.contains(analysis.score().statement()), text);
        double leftFppa = analysis.score().summary(Side.LEFT).fppa().median();
        assertTrue(text.contains(String.format(Locale.ROOT, "%.1f\u00b0 [", leftFppa)), text);
    }

    @Test
    void keyFrameCaptionsGiveValueSideAndTimeAndSayWhenThePictureIsMissing() throws Exception {
        Path pdf = dir.resolve("nokeyframes.pdf");
        ClinicalReport.write(analysis, FIELDS, KeyFrames.none(), pdf);
        String text = text(pdf);
        EventMeasures valgus = analysis.eventMeasures().stream()
                .filter(m -> Double.isFinite(m.fppaDeg())).max((x, y) -> Double.compare(x.fppaDeg(), y.fppaDeg()))
                .orElseThrow();
        String caption = String.format(Locale.ROOT, "Largest knee valgus: knee FPPA %.1f\u00b0 valgus, left side;"
                + " repetition %d (left leg) at %.2f s.", valgus.fppaDeg(), KeyFrameChoice.number(analysis, analysis.eventMeasures().indexOf(valgus)),
                analysis.frames().get(valgus.deepestFrame()).timestampSeconds());
        assertTrue(text.contains(caption), caption + " in " + text);
        EventMeasures drop = analysis.eventMeasures().stream()
                .filter(m -> Double.isFinite(m.cpdPeakDeg())).max((x, y) -> Double.compare(x.cpdPeakDeg(), y.cpdPeakDeg()))
                .orElseThrow();
        assertTrue(text.contains(String.format(Locale.ROOT, "Largest pelvic drop: CPD %.1f\u00b0, left side",
                drop.cpdPeakDeg())), text);
        assertEquals(2, text.split(ClinicalReport.KEY_FRAME_MISSING, -1).length - 1, text);
    }

    @Test
    void keyFramePicturesAreEmbeddedWhenGiven() throws Exception {
        Path pdf = dir.resolve("keyframes.pdf");
        BufferedImage frame = new BufferedImage(320, 240, BufferedImage.TYPE_INT_RGB);
        ClinicalReport.write(analysis, ReportFields.none(), position -> Optional.of(frame), pdf);
        String text = text(pdf);
        assertFalse(text.contains(ClinicalReport.KEY_FRAME_MISSING), text);
        assertTrue(text.contains("Subject not given"), text);
        assertEquals(3, imageCount(pdf), "the plot and two key frames");
    }

    static int imageCount(Path pdf) throws java.io.IOException {
        return org.medius.testing.PdfFiles.imageCount(pdf);
    }

    @Test
    void aTwoLeggedSquatNumbersItsRepetitionsNotItsPerLegEvents() throws Exception {
        SyntheticTrack track = SyntheticTrack.squat().reps(3).fps(30).noisePx(1).seed(5).generate();
        int n = track.frames().size();
        Analysis squat = AnalysisPipeline.analyse(track.frames(), new VideoMetadata("squat.mp4",
                (int) track.truth().imageWidthPx(), (int) track.truth().imageHeightPx(), 0, "h264", 30,
                track.frames().get(n - 1).timestampSeconds()), "synthetic", "test", AnalysisSettings.defaults(Task.SQUAT));
        assertEquals(3, squat.events().repetitionCount());
        assertEquals(6, squat.eventMeasures().size(), "one event per leg and repetition");
        assertEquals(java.util.List.of(1, 1, 2, 2, 3, 3), java.util.stream.IntStream.range(0, 6)
                .map(i -> KeyFrameChoice.number(squat, i)).boxed().toList());
    }

    @Test
    void anUnwritableFolderGivesOutputFileExceptionAndNoFile() {
        Path pdf = dir.resolve("no-such-folder").resolve("report.pdf");
        OutputFileException e = assertThrows(OutputFileException.class,
                () -> ClinicalReport.write(analysis, FIELDS, KeyFrames.none(), pdf));
        assertTrue(e.getMessage().contains("report.pdf"), e.getMessage());
        assertFalse(Files.exists(pdf));
        assertFalse(Files.exists(pdf.getParent()));
    }

    @Test
    void cameraAdviceNamesTheLowFrameRate() {
        assertEquals(30, CameraAdvice.frameRateHz(analysis), 0.01);
        assertTrue(CameraAdvice.of(analysis).stream().anyMatch(s -> s.startsWith("The video has 30 frames/s: record"
                + " at 60 frames/s or more")), CameraAdvice.of(analysis).toString());
    }
}
