package org.medius.export;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import org.medius.model.Side;
import org.medius.score.Asymmetry;
import org.medius.score.ComponentStatus;
import org.medius.score.Metric;
import org.medius.score.MetricSummary;
import org.medius.score.ScoreComponent;
import org.medius.score.ScoreResult;
import org.medius.score.ScoreWords;
import org.medius.score.SideScore;

/** The per-side summary and the weakness score as a few plain-text lines for the terminal. */
public final class SummaryText {
    private static final List<Metric> SHOWN = List.of(Metric.CPD, Metric.FPPA, Metric.TRUNK_LEAN);

    private SummaryText() {
    }

    public static void print(PrintWriter o, ScoreResult s) {
        o.printf(Locale.ROOT, "  per side, over the events: median [quartiles] (count)%n");
        o.printf(Locale.ROOT, "    %-26s %-24s %-24s %s%n", "", "left", "right", "right - left");
        for (Metric m : SHOWN) {
            o.printf(Locale.ROOT, "    %-26s %-24s %-24s %s%n", label(m), cell(s.summary(Side.LEFT).get(m)),
                    cell(s.summary(Side.RIGHT).get(m)), asymmetry(s.asymmetry(m)));
        }
        for (Side side : Side.values()) {
            SideScore sc = s.score(side);
            String name = side.name().toLowerCase(Locale.ROOT);
            if (Double.isNaN(sc.score())) {
                o.printf(Locale.ROOT, "  weakness score %s: n/a%n", name);
            } else {
                o.printf(Locale.ROOT, "  weakness score %s: %.0f / 100%s%n", name, sc.score(),
                        sc.uncertain() ? " (uncertain)" : "");
            }
            o.printf(Locale.ROOT, "    %s%n", ScoreWords.sentence(s, side));
            for (ScoreComponent c : sc.components()) {
                o.printf(Locale.ROOT, "      %s%n", ScoreWords.componentDetail(c, s.task()));
            }
        }
        trendelenburg(o, s);
        o.println("  " + s.statement());
    }

    /** The single-leg stance test: one line per leg, its verdict and the sentence for the person tested. */
    static void trendelenburg(PrintWriter o, ScoreResult s) {
        for (org.medius.score.TrendelenburgVerdict v : s.trendelenburg()) {
            o.printf(Locale.ROOT, "  Trendelenburg test, standing on the %s leg: %s. %s%n",
                    v.stanceSide().name().toLowerCase(Locale.ROOT), v.outcome().word(), v.sentence());
        }
    }

    private static String label(Metric m) {
        String name = m.eventName();
        return Character.toLowerCase(name.charAt(0)) + name.substring(1) + (m.inDegrees() ? ", deg" : "");
    }

    private static String cell(MetricSummary m) {
        return m.count() == 0 ? "n/a" : String.format(Locale.ROOT, "%.1f [%.1f, %.1f] (%d)", m.median(), m.q1(),
                m.q3(), m.count());
    }

    private static String asymmetry(Asymmetry a) {
        if (!Double.isFinite(a.rightMinusLeftDeg())) {
            return "n/a";
        }
        String sdd = !a.enoughEvents() ? a.tooFewEventsText()
                : Double.isFinite(a.sddDeg()) ? String.format(Locale.ROOT, "%s SDD %.1f",
                a.exceedsSdd() ? "above" : "within", a.sddDeg()) : "no SDD";
        return String.format(Locale.ROOT, "%+.1f (%s)", a.rightMinusLeftDeg(), sdd);
    }

    /** The single-leg stance test: the holds found, each with its free side's pelvic drop and the trunk lean. */
    public static void holds(PrintWriter o, org.medius.analysis.Analysis a) {
        o.printf(Locale.ROOT, "  %d hold%s on one leg%n", a.eventMeasures().size(),
                a.eventMeasures().size() == 1 ? "" : "s");
        int n = 1;
        for (org.medius.analysis.EventMeasures m : a.eventMeasures()) {
            o.printf(Locale.ROOT, "    hold %d: on the %s leg, %.1f to %.1f s; free side's pelvic drop %s; trunk lean"
                    + " towards the stance leg %s%n", n++, m.event().side().name().toLowerCase(Locale.ROOT),
                    m.startSeconds(), m.endSeconds(), peakAndMedian(m.cpdPeakDeg(), m.cpdMedianDeg()),
                    peakAndMedian(m.trunkLeanPeakDeg(), m.trunkLeanMedianDeg()));
        }
    }

    private static String peakAndMedian(double peakDeg, double medianDeg) {
        return Double.isFinite(medianDeg) ? String.format(Locale.ROOT, "median %.1f deg (peak %.1f)", medianDeg,
                peakDeg) : "not measured (not a front or back view)";
    }

    /** A two-legged squat: the knee-to-ankle separation ratio at the bottom, median over the repetitions. */
    public static void kneeAnkleSeparation(java.io.PrintWriter o, org.medius.analysis.Analysis a) {
        // each repetition of a two-legged squat is an event of both sides with the same frames: count it once
        double[] r = org.medius.signal.Quantiles.finiteSorted(a.eventMeasures().stream()
                .filter(m -> m.event().side() == org.medius.model.Side.LEFT)
                .mapToDouble(m -> m.kneeAnkleSeparationRatio()).toArray());
        if (r.length > 0) {
            o.printf(java.util.Locale.ROOT, "  knees' distance over the feet's distance at the bottom: %.2f (median"
                    + " of %d repetition%s; under 1 = the knees come closer together than the feet)%n",
                    org.medius.signal.Quantiles.ofSorted(r, 0.5), r.length, r.length == 1 ? "" : "s");
        }
    }
}
