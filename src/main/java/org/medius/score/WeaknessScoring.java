package org.medius.score;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.medius.model.Sex;
import org.medius.model.Side;
import org.medius.model.Task;

/**
 * The score stage (docs/measurement.md, "Per-side summary and the weakness score"; docs/score.md): per-side
 * summaries, right-left asymmetries against the SDD, and the weakness score per side. Independent of how the
 * events were found.
 */
public final class WeaknessScoring {
    /** The score components, in the order they are reported. */
    public static final List<Metric> COMPONENTS = Metric.scoreComponents();
    /** The one line shown with every score. */
    public static final String STATEMENT = "The weakness score describes how the body moved, a pattern linked to"
            + " weak hip abductors; it is not a strength test.";
    /** Why it is not a strength test, for the sources section. */
    public static final String STATEMENT_SOURCE = "Not a strength test: nerve-block studies showed a large loss of hip"
            + " abductor strength without a change in pelvic drop (Kendall et al. 2013; Pohl et al. 2015).";

    private WeaknessScoring() {
    }

    /** Scores with the default confidence threshold. */
    public static ScoreResult score(Task task, Sex sex, List<EventValues> events, ReferenceTable table) {
        return score(task, ScoringSettings.of(sex), events, table);
    }

    /** Summaries, asymmetries and scores of both sides from the events of one analysis (both sides mixed). */
    public static ScoreResult score(Task task, ScoringSettings settings, List<EventValues> events,
                                    ReferenceTable table) {
        Objects.requireNonNull(task, "task");
        Objects.requireNonNull(settings, "settings");
        Objects.requireNonNull(table, "table");
        SideSummary left = SideSummary.of(Side.LEFT, events);
        SideSummary right = SideSummary.of(Side.RIGHT, events);
        List<Asymmetry> asymmetries = new ArrayList<>();
        for (Metric m : COMPONENTS) {
            Optional<ReferenceRow> sdd = table.find(task, m, ReferenceRole.SDD, settings.sex(), false).row();
            asymmetries.add(Asymmetry.of(m, left.get(m), right.get(m), sdd, Asymmetry.minEventsPerSide(task)));
        }
        List<TrendelenburgVerdict> trendelenburg = task.holds()
                ? List.of(TrendelenburgClassifier.judge(Side.LEFT, task, settings.sex(), events, table),
                        TrendelenburgClassifier.judge(Side.RIGHT, task, settings.sex(), events, table))
                : List.of();
        return new ScoreResult(task, settings, table.source(), left, right, asymmetries,
                sideScore(task, settings, left, right, table), sideScore(task, settings, right, left, table),
                trendelenburg);
    }

    /** The weakness score of one side from its summary and the other side's (for the side difference). */
    public static SideScore sideScore(Task task, ScoringSettings settings, SideSummary summary, SideSummary other,
                                      ReferenceTable table) {
        List<ScoreComponent> components = COMPONENTS.stream()
                .map(m -> ComponentScorer.score(task, settings, summary.side(), summary.get(m), other.get(m), table))
                .toList();
        double weighted = 0;
        double weights = 0;
        for (ScoreComponent c : components) {
            if (c.status() == ComponentStatus.OK) {
                weighted += c.weight() * c.value();
                weights += c.weight();
            }
        }
        if (components.stream().noneMatch(c -> c.status() == ComponentStatus.OK)) {
            StringBuilder why = new StringBuilder("no component could be scored");
            for (ScoreComponent c : components) {
                why.append("; ").append(c.metric().fileName()).append(": ").append(c.statusReason());
            }
            return new SideScore(summary.side(), Double.NaN, Optional.of(why.toString()), components);
        }
        if (!(weights > 0)) {
            return new SideScore(summary.side(), Double.NaN,
                    Optional.of("the weights of the scored components sum to 0 in the reference table"), components);
        }
        return new SideScore(summary.side(), 100 * weighted / weights, Optional.empty(), components);
    }
}
