package org.medius.score;

import java.util.List;
import java.util.Objects;
import org.medius.signal.Quantiles;

/**
 * Median and interquartile range of one metric over the events of one side. Quantiles by linear interpolation
 * (R type 7, {@link Quantiles}). Events whose value is not finite are left out of every number here. Units are
 * the metric's: degrees, or a fraction of leg length for {@link Metric#FPKD}.
 *
 * @param metric         the metric
 * @param count          events with a finite value
 * @param median         Q(0.5); NaN when count is 0
 * @param q1             Q(0.25); NaN when count is 0
 * @param q3             Q(0.75); NaN when count is 0
 * @param meanConfidence mean of the finite keypoint confidences of the counted events, 0..1; NaN when none
 */
public record MetricSummary(Metric metric, int count, double median, double q1, double q3, double meanConfidence) {
    public MetricSummary {
        Objects.requireNonNull(metric, "metric");
    }

    /** The summary of {@code metric} over the given events (all of one side). */
    public static MetricSummary of(Metric metric, List<EventValues> events) {
        double[] sorted = Quantiles.finiteSorted(events.stream().mapToDouble(e -> e.value(metric)).toArray());
        double meanConfidence = events.stream()
                .filter(e -> Double.isFinite(e.value(metric)))
                .mapToDouble(EventValues::meanConfidence)
                .filter(Double::isFinite)
                .average().orElse(Double.NaN);
        return new MetricSummary(metric, sorted.length, Quantiles.ofSorted(sorted, 0.5),
                Quantiles.ofSorted(sorted, 0.25), Quantiles.ofSorted(sorted, 0.75), meanConfidence);
    }

    /** Q3 - Q1; NaN when count is 0. */
    public double iqr() {
        return q3 - q1;
    }
}
