package org.medius.events;

import java.util.ArrayList;
import java.util.List;
import org.medius.model.Side;
import org.medius.signal.Peaks;
import org.medius.signal.Quantiles;

/**
 * Foot strike and toe-off from a side view by Zeni et al. 2008's coordinate method, with the ankle standing in
 * for heel and toe (MoveNet has neither): strike = a local maximum of (x_ankle - x_pelvis) d, toe-off = a local
 * minimum, d = +1 or -1 the walking direction. Stance of a foot = from its strike to the first toe-off of the
 * same foot before its next strike.
 *
 * <p>The direction comes from the pelvis when it travels (over ground): the sign of its velocity over
 * +-{@value #DIRECTION_WINDOW_S} s, so a person who turns round and walks back keeps correct events. When the
 * pelvis stays put (treadmill, running in place) it comes from the face: the nose is ahead of the ears.
 * Extremes count when at least {@value #MIN_PROMINENCE_LEGS} leg lengths prominent (the ankle's excursion
 * relative to the pelvis is about 0.5-1 leg length in walking and running) and {@value #MIN_SAME_FOOT_S} s
 * apart (no human stride is shorter).
 */
public final class SagittalGaitDetector {
    static final double DIRECTION_WINDOW_S = 1.0;
    static final double MIN_TRAVEL_LEG_PER_S = 0.2;
    static final double MIN_PROMINENCE_LEGS = 0.15;
    static final double MIN_SAME_FOOT_S = 0.4;

    private SagittalGaitDetector() {
    }

    /** Per-frame walking direction: +1 (towards image right), -1, or 0 when unknown. */
    static double[] direction(BodyTracks body) {
        int n = body.size();
        double leg = body.standingLegLengthPx();
        double[] hip = body.midHipXPx();
        double[] t = body.timesSeconds();
        double[] face = body.noseAheadOfEarsPx();
        double faceMedian = Quantiles.upperMedian(face);
        double facing = Double.isNaN(faceMedian) ? 0 : Math.signum(faceMedian);
        double[] d = new double[n];
        for (int i = 0; i < n; i++) {
            int a = i;
            while (a > 0 && t[i] - t[a - 1] <= DIRECTION_WINDOW_S) {
                a--;
            }
            int b = i;
            while (b < n - 1 && t[b + 1] - t[i] <= DIRECTION_WINDOW_S) {
                b++;
            }
            double v = (hip[b] - hip[a]) / (t[b] - t[a]);
            d[i] = Double.isFinite(v) && Math.abs(v) >= MIN_TRAVEL_LEG_PER_S * leg ? Math.signum(v) : facing;
        }
        return d;
    }

    /** Stances of both feet, ordered by foot strike. */
    public static List<MovementEvent> detect(BodyTracks body) {
        List<MovementEvent> out = new ArrayList<>();
        double leg = body.standingLegLengthPx();
        if (body.size() < 3 || !Double.isFinite(leg)) {
            return out;
        }
        double[] d = direction(body);
        int minDistance = body.frames(MIN_SAME_FOOT_S);
        for (Side s : Side.values()) {
            double[] rel = ankleAheadOfPelvisPx(body, s, d);
            List<Peaks.Peak> strikes = Peaks.find(rel, MIN_PROMINENCE_LEGS * leg, minDistance);
            List<Peaks.Peak> toeOffs = Peaks.findTroughs(rel, MIN_PROMINENCE_LEGS * leg, minDistance);
            for (int k = 0; k < strikes.size(); k++) {
                int strike = strikes.get(k).index();
                int next = k + 1 < strikes.size() ? strikes.get(k + 1).index() : rel.length;
                for (Peaks.Peak off : toeOffs) {
                    if (off.index() > strike && off.index() < next) {
                        out.add(new MovementEvent(EventKind.STANCE, s, strike, (strike + off.index()) / 2, off.index()));
                        break;
                    }
                }
            }
        }
        out.sort((a, b) -> Integer.compare(a.startFrame(), b.startFrame()));
        return out;
    }

    /** Foot-strike frames of one foot, for cadence (a strike counts even when its toe-off is outside the clip). */
    public static List<Integer> strikes(BodyTracks body, Side s) {
        return strikes(body, s, direction(body));
    }

    /** As {@link #strikes(BodyTracks, Side)}, with the per-frame direction already known. */
    static List<Integer> strikes(BodyTracks body, Side s, double[] direction) {
        double leg = body.standingLegLengthPx();
        List<Integer> out = new ArrayList<>();
        if (body.size() < 3 || !Double.isFinite(leg)) {
            return out;
        }
        double[] rel = ankleAheadOfPelvisPx(body, s, direction);
        for (Peaks.Peak p : Peaks.find(rel, MIN_PROMINENCE_LEGS * leg, body.frames(MIN_SAME_FOOT_S))) {
            out.add(p.index());
        }
        return out;
    }

    /** (x_ankle - x_pelvis) d per frame: how far the foot is ahead of the pelvis; NaN where d is unknown. */
    private static double[] ankleAheadOfPelvisPx(BodyTracks body, Side s, double[] d) {
        double[] hip = body.midHipXPx();
        double[] rel = body.ankleXPx(s);
        for (int i = 0; i < rel.length; i++) {
            rel[i] = d[i] == 0 ? Double.NaN : (rel[i] - hip[i]) * d[i];
        }
        return rel;
    }
}
