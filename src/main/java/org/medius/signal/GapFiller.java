package org.medius.signal;

import java.util.ArrayList;
import java.util.List;

/**
 * Stage 2 of docs/measurement.md: fills short runs of missing (NaN) samples by {@link PchipInterpolant PCHIP}
 * interpolation over the real timestamps; longer gaps stay NaN and are shown as gaps.
 *
 * <p>Rules, for a maximal run of missing samples {@code s..e} (NaN; any non-finite value counts as missing) with
 * valid neighbours {@code a = s - 1} and {@code b = e + 1}:
 * <ul>
 *   <li>A gap's length is the time the interpolant must bridge, {@code t[b] - t[a]} (the data are absent in
 *       between). It is filled when this is at most {@code maxGapSeconds} (1 ns of tolerance absorbs rounding of
 *       timestamps): at 30 fps and 0.15 s that is up to 3 missing frames (4/30 s), at 60 fps up to 8.</li>
 *   <li>A gap touching the first or last sample is never filled (that would be extrapolation).</li>
 *   <li>Knots: {@code a} and {@code b}, plus {@code a - 1} and {@code b + 1} when they are valid, so the slopes
 *       at {@code a} and {@code b} are those the PCHIP through all surrounding valid data would have. Knots are
 *       never taken across a missing sample.</li>
 *   <li>Barrier (e.g. a detected gait event): a fill never bridges a barrier sample. A gap containing a barrier
 *       sample stays NaN. A barrier at {@code a} or {@code b} may bound a fill, but then the outer knot on that
 *       side ({@code a - 1} or {@code b + 1}) is not used, so no data from beyond the event shape the fill.</li>
 * </ul>
 */
public final class GapFiller {
    /** The default longest gap of docs/measurement.md. */
    public static final double DEFAULT_MAX_GAP_SECONDS = 0.15;

    private static final double TIME_TOLERANCE_SECONDS = 1e-9;

    private GapFiller() {
    }

    /**
     * The filled series.
     *
     * @param values       the input with short interior gaps filled
     * @param filled       per sample, true where this stage supplied the value
     * @param unfilledGaps the runs of NaN left in {@code values}, in order
     */
    public record GapFill(double[] values, boolean[] filled, List<SampleRange> unfilledGaps) {
        public GapFill {
            unfilledGaps = List.copyOf(unfilledGaps);
        }
    }

    /** Fills gaps of at most {@code maxGapSeconds} with no barriers. */
    public static GapFill fill(double[] values, double[] timesSeconds, double maxGapSeconds) {
        return fill(values, timesSeconds, maxGapSeconds, new boolean[values.length]);
    }

    /**
     * Fills gaps of at most {@code maxGapSeconds} that contain no barrier sample.
     *
     * @param timesSeconds strictly increasing real timestamps, one per sample
     * @param barrier      per sample, true where a fill must not bridge (same length as values)
     */
    public static GapFill fill(double[] values, double[] timesSeconds, double maxGapSeconds, boolean[] barrier) {
        int n = values.length;
        Series.requireSameLength("timesSeconds", timesSeconds, n);
        Series.requireSameLength("barrier", barrier, n);
        Series.requireStrictlyIncreasing(timesSeconds);
        if (!(maxGapSeconds >= 0) || !Double.isFinite(maxGapSeconds)) {
            throw new IllegalArgumentException("maxGapSeconds must be finite and >= 0, got " + maxGapSeconds);
        }
        double[] out = values.clone();
        boolean[] filled = new boolean[n];
        List<SampleRange> unfilled = new ArrayList<>();
        int i = 0;
        while (i < n) {
            if (Double.isFinite(values[i])) {
                i++;
                continue;
            }
            int s = i;
            while (i < n && !Double.isFinite(values[i])) {
                i++;
            }
            int e = i - 1;
            if (fillable(values, timesSeconds, maxGapSeconds, barrier, s, e)) {
                fillGap(values, timesSeconds, barrier, s, e, out, filled);
            } else {
                unfilled.add(new SampleRange(s, e + 1));
            }
        }
        return new GapFill(out, filled, unfilled);
    }

    private static boolean fillable(double[] v, double[] t, double maxGapSeconds, boolean[] barrier, int s, int e) {
        if (s == 0 || e == v.length - 1) {
            return false;
        }
        if (t[e + 1] - t[s - 1] > maxGapSeconds + TIME_TOLERANCE_SECONDS) {
            return false;
        }
        for (int j = s; j <= e; j++) {
            if (barrier[j]) {
                return false;
            }
        }
        return true;
    }

    private static void fillGap(double[] v, double[] t, boolean[] barrier, int s, int e, double[] out,
                                boolean[] filled) {
        int a = s - 1;
        int b = e + 1;
        boolean before = a - 1 >= 0 && Double.isFinite(v[a - 1]) && !barrier[a];
        boolean after = b + 1 < v.length && Double.isFinite(v[b + 1]) && !barrier[b];
        int[] knots = before && after ? new int[] {a - 1, a, b, b + 1}
                : before ? new int[] {a - 1, a, b}
                : after ? new int[] {a, b, b + 1}
                : new int[] {a, b};
        double[] kx = new double[knots.length];
        double[] ky = new double[knots.length];
        for (int k = 0; k < knots.length; k++) {
            kx[k] = t[knots[k]];
            ky[k] = v[knots[k]];
        }
        PchipInterpolant pchip = PchipInterpolant.through(kx, ky);
        for (int j = s; j <= e; j++) {
            out[j] = pchip.valueAt(t[j]);
            filled[j] = true;
        }
    }
}
