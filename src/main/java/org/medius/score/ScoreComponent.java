package org.medius.score;

import java.util.List;
import java.util.Objects;

/**
 * One component of the weakness score of one side (CPD, FPPA or trunk lean): its median, its band, its value and
 * everything needed to show where the numbers come from.
 *
 * <p>The value maps the median linearly onto the band: 0 at or below {@code bandLowDeg} (healthy mean + 1 SD),
 * 1 at or above {@code bandHighDeg} (symptomatic-group mean), {@code (median - low) / (high - low)} between.
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
 * @param value              0..1 when OK, else NaN
 * @param uncertaintyReasons why the component is uncertain (median within SDD of a band edge, fewer events than
 *                           recommended, low keypoint confidence); empty = not uncertain. Only for OK components.
 * @param notes              how the reference was chosen, e.g. "reference from women only", and row notes
 * @param references         the table rows used: healthy, symptomatic, then (when OK) SDD and weight
 */
public record ScoreComponent(Metric metric, ComponentStatus status, String statusReason, double medianDeg,
                             int eventCount, double bandLowDeg, double bandHighDeg, double sddDeg, double weight,
                             double value, List<String> uncertaintyReasons, List<String> notes,
                             List<ReferenceRow> references) {
    public ScoreComponent {
        Objects.requireNonNull(metric, "metric");
        Objects.requireNonNull(status, "status");
        statusReason = statusReason == null ? "" : statusReason;
        uncertaintyReasons = List.copyOf(uncertaintyReasons);
        notes = List.copyOf(notes);
        references = List.copyOf(references);
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
