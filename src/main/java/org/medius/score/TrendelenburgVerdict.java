package org.medius.score;

import java.util.List;
import java.util.Objects;
import org.medius.model.Side;

/**
 * The single-leg stance (Trendelenburg) test's verdict on one leg, with the numbers it rests on.
 *
 * @param stanceSide      the leg stood on
 * @param outcome         negative, positive, compensated or not measured
 * @param holdCount       holds on this leg with a frontal-plane value
 * @param freeSideDropDeg the free side's pelvic drop, degrees (CPD with {@code stanceSide} as stance, + = the free
 *                        side lower): the median over the hold (the median of the holds' medians when several); NaN
 *                        when not measured
 * @param trunkLeanDeg    lateral trunk lean towards the stance leg, degrees, the same way; NaN when not measured
 * @param dropSddDeg      the CPD's SDD from the reference table, the threshold of a drop; NaN when the table has none
 * @param leanSddDeg      the trunk lean's SDD, the threshold of a compensating lean; NaN when the table has none
 * @param sentence        the verdict in plain words, for the person tested
 * @param references      the SDD rows used
 */
public record TrendelenburgVerdict(Side stanceSide, TrendelenburgOutcome outcome, int holdCount,
        double freeSideDropDeg, double trunkLeanDeg, double dropSddDeg, double leanSddDeg, String sentence,
        List<ReferenceRow> references) {
    public TrendelenburgVerdict {
        Objects.requireNonNull(stanceSide, "stanceSide");
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(sentence, "sentence");
        references = List.copyOf(references);
    }
}
