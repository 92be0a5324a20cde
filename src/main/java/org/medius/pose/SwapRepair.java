package org.medius.pose;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.medius.model.FramePose;
import org.medius.model.Keypoint;
import org.medius.model.Pose;
import org.medius.signal.Quantiles;

/**
 * Finds and undoes left/right label swaps of a pose model (MoveNet exchanging the two legs or arms for a frame or
 * a few) from the temporal continuity of a whole track. Pure Java on poses.
 *
 * <p>Each {@link SwapGroup} is decoded on its own. Per frame the group is either kept or swapped; the best sequence
 * of states is found by a Viterbi search that minimises, over the frames of a segment:
 * <ul>
 *   <li>the motion cost: for every confident point, the distance between where it is seen under the frame's state
 *       and where the same physical point was predicted from the two previous frames under their states
 *       (constant velocity, scaled by the real time steps; constant position when only one previous frame is
 *       known), divided by the body scale (torso length), capped at {@link Settings#distanceCap()} and weighted
 *       by the pair's lowest confidence;</li>
 *   <li>{@link Settings#switchPenalty()} for every change of state between neighbouring frames;</li>
 *   <li>{@link Settings#swapPrior()} for every swapped frame, so that the labels the model gave are believed where
 *       continuity does not argue against them (the whole segment swapped and the whole segment kept have the
 *       same motion cost; the model's own labels win).</li>
 * </ul>
 * Because the prediction carries velocity, a real crossing (legs passing each other in a side view) is not
 * mistaken for a swap: under the correct labels both points keep their velocities through the crossing, whereas a
 * relabelling there would reverse them.
 *
 * <p>A group's track is split into independent segments wherever continuity cannot be judged: at frames where the
 * group has no confident point, where more than {@link Settings#maxGapSeconds()} pass between usable frames, or
 * where two neighbouring usable frames share no comparable point. No state is carried across such a break, so a
 * wrongly labelled run on one side of a gap can never flip the frames on the other side. Frames without a confident
 * point of a group are never swapped for it.
 */
public final class SwapRepair {
    private static final int SCALE_HALF_WINDOW = 15;

    private SwapRepair() {
    }

    /**
     * Tuning of the repair; distances are in body-scale units (torso length, shoulder midpoint to hip midpoint).
     *
     * @param minConfidence  a point below this confidence (or with NaN coordinates) is treated as missing
     * @param switchPenalty  cost of each change between kept and swapped frames
     * @param swapPrior      cost of each swapped frame
     * @param distanceCap    cap on one point's prediction error, so one wild point cannot decide alone
     * @param maxGapSeconds  longest time between usable frames across which continuity is still trusted
     */
    public record Settings(double minConfidence, double switchPenalty, double swapPrior, double distanceCap,
                           double maxGapSeconds) {
        public Settings {
            if (!(minConfidence >= 0 && minConfidence <= 1)) {
                throw new IllegalArgumentException("minConfidence must lie in [0, 1], got " + minConfidence);
            }
            requireNonNegative("switchPenalty", switchPenalty);
            requireNonNegative("swapPrior", swapPrior);
            if (!(distanceCap > 0)) {
                throw new IllegalArgumentException("distanceCap must be positive, got " + distanceCap);
            }
            requireNonNegative("maxGapSeconds", maxGapSeconds);
        }

        /**
         * Confidence 0.3 (the gate of docs/measurement.md), a switch penalty of 0.4 torso lengths, a prior of 0.05
         * per swapped frame, an error cap of 1 torso length and gaps of up to 0.1 s (two missing frames at 30 fps).
         */
        public static Settings defaults() {
            return new Settings(0.3, 0.4, 0.05, 1.0, 0.1);
        }

        private static void requireNonNegative(String name, double v) {
            if (!(v >= 0) || Double.isInfinite(v)) {
                throw new IllegalArgumentException(name + " must be finite and non-negative, got " + v);
            }
        }
    }

