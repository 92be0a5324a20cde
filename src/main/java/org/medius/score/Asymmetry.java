package org.medius.score;

import java.util.Objects;
import java.util.Optional;

/**
 * Right minus left of the side medians of an angle, in degrees (no percentage symmetry index: it explodes near
 * zero). Flagged only when the difference is larger than the smallest detectable difference (SDD) of the
 * reference table, and only when each side has at least {@value #MIN_EVENTS_PER_SIDE} events with a value (a
 * median of one or two events is not a person's typical value); where the table gives an SDD range, the table
 * holds its upper, conservative end.
 *
 * @param metric            CPD, FPPA or trunk lean
 * @param leftMedianDeg     median of the left side, degrees (NaN when no left event has a value)
 * @param rightMedianDeg    median of the right side, degrees
 * @param rightMinusLeftDeg right - left, degrees; NaN when either median is NaN
 * @param sddDeg            the SDD used, degrees; NaN when the table has none for the task and metric
 * @param sddReference      the table row of the SDD (citation, confirmed, note)
 * @param enoughEvents      true when each side has at least {@value #MIN_EVENTS_PER_SIDE} events with a value
 * @param exceedsSdd        true only when there are enough events and |right - left| > SDD (strictly; never when
 *                          either is NaN)
 */
public record Asymmetry(Metric metric, double leftMedianDeg, double rightMedianDeg, double rightMinusLeftDeg,
                        double sddDeg, Optional<ReferenceRow> sddReference, boolean enoughEvents,
                        boolean exceedsSdd) {
    /** Fewer events than this on either side: the sides are not compared. */
    public static final int MIN_EVENTS_PER_SIDE = 3;

    public Asymmetry {
        Objects.requireNonNull(metric, "metric");
        Objects.requireNonNull(sddReference, "sddReference");
    }

    /**
     * Events with a value needed on each side to compare the sides: {@value #MIN_EVENTS_PER_SIDE} steps or
     * repetitions, but one hold of the single-leg stance test, whose value is already a median over at least a
     * second of standing (Medius's own rule, docs/score.md).
     */
    public static int minEventsPerSide(org.medius.model.Task task) {
        return task.holds() ? 1 : MIN_EVENTS_PER_SIDE;
    }

    /** The asymmetry of two side summaries of steps or repetitions with the SDD row (or none). */
    public static Asymmetry of(Metric metric, MetricSummary left, MetricSummary right, Optional<ReferenceRow> sdd) {
        return of(metric, left, right, sdd, MIN_EVENTS_PER_SIDE);
    }

    /** The asymmetry of two side summaries with the SDD row (or none), needing {@code minEvents} per side. */
    public static Asymmetry of(Metric metric, MetricSummary left, MetricSummary right, Optional<ReferenceRow> sdd,
            int minEvents) {
        double diff = right.median() - left.median();
        double sddDeg = sdd.map(ReferenceRow::value).orElse(Double.NaN);
        boolean enough = left.count() >= minEvents && right.count() >= minEvents;
        return new Asymmetry(metric, left.median(), right.median(), diff, sddDeg, sdd, enough,
                enough && Math.abs(diff) > sddDeg);
    }

    /** "fewer than 3 events on a side" and the like, or empty when the sides can be compared. */
    public String tooFewEventsText() {
        return enoughEvents ? "" : "not compared: too few events with a value on a side";
    }
}
