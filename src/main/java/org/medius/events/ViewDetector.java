package org.medius.events;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.medius.model.FramePose;
import org.medius.model.Keypoint;
import org.medius.model.Pose;
import org.medius.signal.Quantiles;

/**
 * Detects the camera view of a pose track (see {@link View}), per frame and per video, and applies the user's
 * {@link ViewChoice}. Only keypoints with confidence at or above the gate and finite coordinates are used.
 *
 * <h2>Per-frame cues</h2>
 * Torso length {@code L} = distance mid-shoulder to mid-hip (from whichever shoulders/hips pass the gate).
 * <ul>
 *   <li><b>Plane</b> (+ frontal, - sagittal), weighted by the pair's lower confidence:
 *       hips {@code clamp((|x(LH)-x(RH)|/L - 0.25) / 0.10)}, shoulders {@code clamp((|x(LS)-x(RS)|/L - 0.45) / 0.15)}.
 *       Square-on, hip keypoints are about 0.35-0.5 L apart and shoulders 0.7-0.8 L; from the side they nearly
 *       coincide (pelvis/trunk rotation while walking gives under about 0.1 L). The cut-offs sit where the body is
 *       turned roughly 35-40 degrees from side-on, so a side-on walker off the picture's centre (perspective makes
 *       the near and far hips part by up to about 0.2 L) still counts as sagittal. A pair with exactly one gated
 *       member counts as half-weight sagittal evidence (-1: the far side hidden). Walking across the picture,
 *       |mid-hip x velocity| over 0.5 L/s, is sagittal evidence {@code -clamp((|v|/L - 0.5) / 0.5)} with weight =
 *       torso confidence (a frontal walker moves towards or away from the camera, not across).</li>
 *   <li><b>Anterior/posterior</b> (+ anterior): the person's left on the image right means anterior
 *       (measurement.md), so hips {@code clamp((x(LH)-x(RH)) / 0.10 L)} and shoulders
 *       {@code clamp((x(LS)-x(RS)) / 0.15 L)} weighted by confidence; the face, weight 0.5: nose and an eye gated
 *       and the nose between the shoulders = +1, no eye gated but an ear gated = -1; the apparent size, weight 0.5:
 *       the slope of ln L over +-0.25 s, {@code clamp(slope / 0.15 per s)} (growing = walking towards the camera).</li>
 *   <li><b>Sagittal side</b> (+ left side seen = facing image left): nose ahead of the ears (or of mid-shoulder),
 *       {@code clamp((x(ref)-x(nose)) / 0.10 L)}, weight = nose confidence; walking direction, the slope of mid-hip x
 *       over +-0.25 s, {@code clamp(-v / (0.5 L per s))}, weight 1 (a person walks forwards; facing image left means
 *       the left side is nearer the camera); the nearer side is the more confident one, mean confidence of left
 *       ear/shoulder/hip minus right, {@code clamp(diff / 0.2)}, weight 0.5.</li>
 * </ul>
 * A frame is frontal when the plane score is above 0, sagittal below; its view then follows the sign of the
 * anterior or side score; its vote weight is torso confidence x |plane| x |sub-score|.
 *
 * <h2>Per video</h2>
 * Frame labels are smoothed by a weighted mode over a window of {@code minSegmentSeconds} centred on the frame,
 * then split into runs. Unlabelled runs are filled from their neighbours (split at the middle between two
 * different views). Runs shorter than {@code minSegmentSeconds} are removed shortest first: absorbed by equal
 * neighbours, or split at their middle between two different neighbours (a turn passes briefly through sagittal,
 * and the boundary lands in the middle of the turn). The overall view is the one with the largest sum of vote
 * weights of frames whose own label agrees with their segment; confidence = that sum / sum of torso confidences x
 * the fraction of frames with a label. Times are the frames' timestamps when finite and increasing, otherwise
 * frame index / 30.
 */
public final class ViewDetector {
    /** The overall view reported, with confidence 0, when nothing could be detected: the frontal-plane default. */
    public static final View DEFAULT_VIEW = View.POSTERIOR;
    /** The side reported, with confidence 0, under {@link ViewChoice#SAGITTAL} when no side could be detected. */
    public static final View DEFAULT_SAGITTAL_VIEW = View.SAGITTAL_RIGHT;

