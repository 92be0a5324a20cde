package org.medius.score;

import java.util.Objects;
import org.medius.model.Side;

/**
 * The values read in one event: one stance (walk, run), one repetition (squat, lunge, single-leg squat) or one hold
 * (single-leg stance) of the given side. Any value may be NaN (or infinite) = not measurable in this event, e.g. FPPA
 * flagged unreliable at depth; such values are left out of the summaries.
 *
 * @param side           the stance or working side
 * @param cpdDeg         peak contralateral pelvic drop in the event, degrees; + = the other side's hip is lower
 * @param fppaDeg        knee FPPA of {@code side} at the deepest frame, degrees; + = valgus (knee medial)
 * @param fpkd           knee displacement from the hip-ankle line / leg length at the deepest frame; + = medial
 * @param trunkLeanDeg   peak lateral trunk lean, degrees; + = towards {@code side}
 * @param meanConfidence mean keypoint confidence of hips, knees and ankles over the event, in [0, 1], or NaN
 * @param cpdMedianDeg   a hold of the single-leg stance test: the median CPD over the hold, degrees; NaN otherwise
 * @param trunkLeanMedianDeg a hold: the median trunk lean towards {@code side} over the hold, degrees; NaN otherwise
 */
public record EventValues(Side side, double cpdDeg, double fppaDeg, double fpkd, double trunkLeanDeg,
                          double meanConfidence, double cpdMedianDeg, double trunkLeanMedianDeg) {
    public EventValues {
        Objects.requireNonNull(side, "side");
        if (!Double.isNaN(meanConfidence) && !(meanConfidence >= 0 && meanConfidence <= 1)) {
            throw new IllegalArgumentException("mean confidence must lie in [0, 1] or be NaN, got " + meanConfidence);
        }
    }

    /** The values of a stance or repetition, which has no hold medians. */
    public EventValues(Side side, double cpdDeg, double fppaDeg, double fpkd, double trunkLeanDeg,
                       double meanConfidence) {
        this(side, cpdDeg, fppaDeg, fpkd, trunkLeanDeg, meanConfidence, Double.NaN, Double.NaN);
    }

    /** The value of a per-event metric; throws for metrics not measured per event (hip adduction, 3D). */
    public double value(Metric metric) {
        return switch (metric) {
            case CPD -> cpdDeg;
            case FPPA -> fppaDeg;
            case FPKD -> fpkd;
            case TRUNK_LEAN -> trunkLeanDeg;
            case HIP_ADDUCTION, KNEE_ABDUCTION_3D ->
                    throw new IllegalArgumentException(metric.fileName() + " is not measured per event");
        };
    }
}