    /**
     * The repaired track and what was changed.
     *
     * @param poses          the track with every detected swap undone; frames that were not changed are the same
     *                       {@link FramePose} objects as in the input
     * @param swappedByGroup per group, per position in the track, true where that group's labels were exchanged;
     *                       pass it to {@link #applySwaps} on {@code poses} to get the input back
     */
    public record Result(List<FramePose> poses, Map<SwapGroup, boolean[]> swappedByGroup) {
        public Result {
            poses = List.copyOf(poses);
            EnumMap<SwapGroup, boolean[]> copy = new EnumMap<>(SwapGroup.class);
            for (SwapGroup g : SwapGroup.values()) {
                boolean[] f = swappedByGroup.get(g);
                copy.put(g, f == null ? new boolean[poses.size()] : f.clone());
            }
            swappedByGroup = Collections.unmodifiableMap(copy);
        }

        /** Per position in the track, true where the labels of this group were exchanged. */
        public boolean[] swapped(SwapGroup group) {
            return swappedByGroup.get(group).clone();
        }

        /** Per position in the track, true where any group was exchanged. */
        public boolean[] swapped() {
            boolean[] any = new boolean[poses.size()];
            for (boolean[] f : swappedByGroup.values()) {
                for (int i = 0; i < any.length; i++) {
                    any[i] |= f[i];
                }
            }
            return any;
        }

        /** The {@link FramePose#frameIndex()} of every frame where any group was exchanged, in track order. */
        public List<Integer> swappedFrameIndices() {
            boolean[] any = swapped();
            List<Integer> out = new ArrayList<>();
            for (int i = 0; i < any.length; i++) {
                if (any[i]) {
                    out.add(poses.get(i).frameIndex());
                }
            }
            return out;
        }

        /** The {@link FramePose#frameIndex()} of every frame where the given group was exchanged. */
        public List<Integer> swappedFrameIndices(SwapGroup group) {
            boolean[] f = swappedByGroup.get(group);
            List<Integer> out = new ArrayList<>();
            for (int i = 0; i < f.length; i++) {
                if (f[i]) {
                    out.add(poses.get(i).frameIndex());
                }
            }
            return out;
        }
    }

    /** {@link #repair(List, Settings)} with {@link Settings#defaults()}. */
    public static Result repair(List<FramePose> track) {
        return repair(track, Settings.defaults());
    }

    /**
     * Detects and undoes left/right swaps in a track.
     *
     * @param track one person's poses in frame order, with real timestamps; not changed
     */
    public static Result repair(List<FramePose> track, Settings settings) {
        int n = track.size();
        Map<SwapGroup, boolean[]> flags = new EnumMap<>(SwapGroup.class);
        for (SwapGroup g : SwapGroup.values()) {
            flags.put(g, new boolean[n]);
        }
        double[] scale = bodyScale(track, settings.minConfidence());
        if (scale != null) {
            double[] time = times(track);
            for (SwapGroup g : SwapGroup.values()) {
                flags.put(g, decodeGroup(track, g, scale, time, settings));
            }
        }
        return new Result(applySwaps(track, flags), flags);
    }

    /**
     * Exchanges the labels of the given groups on the flagged positions (a swap undone by the user, or redone).
     * Applying the flags of a {@link Result} to its poses gives the original track back.
     *
     * @param swaps per group, per position in the track; a missing group swaps nothing
     */
    public static List<FramePose> applySwaps(List<FramePose> track, Map<SwapGroup, boolean[]> swaps) {
        for (boolean[] f : swaps.values()) {
            if (f.length != track.size()) {
                throw new IllegalArgumentException("swap flags have " + f.length + " entries for a track of "
                        + track.size() + " frames");
            }
        }
        List<FramePose> out = new ArrayList<>(track.size());
        for (int i = 0; i < track.size(); i++) {
            FramePose fp = track.get(i);
            List<SwapGroup> groups = new ArrayList<>();
            for (Map.Entry<SwapGroup, boolean[]> e : swaps.entrySet()) {
                if (e.getValue()[i]) {
                    groups.add(e.getKey());
                }
            }
            if (groups.isEmpty() || fp.pose() == null) {
                out.add(fp);
            } else {
                out.add(new FramePose(fp.frameIndex(), fp.timestampSeconds(), SwapGroup.swapAll(fp.pose(), groups)));
            }
        }
        return out;
    }

