package org.medius.score;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.medius.model.Sex;
import org.medius.model.Side;
import org.medius.model.Task;

class WeaknessScoringTest {
    private static final double EXACT = 1e-9;
    private static final double NaN = Double.NaN;

    /** Squat CPD band: healthy 10 + 2 = 12 deg (low) to symptomatic mean 20 deg (high); SDD 1 deg. */
    private static final String SQUAT_CPD = """
            squat,cpd,healthy,,10,2,,H 2000,yes,
            squat,cpd,symptomatic,,20,4,,S 2001,yes,
            any,cpd,sdd,,,,1,D 2002,yes,
            """;

    private static List<EventValues> events(Side side, int n, double cpdDeg, double fppaDeg, double trunkDeg,
                                            double confidence) {
        List<EventValues> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(new EventValues(side, cpdDeg, fppaDeg, NaN, trunkDeg, confidence));
        }
        return out;
    }

    private static ScoreComponent squatCpd(double medianDeg) throws IOException {
        ScoreResult r = WeaknessScoring.score(Task.SQUAT, Sex.UNKNOWN, events(Side.RIGHT, 3, medianDeg, NaN, NaN, 0.9),
                ReferenceTableTest.table(SQUAT_CPD));
        return r.rightScore().component(Metric.CPD);
    }

    @Test
    void medianAtHealthyUpperBoundScoresZero() throws IOException {
        ScoreComponent c = squatCpd(12);
        assertEquals(ComponentStatus.OK, c.status());
        assertEquals(12, c.bandLowDeg(), 0);
        assertEquals(20, c.bandHighDeg(), 0);
        assertEquals(0, c.value(), 0);
    }

    @Test
    void medianAtSymptomaticMeanScoresOne() throws IOException {
        assertEquals(1, squatCpd(20).value(), 0);
    }

    /** (16 - 12) / (20 - 12) = 0.5; only CPD has a band, so the side's score is 100 x 0.5 = 50. */
    @Test
    void medianHalfwayScoresHalf() throws IOException {
        ScoreResult r = WeaknessScoring.score(Task.SQUAT, Sex.UNKNOWN, events(Side.RIGHT, 3, 16, NaN, NaN, 0.9),
                ReferenceTableTest.table(SQUAT_CPD));
        ScoreComponent c = r.rightScore().component(Metric.CPD);
        assertEquals(0.5, c.value(), EXACT);
        assertEquals(50, r.rightScore().score(), EXACT);
        assertEquals(Optional.empty(), r.rightScore().noScoreReason());
        assertEquals(List.of(), c.uncertaintyReasons());
        assertFalse(r.rightScore().uncertain());
        assertEquals(List.of("H 2000", "S 2001", "D 2002", "test"), c.citations());
        assertEquals(1, c.sddDeg(), 0);
        assertEquals(1, c.weight(), 0);
        assertEquals(List.of(Metric.CPD), r.rightScore().scoredComponents().stream().map(ScoreComponent::metric)
                .toList());
    }

    @Test
    void mediansBeyondTheBandClamp() throws IOException {
        assertEquals(1, squatCpd(25).value(), 0);
        assertEquals(0, squatCpd(5).value(), 0);
        assertEquals(0, squatCpd(-3).value(), 0);
    }

    /**
     * CPD median 16 -> 0.5 (weight 1, the any row); FPPA band -2 + 2 = 0 to 10, median 2.5 -> 0.25 (weight 3, the
     * squat row beats the any row). Score = 100 (1 x 0.5 + 3 x 0.25) / (1 + 3) = 100 x 1.25 / 4 = 31.25.
     */
    @Test
    void scoreIsTheWeightedMeanOfTheScoredComponents() throws IOException {
        ReferenceTable t = ReferenceTableTest.table(SQUAT_CPD + """
                squat,fppa,healthy,,-2,2,,F 2003,yes,
                squat,fppa,symptomatic,,10,3,,F 2003,yes,
                squat,fppa,weight,,,,3,test weight,no,
                """);
        ScoreResult r = WeaknessScoring.score(Task.SQUAT, Sex.MALE, events(Side.LEFT, 4, 16, 2.5, 1, 0.9), t);
        SideScore left = r.leftScore();
        assertEquals(0.25, left.component(Metric.FPPA).value(), EXACT);
        assertEquals(3, left.component(Metric.FPPA).weight(), 0);
        assertEquals(ComponentStatus.NO_REFERENCE, left.component(Metric.TRUNK_LEAN).status());
        assertTrue(Double.isNaN(left.component(Metric.TRUNK_LEAN).weight()));
        assertEquals(31.25, left.score(), EXACT);
        assertEquals(Side.LEFT, left.side());
        assertTrue(Double.isNaN(r.rightScore().score()), "no right events");
    }

    @Test
    void degenerateBandIsNotDiscriminative() throws IOException {
        ReferenceTable t = ReferenceTableTest.table("""
                squat,cpd,healthy,,10,2,,H 2000,yes,
                squat,cpd,symptomatic,,12,4,,S 2001,yes,
                """);
        SideScore s = WeaknessScoring.score(Task.SQUAT, Sex.UNKNOWN, events(Side.RIGHT, 5, 14, NaN, NaN, 0.9), t)
                .rightScore();
        ScoreComponent c = s.component(Metric.CPD);
        assertEquals(ComponentStatus.NOT_DISCRIMINATIVE, c.status());
        assertEquals(12, c.bandLowDeg(), 0);
        assertEquals(12, c.bandHighDeg(), 0);
        assertTrue(Double.isNaN(c.value()));
        assertEquals(14, c.medianDeg(), 0);
        assertTrue(Double.isNaN(s.score()));
    }

    /** Nakagawa: CPD 7.4 + 3.8 = 11.2 >= 10.3 and trunk 6.7 + 3.0 = 9.7 >= 9.3; only the women's FPPA scores. */
    @Test
    void singleLegSquatCpdAndTrunkLeanAreNotDiscriminativeInTheBuiltInTable() {
        SideScore s = WeaknessScoring.score(Task.SINGLE_LEG_SQUAT, Sex.FEMALE,
                events(Side.RIGHT, 3, 9, 15, 8, 0.8), ReferenceTable.builtIn()).rightScore();
        ScoreComponent cpd = s.component(Metric.CPD);
        assertEquals(ComponentStatus.NOT_DISCRIMINATIVE, cpd.status());
        assertEquals(11.2, cpd.bandLowDeg(), EXACT);
        assertEquals(10.3, cpd.bandHighDeg(), 0);
        assertEquals("healthy mean + 1 SD (7.4 + 3.8 = 11.2 deg, Nakagawa et al. 2012 JOSPT 42:491) is not below the"
                + " symptomatic-group mean (10.3 deg, Nakagawa et al. 2012 JOSPT 42:491): the groups overlap, so pelvic drop"
                + " has no population band for single-leg-squat; the sides cannot be compared (fewer than 3 events"
                + " with a value on a side: 3 here, 0 on the other)", cpd.statusReason());
        assertEquals(List.of("Nakagawa et al. 2012 JOSPT 42:491"), cpd.citations());
        ScoreComponent trunk = s.component(Metric.TRUNK_LEAN);
        assertEquals(ComponentStatus.NOT_DISCRIMINATIVE, trunk.status());
        assertEquals(9.7, trunk.bandLowDeg(), EXACT);
        assertEquals(9.3, trunk.bandHighDeg(), 0);
    }

    /**
     * Women's single-leg squat FPPA (Herrington 2014): band 8.4 + 5.1 = 13.5 to 16.8. Medians of 14, 15, 16.5 = 15:
     * (15 - 13.5) / (16.8 - 13.5) = 1.5 / 3.3 = 0.4545...; score 45.45... Uncertain: |15 - 13.5| = 1.5 and
     * |15 - 16.8| = 1.8 both <= SDD 8.9 (Munro 2012).
     */
    @Test
    void singleLegSquatFppaForWomenIsScoredAndUncertainNearBothEdges() {
        List<EventValues> ev = List.of(new EventValues(Side.LEFT, 9, 14, NaN, 8, 0.8),
                new EventValues(Side.LEFT, 9, 16.5, NaN, 8, 0.8), new EventValues(Side.LEFT, 9, 15, NaN, 8, 0.8));
        SideScore s = WeaknessScoring.score(Task.SINGLE_LEG_SQUAT, Sex.FEMALE, ev, ReferenceTable.builtIn())
                .leftScore();
        ScoreComponent fppa = s.component(Metric.FPPA);
        assertEquals(ComponentStatus.OK, fppa.status());
        assertEquals(15, fppa.medianDeg(), 0);
        assertEquals(13.5, fppa.bandLowDeg(), EXACT);
        assertEquals(16.8, fppa.bandHighDeg(), 0);
        assertEquals(1.5 / 3.3, fppa.value(), EXACT);
        assertEquals(100 * 1.5 / 3.3, s.score(), EXACT);
        assertEquals(45.4545, s.score(), 1e-4);
        assertEquals(8.9, fppa.sddDeg(), 0);
        assertEquals(List.of(
                "median 15 deg is within the SDD (8.9 deg, Munro et al. 2012 J Sport Rehabil 21:7) of the healthy "
                        + "upper bound 13.5 deg",
                "median 15 deg is within the SDD (8.9 deg, Munro et al. 2012 J Sport Rehabil 21:7) of the "
                        + "symptomatic-group mean 16.8 deg"), fppa.uncertaintyReasons());
        assertTrue(s.uncertain());
        assertTrue(fppa.confirmed());
        assertEquals(List.of("Herrington 2014 Knee 21:514", "Munro et al. 2012 J Sport Rehabil 21:7",
                "Medius's own choice: the three measures count equally (no source gives weights)"), fppa.citations());
        assertFalse(fppa.notes().contains("reference from women only"));
    }

    @Test
    void unknownSexUsesTheWomenOnlyReferenceWithANote() {
        SideScore s = WeaknessScoring.score(Task.SINGLE_LEG_SQUAT, Sex.UNKNOWN, events(Side.RIGHT, 3, 9, 15, 8, 0.8),
                ReferenceTable.builtIn()).rightScore();
        ScoreComponent fppa = s.component(Metric.FPPA);
        assertEquals(ComponentStatus.OK, fppa.status());
        assertTrue(fppa.notes().contains("reference from women only"), fppa.notes().toString());
        assertEquals(100 * 1.5 / 3.3, s.score(), EXACT);
    }

    @Test
    void menHaveNoSingleLegSquatReferenceSoTheScoreIsNaNNotZero() {
        SideScore s = WeaknessScoring.score(Task.SINGLE_LEG_SQUAT, Sex.MALE, events(Side.RIGHT, 3, 9, 15, 8, 0.8),
                ReferenceTable.builtIn()).rightScore();
        ScoreComponent fppa = s.component(Metric.FPPA);
        assertEquals(ComponentStatus.NO_REFERENCE, fppa.status());
        assertEquals("no confirmed reference for single-leg-squat in men (the table has one for women only); the"
                + " sides cannot be compared (fewer than 3 events with a value on a side: 3 here, 0 on the other)",
                fppa.statusReason());
        assertTrue(Double.isNaN(s.score()));
        assertTrue(s.noScoreReason().orElseThrow().startsWith("no component could be scored; cpd: healthy mean"));
    }

    @Test
    void walkingHasNoReferenceForAnyComponentAndNoScore() {
        ScoreResult r = WeaknessScoring.score(Task.WALK, Sex.FEMALE, events(Side.LEFT, 10, 5, 5, 3, 0.9),
                ReferenceTable.builtIn());
        SideScore s = r.leftScore();
        for (ScoreComponent c : s.components()) {
            assertEquals(ComponentStatus.NO_REFERENCE, c.status());
            assertEquals("no confirmed reference for walk; the sides cannot be compared (fewer than 3 events with a"
                    + " value on a side: 10 here, 0 on the other)", c.statusReason());
            assertTrue(Double.isNaN(c.value()));
            assertFalse(c.uncertain());
        }
        assertEquals(5, s.component(Metric.CPD).medianDeg(), 0);
        assertEquals(10, s.component(Metric.CPD).eventCount());
        assertTrue(Double.isNaN(s.score()));
        assertTrue(s.noScoreReason().orElseThrow().startsWith("no component could be scored; cpd: no confirmed"
                + " reference for walk; the sides cannot be compared"), s.noScoreReason().orElseThrow());
    }

    @Test
    void runningCpdHasOnlyAnOddsRatioSoNoBand() {
        ScoreComponent c = WeaknessScoring.score(Task.RUN, Sex.UNKNOWN, events(Side.LEFT, 10, 5, 5, 3, 0.9),
                ReferenceTable.builtIn()).leftScore().component(Metric.CPD);
        assertEquals(ComponentStatus.NO_REFERENCE, c.status());
        assertTrue(c.statusReason().startsWith("no confirmed reference for run; the sides cannot be compared"),
                c.statusReason());
    }

    @Test
    void bandWithoutEventsIsNoData() throws IOException {
        SideScore s = WeaknessScoring.score(Task.SQUAT, Sex.UNKNOWN, events(Side.RIGHT, 3, NaN, 5, 5, 0.9),
                ReferenceTableTest.table(SQUAT_CPD)).rightScore();
        ScoreComponent c = s.component(Metric.CPD);
        assertEquals(ComponentStatus.NO_DATA, c.status());
        assertEquals("no right repetitions with a pelvic drop value", c.statusReason());
        assertEquals(0, c.eventCount());
        assertTrue(Double.isNaN(s.score()));
    }

    /** SDD 1 deg around the edges 12 and 20: |13 - 12| = 1 is within (inclusive), |13.5 - 12| = 1.5 is not. */
    @Test
    void medianWithinSddOfABandEdgeIsUncertain() throws IOException {
        assertEquals(List.of("median 13 deg is within the SDD (1 deg, D 2002) of the healthy upper bound 12 deg"),
                squatCpd(13).uncertaintyReasons());
        assertEquals(List.of(), squatCpd(13.5).uncertaintyReasons());
        assertEquals(List.of("median 19 deg is within the SDD (1 deg, D 2002) of the symptomatic-group mean 20 deg"),
                squatCpd(19).uncertaintyReasons());
    }

    @Test
    void fewerEventsThanRecommendedIsUncertain() throws IOException {
        ScoreComponent squat = WeaknessScoring.score(Task.SQUAT, Sex.UNKNOWN, events(Side.LEFT, 2, 16, NaN, NaN, 0.9),
                ReferenceTableTest.table(SQUAT_CPD)).leftScore().component(Metric.CPD);
        assertEquals(List.of("2 repetitions with a value; at least 3 recommended"), squat.uncertaintyReasons());

        ReferenceTable walkTable = ReferenceTableTest.table("""
                walk,cpd,healthy,,10,2,,H 2000,no,
                walk,cpd,symptomatic,,20,4,,S 2001,no,
                """.replace(",no,", ",yes,"));
        List<EventValues> six = events(Side.LEFT, 6, 16, NaN, NaN, 0.9);
        ScoreComponent walk = WeaknessScoring.score(Task.WALK, Sex.UNKNOWN, six, walkTable).leftScore()
                .component(Metric.CPD);
        assertEquals(List.of("6 steps with a value; at least 7 recommended (Dingenen et al. 2018)"),
                walk.uncertaintyReasons());
        assertTrue(walk.notes().contains("no SDD in the table for pelvic drop: nearness to the band edges not checked"));
        List<EventValues> seven = events(Side.LEFT, 7, 16, NaN, NaN, 0.9);
        assertEquals(List.of(), WeaknessScoring.score(Task.WALK, Sex.UNKNOWN, seven, walkTable).leftScore()
                .component(Metric.CPD).uncertaintyReasons());
    }

    @Test
    void lowOrUnknownConfidenceIsUncertain() throws IOException {
        ReferenceTable t = ReferenceTableTest.table(SQUAT_CPD);
        // confidences 0.3, 0.4, 0.5: mean 0.4 < 0.5
        List<EventValues> low = List.of(new EventValues(Side.LEFT, 16, NaN, NaN, NaN, 0.3),
                new EventValues(Side.LEFT, 16, NaN, NaN, NaN, 0.4), new EventValues(Side.LEFT, 16, NaN, NaN, NaN, 0.5));
        assertEquals(List.of("mean keypoint confidence 0.4 is below 0.5"),
                WeaknessScoring.score(Task.SQUAT, Sex.UNKNOWN, low, t).leftScore().component(Metric.CPD)
                        .uncertaintyReasons());
        assertEquals(List.of(), WeaknessScoring.score(Task.SQUAT, Sex.UNKNOWN, events(Side.LEFT, 3, 16, NaN, NaN, 0.5),
                t).leftScore().component(Metric.CPD).uncertaintyReasons(), "exactly the threshold is enough");
        assertEquals(List.of("mean keypoint confidence unknown"),
                WeaknessScoring.score(Task.SQUAT, Sex.UNKNOWN, events(Side.LEFT, 3, 16, NaN, NaN, NaN), t).leftScore()
                        .component(Metric.CPD).uncertaintyReasons());
        assertEquals(List.of(), WeaknessScoring.score(Task.SQUAT, new ScoringSettings(Sex.UNKNOWN, 0.3), low, t)
                .leftScore().component(Metric.CPD).uncertaintyReasons(), "a lower threshold set by the user");
    }

    /** CPD SDD 2.8 deg (Dingenen 2018, upper end of 2.7-2.8): R - L = 7.75 - 5 = 2.75 is not flagged, 2.85 is. */
    @Test
    void asymmetryIsFlaggedOnlyAboveTheSdd() {
        List<EventValues> below = new ArrayList<>(events(Side.LEFT, 3, 5, 1, 1, 0.9));
        below.addAll(events(Side.RIGHT, 3, 7.75, 9.9, 3.3, 0.9));
        ScoreResult r = WeaknessScoring.score(Task.SQUAT, Sex.UNKNOWN, below, ReferenceTable.builtIn());
        Asymmetry cpd = r.asymmetry(Metric.CPD);
        assertEquals(2.75, cpd.rightMinusLeftDeg(), EXACT);
        assertEquals(2.8, cpd.sddDeg(), 0);
        assertEquals("Dingenen et al. 2018 Phys Ther Sport 33:40", cpd.sddReference().orElseThrow().citation());
        assertFalse(cpd.exceedsSdd());
        // FPPA 9.9 - 1 = 8.9 = SDD (Munro 2012): not larger, not flagged; trunk 3.3 - 1 = 2.3 = SDD: not flagged
        // (both differences are exactly the SDD's double).
        assertEquals(8.9, r.asymmetry(Metric.FPPA).rightMinusLeftDeg(), 0);
        assertEquals(2.3, r.asymmetry(Metric.TRUNK_LEAN).rightMinusLeftDeg(), 0);
        assertEquals(8.9, r.asymmetry(Metric.FPPA).sddDeg(), 0);
        assertFalse(r.asymmetry(Metric.FPPA).exceedsSdd());
        assertFalse(r.asymmetry(Metric.TRUNK_LEAN).exceedsSdd());

        List<EventValues> above = new ArrayList<>(events(Side.LEFT, 3, 5, 1, 1, 0.9));
        above.addAll(events(Side.RIGHT, 3, 7.85, 10, 3.4, 0.9));
        ScoreResult r2 = WeaknessScoring.score(Task.SQUAT, Sex.UNKNOWN, above, ReferenceTable.builtIn());
        assertEquals(2.85, r2.asymmetry(Metric.CPD).rightMinusLeftDeg(), EXACT);
        assertTrue(r2.asymmetry(Metric.CPD).exceedsSdd());
        assertTrue(r2.asymmetry(Metric.FPPA).exceedsSdd());
        assertTrue(r2.asymmetry(Metric.TRUNK_LEAN).exceedsSdd());
    }

    @Test
    void asymmetryIsSignedAndUsesTheAbsoluteValue() throws IOException {
        ReferenceTable t = ReferenceTableTest.table("any,cpd,sdd,,,,3,D,yes,\n");
        List<EventValues> ev = new ArrayList<>(events(Side.LEFT, 3, 5, NaN, NaN, 0.9));
        ev.addAll(events(Side.RIGHT, 3, 2, NaN, NaN, 0.9));
        // SDD 3 deg: R - L = 2 - 5 = -3, |-3| = 3 is not larger; 2 - 5.5 = -3.5 is
        Asymmetry equal = WeaknessScoring.score(Task.LUNGE, Sex.UNKNOWN, ev, t).asymmetry(Metric.CPD);
        assertEquals(-3, equal.rightMinusLeftDeg(), 0);
        assertFalse(equal.exceedsSdd(), "|R - L| = SDD is not larger than the SDD");
        List<EventValues> ev2 = new ArrayList<>(events(Side.LEFT, 3, 5.5, NaN, NaN, 0.9));
        ev2.addAll(events(Side.RIGHT, 3, 2, NaN, NaN, 0.9));
        Asymmetry larger = WeaknessScoring.score(Task.LUNGE, Sex.UNKNOWN, ev2, t).asymmetry(Metric.CPD);
        assertEquals(-3.5, larger.rightMinusLeftDeg(), 0);
        assertTrue(larger.exceedsSdd());
    }

    @Test
    void asymmetryWithoutOneSideOrWithoutSddIsNotFlagged() throws IOException {
        Asymmetry oneSide = WeaknessScoring.score(Task.SQUAT, Sex.UNKNOWN, events(Side.LEFT, 3, 5, 5, 5, 0.9),
                ReferenceTable.builtIn()).asymmetry(Metric.CPD);
        assertTrue(Double.isNaN(oneSide.rightMinusLeftDeg()));
        assertFalse(oneSide.exceedsSdd());
        List<EventValues> ev = new ArrayList<>(events(Side.LEFT, 3, 0, NaN, NaN, 0.9));
        ev.addAll(events(Side.RIGHT, 3, 30, NaN, NaN, 0.9));
        Asymmetry noSdd = WeaknessScoring.score(Task.SQUAT, Sex.UNKNOWN, ev, ReferenceTableTest.table(""))
                .asymmetry(Metric.CPD);
        assertEquals(30, noSdd.rightMinusLeftDeg(), 0);
        assertTrue(Double.isNaN(noSdd.sddDeg()));
        assertEquals(Optional.empty(), noSdd.sddReference());
        assertFalse(noSdd.exceedsSdd());
    }

    @Test
    void resultHoldsBothSidesSummariesAndTheStatement() {
        List<EventValues> ev = new ArrayList<>(events(Side.LEFT, 3, 5, 10, 1, 0.9));
        ev.addAll(events(Side.RIGHT, 4, 6, 11, 2, 0.9));
        ScoreResult r = WeaknessScoring.score(Task.SQUAT, Sex.UNKNOWN, ev, ReferenceTable.builtIn());
        assertEquals(3, r.summary(Side.LEFT).eventCount());
        assertEquals(4, r.summary(Side.RIGHT).eventCount());
        assertEquals(Side.RIGHT, r.score(Side.RIGHT).side());
        assertEquals("reference-values.csv (built in)", r.referenceSource());
        assertEquals(List.of(Metric.CPD, Metric.FPPA, Metric.TRUNK_LEAN),
                r.asymmetries().stream().map(Asymmetry::metric).toList());
        assertTrue(r.statement().contains("not a strength test"));
        assertTrue(r.statement().contains("it is not a strength test"), r.statement());
        assertTrue(WeaknessScoring.STATEMENT_SOURCE.contains("Kendall et al. 2013; Pohl et al. 2015"));
        assertTrue(r.statement().contains("a pattern linked to weak hip abductors"));
    }

    @Test
    void bandValueMapsLinearly() {
        // (13.5 - 12) / (20 - 12) = 1.5 / 8 = 0.1875
        assertEquals(0.1875, ComponentScorer.bandValue(13.5, 12, 20), 0);
        assertTrue(Double.isNaN(ComponentScorer.bandValue(NaN, 12, 20)));
    }

    /** Medius's own within-person part: a one-sided drop scores on its side in a task without any population band. */
    @Test
    void aOneSidedPelvicDropScoresOnItsSideWithoutAnyPopulationBand() {
        List<EventValues> events = new ArrayList<>(events(Side.LEFT, 5, 2, NaN, NaN, 0.9));
        events.addAll(events(Side.RIGHT, 5, 6.8, NaN, NaN, 0.9));
        ScoreResult r = WeaknessScoring.score(Task.WALK, Sex.UNKNOWN, events, ReferenceTable.builtIn());
        ScoreComponent right = r.rightScore().component(Metric.CPD);
        assertEquals(ComponentStatus.OK, right.status());
        assertFalse(right.hasBand());
        SideDifference d = right.sideDifference().orElseThrow();
        assertEquals(4.8, d.ownMinusOtherDeg(), EXACT);
        assertEquals(2.8, d.sddDeg(), 0);
        assertEquals((4.8 - 2.8) / 2.8, d.value(), EXACT); // 0 at one SDD, 1 at two
        assertEquals(d.value(), right.value(), 0);
        assertEquals(100 * (4.8 - 2.8) / 2.8, r.rightScore().score(), EXACT); // FPPA and trunk lean not scored
        assertEquals(0, r.leftScore().score(), 0);
        assertTrue(right.notes().stream().anyMatch(n -> n.endsWith("scored on the difference between the sides only")),
                right.notes().toString());
    }

    @Test
    void theSideDifferenceIsZeroWithinOneSddAndFullFromTwo() {
        MetricSummary low = new MetricSummary(Metric.CPD, 3, 1, 1, 1, 0.9);
        assertEquals(0, SideDifference.of(new MetricSummary(Metric.CPD, 3, 3.8, 3.8, 3.8, 0.9), low, 2.8).value(),
                0);
        assertEquals(1, SideDifference.of(new MetricSummary(Metric.CPD, 3, 6.6, 6.6, 6.6, 0.9), low, 2.8).value(),
                0);
        assertEquals(null, SideDifference.of(new MetricSummary(Metric.CPD, 2, 9, 9, 9, 0.9), low, 2.8),
                "fewer than 3 events on a side");
        assertEquals(null, SideDifference.of(new MetricSummary(Metric.CPD, 3, 9, 9, 9, 0.9), low, Double.NaN),
                "no SDD");
    }

    /** With a band and a side difference, the larger part counts: the band's 0 does not hide a one-sided drop. */
    @Test
    void theLargerOfBandAndSideDifferenceCounts() {
        List<EventValues> events = new ArrayList<>(events(Side.LEFT, 3, 2, 5, 0, 0.9));
        events.addAll(events(Side.RIGHT, 3, 2, 24, 0, 0.9));
        ScoreComponent fppa = WeaknessScoring.score(Task.SINGLE_LEG_SQUAT, Sex.FEMALE, events,
                ReferenceTable.builtIn()).rightScore().component(Metric.FPPA);
        assertTrue(fppa.hasBand());
        assertEquals(1, fppa.bandValue(), 0); // 24 is above the symptomatic mean 16.8
        assertEquals(1, fppa.value(), 0);
        ScoreComponent left = WeaknessScoring.score(Task.SINGLE_LEG_SQUAT, Sex.FEMALE, events,
                ReferenceTable.builtIn()).leftScore().component(Metric.FPPA);
        assertEquals(0, left.bandValue(), 0);
        assertEquals(0, left.sideDifference().orElseThrow().value(), 0);
    }

    /** The exercises show for a high score, or for one measure half-way to the pattern; not for a weak finding. */
    @Test
    void exercisesShowForAHighScoreOrOneClearMeasure() {
        List<EventValues> events = new ArrayList<>(events(Side.LEFT, 3, 2, 0, 0, 0.9));
        events.addAll(events(Side.RIGHT, 3, 2 + 2.8 * 1.6, 0, 0, 0.9)); // CPD value 0.6
        ScoreResult r = WeaknessScoring.score(Task.WALK, Sex.UNKNOWN, events, ReferenceTable.builtIn());
        assertEquals(0.6, r.rightScore().component(Metric.CPD).value(), EXACT);
        assertTrue(r.rightScore().score() < Exercises.HIGH_SCORE, "one measure alone: " + r.rightScore().score());
        assertTrue(Exercises.shownFor(r.rightScore()));
        assertFalse(Exercises.shownFor(r.leftScore()));
        List<EventValues> weak = new ArrayList<>(events(Side.LEFT, 3, 2, 0, 0, 0.9));
        weak.addAll(events(Side.RIGHT, 3, 2 + 2.8 * 1.4, 0, 0, 0.9));
        assertFalse(Exercises.shownFor(WeaknessScoring.score(Task.WALK, Sex.UNKNOWN, weak, ReferenceTable.builtIn())
                .rightScore()));
    }
}
