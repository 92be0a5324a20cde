package org.medius.score;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
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
                                MetricSummary other, ReferenceTable table) {
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
        ReferenceLookup sdd = table.find(task, metric, ReferenceRole.SDD, sex, false);
        double sddDeg = sdd.row().map(ReferenceRow::value).orElse(Double.NaN);
        Optional<SideDifference> difference = Optional.ofNullable(SideDifference.of(summary, other, sddDeg,
                Asymmetry.minEventsPerSide(task)));
        double low = Double.NaN;
        double high = Double.NaN;
        String noBand;
        if (!healthy.isPresent() || !symptomatic.isPresent()) {
            noBand = healthy.isPresent() ? symptomatic.missingReason() : healthy.missingReason();
        } else {
            ReferenceRow h = healthy.row().orElseThrow();
            ReferenceRow s = symptomatic.row().orElseThrow();
            low = h.healthyUpperBoundDeg();
            high = s.meanDeg();
            noBand = low < high ? "" : "healthy mean + 1 SD (" + Numbers.format(h.meanDeg()) + " + "
                    + Numbers.format(h.sdDeg()) + " = " + Numbers.format(low) + " deg, " + h.citation()
                    + ") is not below the symptomatic-group mean (" + Numbers.format(high) + " deg, " + s.citation()
                    + "): the groups overlap, so " + words(metric) + " has no population band for "
                    + task.cliName();
        }
        boolean band = noBand.isEmpty();
        if (!band && difference.isEmpty()) {
            String reason = noBand + "; " + sidesNotCompared(summary, other, sddDeg, Asymmetry.minEventsPerSide(task));
            ComponentStatus status = healthy.isPresent() && symptomatic.isPresent()
                    ? ComponentStatus.NOT_DISCRIMINATIVE : ComponentStatus.NO_REFERENCE;
            return new ScoreComponent(metric, status, reason, median, count, low, high, Double.NaN, Double.NaN,
                    Double.NaN, List.of(), notes, refs, Double.NaN, Optional.empty());
        }
        if (count == 0) {
            String reason = "no " + side.name().toLowerCase(Locale.ROOT) + " " + eventWord(task)
                    + " with a " + words(metric) + " value";
            return new ScoreComponent(metric, ComponentStatus.NO_DATA, reason, median, count, low, high,
                    Double.NaN, Double.NaN, Double.NaN, List.of(), notes, refs, Double.NaN, Optional.empty());
        }
        if (!band) {
            notes.add(noBand + ": scored on the difference between the sides only");
        }
        ReferenceLookup weight = table.find(task, metric, ReferenceRole.WEIGHT, sex, false);
        ReferenceRow w = weight.row().orElseThrow(() -> new IllegalStateException(
                "no weight for " + metric.fileName() + " in " + table.source()));
        sdd.row().ifPresent(refs::add);
        refs.add(w);
        addDistinct(notes, sdd.notes());
        List<String> uncertain = new ArrayList<>();
        if (band && sdd.row().isPresent()) {
            String sddText = "the SDD (" + Numbers.format(sddDeg) + " deg, " + sdd.row().get().citation() + ")";
            if (Math.abs(median - low) <= sddDeg) {
                uncertain.add("median " + Numbers.format(median) + " deg is within " + sddText
                        + " of the healthy upper bound " + Numbers.format(low) + " deg");
            }
            if (Math.abs(median - high) <= sddDeg) {
                uncertain.add("median " + Numbers.format(median) + " deg is within " + sddText
                        + " of the symptomatic-group mean " + Numbers.format(high) + " deg");
            }
        } else if (band) {
            notes.add("no SDD in the table for " + words(metric) + ": nearness to the band edges not checked");
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
        double bandValue = band ? bandValue(median, low, high) : Double.NaN;
        double value = difference.map(d -> band ? Math.max(d.value(), bandValue) : d.value()).orElse(bandValue);
        return new ScoreComponent(metric, ComponentStatus.OK, "", median, count, band ? low : Double.NaN,
                band ? high : Double.NaN, sddDeg, w.value(), value, uncertain, notes, refs, bandValue, difference);
    }

    /** Why the within-person part is missing, in words. */
    private static String sidesNotCompared(MetricSummary own, MetricSummary other, double sddDeg, int minEvents) {
        if (!(sddDeg > 0)) {
            return "no SDD in the table to compare the sides";
        }
        return "the sides cannot be compared (fewer than " + minEvents + " "
                + "events with a value on a side: " + own.count() + " here, " + other.count() + " on the other)";
    }

    /** The metric in running text: "pelvic drop", "knee FPPA", "trunk lean". */
    static String words(Metric metric) {
        String name = metric.shortName();
        return Character.toLowerCase(name.charAt(0)) + name.substring(1);
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
