package org.medius.score;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.medius.model.Side;

/**
 * The weakness score of one side: 0..100, higher = more of the movement pattern associated with hip-abductor
 * weakness; the weighted mean x 100 of the values of the components with status OK. NaN, never 0, when no
 * component could be scored.
 *
 * @param side          the side
 * @param score         0..100, or NaN
 * @param noScoreReason why the score is NaN; empty when it is a number
 * @param components    CPD, FPPA and trunk lean, in that order, scored or not
 */
public record SideScore(Side side, double score, Optional<String> noScoreReason, List<ScoreComponent> components) {
    public SideScore {
        Objects.requireNonNull(side, "side");
        Objects.requireNonNull(noScoreReason, "noScoreReason");
        components = List.copyOf(components);
    }

    /** True when any scored component is uncertain. */
    public boolean uncertain() {
        return components.stream().anyMatch(c -> c.status() == ComponentStatus.OK && c.uncertain());
    }

    /** The component of a metric. */
    public ScoreComponent component(Metric metric) {
        return components.stream().filter(c -> c.metric() == metric).findFirst()
                .orElseThrow(() -> new IllegalArgumentException(metric.fileName() + " is not a score component"));
    }

    /** The components that count in the score. */
    public List<ScoreComponent> scoredComponents() {
        return components.stream().filter(c -> c.status() == ComponentStatus.OK).toList();
    }
}
