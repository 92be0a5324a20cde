package org.medius.events;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.medius.kinematics.Side;

/**
 * Stance phases from a frontal (posterior or anterior) view, where MoveNet gives no heel or toe: a foot is in
 * stance while its ankle is still, i.e. its image speed is below {@value #STILL_FRACTION} of that foot's own
 * peak speed around it (the 90th percentile over +-{@value #PEAK_WINDOW_S} s, at least one stride at any
 * cadence above 60 steps/min), and at least {@value #MIN_STILL_LEG_PER_S} leg lengths/s so that noise on a
 * standing person is not a step. Foot strike = the first still frame, toe-off = the last. Thresholds are
 * fractions of the body's own leg length and of the foot's own speed, never pixels, so they hold at any
 * distance and frame size; a relative threshold also holds on a treadmill, where the planted foot moves with
 * the belt. Runs shorter than {@value #MIN_STANCE_S} s are noise; runs longer than {@value #MAX_STANCE_S} s
 * are standing, not a step; a stance touching the first or last frame, or a gap, is cut short and dropped.
 * The choices are in docs/events.md.
 */
public final class FrontalStanceDetector {
    static final double STILL_FRACTION = 0.3;
    static final double PEAK_WINDOW_S = 1.0;
    static final double MIN_STILL_LEG_PER_S = 0.1;
    static final double MIN_STANCE_S = 0.1;
    static final double MAX_STANCE_S = 2.0;

    private FrontalStanceDetector() {
    }

    /** Stances of both feet, ordered by foot strike. */
    public static List<MovementEvent> detect(BodyTracks body) {
        List<MovementEvent> out = new ArrayList<>();
        for (Side s : Side.values()) {
            out.addAll(detect(body, s));
        }
        out.sort((a, b) -> Integer.compare(a.startFrame(), b.startFrame()));
        return out;
    }

    static List<MovementEvent> detect(BodyTracks body, Side side) {
        int n = body.size();
        double leg = body.standingLegLengthPx();
        List<MovementEvent> out = new ArrayList<>();
        if (n < 3 || !Double.isFinite(leg)) {
            return out;
        }
        double[] speed = speedPxPerS(body.ankleXPx(side), body.ankleYPx(side), body.timesSeconds());
        double[] t = body.timesSeconds();
        boolean[] still = new boolean[n];
        for (int i = 0; i < n; i++) {
            double peak = localPercentile90(speed, t, i, PEAK_WINDOW_S);
            double threshold = Math.max(STILL_FRACTION * peak, MIN_STILL_LEG_PER_S * leg);
            still[i] = Double.isFinite(speed[i]) && speed[i] <= threshold;
        }
        int i = 0;
        while (i < n) {
            if (!still[i]) {
                i++;
                continue;
            }
            int j = i;
            while (j + 1 < n && still[j + 1]) {
                j++;
            }
            double duration = t[j] - t[i];
            boolean cut = i == 0 || j == n - 1 || Double.isNaN(speed[i - 1]) || Double.isNaN(speed[j + 1]);
            if (!cut && duration >= MIN_STANCE_S && duration <= MAX_STANCE_S) {
                out.add(new MovementEvent(EventKind.STANCE, side, i, (i + j) / 2, j));
            }
            i = j + 1;
        }
        return out;
    }

    /** Central-difference speed on the real timestamps; NaN where a neighbour is missing. */
    static double[] speedPxPerS(double[] x, double[] y, double[] t) {
        int n = x.length;
        double[] v = new double[n];
        for (int i = 0; i < n; i++) {
            int a = Math.max(0, i - 1);
            int b = Math.min(n - 1, i + 1);
            double dt = t[b] - t[a];
            v[i] = dt > 0 ? Math.hypot(x[b] - x[a], y[b] - y[a]) / dt : Double.NaN;
        }
        return v;
    }

    private static double localPercentile90(double[] v, double[] t, int i, double halfWindowS) {
        int a = i;
        while (a > 0 && t[i] - t[a - 1] <= halfWindowS) {
            a--;
        }
        int b = i;
        while (b < v.length - 1 && t[b + 1] - t[i] <= halfWindowS) {
            b++;
        }
        double[] w = Arrays.stream(v, a, b + 1).filter(Double::isFinite).sorted().toArray();
        return w.length == 0 ? Double.NaN : w[(int) Math.floor(0.9 * (w.length - 1))];
    }
}
