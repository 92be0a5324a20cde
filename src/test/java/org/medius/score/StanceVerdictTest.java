package org.medius.score;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.medius.model.Sex;
import org.medius.model.Side;
import org.medius.model.Task;

/**
 * {@link TrendelenburgClassifier}, the single-leg stance test's verdict: the published direction, and the SDD
 * thresholds read from the table.
 */
class StanceVerdictTest {
    private static final double NAN = Double.NaN;

    @Test
    void aDropLargerThanTheSddIsPositiveAndOneEqualToItIsNot() {
        assertEquals(TrendelenburgOutcome.POSITIVE, TrendelenburgClassifier.classify(2.81, 0, 2.8, 2.3));
        assertEquals(TrendelenburgOutcome.NEGATIVE, TrendelenburgClassifier.classify(2.8, 0, 2.8, 2.3));
        assertEquals(TrendelenburgOutcome.POSITIVE, TrendelenburgClassifier.classify(7, 5, 2.8, 2.3),
                "a drop with a lean is still a drop");
    }

    @Test
    void theFreeSideLevelOrRisingIsNegative() {
        assertEquals(TrendelenburgOutcome.NEGATIVE, TrendelenburgClassifier.classify(0, 0, 2.8, 2.3));
        assertEquals(TrendelenburgOutcome.NEGATIVE, TrendelenburgClassifier.classify(-4, 0, 2.8, 2.3));
        assertEquals(TrendelenburgOutcome.NEGATIVE, TrendelenburgClassifier.classify(1, 2.3, 2.8, 2.3));
        assertEquals(TrendelenburgOutcome.NEGATIVE, TrendelenburgClassifier.classify(1, -6, 2.8, 2.3),
                "a lean away from the stance leg does not compensate");
    }

    @Test
    void aLevelPelvisWithTheTrunkOverTheStanceLegIsCompensated() {
        assertEquals(TrendelenburgOutcome.COMPENSATED, TrendelenburgClassifier.classify(1, 2.31, 2.8, 2.3));
        assertEquals(TrendelenburgOutcome.COMPENSATED, TrendelenburgClassifier.classify(-2, 6, 2.8, 2.3));
        assertEquals(TrendelenburgOutcome.NEGATIVE, TrendelenburgClassifier.classify(1, NAN, 2.8, 2.3));
    }

    @Test
    void withoutADropValueOrAnSddNothingIsJudged() {
        assertEquals(TrendelenburgOutcome.NOT_MEASURED, TrendelenburgClassifier.classify(NAN, 0, 2.8, 2.3));
        assertEquals(TrendelenburgOutcome.NOT_MEASURED, TrendelenburgClassifier.classify(9, 0, NAN, 2.3));
    }

    private static EventValues hold(Side side, double dropMedianDeg, double leanMedianDeg) {
        return new EventValues(side, dropMedianDeg + 1, NAN, NAN, leanMedianDeg + 1, 0.9, dropMedianDeg,
                leanMedianDeg);
    }

    @Test
    void theBuiltInTablesSddsAreTheThresholdsAndTheSentencesArePlain() {
        List<EventValues> holds = List.of(hold(Side.LEFT, 0.5, 1), hold(Side.RIGHT, 7, 0.5));
        ReferenceTable table = ReferenceTable.builtIn();
        TrendelenburgVerdict left = TrendelenburgClassifier.judge(Side.LEFT, Task.STANCE, Sex.UNKNOWN, holds, table);
        TrendelenburgVerdict right = TrendelenburgClassifier.judge(Side.RIGHT, Task.STANCE, Sex.UNKNOWN, holds, table);
        assertEquals(TrendelenburgOutcome.NEGATIVE, left.outcome());
        assertEquals(TrendelenburgOutcome.POSITIVE, right.outcome());
        assertEquals(2.8, right.dropSddDeg());
        assertEquals(2.3, right.leanSddDeg());
        assertEquals(7, right.freeSideDropDeg());
        assertEquals(1, right.holdCount());
        assertEquals("Standing on the right leg, the left side of the pelvis dropped 7.0 degrees (a positive"
                + " Trendelenburg sign); the trunk leaned 0.5 degrees towards the right leg.", right.sentence());
        assertEquals("Standing on the left leg, the right side of the pelvis was 0.5 degrees lower, within the 2.8"
                + " degrees a repeat measurement can differ by, so level: no Trendelenburg sign (negative).",
                left.sentence());
        assertEquals("Standing on the left leg, the right side of the pelvis stayed level or rose (the right side 1.5"
                + " degrees higher): no Trendelenburg sign (negative).", TrendelenburgClassifier.judge(Side.LEFT,
                Task.STANCE, Sex.UNKNOWN, List.of(hold(Side.LEFT, -1.5, 0)), table).sentence());
        assertEquals(List.of("Dingenen et al. 2018 Phys Ther Sport 33:40"),
                right.references().stream().map(ReferenceRow::citation).distinct().toList());
    }

    @Test
    void aCompensatedSignIsWordedAsALeanOverTheStanceLeg() {
        TrendelenburgVerdict v = TrendelenburgClassifier.judge(Side.LEFT, Task.STANCE, Sex.UNKNOWN,
                List.of(hold(Side.LEFT, -1, 5)), ReferenceTable.builtIn());
        assertEquals(TrendelenburgOutcome.COMPENSATED, v.outcome());
        assertEquals("Standing on the left leg, the pelvis stayed about level (the right side 1.0 degree higher), but"
                + " the trunk leaned 5.0 degrees towards the left leg (a compensated Trendelenburg sign).", v.sentence());
    }

    @Test
    void aTablesOwnSddMovesTheThreshold() throws IOException {
        ReferenceTable strict = ReferenceTableTest.table("""
                stance,cpd,sdd,,,,1.0,someone,no,
                stance,trunk_lean,sdd,,,,1.0,someone,no,
                """);
        TrendelenburgVerdict v = TrendelenburgClassifier.judge(Side.RIGHT, Task.STANCE, Sex.UNKNOWN,
                List.of(hold(Side.RIGHT, 2, 0)), strict);
        assertEquals(TrendelenburgOutcome.POSITIVE, v.outcome());
        assertEquals(1.0, v.dropSddDeg());
    }

    @Test
    void aLegWithoutAHoldIsNotMeasuredAndSaysSo() {
        TrendelenburgVerdict v = TrendelenburgClassifier.judge(Side.LEFT, Task.STANCE, Sex.UNKNOWN,
                List.of(hold(Side.RIGHT, 5, 0)), ReferenceTable.builtIn());
        assertEquals(TrendelenburgOutcome.NOT_MEASURED, v.outcome());
        assertEquals(0, v.holdCount());
        assertEquals("No stance on the left leg was measured (the test needs a hold seen from in front or behind).",
                v.sentence());
    }

    @Test
    void onlyTheStanceTaskGetsAVerdict() {
        List<EventValues> holds = List.of(hold(Side.LEFT, 0, 0), hold(Side.RIGHT, 6, 0));
        assertEquals(2, WeaknessScoring.score(Task.STANCE, Sex.UNKNOWN, holds, ReferenceTable.builtIn())
                .trendelenburg().size());
        assertEquals(List.of(), WeaknessScoring.score(Task.SINGLE_LEG_SQUAT, Sex.UNKNOWN, holds,
                ReferenceTable.builtIn()).trendelenburg());
    }
}
