package org.medius.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.medius.model.Side;
import org.medius.signal.WindowPercentile;

/**
 * Steps and stances from a frontal (posterior or anterior) view, where MoveNet gives no heel or toe, from the one
 * thing every frontal gait video carries: the swinging foot is lifted, so its ankle is higher in the image than
 * the planted one. The signal is the height difference of the two ankles in leg lengths, d = (y_left - y_right) /
 * leg (image y down: d &gt; 0 while the right ankle is the higher one), with leg = the hip-to-ankle length, the
 * median over +-{@value #WINDOW_HALF_S} s (the person grows and shrinks walking towards or away from the camera).
 *
 * <p>A <em>swing</em> is a run of frames where one ankle is higher by more than {@value #SWING_FRACTION} of the
 * local swing height (the 90th percentile of |d| over +-{@value #WINDOW_HALF_S} s, which holds at least one
 * stride at any cadence above 48 steps/min) and by at least {@value #MIN_SWING_LEGS} leg lengths (noise on a
 * standing person is smaller), for at least {@value #MIN_SWING_S} s. Seen from behind, a foot planted ahead of
 * the other is also higher in the image (it is farther away); so a swing already under way when the clip starts
 * (or the ankles reappear after a gap) counts only if that ankle also moves faster, on average, than the other.
 * Two swings of the same foot in a row count as one. The swinging foot strikes where d first crosses zero after
 * its swing (that foot is lower again), and it took off where d last crossed zero before it. The stance of a foot
 * runs from its strike to its next toe-off, and so holds the whole swing of the other foot: its single support,
 * where pelvic drop is measured. Nothing depends on the person travelling, so a treadmill, walking towards or away
 * and running with flight phases all work; and nothing depends on the frame rate.
 *
 * <p>Limits: at the crossing the two ankles are level, which is near but not at foot strike and toe-off (the
 * double support is not resolved); a shuffling gait that never lifts the feet by {@value #MIN_SWING_LEGS} leg
 * lengths gives no steps. The choices and what they were checked on are in docs/events.md.
 */
public final class FrontalStanceDetector {
    static final double WINDOW_HALF_S = 1.25;
    static final double SWING_FRACTION = 0.35;
    static final double MIN_SWING_LEGS = 0.03;
    static final double MIN_SWING_S = 0.08;
    /** A stance longer than this is standing between bouts of walking, not a step. */
    static final double MAX_STANCE_S = 2.5;

    private FrontalStanceDetector() {
    }

    /** One swing: the swinging foot and its frames (inclusive), with the frame where it was highest. */
    record Swing(Side foot, int firstFrame, int peakFrame, int lastFrame) {
    }

    /**
     * The stances and foot strikes of a clip.
     *
     * @param swingPeakFramesPerFoot the frame where each swing was highest, per foot (left, right): the sharpest
     *                               mark of each step, which the cadence is timed on
     */
    public record Result(List<MovementEvent> stances, List<List<Integer>> strikeFramesPerFoot,
            List<List<Integer>> swingPeakFramesPerFoot) {
        public Result {
            stances = List.copyOf(stances);
            strikeFramesPerFoot = strikeFramesPerFoot.stream().map(List::copyOf).toList();
            swingPeakFramesPerFoot = swingPeakFramesPerFoot.stream().map(List::copyOf).toList();
        }

        public int stepCount() {
            return strikeFramesPerFoot.stream().mapToInt(List::size).sum();
        }
    }