    // ---- decoding of one group ----

    private static boolean[] decodeGroup(List<FramePose> track, SwapGroup group, double[] scale, double[] time,
                                         Settings s) {
        int n = track.size();
        List<Keypoint> left = group.leftKeypoints();
        int pairs = left.size();
        // [frame][pair][side 0 = labelled left, 1 = labelled right]
        double[][][] x = new double[n][pairs][2];
        double[][][] y = new double[n][pairs][2];
        double[][][] w = new double[n][pairs][2];
        boolean[] usable = new boolean[n];
        for (int i = 0; i < n; i++) {
            Pose p = track.get(i).pose();
            if (p == null) {
                continue;
            }
            for (int j = 0; j < pairs; j++) {
                Keypoint[] ks = {left.get(j), left.get(j).mirrored()};
                for (int side = 0; side < 2; side++) {
                    double px = p.xPx(ks[side]);
                    double py = p.yPx(ks[side]);
                    double c = p.confidence(ks[side]);
                    if (Double.isFinite(px) && Double.isFinite(py) && c >= s.minConfidence() && c > 0) {
                        x[i][j][side] = px;
                        y[i][j][side] = py;
                        w[i][j][side] = Math.min(c, 1.0);
                        usable[i] = true;
                    }
                }
            }
        }
        Track t = new Track(x, y, w, scale, time, s);
        boolean[] flags = new boolean[n];
        List<Integer> segment = new ArrayList<>();
        int prev = -1;
        for (int i = 0; i < n; i++) {
            if (!usable[i]) {
                continue;
            }
            if (prev >= 0 && (time[i] - time[prev] > s.maxGapSeconds() || !t.comparable(prev, i))) {
                decodeSegment(t, segment, flags);
                segment.clear();
            }
            segment.add(i);
            prev = i;
        }
        decodeSegment(t, segment, flags);
        return flags;
    }

    /** Viterbi over pairs of states (previous, current), because the motion cost looks two frames back. */
    private static void decodeSegment(Track t, List<Integer> seg, boolean[] flags) {
        int m = seg.size();
        if (m < 2) {
            return;
        }
        double u = t.s.swapPrior();
        double sw = t.s.switchPenalty();
        double[][] d = new double[2][2];
        for (int b = 0; b < 2; b++) {
            for (int c = 0; c < 2; c++) {
                d[b][c] = u * (b + c) + (b != c ? sw : 0) + t.cost(-1, seg.get(0), seg.get(1), 0, b, c);
            }
        }
        int[][][] back = new int[m][2][2];
        for (int k = 2; k < m; k++) {
            double[][] nd = new double[2][2];
            for (int b = 0; b < 2; b++) {
                for (int c = 0; c < 2; c++) {
                    double best = Double.POSITIVE_INFINITY;
                    int arg = 0;
                    for (int a = 0; a < 2; a++) {
                        double v = d[a][b] + t.cost(seg.get(k - 2), seg.get(k - 1), seg.get(k), a, b, c);
                        if (v < best) {
                            best = v;
                            arg = a;
                        }
                    }
                    nd[b][c] = best + u * c + (b != c ? sw : 0);
                    back[k][b][c] = arg;
                }
            }
            d = nd;
        }
        int bb = 0;
        int cc = 0;
        double best = Double.POSITIVE_INFINITY;
        for (int c = 0; c < 2; c++) {
            for (int b = 0; b < 2; b++) {
                if (d[b][c] < best) {
                    best = d[b][c];
                    bb = b;
                    cc = c;
                }
            }
        }
        int[] state = new int[m];
        state[m - 1] = cc;
        state[m - 2] = bb;
        for (int k = m - 1; k >= 2; k--) {
            int a = back[k][bb][cc];
            state[k - 2] = a;
            cc = bb;
            bb = a;
        }
        for (int k = 0; k < m; k++) {
            flags[seg.get(k)] = state[k] == 1;
        }
    }

