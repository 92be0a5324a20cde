package org.medius.export.report;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.medius.analysis.Analysis;
import org.medius.analysis.AnalysisPipeline;
import org.medius.analysis.AnalysisSettings;
import org.medius.events.View;
import org.medius.model.Side;
import org.medius.model.Task;
import org.medius.model.VideoMetadata;
import org.medius.synth.SyntheticTrack;

/** The PDF report of a synthetic single-leg stance test: the holds and the Trendelenburg verdict per leg. */
class StanceReportTest {

    @Test
    void theReportNamesTheHoldsAndTheVerdictOfEachLegInPlainWords(@TempDir Path dir) throws Exception {
        SyntheticTrack track = SyntheticTrack.singleLegStance().view(View.ANTERIOR).fps(30).holdSeconds(3)
                .cpdDeg(Side.RIGHT, 8).noisePx(1).seed(2).generate();
        int n = track.frames().size();
        double duration = track.frames().get(n - 1).timestampSeconds();
        VideoMetadata video = new VideoMetadata("stance.mp4", (int) track.truth().imageWidthPx(),
                (int) track.truth().imageHeightPx(), 0, "h264", 30, duration);
        Analysis a = AnalysisPipeline.analyse(track.frames(), video, "MoveNet Thunder (synthetic)", "test 1.0",
                AnalysisSettings.defaults(Task.STANCE));
        Path pdf = dir.resolve("stance.pdf");
        ClinicalReport.write(a, ClinicalReportTest.FIELDS, KeyFrames.none(), pdf, LocalDate.of(2026, 12, 3));
        String text = ClinicalReportTest.text(pdf);
        assertTrue(text.contains("single-leg stance (Trendelenburg test); 2 holds on one leg found"), text);
        assertTrue(text.contains("Trendelenburg test (single-leg stance)"), text);
        assertTrue(text.contains("Right leg: positive. Standing on the right leg, the left side of the pelvis dropped"),
                text);
        assertTrue(text.contains("Left leg: negative."), text);
        assertTrue(text.contains("Thresholds: the SDD (Dingenen et al. 2018"), text);
        assertTrue(text.contains("Per side, over the holds"), text);
    }
}
