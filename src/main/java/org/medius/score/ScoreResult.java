package org.medius.score;

import java.util.List;
import java.util.Objects;
import org.medius.model.Side;
import org.medius.model.Task;

/**
 * Per-side summaries, asymmetries and weakness scores of one analysis: everything the viewer, the reports and the
 * exports show of the score stage. Built by {@link WeaknessScoring#score}.
 *
 * @param task            the task
 * @param settings        sex and confidence threshold used
 * @param referenceSource the reference table's file (or the built-in resource)
 * @param left            summary of the left side's events
 * @param right           summary of the right side's events
 * @param asymmetries     right - left of CPD, FPPA and trunk lean, in that order
 * @param leftScore       weakness score of the left side
 * @param rightScore      weakness score of the right side
 * @param trendelenburg   the single-leg stance test's verdict per leg (left, right); empty for the other tasks
 */
public record ScoreResult(Task task, ScoringSettings settings, String referenceSource, SideSummary left,
                          SideSummary right, List<Asymmetry> asymmetries, SideScore leftScore, SideScore rightScore,
                          List<TrendelenburgVerdict> trendelenburg) {
    public ScoreResult {
        Objects.requireNonNull(task, "task");
        Objects.requireNonNull(settings, "settings");
        asymmetries = List.copyOf(asymmetries);
        trendelenburg = List.copyOf(trendelenburg);
    }

    /** The Trendelenburg verdict on the leg stood on, when the task is the single-leg stance. */
    public java.util.Optional<TrendelenburgVerdict> trendelenburg(Side stance) {
        return trendelenburg.stream().filter(v -> v.stanceSide() == stance).findFirst();
    }

    /** The one line every UI and report shows with the score ({@link WeaknessScoring#STATEMENT}). */
    public String statement() {
        return WeaknessScoring.STATEMENT;
    }

    public SideSummary summary(Side side) {
        return side == Side.LEFT ? left : right;
    }

    public SideScore score(Side side) {
        return side == Side.LEFT ? leftScore : rightScore;
    }

    /** The asymmetry of CPD, FPPA or trunk lean. */
    public Asymmetry asymmetry(Metric metric) {
        return asymmetries.stream().filter(a -> a.metric() == metric).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no asymmetry for " + metric.fileName()));
    }
}