    public static Result detect(BodyTracks body) {
        double[] d = heightDifferenceLegs(body);
        double[] t = body.timesSeconds();
        double[][] speed = {ankleSpeed(body, Side.LEFT), ankleSpeed(body, Side.RIGHT)};
        List<Swing> swings = swings(d, speed, t, body.medianFrameIntervalSeconds());
        int n = d.length;
        int[] strike = new int[swings.size()];
        int[] toeOff = new int[swings.size()];
        List<List<Integer>> strikes = List.of(new ArrayList<>(), new ArrayList<>());
        List<List<Integer>> peaks = List.of(new ArrayList<>(), new ArrayList<>());
        for (int k = 0; k < swings.size(); k++) {
            Swing s = swings.get(k);
            peaks.get(s.foot().ordinal()).add(s.peakFrame());
            int nextStart = k + 1 < swings.size() ? swings.get(k + 1).firstFrame() : n;
            int previousEnd = k > 0 ? swings.get(k - 1).lastFrame() : -1;
            strike[k] = s.lastFrame() + 1 < nextStart ? levelCrossing(d, s, s.lastFrame() + 1, nextStart - 1) : -1;
            toeOff[k] = s.firstFrame() - 1 > previousEnd ? levelCrossing(d, s, s.firstFrame() - 1, previousEnd + 1) : -1;
            if (strike[k] >= 0) {
                strikes.get(s.foot().ordinal()).add(strike[k]);
            }
        }
        List<MovementEvent> stances = new ArrayList<>();
        for (int k = 1; k + 1 < swings.size(); k++) {
            int from = strike[k - 1];
            int to = toeOff[k + 1];
            if (from < 0 || to < 0 || to <= from || t[to] - t[from] > MAX_STANCE_S) {
                continue;
            }
            int key = Math.min(Math.max(swings.get(k).peakFrame(), from), to);
            stances.add(new MovementEvent(EventKind.STANCE, swings.get(k - 1).foot(), from, key, to));
        }
        return new Result(stances, strikes, peaks);
    }

    /** (y_left - y_right) / leg length per frame; NaN where an ankle or the leg length is unknown. */
    static double[] heightDifferenceLegs(BodyTracks body) {
        double[] t = body.timesSeconds();
        double[] leg = WindowPercentile.of(body.legLengthPx(), t, WINDOW_HALF_S, 0.5);
        double[] left = body.ankleYPx(Side.LEFT);
        double[] right = body.ankleYPx(Side.RIGHT);
        double[] d = new double[t.length];
        for (int i = 0; i < d.length; i++) {
            d[i] = leg[i] > 0 ? (left[i] - right[i]) / leg[i] : Double.NaN;
        }
        return d;
    }

    /** The swings of both feet in time order, alternating (a second swing of the same foot is merged). */
    static List<Swing> swings(double[] d, double[][] speed, double[] t, double frameIntervalSeconds) {
        double[] abs = new double[d.length];
        for (int i = 0; i < d.length; i++) {
            abs[i] = Math.abs(d[i]);
        }
        double[] threshold = WindowPercentile.of(abs, t, WINDOW_HALF_S, 0.9);
        for (int i = 0; i < threshold.length; i++) {
            threshold[i] = Math.max(MIN_SWING_LEGS, SWING_FRACTION * threshold[i]);
        }
        List<Swing> out = new ArrayList<>();
        int i = 0;
        while (i < d.length) {
            if (!(Math.abs(d[i]) > threshold[i])) {
                i++;
                continue;
            }
            double sign = Math.signum(d[i]);
            int j = i;
            int peak = i;
            while (j + 1 < d.length && sign * d[j + 1] > threshold[j + 1]) {
                j++;
                if (sign * d[j] > sign * d[peak]) {
                    peak = j;
                }
            }
            if (t[j] - t[i] + frameIntervalSeconds >= MIN_SWING_S
                    && (i > 0 && Double.isFinite(d[i - 1])
                            || movesMore(sign > 0 ? speed[1] : speed[0], sign > 0 ? speed[0] : speed[1], i, j))) {
                // d > 0: the left ankle is lower, so the right foot is the one in the air
                Swing s = new Swing(sign > 0 ? Side.RIGHT : Side.LEFT, i, peak, j);
                Swing last = out.isEmpty() ? null : out.get(out.size() - 1);
                if (last != null && last.foot() == s.foot()) {
                    int p = Math.abs(d[last.peakFrame()]) >= Math.abs(d[peak]) ? last.peakFrame() : peak;
                    out.set(out.size() - 1, new Swing(s.foot(), last.firstFrame(), p, j));
                } else {
                    out.add(s);
                }
            }
            i = j + 1;
        }
        return withLeadIns(out, d, t, frameIntervalSeconds);
    }

