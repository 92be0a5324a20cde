package org.medius.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.medius.events.EventKind;
import org.medius.events.View;
import org.medius.events.ViewChoice;
import org.medius.model.Side;
import org.medius.model.Task;
import org.medius.score.TrendelenburgOutcome;
import org.medius.score.TrendelenburgVerdict;
import org.medius.synth.SyntheticTrack;

/**
 * The single-leg stance task through the whole pipeline after the pose model, on synthetic tracks with 1.5 px of
 * noise: two holds, one per leg, the free side's drop and the lean read back within 1 degree (median over the hold),
 * and the verdict per leg.
 */
class StancePipelineSyntheticTest {

    private static Analysis analyse(SyntheticTrack track, AnalysisSettings settings) throws Exception {
        return SyntheticAnalyses.analyse(track, settings);
    }

    private static SyntheticTrack track(View view, double leftDrop, double rightDrop, double leftLean,
            double rightLean) {
        return SyntheticTrack.singleLegStance().view(view).fps(30).holdSeconds(4).cpdDeg(Side.LEFT, leftDrop)
                .cpdDeg(Side.RIGHT, rightDrop).trunkLeanDeg(Side.LEFT, leftLean).trunkLeanDeg(Side.RIGHT, rightLean)
                .noisePx(1.5).seed(11).generate();
    }

    @Test
    void aDropOnTheRightIsPositiveAndALevelLeftIsNegative() throws Exception {
        Analysis a = analyse(track(View.ANTERIOR, 0, 8, 1, 1), AnalysisSettings.defaults(Task.STANCE));
        List<EventMeasures> holds = a.eventMeasures();
        assertEquals(2, holds.size(), a.events().toString());
        assertTrue(holds.stream().allMatch(m -> m.event().kind() == EventKind.HOLD));
        assertEquals(Side.LEFT, holds.get(0).event().side());
        assertEquals(Side.RIGHT, holds.get(1).event().side());
        assertEquals(0, holds.get(0).cpdMedianDeg(), 1);
        assertEquals(8, holds.get(1).cpdMedianDeg(), 1);
        // the peak of a noisy hold is its largest wobble: above the median (why the verdict reads the median)
        double peak = holds.get(1).cpdPeakDeg();
        assertTrue(peak >= holds.get(1).cpdMedianDeg() && peak < 8 + 1.5, "peak " + peak);
        assertEquals(1, holds.get(1).trunkLeanMedianDeg(), 1);
        TrendelenburgVerdict left = a.score().trendelenburg(Side.LEFT).orElseThrow();
        TrendelenburgVerdict right = a.score().trendelenburg(Side.RIGHT).orElseThrow();
        assertEquals(TrendelenburgOutcome.NEGATIVE, left.outcome(), left.sentence());
        assertEquals(TrendelenburgOutcome.POSITIVE, right.outcome(), right.sentence());
        assertTrue(right.sentence().startsWith("Standing on the right leg, the left side of the pelvis dropped "),
                right.sentence());
        assertTrue(a.warnings().stream().anyMatch(w -> w.startsWith("Camera roll is not estimated for a stance")),
                "one foot held still in the air would tilt the ankle line: " + a.warnings());
    }

    @Test
    void aTrunkLeaningOverTheStanceLegWithALevelPelvisIsCompensatedFromBehindToo() throws Exception {
        Analysis a = analyse(track(View.POSTERIOR, 0, 0, 6, 0),
                AnalysisSettings.defaults(Task.STANCE).withView(ViewChoice.POSTERIOR));
        assertEquals(TrendelenburgOutcome.COMPENSATED, a.score().trendelenburg(Side.LEFT).orElseThrow().outcome());
        assertEquals(TrendelenburgOutcome.NEGATIVE, a.score().trendelenburg(Side.RIGHT).orElseThrow().outcome());
        assertEquals(6, a.eventMeasures().get(0).trunkLeanMedianDeg(), 1);
    }

    @Test
    void theSummaryPrintsEachHoldAndTheVerdictPerLeg() throws Exception {
        Analysis a = analyse(track(View.ANTERIOR, 0, 8, 0, 0), AnalysisSettings.defaults(Task.STANCE));
        StringWriter out = new StringWriter();
        try (PrintWriter o = new PrintWriter(out)) {
            org.medius.export.SummaryText.holds(o, a);
            org.medius.export.SummaryText.print(o, a.score());
        }
        String text = out.toString();
        assertTrue(text.contains("2 holds on one leg"), text);
        assertTrue(text.contains("hold 2: on the right leg"), text);
        assertTrue(text.contains("Trendelenburg test, standing on the right leg: positive. Standing on the right leg,"
                + " the left side of the pelvis dropped"), text);
        assertTrue(text.contains("Trendelenburg test, standing on the left leg: negative."), text);
        assertEquals(text.indexOf(a.score().statement()), text.lastIndexOf(a.score().statement()),
                "the statement once: " + text);
    }
}
