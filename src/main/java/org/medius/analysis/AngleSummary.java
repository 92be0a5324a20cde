package org.medius.analysis;

import java.util.Arrays;
import java.util.function.ToDoubleFunction;
import org.medius.signal.Quantiles;

/**
 * Medians and ranges of the per-frame angles over a whole video (frames where an angle is missing, or FPPA is
 * flagged unreliable, are left out). A first summary until events give per-step and per-repetition values.
 */
public record AngleSummary(Stat pelvicObliquityDeg, Stat kneeFppaLeftDeg, Stat kneeFppaRightDeg, Stat kneeFpkdLeft,
        Stat kneeFpkdRight, Stat trunkLeanTowardsLeftDeg, Stat hipAdductionLeftDeg, Stat hipAdductionRightDeg) {

    /** Median, minimum, maximum and count of the frames that had a value; NaN when none had. */
    public record Stat(double median, double min, double max, int count) {
        static Stat of(double[] values) {
            double[] v = Arrays.stream(values).filter(Double::isFinite).sorted().toArray();
            if (v.length == 0) {
                return new Stat(Double.NaN, Double.NaN, Double.NaN, 0);
            }
            double median = Quantiles.ofSorted(v, 0.5);
            return new Stat(median, v[0], v[v.length - 1], v.length);
        }
    }

    public static AngleSummary of(Analysis a) {
        return new AngleSummary(
                stat(a, FrameAngles::pelvicObliquityDeg),
                stat(a, f -> f.fppaReliableLeft() ? f.kneeFppaLeftDeg() : Double.NaN),
                stat(a, f -> f.fppaReliableRight() ? f.kneeFppaRightDeg() : Double.NaN),
                stat(a, f -> f.fppaReliableLeft() ? f.kneeFpkdLeft() : Double.NaN),
                stat(a, f -> f.fppaReliableRight() ? f.kneeFpkdRight() : Double.NaN),
                stat(a, FrameAngles::trunkLeanTowardsLeftDeg),
                stat(a, FrameAngles::hipAdductionLeftDeg),
                stat(a, FrameAngles::hipAdductionRightDeg));
    }

    private static Stat stat(Analysis a, ToDoubleFunction<FrameAngles> f) {
        return Stat.of(a.frames().stream().map(AnalysedFrame::angles).mapToDouble(f).toArray());
    }
}