    /**
     * The swings with each walking bout's first step from standing added where the threshold missed it. Starting
     * to walk, the first foot is often barely lifted (a fifth of a walking swing in {@code h36m_toward_away.mp4}),
     * so it falls below a threshold scaled to the swings that follow. It is taken as a step when, right before the
     * bout's first swing, the other ankle was higher by at least {@value #MIN_SWING_LEGS} leg lengths for
     * {@value #MIN_SWING_S} s, in a hump that starts from level feet (standing) and ends at that swing's take-off.
     * A clip that starts with one foot planted ahead has no level start, so it gives no such step.
     */
    static List<Swing> withLeadIns(List<Swing> swings, double[] d, double[] t, double frameSeconds) {
        List<Swing> out = new ArrayList<>();
        for (int k = 0; k < swings.size(); k++) {
            Swing s = swings.get(k);
            int earliest = k == 0 ? 0 : swings.get(k - 1).lastFrame() + 1;
            if (k == 0 || t[s.firstFrame()] - t[earliest - 1] > MAX_STANCE_S) {
                leadIn(s, d, t, frameSeconds, earliest).ifPresent(out::add);
            }
            out.add(s);
        }
        return out;
    }

    /** The barely lifted step of the other foot that ends at {@code first}'s take-off, if there is one. */
    private static Optional<Swing> leadIn(Swing first, double[] d, double[] t, double frameSeconds,
            int earliest) {
        double other = first.foot() == Side.RIGHT ? -1 : 1; // the sign of d while the other foot is higher
        int end = first.firstFrame() - 1;
        while (end >= earliest && Double.isFinite(d[end]) && other * d[end] < 0) {
            end--;
        }
        while (end >= earliest && d[end] == 0) {
            end--; // the level frame of the crossing itself
        }
        int start = end;
        int peak = end;
        int longestRun = 0;
        int run = 0;
        while (start >= earliest && Double.isFinite(d[start]) && other * d[start] > 0) {
            run = other * d[start] >= MIN_SWING_LEGS ? run + 1 : 0;
            longestRun = Math.max(longestRun, run);
            peak = other * d[start] > other * d[peak] ? start : peak;
            start--;
        }
        // start is now the level (or opposite) frame before the hump: it must be a filmed, level frame
        boolean levelStart = start >= earliest && Double.isFinite(d[start]) && Math.abs(d[start]) < MIN_SWING_LEGS;
        if (end < earliest || !levelStart || longestRun * frameSeconds < MIN_SWING_S
                || t[end] - t[start] > MAX_STANCE_S) {
            return Optional.empty();
        }
        return Optional.of(new Swing(first.foot().other(), start + 1, peak, end));
    }

    /**
     * True when the higher ankle also moved more, on average over the frames [from, to], than the other: it is
     * swinging, not planted ahead.
     */
    private static boolean movesMore(double[] higher, double[] lower, int from, int to) {
        double sum = 0;
        int count = 0;
        for (int i = from; i <= to; i++) {
            if (Double.isFinite(higher[i]) && Double.isFinite(lower[i])) {
                sum += higher[i] - lower[i];
                count++;
            }
        }
        return count == 0 || sum > 0;
    }

    /** The ankle's image speed (central difference on the real timestamps), px/s; NaN where unknown. */
    static double[] ankleSpeed(BodyTracks body, Side side) {
        double[] x = body.ankleXPx(side);
        double[] y = body.ankleYPx(side);
        double[] t = body.timesSeconds();
        int n = t.length;
        double[] v = new double[n];
        for (int i = 0; i < n; i++) {
            int a = Math.max(0, i - 1);
            int b = Math.min(n - 1, i + 1);
            double dt = t[b] - t[a];
            v[i] = dt > 0 ? Math.hypot(x[b] - x[a], y[b] - y[a]) / dt : Double.NaN;
        }
        return v;
    }

    /**
     * Walking from frame {@code from} to frame {@code to} (inclusive, either direction), the first frame where the
     * swinging foot is not the higher one: its landing (forwards) or its take-off (backwards); -1 if none or a gap
     * comes first.
     */
    private static int levelCrossing(double[] d, Swing s, int from, int to) {
        double sign = s.foot() == Side.RIGHT ? 1 : -1;
        int step = to >= from ? 1 : -1;
        for (int i = from; step > 0 ? i <= to : i >= to; i += step) {
            if (Double.isNaN(d[i])) {
                return -1;
            }
            if (sign * d[i] <= 0) {
                return i;
            }
        }
        return -1;
    }
}