    static final double HIP_FRONTAL_CUT = 0.25;
    static final double HIP_FRONTAL_BAND = 0.10;
    static final double SHOULDER_FRONTAL_CUT = 0.45;
    static final double SHOULDER_FRONTAL_BAND = 0.15;
    static final double SLOPE_HALF_WINDOW_S = 0.25;
    static final double FALLBACK_FPS = 30;

    /**
     * @param confidenceGate    keypoints below this confidence are ignored (default 0.3, as measurement.md)
     * @param minSegmentSeconds shortest view segment kept (default 0.5 s)
     */
    public record Settings(double confidenceGate, double minSegmentSeconds) {
        public static final Settings DEFAULT = new Settings(0.3, 0.5);

        public Settings {
            if (!(confidenceGate >= 0 && confidenceGate <= 1) || !(minSegmentSeconds >= 0)) {
                throw new IllegalArgumentException("bad view settings " + confidenceGate + ", " + minSegmentSeconds);
            }
        }
    }

    private final Settings settings;

    public ViewDetector() {
        this(Settings.DEFAULT);
    }

    public ViewDetector(Settings settings) {
        this.settings = settings;
    }

    public Settings settings() {
        return settings;
    }

    /** Detects the view with no user override. */
    public ViewEstimate estimate(List<FramePose> frames) {
        return estimate(frames, ViewChoice.AUTO);
    }

    /** The view of a track under the user's choice; never throws on missing or NaN keypoints. */
    public ViewEstimate estimate(List<FramePose> frames, ViewChoice choice) {
        return estimate(frames, choice, null);
    }

    /**
     * The same, with the per-frame cues already computed by {@link #cues(List)} on the same frames (null: computed
     * here when needed), so a caller that also reads the cues computes them once.
     */
    public ViewEstimate estimate(List<FramePose> frames, ViewChoice choice, List<FrameViewCues> knownCues) {
        List<FramePose> track = sorted(frames);
        View fixed = choice.fixedView();
        if (fixed != null) {
            List<ViewSegment> segs = track.isEmpty() ? List.of()
                    : List.of(new ViewSegment(track.get(0).frameIndex(), track.get(track.size() - 1).frameIndex() + 1, fixed));
            return new ViewEstimate(fixed, 1.0, segs, true);
        }
        boolean sagittalOnly = choice == ViewChoice.SAGITTAL;
        View fallback = sagittalOnly ? DEFAULT_SAGITTAL_VIEW : DEFAULT_VIEW;
        if (track.isEmpty()) {
            return new ViewEstimate(fallback, 0, List.of(), sagittalOnly);
        }
        List<FrameViewCues> cues = knownCues != null ? knownCues : cues(track);
        int n = track.size();
        View[] raw = new View[n];
        double[] weight = new double[n];
        for (int i = 0; i < n; i++) {
            FrameViewCues c = cues.get(i);
            if (sagittalOnly) {
                double s = c.leftSideScore();
                if (Double.isFinite(s) && s != 0) {
                    raw[i] = s > 0 ? View.SAGITTAL_LEFT : View.SAGITTAL_RIGHT;
                    weight[i] = c.torsoConfidence() * Math.min(1, Math.abs(s));
                }
            } else {
                raw[i] = c.view();
                weight[i] = c.view() == null ? 0 : c.weight();
            }
        }
        double[] t = times(track);
        View[] smoothed = modeFilter(raw, weight, t, settings.minSegmentSeconds() / 2);
        View[] labels = segmentLabels(smoothed, t, settings.minSegmentSeconds(), fallback);

        Map<View, Double> support = new EnumMap<>(View.class);
        double torsoSum = 0;
        int labelled = 0;
        for (int i = 0; i < n; i++) {
            torsoSum += cues.get(i).torsoConfidence();
            if (raw[i] != null) {
                labelled++;
                if (raw[i] == labels[i]) {
                    support.merge(raw[i], weight[i], Double::sum);
                }
            }
        }
        View overall = fallback;
        double best = 0;
        for (Map.Entry<View, Double> e : support.entrySet()) {
            if (e.getValue() > best) {
                best = e.getValue();
                overall = e.getKey();
            }
        }
        double confidence = best > 0 && torsoSum > 0 ? Math.min(1, best / torsoSum * labelled / n) : 0;
        return new ViewEstimate(overall, confidence, toSegments(track, labels), sagittalOnly);
    }

