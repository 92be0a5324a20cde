package org.medius.export.overlay;

import java.util.Arrays;
import java.util.List;
import org.medius.analysis.AnalysedFrame;
import org.medius.analysis.Analysis;
import org.medius.analysis.FrameAngles;

/**
 * The angle curves of the running plot, one value per analysed frame, taken once from the analysis so that
 * drawing a frame only reads arrays.
 *
 * @param timesSeconds       each frame's time
 * @param kneeFppaLeftDeg    left knee FPPA, NaN where missing or unreliable (thigh foreshortened)
 * @param kneeFppaRightDeg   right knee FPPA, likewise
 * @param pelvicObliquityDeg pelvic obliquity, NaN where missing
 * @param rangeDeg           the plot shows -range..+range: the 95th percentile of the absolute values, rounded up
 *                           to 5 degrees, between 10 and 45, fixed for the whole video so the scale does not jump
 */
public record OverlaySeries(double[] timesSeconds, double[] kneeFppaLeftDeg, double[] kneeFppaRightDeg,
        double[] pelvicObliquityDeg, double rangeDeg) {

    static final double MIN_RANGE_DEG = 10;
    static final double MAX_RANGE_DEG = 45;

    /** The curves of an analysis. */
    public static OverlaySeries of(Analysis analysis) {
        List<AnalysedFrame> frames = analysis.frames();
        int n = frames.size();
        double[] t = new double[n];
        double[] left = new double[n];
        double[] right = new double[n];
        double[] pelvis = new double[n];
        for (int i = 0; i < n; i++) {
            FrameAngles a = frames.get(i).angles();
            t[i] = frames.get(i).timestampSeconds();
            left[i] = a.fppaReliableLeft() ? a.kneeFppaLeftDeg() : Double.NaN;
            right[i] = a.fppaReliableRight() ? a.kneeFppaRightDeg() : Double.NaN;
            pelvis[i] = a.pelvicObliquityDeg();
        }
        return new OverlaySeries(t, left, right, pelvis, range(left, right, pelvis));
    }

    private static double range(double[]... series) {
        double[] abs = Arrays.stream(series).flatMapToDouble(Arrays::stream).filter(Double::isFinite).map(Math::abs)
                .sorted().toArray();
        if (abs.length == 0) {
            return MIN_RANGE_DEG;
        }
        double p95 = abs[(int) Math.floor(0.95 * (abs.length - 1))];
        return Math.max(MIN_RANGE_DEG, Math.min(MAX_RANGE_DEG, 5 * Math.ceil(p95 / 5)));
    }

    /** Index of the first frame at or after {@code seconds} (the frame count when none is). */
    int firstAtOrAfter(double seconds) {
        int lo = 0;
        int hi = timesSeconds.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (timesSeconds[mid] < seconds) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