    /** The per-frame points of one group and the motion cost between frames under given states. */
    private record Track(double[][][] x, double[][][] y, double[][][] w, double[] scale, double[] time,
                         Settings s) {

        /**
         * Whether pair j can tell keeping from swapping between frames p and c: the number of point matches under
         * "keep" (left-left, right-right) and under "swap" (left-right, right-left) must be equal and non-zero, so
         * that both hypotheses are charged for the same number of terms.
         */
        boolean pairComparable(int p, int c, int j) {
            boolean pl = w[p][j][0] > 0;
            boolean pr = w[p][j][1] > 0;
            boolean cl = w[c][j][0] > 0;
            boolean cr = w[c][j][1] > 0;
            int keep = (pl && cl ? 1 : 0) + (pr && cr ? 1 : 0);
            int swap = (pl && cr ? 1 : 0) + (pr && cl ? 1 : 0);
            return keep == swap && keep > 0;
        }

        boolean comparable(int p, int c) {
            for (int j = 0; j < x[p].length; j++) {
                if (pairComparable(p, c, j)) {
                    return true;
                }
            }
            return false;
        }

        /**
         * The motion cost of frame c in state sc after frame p in state sp and frame pp (or -1) in state spp. The
         * physical point carried by label L under state s sits in slot L xor s.
         */
        double cost(int pp, int p, int c, int spp, int sp, int sc) {
            double ratio = 1;
            if (pp >= 0) {
                double dtPrev = time[p] - time[pp];
                double dtCur = time[c] - time[p];
                if (dtPrev > 0 && dtCur > 0) {
                    ratio = Math.min(dtCur / dtPrev, 3.0);
                }
            }
            double sum = 0;
            for (int j = 0; j < x[p].length; j++) {
                if (!pairComparable(p, c, j)) {
                    continue;
                }
                double wj = 1;
                for (int side = 0; side < 2; side++) {
                    if (w[p][j][side] > 0) {
                        wj = Math.min(wj, w[p][j][side]);
                    }
                    if (w[c][j][side] > 0) {
                        wj = Math.min(wj, w[c][j][side]);
                    }
                }
                for (int label = 0; label < 2; label++) {
                    int slotP = label ^ sp;
                    int slotC = label ^ sc;
                    if (w[p][j][slotP] <= 0 || w[c][j][slotC] <= 0) {
                        continue;
                    }
                    double px = x[p][j][slotP];
                    double py = y[p][j][slotP];
                    if (pp >= 0) {
                        int slotPP = label ^ spp;
                        if (w[pp][j][slotPP] > 0) {
                            px += ratio * (x[p][j][slotP] - x[pp][j][slotPP]);
                            py += ratio * (y[p][j][slotP] - y[pp][j][slotPP]);
                        }
                    }
                    double dist = Math.hypot(x[c][j][slotC] - px, y[c][j][slotC] - py) / scale[c];
                    sum += wj * Math.min(dist, s.distanceCap());
                }
            }
            return sum;
        }
    }

    // ---- time and body scale ----

    /** Timestamps in seconds; where they are not usable, frame indices at 30 fps. */
    private static double[] times(List<FramePose> track) {
        double[] t = new double[track.size()];
        boolean ok = true;
        for (int i = 0; i < t.length; i++) {
            t[i] = track.get(i).timestampSeconds();
            if (!Double.isFinite(t[i]) || (i > 0 && !(t[i] > t[i - 1]))) {
                ok = false;
            }
        }
        if (!ok) {
            for (int i = 0; i < t.length; i++) {
                t[i] = track.get(i).frameIndex() / 30.0;
            }
        }
        return t;
    }