    /** The per-frame cues of a track (sorted by frame index), before any smoothing over time. */
    public List<FrameViewCues> cues(List<FramePose> frames) {
        List<FramePose> track = sorted(frames);
        int n = track.size();
        double[] t = times(track);
        double[] torso = new double[n];
        double[] lnTorso = new double[n];
        double[] midHipX = new double[n];
        for (int i = 0; i < n; i++) {
            Pose p = pose(track.get(i));
            torso[i] = torsoLength(p);
            lnTorso[i] = torso[i] > 0 ? Math.log(torso[i]) : Double.NaN;
            midHipX[i] = meanX(p, Keypoint.LEFT_HIP, Keypoint.RIGHT_HIP);
            if (Double.isNaN(midHipX[i])) {
                midHipX[i] = meanX(p, Keypoint.LEFT_SHOULDER, Keypoint.RIGHT_SHOULDER);
            }
        }
        List<FrameViewCues> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            out.add(frameCues(track.get(i).frameIndex(), pose(track.get(i)), torso[i],
                    slope(t, lnTorso, i), slope(t, midHipX, i)));
        }
        return out;
    }

    private FrameViewCues frameCues(int frameIndex, Pose p, double l, double lnTorsoSlope, double hipXSlope) {
        double torsoConf = torsoConfidence(p);
        if (!(l > 0)) {
            return new FrameViewCues(frameIndex, Double.NaN, Double.NaN, Double.NaN, null, 0, torsoConf);
        }
        Score plane = new Score();
        Score ap = new Score();
        if (Double.isFinite(hipXSlope) && Math.abs(hipXSlope) > 0.5 * l) {
            // walking across the picture: sagittal evidence however far off-centre the person is
            plane.add(-clamp((Math.abs(hipXSlope) / l - 0.5) / 0.5), torsoConf);
        }
        pairCues(p, Keypoint.LEFT_HIP, Keypoint.RIGHT_HIP, l, HIP_FRONTAL_CUT, HIP_FRONTAL_BAND, 0.10, plane, ap);
        pairCues(p, Keypoint.LEFT_SHOULDER, Keypoint.RIGHT_SHOULDER, l, SHOULDER_FRONTAL_CUT, SHOULDER_FRONTAL_BAND,
                0.15, plane, ap);

        // face: seen (anterior) or the back of the head (posterior)
        boolean eye = ok(p, Keypoint.LEFT_EYE) || ok(p, Keypoint.RIGHT_EYE);
        boolean ear = ok(p, Keypoint.LEFT_EAR) || ok(p, Keypoint.RIGHT_EAR);
        if (ok(p, Keypoint.NOSE) && eye) {
            boolean between = true;
            if (ok(p, Keypoint.LEFT_SHOULDER) && ok(p, Keypoint.RIGHT_SHOULDER)) {
                double a = p.xPx(Keypoint.LEFT_SHOULDER);
                double b = p.xPx(Keypoint.RIGHT_SHOULDER);
                double x = p.xPx(Keypoint.NOSE);
                between = x > Math.min(a, b) && x < Math.max(a, b);
            }
            if (between) {
                ap.add(1, 0.5 * p.confidence(Keypoint.NOSE));
            }
        } else if (!eye && ear) {
            double c = Math.max(conf(p, Keypoint.LEFT_EAR), conf(p, Keypoint.RIGHT_EAR));
            ap.add(-1, 0.5 * c);
        }
        if (Double.isFinite(lnTorsoSlope)) {
            ap.add(clamp(lnTorsoSlope / 0.15), 0.5 * torsoConf);
        }

        Score side = new Score();
        if (ok(p, Keypoint.NOSE)) {
            double ref = meanX(p, Keypoint.LEFT_EAR, Keypoint.RIGHT_EAR);
            if (Double.isNaN(ref)) {
                ref = meanX(p, Keypoint.LEFT_SHOULDER, Keypoint.RIGHT_SHOULDER);
            }
            if (!Double.isNaN(ref)) {
                side.add(clamp((ref - p.xPx(Keypoint.NOSE)) / (0.10 * l)), p.confidence(Keypoint.NOSE));
            }
        }
        if (Double.isFinite(hipXSlope)) {
            side.add(clamp(-hipXSlope / (0.5 * l)), torsoConf);
        }
        double leftConf = (rawConf(p, Keypoint.LEFT_EAR) + rawConf(p, Keypoint.LEFT_SHOULDER)
                + rawConf(p, Keypoint.LEFT_HIP)) / 3;
        double rightConf = (rawConf(p, Keypoint.RIGHT_EAR) + rawConf(p, Keypoint.RIGHT_SHOULDER)
                + rawConf(p, Keypoint.RIGHT_HIP)) / 3;
        if (leftConf > 0 || rightConf > 0) {
            side.add(clamp((leftConf - rightConf) / 0.2), 0.5);
        }

        double pl = plane.mean();
        double apScore = ap.mean();
        double sideScore = side.mean();
        View view = null;
        double w = 0;
        if (pl > 0 && apScore != 0 && Double.isFinite(apScore)) {
            view = apScore > 0 ? View.ANTERIOR : View.POSTERIOR;
            w = torsoConf * pl * Math.abs(apScore);
        } else if (pl < 0 && sideScore != 0 && Double.isFinite(sideScore)) {
            view = sideScore > 0 ? View.SAGITTAL_LEFT : View.SAGITTAL_RIGHT;
            w = torsoConf * -pl * Math.abs(sideScore);
        }
        return new FrameViewCues(frameIndex, pl, apScore, sideScore, view, Math.min(1, w), torsoConf);
    }

    private void pairCues(Pose p, Keypoint left, Keypoint right, double l, double cut, double band, double apScale,
            Score plane, Score ap) {
        boolean okL = ok(p, left);
        boolean okR = ok(p, right);
        if (okL && okR) {
            double dx = p.xPx(left) - p.xPx(right);
            double c = Math.min(p.confidence(left), p.confidence(right));
            plane.add(clamp((Math.abs(dx) / l - cut) / band), c);
            ap.add(clamp(dx / (apScale * l)), c);
        } else if (okL || okR) {
            plane.add(-1, 0.5 * (okL ? p.confidence(left) : p.confidence(right)));
        }
    }

    // ---- segmentation ----

    /** Weighted mode of the labels within +-halfWindow seconds; null where no labelled frame is in reach. */
    static View[] modeFilter(View[] raw, double[] weight, double[] t, double halfWindow) {
        int n = raw.length;
        View[] out = new View[n];
        View[] views = View.values();
        int lo = 0;
        int hi = 0;
        double[] sum = new double[views.length];
        for (int i = 0; i < n; i++) {
            while (hi < n && t[hi] <= t[i] + halfWindow + 1e-9) {
                if (raw[hi] != null) {
                    sum[raw[hi].ordinal()] += weight[hi];
                }
                hi++;
            }
            while (t[lo] < t[i] - halfWindow - 1e-9) {
                if (raw[lo] != null) {
                    sum[raw[lo].ordinal()] -= weight[lo];
                }
                lo++;
            }
            double best = 1e-12;
            for (View v : views) {
                if (sum[v.ordinal()] > best) {
                    best = sum[v.ordinal()];
                    out[i] = v;
                }
            }
            if (out[i] == null && raw[i] != null) {
                out[i] = raw[i];
            }
        }
        return out;
    }

    private static final class Run {
        int start;
        int end;
        View view;

        Run(int start, int end, View view) {
            this.start = start;
            this.end = end;
            this.view = view;
        }
    }

    /** Runs with no gaps and none shorter than minSeconds (unless it is the only run); fallback when all unlabelled. */
    static View[] segmentLabels(View[] labels, double[] t, double minSeconds, View fallback) {
        int n = labels.length;
        List<Run> runs = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            if (!runs.isEmpty() && runs.get(runs.size() - 1).view == labels[i]) {
                runs.get(runs.size() - 1).end = i + 1;
            } else {
                runs.add(new Run(i, i + 1, labels[i]));
            }
        }
        if (runs.stream().allMatch(r -> r.view == null)) {
            View[] out = new View[n];
            Arrays.fill(out, fallback);
            return out;
        }
        // fill unlabelled runs from their neighbours
        for (int k = 0; k < runs.size(); k++) {
            Run r = runs.get(k);
            if (r.view == null) {
                View before = k > 0 ? runs.get(k - 1).view : null;
                View after = k + 1 < runs.size() ? runs.get(k + 1).view : null;
                splitInto(runs, k, before, after);
                k = -1; // restart: indices changed
            }
        }
        coalesce(runs);
        double dt = medianStep(t);
        while (runs.size() > 1) {
            Run shortest = runs.stream()
                    .min(Comparator.comparingDouble((Run r) -> duration(r, t, dt)).thenComparingInt(r -> r.start))
                    .orElseThrow();
            if (duration(shortest, t, dt) >= minSeconds - 1e-9) {
                break;
            }
            int k = runs.indexOf(shortest);
            View before = k > 0 ? runs.get(k - 1).view : null;
            View after = k + 1 < runs.size() ? runs.get(k + 1).view : null;
            splitInto(runs, k, before, after);
            coalesce(runs);
        }
        View[] out = new View[n];
        for (Run r : runs) {
            Arrays.fill(out, r.start, r.end, r.view);
        }
        return out;
    }

    /** Hands run k to its neighbours: wholly to one when the other is missing or equal, else split at its middle. */
    private static void splitInto(List<Run> runs, int k, View before, View after) {
        Run r = runs.get(k);
        if (before == null || after == null || before == after) {
            r.view = before != null ? before : after;
            return;
        }
        int mid = r.start + (r.end - r.start) / 2;
        runs.get(k - 1).end = mid;
        runs.get(k + 1).start = mid;
        runs.remove(k);
    }

    private static void coalesce(List<Run> runs) {
        for (int k = runs.size() - 1; k > 0; k--) {
            Run a = runs.get(k - 1);
            Run b = runs.get(k);
            if (b.start >= b.end) {
                runs.remove(k);
            } else if (a.view == b.view) {
                a.end = b.end;
                runs.remove(k);
            }
        }
        if (!runs.isEmpty() && runs.get(0).start >= runs.get(0).end) {
            runs.remove(0);
        }
    }

    private static double duration(Run r, double[] t, double dt) {
        double end = r.end < t.length ? t[r.end] : t[t.length - 1] + dt;
        return end - t[r.start];
    }

    private static List<ViewSegment> toSegments(List<FramePose> track, View[] labels) {
        List<ViewSegment> out = new ArrayList<>();
        int n = labels.length;
        int start = 0;
        for (int i = 1; i <= n; i++) {
            if (i == n || labels[i] != labels[start]) {
                int end = i < n ? track.get(i).frameIndex() : track.get(n - 1).frameIndex() + 1;
                out.add(new ViewSegment(track.get(start).frameIndex(), end, labels[start]));
                start = i;
            }
        }
        return out;
    }

    // ---- helpers ----

    private static List<FramePose> sorted(List<FramePose> frames) {
        List<FramePose> out = new ArrayList<>();
        if (frames != null) {
            for (FramePose f : frames) {
                if (f != null) {
                    out.add(f);
                }
            }
        }
        out.sort(Comparator.comparingInt(FramePose::frameIndex));
        return out;
    }

    private static Pose pose(FramePose f) {
        return f.pose() == null ? Pose.empty() : f.pose();
    }

    /** Timestamps when finite and strictly increasing, else frame index (or position) / 30. */
    static double[] times(List<FramePose> track) {
        int n = track.size();
        double[] t = new double[n];
        boolean good = true;
        boolean indexIncreasing = true;
        for (int i = 0; i < n; i++) {
            t[i] = track.get(i).timestampSeconds();
            if (!Double.isFinite(t[i]) || (i > 0 && !(t[i] > t[i - 1]))) {
                good = false;
            }
            if (i > 0 && track.get(i).frameIndex() <= track.get(i - 1).frameIndex()) {
                indexIncreasing = false;
            }
        }
        if (!good) {
            for (int i = 0; i < n; i++) {
                t[i] = (indexIncreasing ? track.get(i).frameIndex() : i) / FALLBACK_FPS;
            }
        }
        return t;
    }

    private static double medianStep(double[] t) {
        if (t.length < 2) {
            return 1 / FALLBACK_FPS;
        }
        double[] d = new double[t.length - 1];
        for (int i = 1; i < t.length; i++) {
            d[i - 1] = t[i] - t[i - 1];
        }
        return Quantiles.upperMedian(d);
    }

    /** Least-squares slope of v against t over +-0.25 s around i (at least 3 finite samples spanning 0.2 s). */
    private static double slope(double[] t, double[] v, int i) {
        double st = 0;
        double sv = 0;
        int m = 0;
        double tMin = Double.POSITIVE_INFINITY;
        double tMax = Double.NEGATIVE_INFINITY;
        for (int j = i; j >= 0 && t[j] >= t[i] - SLOPE_HALF_WINDOW_S - 1e-9; j--) {
            if (Double.isFinite(v[j])) {
                st += t[j];
                sv += v[j];
                m++;
                tMin = Math.min(tMin, t[j]);
                tMax = Math.max(tMax, t[j]);
            }
        }
        for (int j = i + 1; j < t.length && t[j] <= t[i] + SLOPE_HALF_WINDOW_S + 1e-9; j++) {
            if (Double.isFinite(v[j])) {
                st += t[j];
                sv += v[j];
                m++;
                tMin = Math.min(tMin, t[j]);
                tMax = Math.max(tMax, t[j]);
            }
        }
        if (m < 3 || tMax - tMin < 0.2) {
            return Double.NaN;
        }
        double mt = st / m;
        double mv = sv / m;
        double num = 0;
        double den = 0;
        for (int j = 0; j < t.length; j++) {
            if (Math.abs(t[j] - t[i]) <= SLOPE_HALF_WINDOW_S + 1e-9 && Double.isFinite(v[j])) {
                num += (t[j] - mt) * (v[j] - mv);
                den += (t[j] - mt) * (t[j] - mt);
            }
        }
        return den > 0 ? num / den : Double.NaN;
    }

    private boolean ok(Pose p, Keypoint k) {
        double c = p.confidence(k);
        return c >= settings.confidenceGate() && Double.isFinite(c) && Double.isFinite(p.xPx(k))
                && Double.isFinite(p.yPx(k));
    }

    private double conf(Pose p, Keypoint k) {
        return ok(p, k) ? p.confidence(k) : 0;
    }

    private static double rawConf(Pose p, Keypoint k) {
        double c = p.confidence(k);
        return Double.isFinite(c) ? Math.max(0, Math.min(1, c)) : 0;
    }

    private double meanX(Pose p, Keypoint a, Keypoint b) {
        return mean(p, a, b, p::xPx);
    }

    private double meanY(Pose p, Keypoint a, Keypoint b) {
        return mean(p, a, b, p::yPx);
    }

    /** Mean of one coordinate over the usable of two keypoints; NaN when neither is usable. */
    private double mean(Pose p, Keypoint a, Keypoint b, java.util.function.ToDoubleFunction<Keypoint> coordinate) {
        boolean okA = ok(p, a);
        boolean okB = ok(p, b);
        if (okA && okB) {
            return (coordinate.applyAsDouble(a) + coordinate.applyAsDouble(b)) / 2;
        }
        return okA ? coordinate.applyAsDouble(a) : okB ? coordinate.applyAsDouble(b) : Double.NaN;
    }

    private double torsoLength(Pose p) {
        double sx = meanX(p, Keypoint.LEFT_SHOULDER, Keypoint.RIGHT_SHOULDER);
        double sy = meanY(p, Keypoint.LEFT_SHOULDER, Keypoint.RIGHT_SHOULDER);
        double hx = meanX(p, Keypoint.LEFT_HIP, Keypoint.RIGHT_HIP);
        double hy = meanY(p, Keypoint.LEFT_HIP, Keypoint.RIGHT_HIP);
        double l = Math.hypot(sx - hx, sy - hy);
        return Double.isFinite(l) && l > 0 ? l : Double.NaN;
    }

    private double torsoConfidence(Pose p) {
        double sum = 0;
        int m = 0;
        for (Keypoint k : new Keypoint[] {Keypoint.LEFT_SHOULDER, Keypoint.RIGHT_SHOULDER, Keypoint.LEFT_HIP,
                Keypoint.RIGHT_HIP}) {
            if (ok(p, k)) {
                sum += Math.min(1, p.confidence(k));
                m++;
            }
        }
        return m == 0 ? 0 : sum / m;
    }

    private static double clamp(double v) {
        return Double.isNaN(v) ? 0 : Math.max(-1, Math.min(1, v));
    }

    /** A confidence-weighted mean of cue scores. */
    private static final class Score {
        double sum;
        double weight;

        void add(double score, double w) {
            if (Double.isFinite(score) && w > 0) {
                sum += score * w;
                weight += w;
            }
        }

        double mean() {
            return weight > 0 ? sum / weight : Double.NaN;
        }
    }
}
