package org.medius.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.medius.analysis.Analysis;
import org.medius.analysis.AnalysisPipeline;
import org.medius.analysis.AnalysisSettings;
import org.medius.events.View;
import org.medius.events.ViewChoice;
import org.medius.export.AnalysisJson;
import org.medius.model.Side;
import org.medius.model.Task;
import org.medius.model.VideoMetadata;
import org.medius.synth.SyntheticTrack;

/** {@code medius report} on an analysis JSON (a synthetic single-leg squat): exit codes, messages, the PDF. */
class ReportCommandTest {
    @TempDir
    static Path dir;
    static Path json;

    @BeforeAll
    static void writeAnAnalysisJson() throws Exception {
        SyntheticTrack track = SyntheticTrack.singleLegSquat(Side.LEFT).view(View.ANTERIOR).reps(3)
                .fppaDeg(Side.LEFT, 20).noisePx(1).seed(2).fps(30).generate();
        int n = track.frames().size();
        double duration = track.frames().get(n - 1).timestampSeconds();
        Analysis a = AnalysisPipeline.analyse(track.frames(), new VideoMetadata("sls.mp4",
                (int) track.truth().imageWidthPx(), (int) track.truth().imageHeightPx(), 0, "h264", 30, duration),
                "synthetic", "test", AnalysisSettings.defaults(Task.SINGLE_LEG_SQUAT).withView(ViewChoice.ANTERIOR));
        json = dir.resolve("sls.json");
        AnalysisJson.write(a, json);
    }

    private static String pdfText(Path pdf) throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            assertTrue(doc.getNumberOfPages() >= 1 && doc.getNumberOfPages() <= 3);
            return new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
        }
    }

    @Test
    void aReportFromAnAnalysisJsonHoldsTheTypedFields() throws Exception {
        Path pdf = dir.resolve("report.pdf");
        CommandLineTest.Run r = CommandLineTest.run("report", json.toString(), "--out", pdf.toString(),
                "--subject-id", "S-42", "--date", "2026-11-20", "--complaint-side", "right", "--notes", "after ACL");
        assertEquals(ExitCodes.OK, r.code(), r.err());
        assertTrue(r.out().contains("wrote " + pdf), r.out());
        String text = pdfText(pdf);
        assertTrue(text.contains("S-42") && text.contains("2026-11-20") && text.contains("after ACL")
                && text.contains("sls.mp4") && text.contains("single leg squat"), text);
        assertTrue(text.contains("Sex used for the reference values: unknown"), text);
    }

    @Test
    void aSexGivenForAJsonReRunsTheScoreWithIt() throws Exception {
        Path pdf = dir.resolve("female.pdf");
        CommandLineTest.Run r = CommandLineTest.run("report", json.toString(), "--out", pdf.toString(), "--sex",
                "female");
        assertEquals(ExitCodes.OK, r.code(), r.err());
        assertTrue(pdfText(pdf).contains("Sex used for the reference values: female"));
    }

    @Test
    void aMissingInputGivesOneLineAndExit3() {
        Path missing = dir.resolve("absent.json");
        Path pdf = dir.resolve("absent.pdf");
        CommandLineTest.Run r = CommandLineTest.run("report", missing.toString(), "--out", pdf.toString());
        assertEquals(ExitCodes.BAD_VIDEO, r.code());
        assertEquals(1, r.err().lines().count(), r.err());
        assertTrue(r.err().startsWith("medius: " + missing + " does not exist"), r.err());
        assertFalse(Files.exists(pdf));
    }

    @Test
    void aJsonThatIsNotAnAnalysisSaysHowToMakeOne() throws Exception {
        Path other = Files.writeString(dir.resolve("other.json"), "{\"a\": 1}");
        CommandLineTest.Run r = CommandLineTest.run("report", other.toString(), "--out", dir.resolve("o.pdf").toString());
        assertEquals(ExitCodes.BAD_VIDEO, r.code());
        assertEquals("medius: " + other + " is not a Medius analysis file (no \"frames\"); write one with medius"
                + " analyze --format json.", r.err().strip());
    }

    @Test
    void aBadDateOrAMissingOutputFolderIsRefusedBeforeAnyWork() {
        CommandLineTest.Run bad = CommandLineTest.run("report", json.toString(), "--out",
                dir.resolve("d.pdf").toString(), "--date", "20/11/2026");
        assertEquals(ExitCodes.USAGE, bad.code());
        assertTrue(bad.err().contains("--date must be YYYY-MM-DD"), bad.err());
        CommandLineTest.Run noFolder = CommandLineTest.run("report", json.toString(), "--out",
                dir.resolve("nowhere").resolve("r.pdf").toString());
        assertEquals(ExitCodes.OUTPUT, noFolder.code());
        assertEquals(1, noFolder.err().lines().count(), noFolder.err());
    }
}
