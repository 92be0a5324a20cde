package org.medius.score;

import java.util.List;
import java.util.Objects;
import org.medius.model.Side;

/**
 * The per-event metrics of one side summarised (docs/measurement.md, "Per-side summary").
 *
 * @param side       the side
 * @param eventCount events (stances or repetitions) of this side, with or without values
 * @param cpd        contralateral pelvic drop, degrees
 * @param fppa       knee FPPA, degrees
 * @param fpkd       knee displacement / leg length
 * @param trunkLean  lateral trunk lean towards the side, degrees
 */
public record SideSummary(Side side, int eventCount, MetricSummary cpd, MetricSummary fppa, MetricSummary fpkd,
                          MetricSummary trunkLean) {
    public SideSummary {
        Objects.requireNonNull(side, "side");
    }

    /** The summary of the events of {@code side} among {@code events} (events of the other side are skipped). */
    public static SideSummary of(Side side, List<EventValues> events) {
        List<EventValues> own = events.stream().filter(e -> e.side() == side).toList();
        return new SideSummary(side, own.size(), MetricSummary.of(Metric.CPD, own), MetricSummary.of(Metric.FPPA, own),
                MetricSummary.of(Metric.FPKD, own), MetricSummary.of(Metric.TRUNK_LEAN, own));
    }

    /** The summary of a per-event metric. */
    public MetricSummary get(Metric metric) {
        return switch (metric) {
            case CPD -> cpd;
            case FPPA -> fppa;
            case FPKD -> fpkd;
            case TRUNK_LEAN -> trunkLean;
            case HIP_ADDUCTION, KNEE_ABDUCTION_3D ->
                    throw new IllegalArgumentException(metric.fileName() + " is not measured per event");
        };
    }
}
