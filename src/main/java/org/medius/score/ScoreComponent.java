package org.medius.score;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One component of the weakness score of one side (CPD, FPPA or trunk lean): its median, its band, its value and
 * everything needed to show where the numbers come from.
 *
 * <p>Two parts, each 0..1, and the value is the larger of those available: the band value maps the median
 * linearly onto a population band, 0 at or below {@code bandLowDeg} (healthy mean + 1 SD), 1 at or above
 * {@code bandHighDeg} (symptomatic-group mean); the side difference compares this side with the other against the
 * SDD ({@link SideDifference}, Medius's own). A component is scored (OK) when either part is available.
 *
 * @param metric             CPD, FPPA or trunk lean
 * @param status             OK, or why the component is not scored
 * @param statusReason       for a status other than OK, the reason in words (e.g. "no confirmed reference for
 *                           walk"); empty for OK
 * @param medianDeg          median of the side's events, degrees; NaN when none had a value
 * @param eventCount         events with a value
 * @param bandLowDeg         healthy mean + 1 SD, degrees; NaN without a reference
 * @param bandHighDeg        symptomatic-group mean, degrees; NaN without a reference
 * @param sddDeg             SDD used for the uncertainty check, degrees; NaN when not OK or the table has none
 * @param weight             weight in the score, >= 0; NaN when the component is not scored
 * @param value              0..1 when OK (the larger of the band value and the side difference's value), else NaN
 * @param uncertaintyReasons why the component is uncertain (median within SDD of a band edge, fewer events than
 *                           recommended, low keypoint confidence); empty = not uncertain. Only for OK components.
 * @param notes              how the reference was chosen, e.g. "reference from women only", and row notes
 * @param references         the table rows used: healthy, symptomatic, then (when OK) SDD and weight
 * @param bandValue          the population band's part, 0..1; NaN without a usable band
 * @param sideDifference     the within-person part; empty when a side has fewer than 3 events or there is no SDD
 */
public record ScoreComponent(Metric metric, ComponentStatus status, String statusReason, double medianDeg,
                             int eventCount, double bandLowDeg, double bandHighDeg, double sddDeg, double weight,
                             double value, List<String> uncertaintyReasons, List<String> notes,
                             List<ReferenceRow> references, double bandValue,
                             Optional<SideDifference> sideDifference) {
    public ScoreComponent {
        Objects.requireNonNull(sideDifference, "sideDifference");
        Objects.requireNonNull(metric, "metric");
        Objects.requireNonNull(status, "status");
        statusReason = statusReason == null ? "" : statusReason;
        uncertaintyReasons = List.copyOf(uncertaintyReasons);
        notes = List.copyOf(notes);
        references = List.copyOf(references);
    }

    /** True when a population band took part in the value. */
    public boolean hasBand() {
        return Double.isFinite(bandValue);
    }

    /** True when the component is scored but uncertain (see {@link #uncertaintyReasons()}). */
    public boolean uncertain() {
        return !uncertaintyReasons.isEmpty();
    }

    /** True when every reference number used (band, SDD) was read in its primary source; weights do not count. */
    public boolean confirmed() {
        return references.stream().filter(r -> r.role() != ReferenceRole.WEIGHT).allMatch(ReferenceRow::confirmed);
    }

    /** The distinct citations of {@link #references()}, in order. */
    public List<String> citations() {
        return references.stream().map(ReferenceRow::citation).distinct().toList();
    }
}
