package org.medius.analysis;

import static org.junit.jupiter.api.Assertions.assertFalse;

import org.medius.score.ScoreWords;

import org.medius.score.ScoreComponent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.medius.events.EventKind;
import org.medius.events.View;
import org.medius.events.ViewChoice;
import org.medius.model.Keypoint;
import org.medius.model.Sex;
import org.medius.model.Side;
import org.medius.model.Task;
import org.medius.score.ComponentStatus;
import org.medius.score.Metric;
import org.medius.score.ScoreResult;
import org.medius.synth.GapFill;
import org.medius.synth.SyntheticTrack;

/**
 * The whole pipeline after the pose model (swap repair, filters, roll, angles, events, summaries, score) on
 * synthetic keypoint tracks with noise, gaps and camera roll, whose true events and angles are known.
 * Tolerances: event counts exact; per-side medians within 1 degree of the truth, well under the smallest
 * detectable differences the score uses (CPD 2.8, FPPA 8.9 degrees), since the filters and 1.5 px of noise
 * move a peak by a fraction of a degree.
 */
class EventsPipelineSyntheticTest {

    private static Analysis analyse(SyntheticTrack track, AnalysisSettings settings) throws Exception {
        return SyntheticAnalyses.analyse(track, settings);
    }

    @Test
    void walkingWithNoiseGapsAndRollGivesEveryStanceAndTheTrueDropPerSide() throws Exception {
        SyntheticTrack track = SyntheticTrack.walk().view(View.POSTERIOR).cadenceStepsPerMin(110).stanceFraction(0.62)
                .steps(16).fps(60).cpdDeg(Side.LEFT, 3).cpdDeg(Side.RIGHT, 9).fppaDeg(Side.LEFT, 4)
                .fppaDeg(Side.RIGHT, 12).trunkLeanDeg(Side.LEFT, 2).trunkLeanDeg(Side.RIGHT, 5).rollDeg(8)
                .noisePx(1.5).seed(7).gap(200, 204, GapFill.NAN, Keypoint.LEFT_HIP).generate();
        Analysis a = analyse(track, AnalysisSettings.defaults(Task.WALK).withView(ViewChoice.POSTERIOR));
        assertTrue(a.warnings().contains(AnalysisPipeline.MARKERLESS_PELVIC_DROP_NOTE), "the markerless caveat");
        // 16 complete contacts; a foot that lands in the last stride is a step too (at most one per foot)
        assertTrue(a.events().stepCount() >= 16 && a.events().stepCount() <= 18, a.events().events().toString());
        assertEquals(16, a.eventMeasures().size());
        assertTrue(a.eventMeasures().stream().allMatch(m -> m.event().kind() == EventKind.STANCE));
        assertEquals(track.truth().cadenceStepsPerMin(), a.events().cadenceStepsPerMin(), 0.01 * 110);
        assertEquals(8, a.roll().rollDeg(), 0.5, "the roll is estimated from the planted feet");
        ScoreResult s = a.score();
        String report = report(s);
        assertEquals(3, s.summary(Side.LEFT).cpd().median(), 1, report);
        assertEquals(9, s.summary(Side.RIGHT).cpd().median(), 1, report);
        assertEquals(4, s.summary(Side.LEFT).fppa().median(), 1, report);
        assertEquals(12, s.summary(Side.RIGHT).fppa().median(), 1, report);
        assertEquals(2, s.summary(Side.LEFT).trunkLean().median(), 1, report);
        assertEquals(5, s.summary(Side.RIGHT).trunkLean().median(), 1, report);
        assertTrue(s.asymmetry(Metric.CPD).exceedsSdd(), "6 degrees more drop on the right is above the SDD");
        assertTrue(!s.asymmetry(Metric.FPPA).exceedsSdd(), "8 degrees of FPPA is within its SDD of 8.9");
        // no population band for walking: the sides are compared against the SDD (docs/score.md)
        ScoreComponent rightCpd = s.score(Side.RIGHT).component(Metric.CPD);
        assertEquals(ComponentStatus.OK, rightCpd.status());
        assertFalse(rightCpd.hasBand());
        assertEquals(1, rightCpd.value(), 0, "6 degrees more drop is beyond two SDDs (2 x 2.8)");
        assertEquals(0, s.score(Side.LEFT).score(), 0, report);
        assertTrue(s.score(Side.RIGHT).score() > 33, report);
        assertTrue(ScoreWords.sentence(s, Side.RIGHT).startsWith("On the right leg the left side of the pelvis drops"),
                ScoreWords.sentence(s, Side.RIGHT));
    }

