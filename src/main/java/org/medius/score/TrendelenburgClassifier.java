package org.medius.score;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.medius.model.Sex;
import org.medius.model.Side;
import org.medius.model.Task;
import org.medius.signal.Quantiles;

/**
 * The single-leg stance (Trendelenburg) test's verdict per leg, as a plain classification (docs/score.md,
 * "Single-leg stance: the Trendelenburg verdict").
 *
 * <p>Published (Hardcastle &amp; Nade 1985, J Bone Joint Surg Br 67:741-746): standing on one leg, the pelvis on the
 * free side normally rises or stays level; a drop of the free side is a Trendelenburg sign; a trunk leaning over the
 * stance leg, which keeps the pelvis level, is a compensated sign. Medius's own: how much is "a drop" and "a lean".
 * A difference a repeat measurement can show by chance is not a sign, so the thresholds are the measurements'
 * smallest detectable differences from the reference table (CPD 2.8 deg, trunk lean 2.3 deg in the built-in one,
 * Dingenen et al. 2018), never constants in this code:
 * <ul>
 *   <li>positive: the free side's drop is larger than the CPD's SDD;</li>
 *   <li>compensated: not positive, and the trunk leans towards the stance leg by more than the trunk lean's SDD;</li>
 *   <li>negative: neither (the free side level or higher, within the SDD);</li>
 *   <li>not measured: no hold on the leg with a frontal-plane value, or no SDD in the table.</li>
 * </ul>
 * A drop equal to the SDD is not a drop (the same strict "exceeds" as the asymmetry flag). The value of a leg is the
 * median over its hold (the posture kept; the peak may be one wobble), and the median of the holds' medians when the
 * leg was tested more than once.
 */
public final class TrendelenburgClassifier {
    private TrendelenburgClassifier() {
    }

    /** The outcome from the free side's drop and the lean towards the stance leg, against their SDDs. */
    public static TrendelenburgOutcome classify(double freeSideDropDeg, double trunkLeanDeg, double dropSddDeg,
            double leanSddDeg) {
        if (!Double.isFinite(freeSideDropDeg) || !(dropSddDeg > 0)) {
            return TrendelenburgOutcome.NOT_MEASURED;
        }
        if (freeSideDropDeg > dropSddDeg) {
            return TrendelenburgOutcome.POSITIVE;
        }
        if (Double.isFinite(trunkLeanDeg) && leanSddDeg > 0 && trunkLeanDeg > leanSddDeg) {
            return TrendelenburgOutcome.COMPENSATED;
        }
        return TrendelenburgOutcome.NEGATIVE;
    }

    /** The verdict on the leg {@code stance} from the events of one analysis (both legs mixed). */
    public static TrendelenburgVerdict judge(Side stance, Task task, Sex sex, List<EventValues> events,
            ReferenceTable table) {
        List<EventValues> own = events.stream().filter(e -> e.side() == stance && Double.isFinite(e.cpdMedianDeg()))
                .toList();
        double drop = Quantiles.median(own.stream().mapToDouble(EventValues::cpdMedianDeg).toArray());
        double lean = Quantiles.median(own.stream().mapToDouble(EventValues::trunkLeanMedianDeg).toArray());
        Optional<ReferenceRow> dropSdd = table.find(task, Metric.CPD, ReferenceRole.SDD, sex, false).row();
        Optional<ReferenceRow> leanSdd = table.find(task, Metric.TRUNK_LEAN, ReferenceRole.SDD, sex, false).row();
        double dropSddDeg = dropSdd.map(ReferenceRow::value).orElse(Double.NaN);
        double leanSddDeg = leanSdd.map(ReferenceRow::value).orElse(Double.NaN);
        List<ReferenceRow> refs = new ArrayList<>();
        dropSdd.ifPresent(refs::add);
        leanSdd.ifPresent(refs::add);
        TrendelenburgOutcome outcome = classify(drop, lean, dropSddDeg, leanSddDeg);
        return new TrendelenburgVerdict(stance, outcome, own.size(), drop, lean, dropSddDeg, leanSddDeg,
                sentence(stance, outcome, own.size(), drop, lean, dropSddDeg), refs);
    }

    /** The verdict in words a patient reads, e.g. "Standing on the right leg, the left side of the pelvis dropped ...". */
    static String sentence(Side stance, TrendelenburgOutcome outcome, int holds, double dropDeg, double leanDeg,
            double dropSddDeg) {
        String leg = stance.name().toLowerCase(Locale.ROOT);
        String free = stance.other().name().toLowerCase(Locale.ROOT);
        String standing = "Standing on the " + leg + " leg, ";
        String leaned = Double.isFinite(leanDeg) && leanDeg > 0
                ? "the trunk leaned " + deg(leanDeg) + " towards the " + leg + " leg" : "";
        return switch (outcome) {
            case POSITIVE -> standing + "the " + free + " side of the pelvis dropped " + deg(dropDeg)
                    + " (a positive Trendelenburg sign)" + (leaned.isEmpty() ? "." : "; " + leaned + ".");
            case COMPENSATED -> standing + "the pelvis stayed about level (" + level(free, dropDeg) + "), but "
                    + leaned + " (a compensated Trendelenburg sign).";
            case NEGATIVE -> standing + (dropDeg > 0 ? "the " + free + " side of the pelvis was " + deg(dropDeg)
                    + " lower, within the " + deg(dropSddDeg) + " a repeat measurement can differ by, so level"
                    : "the " + free + " side of the pelvis stayed level or rose (" + level(free, dropDeg) + ")")
                    + ": no Trendelenburg sign (negative).";
            case NOT_MEASURED -> holds == 0 ? "No stance on the " + leg + " leg was measured (the test needs a hold"
                    + " seen from in front or behind)."
                    : standing + "the pelvis could not be judged: the reference table has no SDD for pelvic drop.";
        };
    }

    private static String level(String free, double dropDeg) {
        if (Math.abs(dropDeg) < 0.05) {
            return "both sides at the same height";
        }
        return "the " + free + " side " + deg(Math.abs(dropDeg)) + (dropDeg > 0 ? " lower" : " higher");
    }

    private static String deg(double d) {
        return String.format(Locale.ROOT, "%.1f degree%s", d, Math.abs(d - 1) < 0.05 ? "" : "s");
    }
}
