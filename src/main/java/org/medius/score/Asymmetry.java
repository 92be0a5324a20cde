package org.medius.score;

import java.util.Objects;
import java.util.Optional;

/**
 * Right minus left of the side medians of an angle, in degrees (no percentage symmetry index: it explodes near
 * zero). Flagged only when the difference is larger than the smallest detectable difference (SDD) of the
 * reference table; where the table gives an SDD range, the table holds its upper, conservative end.
 *
 * @param metric            CPD, FPPA or trunk lean
 * @param leftMedianDeg     median of the left side, degrees (NaN when no left event has a value)
 * @param rightMedianDeg    median of the right side, degrees
 * @param rightMinusLeftDeg right - left, degrees; NaN when either median is NaN
 * @param sddDeg            the SDD used, degrees; NaN when the table has none for the task and metric
 * @param sddReference      the table row of the SDD (citation, confirmed, note)
 * @param exceedsSdd        true only when |right - left| > SDD (strictly; never when either is NaN)
 */
public record Asymmetry(Metric metric, double leftMedianDeg, double rightMedianDeg, double rightMinusLeftDeg,
                        double sddDeg, Optional<ReferenceRow> sddReference, boolean exceedsSdd) {
    public Asymmetry {
        Objects.requireNonNull(metric, "metric");
        Objects.requireNonNull(sddReference, "sddReference");
    }

    /** The asymmetry of two side medians with the SDD row (or none). */
    public static Asymmetry of(Metric metric, double leftMedianDeg, double rightMedianDeg,
                               Optional<ReferenceRow> sdd) {
        double diff = rightMedianDeg - leftMedianDeg;
        double sddDeg = sdd.map(ReferenceRow::value).orElse(Double.NaN);
        return new Asymmetry(metric, leftMedianDeg, rightMedianDeg, diff, sddDeg, sdd, Math.abs(diff) > sddDeg);
    }
}
