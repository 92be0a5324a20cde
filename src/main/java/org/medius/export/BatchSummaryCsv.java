package org.medius.export;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.medius.analysis.Analysis;
import org.medius.analysis.AngleSummary;
import org.medius.model.Side;

/**
 * The rows of {@code medius batch}'s {@code summary.csv}: one per video and side, with the per-frame medians, the
 * events, the per-event medians and the weakness score; a failed video gets one row with its reason.
 */
public final class BatchSummaryCsv {
    private BatchSummaryCsv() {
    }

    public static final String HEADER = "video,side,status,frames,frames_with_person,view,roll_deg,"
            + "pelvic_obliquity_median_deg,knee_fppa_median_deg,knee_fpkd_median,hip_adduction_median_deg,"
            + "trunk_lean_towards_left_median_deg,steps,cadence_steps_per_min,repetitions,side_events,"
            + "cpd_event_median_deg,cpd_event_q1_deg,cpd_event_q3_deg,fppa_event_median_deg,trunk_lean_event_median_deg,"
            + "weakness_score,weakness_score_uncertain,message";

    /** The two rows (left, right) of one analysed video. */
    public static List<String> rows(Analysis a) {
        AngleSummary s = AngleSummary.of(a);
        String common = String.format(Locale.ROOT, "%s,%%s,ok,%d,%d,%s,%.2f,%s", csv(a.video().fileName()),
                a.frames().size(), a.framesWithPerson(), a.view().overall().name().toLowerCase(Locale.ROOT),
                a.roll().rollDeg(), num(s.pelvicObliquityDeg()));
        String warnings = csv(String.join(" ", a.warnings()));
        return List.of(
                String.format(common, "left") + "," + num(s.kneeFppaLeftDeg()) + "," + num(s.kneeFpkdLeft()) + ","
                        + num(s.hipAdductionLeftDeg()) + "," + num(s.trunkLeanTowardsLeftDeg()) + ","
                        + eventColumns(a, Side.LEFT) + "," + warnings,
                String.format(common, "right") + "," + num(s.kneeFppaRightDeg()) + "," + num(s.kneeFpkdRight()) + ","
                        + num(s.hipAdductionRightDeg()) + "," + num(s.trunkLeanTowardsLeftDeg()) + ","
                        + eventColumns(a, Side.RIGHT) + "," + warnings);
    }

    /** Steps, cadence, repetitions, then the side's event count, per-event medians and weakness score. */
    private static String eventColumns(Analysis a, Side side) {
        var ev = a.events();
        var sum = a.score().summary(side);
        var score = a.score().score(side);
        return String.join(",", String.valueOf(ev.stepCount()), num(ev.cadenceStepsPerMin(), "%.2f"),
                String.valueOf(ev.repetitionCount()), String.valueOf(sum.eventCount()),
                num(sum.cpd().median(), "%.3f"), num(sum.cpd().q1(), "%.3f"), num(sum.cpd().q3(), "%.3f"),
                num(sum.fppa().median(), "%.3f"), num(sum.trunkLean().median(), "%.3f"),
                num(score.score(), "%.1f"), Double.isNaN(score.score()) ? "" : String.valueOf(score.uncertain() ? 1 : 0));
    }

    private static String num(double v, String format) {
        return Double.isFinite(v) ? String.format(Locale.ROOT, format, v) : "";
    }

    /** The row of a video that could not be analysed, with the reason. */
    public static String failureRow(Path v, String message) {
        int empty = HEADER.split(",").length - 4; // video, side, status ... message
        return csv(v.getFileName().toString()) + ",,failed," + ",".repeat(empty) + csv(message);
    }

    private static String num(AngleSummary.Stat s) {
        return s.count() == 0 ? "" : String.format(Locale.ROOT, "%.3f", s.median());
    }

    /** A CSV field, quoted when it needs to be. */
    public static String csv(String s) {
        return CsvFields.quote(s);
    }
}
