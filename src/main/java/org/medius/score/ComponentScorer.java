package org.medius.score;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.medius.model.Sex;
import org.medius.model.Side;
import org.medius.model.Task;

/** Builds one {@link ScoreComponent} from a side's summary of a metric and the reference table. */
final class ComponentScorer {
    /** Steps recommended per side for walking and running (Dingenen et al. 2018: mean of >= 7 steps). */
    static final int RECOMMENDED_STEPS = 7;
    /** Repetitions recommended per side for squat, lunge and single-leg squat (docs/measurement.md). */
    static final int RECOMMENDED_REPETITIONS = 3;
    /** Holds per side for the single-leg stance test: the clinical test is one hold per leg. */
    static final int RECOMMENDED_HOLDS = 1;

    private ComponentScorer() {
    }

    /** (median - low) / (high - low) clamped to [0, 1]; requires low < high. NaN for a NaN median. */
    static double bandValue(double medianDeg, double lowDeg, double highDeg) {
        if (!(lowDeg < highDeg)) {
            throw new IllegalArgumentException("band low " + lowDeg + " must be below high " + highDeg);
        }
        if (Double.isNaN(medianDeg)) {
            return Double.NaN;
        }
        return Math.min(1, Math.max(0, (medianDeg - lowDeg) / (highDeg - lowDeg)));
    }

    static ScoreComponent score(Task task, ScoringSettings settings, Side side, MetricSummary summary,
                                ReferenceTable table) {
        Metric metric = summary.metric();
        Sex sex = settings.sex();
        ReferenceLookup healthy = table.find(task, metric, ReferenceRole.HEALTHY, sex, true);
        ReferenceLookup symptomatic = table.find(task, metric, ReferenceRole.SYMPTOMATIC, sex, true);
        List<ReferenceRow> refs = new ArrayList<>();
        healthy.row().ifPresent(refs::add);
        symptomatic.row().ifPresent(refs::add);
        List<String> notes = new ArrayList<>();
        addDistinct(notes, healthy.notes());
        addDistinct(notes, symptomatic.notes());
        refs.forEach(r -> addDistinct(notes, r.note().isEmpty() ? List.of() : List.of(r.note())));
        double median = summary.median();
        int count = summary.count();
        if (!healthy.isPresent() || !symptomatic.isPresent()) {
            String reason = healthy.isPresent() ? symptomatic.missingReason() : healthy.missingReason();
            return new ScoreComponent(metric, ComponentStatus.NO_REFERENCE, reason, median, count, Double.NaN,
                    Double.NaN, Double.NaN, Double.NaN, Double.NaN, List.of(), notes, refs);
        }
        ReferenceRow h = healthy.row().orElseThrow();
        ReferenceRow s = symptomatic.row().orElseThrow();
        double low = h.healthyUpperBoundDeg();
        double high = s.meanDeg();
        if (!(low < high)) {
            String reason = "healthy mean + 1 SD (" + Numbers.format(h.meanDeg()) + " + " + Numbers.format(h.sdDeg())
                    + " = " + Numbers.format(low) + " deg, " + h.citation() + ") is not below the symptomatic-group"
                    + " mean (" + Numbers.format(high) + " deg, " + s.citation() + "): the groups overlap, so "
                    + metric.fileName() + " is not scored for " + task.cliName();
            return new ScoreComponent(metric, ComponentStatus.NOT_DISCRIMINATIVE, reason, median, count, low, high,
                    Double.NaN, Double.NaN, Double.NaN, List.of(), notes, refs);
        }
        if (count == 0) {
            String reason = "no " + side.name().toLowerCase(Locale.ROOT) + " " + eventWord(task)
                    + " with a " + metric.fileName() + " value";
            return new ScoreComponent(metric, ComponentStatus.NO_DATA, reason, median, count, low, high,
                    Double.NaN, Double.NaN, Double.NaN, List.of(), notes, refs);
        }
        ReferenceLookup sdd = table.find(task, metric, ReferenceRole.SDD, sex, false);
        ReferenceLookup weight = table.find(task, metric, ReferenceRole.WEIGHT, sex, false);
        ReferenceRow w = weight.row().orElseThrow(() -> new IllegalStateException(
                "no weight for " + metric.fileName() + " in " + table.source()));
        sdd.row().ifPresent(refs::add);
        refs.add(w);
        addDistinct(notes, sdd.notes());
        double sddDeg = sdd.row().map(ReferenceRow::value).orElse(Double.NaN);
        List<String> uncertain = new ArrayList<>();
        if (sdd.row().isPresent()) {
            String sddText = "the SDD (" + Numbers.format(sddDeg) + " deg, " + sdd.row().get().citation() + ")";
            if (Math.abs(median - low) <= sddDeg) {
                uncertain.add("median " + Numbers.format(median) + " deg is within " + sddText
                        + " of the healthy upper bound " + Numbers.format(low) + " deg");
            }
            if (Math.abs(median - high) <= sddDeg) {
                uncertain.add("median " + Numbers.format(median) + " deg is within " + sddText
                        + " of the symptomatic-group mean " + Numbers.format(high) + " deg");
            }
        } else {
            notes.add("no SDD in the table for " + metric.fileName() + ": nearness to the band edges not checked");
        }
        int recommended = recommendedEvents(task);
        if (count < recommended) {
            uncertain.add(count + " " + (count == 1 ? eventWord(task).replaceAll("s$", "") : eventWord(task))
                    + " with a value; at least " + recommended
                    + " recommended" + recommendedEventsSource(task));
        }
        double confidence = summary.meanConfidence();
        if (Double.isNaN(confidence)) {
            uncertain.add("mean keypoint confidence unknown");
        } else if (confidence < settings.minMeanConfidence()) {
            uncertain.add("mean keypoint confidence " + Numbers.format(confidence) + " is below "
                    + Numbers.format(settings.minMeanConfidence()));
        }
        return new ScoreComponent(metric, ComponentStatus.OK, "", median, count, low, high, sddDeg, w.value(),
                bandValue(median, low, high), uncertain, notes, refs);
    }

    static String eventWord(Task task) {
        return task.eventsWord();
    }

    private static void addDistinct(List<String> into, List<String> more) {
        for (String s : more) {
            if (!into.contains(s)) {
                into.add(s);
            }
        }
    }

    /** Events per side below which a component is uncertain: 7 steps (walk, run), 1 hold, or 3 repetitions. */
    static int recommendedEvents(Task task) {
        return task == Task.WALK || task == Task.RUN ? RECOMMENDED_STEPS
                : task.holds() ? RECOMMENDED_HOLDS : RECOMMENDED_REPETITIONS;
    }

    static String recommendedEventsSource(Task task) {
        return task == Task.WALK || task == Task.RUN ? " (Dingenen et al. 2018)" : "";
    }
}
