package org.medius.score;

import java.util.Comparator;
import java.util.Locale;
import java.util.Optional;
import org.medius.model.Side;
import org.medius.model.Task;

/**
 * The score in words: one plain sentence per side that a patient understands, and one technical line per
 * component (numbers and sources) for the section a click or a page further. Every output (terminal summary,
 * report, viewer, JSON) takes its words from here, so they say the same thing.
 */
public final class ScoreWords {
    private ScoreWords() {
    }

    /**
     * E.g. "On the right leg the left side of the pelvis drops 4.8 degrees more than on the left leg: this
     * pattern is linked to a weaker right hip abductor (gluteus medius)."
     */
    public static String sentence(ScoreResult result, Side side) {
        SideScore score = result.score(side);
        String leg = legName(side);
        String onLeg = "On the " + leg + " leg";
        if (!Double.isFinite(score.score())) {
            return onLeg + " no score could be given: " + whyNoScore(result, side) + ".";
        }
        Optional<ScoreComponent> key = score.scoredComponents().stream()
                .filter(c -> c.value() > 0)
                .max(Comparator.comparingDouble(ScoreComponent::value));
        if (key.isEmpty()) {
            boolean band = score.scoredComponents().stream().anyMatch(ScoreComponent::hasBand);
            return onLeg + " the pelvis, knee and trunk moved " + (band
                    ? "within what is usual for people without hip problems"
                    : "no more than on the " + legName(side.other()) + " leg") + ".";
        }
        ScoreComponent c = key.get();
        String amount = amount(c, side);
        return switch (c.metric()) {
            case CPD -> onLeg + " the " + legName(side.other()) + " side of the pelvis drops " + amount
                    + ": this pattern is linked to a weaker " + leg + " hip abductor (gluteus medius).";
            case FPPA -> onLeg + " the knee moves inwards " + amount + ": this pattern is linked to weaker " + leg
                    + " hip muscles (gluteus medius) and to knee pain.";
            case TRUNK_LEAN -> onLeg + " the upper body leans towards the " + leg + " side " + amount
                    + ": a lean that takes load off a weaker " + leg + " hip abductor (gluteus medius).";
            default -> onLeg + " the " + c.metric().shortName().toLowerCase(Locale.ROOT) + " reads " + amount + ".";
        };
    }

    /** "4.8 degrees more than on the left leg" or "12.0 degrees (people without hip problems: up to 11.2)". */
    private static String amount(ScoreComponent c, Side side) {
        Optional<SideDifference> d = c.sideDifference();
        boolean fromDifference = d.isPresent() && (!c.hasBand() || d.get().value() >= c.bandValue());
        if (fromDifference) {
            return String.format(Locale.ROOT, "%.1f degrees more than on the %s leg", d.get().ownMinusOtherDeg(),
                    legName(side.other()));
        }
        return String.format(Locale.ROOT, "%.1f degrees, more than in most people without hip problems (up to %.1f)",
                c.medianDeg(), c.bandLowDeg());
    }

    /** Why a side has no score, in plain words. */
    private static String whyNoScore(ScoreResult result, Side side) {
        MetricSummary own = result.summary(side).get(Metric.CPD);
        MetricSummary other = result.summary(side.other()).get(Metric.CPD);
        if (own.count() == 0) {
            return "no " + eventWord(result.task(), 2) + " on this leg could be measured";
        }
        int needed = Asymmetry.minEventsPerSide(result.task());
        if (own.count() < needed || other.count() < needed) {
            return "comparing the legs needs at least " + needed + " "
                    + eventWord(result.task(), needed) + " on each leg (found " + own.count() + " on this leg and "
                    + other.count() + " on the other), and there is no published reference for this test";
        }
        return "there is no published reference for this test and the legs could not be compared";
    }

    /** One technical line per component: the median, the band, the side difference, the value and the sources. */
    public static String componentDetail(ScoreComponent c, Task task) {
        String name = c.metric().eventName();
        if (c.status() != ComponentStatus.OK) {
            return name + ": not scored, " + c.statusReason() + ".";
        }
        StringBuilder sb = new StringBuilder(String.format(Locale.ROOT, "%s: median %.1f\u00b0 over %d %s", name,
                c.medianDeg(), c.eventCount(), eventWord(task, c.eventCount())));
        if (c.hasBand()) {
            sb.append(String.format(Locale.ROOT, "; population band %.1f\u00b0 (healthy upper bound) to %.1f\u00b0"
                    + " (symptomatic mean) gives %.2f", c.bandLowDeg(), c.bandHighDeg(), c.bandValue()));
        }
        c.sideDifference().ifPresent(d -> sb.append(String.format(Locale.ROOT, "; %+.1f\u00b0 against the other"
                + " side, SDD %.1f\u00b0, gives %.2f (0 within one SDD, 1 from two)", d.ownMinusOtherDeg(),
                d.sddDeg(), d.value())));
        sb.append(String.format(Locale.ROOT, "; component value %.2f.", c.value()));
        if (c.uncertain()) {
            sb.append(" Uncertain: ").append(String.join("; ", c.uncertaintyReasons())).append('.');
        }
        for (String note : c.notes()) {
            sb.append(' ').append(capitalised(note)).append(note.endsWith(".") ? "" : ".");
        }
        sb.append(" Sources: ").append(String.join("; ", c.citations())).append(c.confirmed() ? "."
                : " (not every number was confirmed in its source).");
        return sb.toString();
    }

    /** "step" / "steps", "repetition" / "repetitions", "hold" / "holds": singular for one. */
    public static String eventWord(Task task, int count) {
        String word = task.holds() ? "hold" : task.repetitive() ? "repetition" : "step";
        return count == 1 ? word : word + "s";
    }

    private static String legName(Side side) {
        return side.name().toLowerCase(Locale.ROOT);
    }

    private static String capitalised(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