    /**
     * Per frame, the torso length (shoulder midpoint to hip midpoint, which no swap changes), as the median over
     * frames within ±15 of it; where no torso is ever seen, 0.6 of the hip-to-ankle length, or else 0.3 of the
     * height of the confident points. Null when the track offers no scale at all (nothing to compare).
     */
    private static double[] bodyScale(List<FramePose> track, double minConf) {
        int n = track.size();
        double[] torso = new double[n];
        double[] fallback = new double[n];
        for (int i = 0; i < n; i++) {
            Pose p = track.get(i).pose();
            torso[i] = Double.NaN;
            fallback[i] = Double.NaN;
            if (p == null) {
                continue;
            }
            double[] sh = midpoint(p, Keypoint.LEFT_SHOULDER, minConf);
            double[] hp = midpoint(p, Keypoint.LEFT_HIP, minConf);
            if (sh != null && hp != null) {
                double len = Math.hypot(sh[0] - hp[0], sh[1] - hp[1]);
                if (len > 0) {
                    torso[i] = len;
                }
            }
            double legL = distance(p, Keypoint.LEFT_HIP, Keypoint.LEFT_ANKLE, minConf);
            double legR = distance(p, Keypoint.RIGHT_HIP, Keypoint.RIGHT_ANKLE, minConf);
            double leg = Double.isNaN(legL) ? legR : Double.isNaN(legR) ? legL : Math.max(legL, legR);
            if (leg > 0) {
                fallback[i] = 0.6 * leg;
            } else {
                double lo = Double.POSITIVE_INFINITY;
                double hi = Double.NEGATIVE_INFINITY;
                for (Keypoint k : Keypoint.values()) {
                    if (present(p, k, minConf)) {
                        lo = Math.min(lo, p.yPx(k));
                        hi = Math.max(hi, p.yPx(k));
                    }
                }
                if (hi > lo) {
                    fallback[i] = 0.3 * (hi - lo);
                }
            }
        }
        double global = median(torso, 0, n);
        if (Double.isNaN(global)) {
            global = median(fallback, 0, n);
            if (Double.isNaN(global)) {
                return null;
            }
            Arrays.fill(torso, Double.NaN);
        }
        double[] scale = new double[n];
        for (int i = 0; i < n; i++) {
            double local = median(torso, Math.max(0, i - SCALE_HALF_WINDOW), Math.min(n, i + SCALE_HALF_WINDOW + 1));
            scale[i] = Double.isNaN(local) ? global : local;
        }
        return scale;
    }

    private static boolean present(Pose p, Keypoint k, double minConf) {
        return Double.isFinite(p.xPx(k)) && Double.isFinite(p.yPx(k)) && p.confidence(k) >= minConf;
    }

    private static double[] midpoint(Pose p, Keypoint left, double minConf) {
        Keypoint right = left.mirrored();
        if (!present(p, left, minConf) || !present(p, right, minConf)) {
            return null;
        }
        return new double[] {(p.xPx(left) + p.xPx(right)) / 2, (p.yPx(left) + p.yPx(right)) / 2};
    }

    private static double distance(Pose p, Keypoint a, Keypoint b, double minConf) {
        if (!present(p, a, minConf) || !present(p, b, minConf)) {
            return Double.NaN;
        }
        return Math.hypot(p.xPx(a) - p.xPx(b), p.yPx(a) - p.yPx(b));
    }

    /** Median of the finite values in v[from, to); NaN when there are none. */
    private static double median(double[] v, int from, int to) {
        return Quantiles.median(Arrays.copyOfRange(v, from, to));
    }
}
