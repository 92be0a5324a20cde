package org.medius.export.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.medius.model.Task;
import org.medius.score.Asymmetry;
import org.medius.score.ComponentStatus;
import org.medius.score.Metric;
import org.medius.score.MetricSummary;
import org.medius.score.ScoreComponent;
import org.medius.score.ScoreWords;
import org.medius.score.SideScore;

/**
 * The score stage's numbers in the report's words, as the command-line summary gives them: "n/a" (never 0) where
 * there is no number, one decimal for degrees, the score as a whole number out of 100.
 */
final class ScoreWording {
    private ScoreWording() {
    }

    /** E.g. "100 / 100 (uncertain)" or "n/a: no component could be scored". */
    static String score(SideScore s) {
        if (!Double.isFinite(s.score())) {
            return "n/a: no component could be scored";
        }
        return String.format(Locale.ROOT, "%.0f / 100%s", s.score(), s.uncertain() ? " (uncertain)" : "");
    }

    /** One sentence per component: its median, band, side difference, value and sources, or why not scored. */
    static String component(ScoreComponent c, Task task) {
        return ScoreWords.componentDetail(c, task);
    }

    /** "median [Q1 to Q3] (n)" in degrees, or "n/a". */
    static String summary(MetricSummary m) {
        return m.count() == 0 ? "n/a" : String.format(Locale.ROOT, "%.1f\u00b0 [%.1f to %.1f] (%d)", m.median(),
                m.q1(), m.q3(), m.count());
    }

    /** "+3.2° (above the SDD of 2.8°)", "... (within ...)", or "n/a". */
    static String asymmetry(Asymmetry a) {
        if (!Double.isFinite(a.rightMinusLeftDeg())) {
            return "n/a";
        }
        String sdd = !a.enoughEvents() ? "too few events to compare"
                : !Double.isFinite(a.sddDeg()) ? "no SDD in the table"
                : String.format(Locale.ROOT, "%s the SDD of %.1f\u00b0", a.exceedsSdd() ? "above" : "within",
                        a.sddDeg());
        return String.format(Locale.ROOT, "%+.1f\u00b0 (%s)", a.rightMinusLeftDeg(), sdd);
    }

    /** "Left leg: positive. Standing on the left leg, ..." with the SDD thresholds' source. */
    static String trendelenburg(org.medius.score.TrendelenburgVerdict v) {
        String sources = v.references().stream().map(org.medius.score.ReferenceRow::citation).distinct()
                .reduce((x, y) -> x + "; " + y).map(c -> " Thresholds: the SDD (" + c + ").").orElse("");
        return capitalised(v.stanceSide().name().toLowerCase(Locale.ROOT)) + " leg: " + v.outcome().word() + ". "
                + v.sentence() + sources;
    }

    static String metricName(Metric m) {
        return m.eventName();
    }

    /** "repetitions", "steps" or "holds", singular for one. */
    static String events(Task task, int count) {
        return ScoreWords.eventWord(task, count);
    }

    static List<String> capitalisedAll(List<String> lines) {
        List<String> out = new ArrayList<>();
        for (String s : lines) {
            out.add(capitalised(s));
        }
        return out;
    }

    private static String capitalised(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