    @Test
    void singleLegSquatsScoreTheMoreValgusSideHigher() throws Exception {
        // left stance with 22 deg of FPPA (above Herrington's symptomatic mean 16.8), right stance with 10 deg
        // (below the healthy upper bound 8.4 + 5.1 = 13.5): components 1 and 0, so scores 100 and 0
        AnalysisSettings settings = AnalysisSettings.defaults(Task.SINGLE_LEG_SQUAT).withSex(Sex.FEMALE)
                .withView(ViewChoice.ANTERIOR);
        Analysis left = analyse(SyntheticTrack.singleLegSquat(Side.LEFT).view(View.ANTERIOR).reps(4)
                .depthFraction(0.2).fppaDeg(Side.LEFT, 22).cpdDeg(Side.LEFT, 6).noisePx(1).seed(3).fps(30).generate(),
                settings);
        Analysis right = analyse(SyntheticTrack.singleLegSquat(Side.RIGHT).view(View.ANTERIOR).reps(4)
                .depthFraction(0.2).fppaDeg(Side.RIGHT, 10).cpdDeg(Side.RIGHT, 6).noisePx(1).seed(4).fps(30).generate(),
                settings);
        assertEquals(4, left.events().repetitionCount());
        assertEquals(4, right.events().repetitionCount());
        assertFalse(left.warnings().contains(AnalysisPipeline.MARKERLESS_PELVIC_DROP_NOTE),
                "the model follows the pelvis in a single-leg squat (slope 0.4-0.9): no walking caveat");
        assertTrue(left.eventMeasures().stream().allMatch(m -> m.event().side() == Side.LEFT));
        assertEquals(22, left.score().summary(Side.LEFT).fppa().median(), 1, report(left.score()));
        assertEquals(10, right.score().summary(Side.RIGHT).fppa().median(), 1, report(right.score()));
        assertEquals(6, left.score().summary(Side.LEFT).cpd().median(), 1, report(left.score()));
        assertEquals(100, left.score().score(Side.LEFT).score(), 1e-9, report(left.score()));
        assertEquals(0, right.score().score(Side.RIGHT).score(), 1e-9, report(right.score()));
        assertEquals(ComponentStatus.NOT_DISCRIMINATIVE,
                left.score().score(Side.LEFT).component(Metric.CPD).status(), "Nakagawa's groups overlap");
        assertTrue(Double.isNaN(left.score().score(Side.RIGHT).score()), "no right-leg repetitions: no right score");
    }

    private static String report(ScoreResult s) {
        StringBuilder sb = new StringBuilder();
        for (Side side : Side.values()) {
            var sum = s.summary(side);
            sb.append(String.format(Locale.ROOT, "%s: cpd %.2f (%d), fppa %.2f (%d), lean %.2f (%d), score %.1f%n", side,
                    sum.cpd().median(), sum.cpd().count(), sum.fppa().median(), sum.fppa().count(),
                    sum.trunkLean().median(), sum.trunkLean().count(), s.score(side).score()));
        }
        return sb.toString();
    }

    @Test
    void aLungeReportsTheFrontLegOnEveryRepetitionAndNoFppaWhereTheThighIsForeshortened() throws Exception {
        // A deep lunge (0.4 leg lengths down, a 0.9 leg-length step): the front thigh nearly horizontal at the bottom.
        SyntheticTrack track = SyntheticTrack.lunge(Side.RIGHT).reps(3).fppaDeg(Side.RIGHT, 9).noisePx(1).seed(5)
                .depthFraction(0.4).lungeStepFraction(0.9).fps(30).generate();
        Analysis a = analyse(track, AnalysisSettings.defaults(Task.LUNGE));
        assertEquals(3, a.events().repetitionCount(), a.events().notes().toString());
        assertEquals(List.of(Side.RIGHT, Side.RIGHT, Side.RIGHT),
                a.eventMeasures().stream().map(m -> m.event().side()).toList());
        long foreshortened = track.truth().events().stream().filter(e -> e.at(Side.RIGHT).thighFraction() < 0.5).count();
        assertEquals(3 - foreshortened, a.score().summary(Side.RIGHT).fppa().count(),
                "FPPA is unreliable at the bottom where the front thigh points at the camera (spec: < 50 %)");
        assertTrue(foreshortened > 0, "this lunge's front thigh is foreshortened at the bottom");
    }

    @Test
    void theDefaultLungeKeepsTheFrontThighLongEnoughForFppaAtEveryBottom() throws Exception {
        SyntheticTrack track = SyntheticTrack.lunge(Side.LEFT).reps(3).fppaDeg(Side.LEFT, 15).noisePx(1).seed(7)
                .fps(30).generate();
        Analysis a = analyse(track, AnalysisSettings.defaults(Task.LUNGE));
        assertEquals(3, a.events().repetitionCount(), a.events().notes().toString());
        assertEquals(List.of(Side.LEFT, Side.LEFT, Side.LEFT),
                a.eventMeasures().stream().map(m -> m.event().side()).toList());
        assertEquals(3, a.score().summary(Side.LEFT).fppa().count(), report(a.score()));
        assertEquals(15, a.score().summary(Side.LEFT).fppa().median(), 2, report(a.score()));
    }
}
