package org.medius.synth;

import java.util.ArrayList;
import java.util.List;
import org.medius.model.Side;

/**
 * When each foot strikes and leaves the floor. Step k (any integer) is a stance of {@code firstFoot} when k is even
 * and of the other foot when k is odd; nominally it strikes at {@code lead + k * stepTime} and leaves the floor
 * {@code 2 * stanceFraction * stepTime} later (stance fraction = duty factor, of the stride). Every event is then moved
 * onto the nearest frame, so strikes, toe-offs and mid-stances are exact frame times.
 *
 * <p>The stances 0 .. steps-1 are the counted ones and lie wholly inside the clip; the neighbouring steps (-3 .. -1
 * and steps .. steps+2) only fill the margins, so the clip opens and closes in steady gait (the other foot's stance at
 * the start and end is partial and not counted).
 *
 * <p>Each stance has a <em>single-support window</em>, from the later of its strike and the other foot's toe-off to
 * the earlier of its toe-off and the other foot's next strike (in running: the whole stance; in walking: the stance
 * less both double supports). The per-stance shapes (drop, dip, valgus, lean) are a {@link Profiles#bump} over that
 * window, peaking at its middle frame and zero in double support and flight.
 */
final class GaitTiming {
    /** Steps before the first counted one and after the last that are generated for the margins. */
    private static final int CONTEXT = 3;

    /** One stance: times in seconds, all frame times except those of context steps outside the clip. */
    record Step(int k, Side side, double strike, double toeOff, double windowStart, double peak, double windowEnd) {
    }

    private final double stepSeconds;
    private final int steps;
    private final List<Step> all = new ArrayList<>();

    GaitTiming(int steps, Side firstFoot, double cadenceStepsPerMin, double stanceFraction, FrameClock clock) {
        this.steps = steps;
        this.stepSeconds = 60 / cadenceStepsPerMin;
        double lead = leadSeconds(cadenceStepsPerMin);
        int n = steps + 2 * CONTEXT;
        double[] strike = new double[n];
        double[] toeOff = new double[n];
        for (int i = 0; i < n; i++) {
            double s = lead + (i - CONTEXT) * stepSeconds;
            strike[i] = clock.snap(s);
            toeOff[i] = clock.snap(s + 2 * stanceFraction * stepSeconds);
        }
        for (int i = 1; i < n - 1; i++) {
            int k = i - CONTEXT;
            Side side = Math.floorMod(k, 2) == 0 ? firstFoot : firstFoot.other();
            double ws = Math.max(strike[i], toeOff[i - 1]);
            double we = Math.min(toeOff[i], strike[i + 1]);
            double peak = clock.snap((ws + we) / 2);
            all.add(new Step(k, side, strike[i], toeOff[i], ws, peak, we));
        }
    }

    /** Time from the clip start to the first counted strike: one step time. */
    static double leadSeconds(double cadenceStepsPerMin) {
        return 60 / cadenceStepsPerMin;
    }

    /** Clip length: the lead, the counted steps, and one step time after the last counted toe-off. */
    static double durationSeconds(int steps, double cadenceStepsPerMin, double stanceFraction) {
        double step = 60 / cadenceStepsPerMin;
        return leadSeconds(cadenceStepsPerMin) + (steps - 1) * step + 2 * stanceFraction * step + step;
    }

    double stepSeconds() {
        return stepSeconds;
    }

    /** The counted stances, in time order. */
    List<Step> counted() {
        return all.stream().filter(s -> s.k() >= 0 && s.k() < steps).toList();
    }

    /** All generated stances (counted and context), in time order. */
    List<Step> all() {
        return all;
    }

    /** The stance profile of one side at t: 1 at its mid-stance frames, 0 outside its single-support windows. */
    double bump(Side side, double t) {
        double b = 0;
        for (Step s : all) {
            if (s.side() == side) {
                b = Math.max(b, Profiles.bump(t, s.windowStart(), s.peak(), s.windowEnd()));
            }
        }
        return b;
    }

    /** The stance of this side that contains t (strike and toe-off frames included), or null. */
    Step stanceAt(Side side, double t) {
        for (Step s : all) {
            if (s.side() == side && t >= s.strike() && t <= s.toeOff()) {
                return s;
            }
        }
        return null;
    }

    /** The stance of this side that ended last before t (t in the swing after it). */
    Step stanceBefore(Side side, double t) {
        Step last = null;
        for (Step s : all) {
            if (s.side() == side && s.toeOff() < t) {
                last = s;
            }
        }
        if (last == null) {
            throw new IllegalStateException("no stance of " + side + " before " + t + " s");
        }
        return last;
    }

    /** The next stance of the same side after this one. */
    Step nextOfSameSide(Step step) {
        for (Step s : all) {
            if (s.k() == step.k() + 2) {
                return s;
            }
        }
        throw new IllegalStateException("no stance after step " + step.k());
    }

    /** Position in the swing after {@code before}: 0 at its toe-off, 1 at the next strike of the same foot. */
    double swingPhase(Step before, double t) {
        Step next = nextOfSameSide(before);
        return (t - before.toeOff()) / (next.strike() - before.toeOff());
    }

    /** Cadence from the counted strikes' real times: 60 (n - 1) / (last strike - first strike); NaN for one step. */
    double cadenceStepsPerMin() {
        List<Step> c = counted();
        if (c.size() < 2) {
            return Double.NaN;
        }
        return 60.0 * (c.size() - 1) / (c.get(c.size() - 1).strike() - c.get(0).strike());
    }

    /**
     * Checks that the frame rate shows the gait: every counted stance's window has a frame before and after its peak,
     * walking has at least one frame interval of double support, running at least one whole frame of flight.
     */
    void validate(FrameClock clock, boolean running) {
        for (Step s : all) {
            if (s.k() < 0 || s.k() >= steps) {
                continue;
            }
            int ws = clock.frameAt(s.windowStart());
            int p = clock.frameAt(s.peak());
            int we = clock.frameAt(s.windowEnd());
            if (!(ws < p && p < we)) {
                throw new IllegalArgumentException("frame rate too low: the single support of step " + s.k()
                        + " spans frames " + ws + ".." + we + " with no frame on each side of mid-stance");
            }
            Step next = all.get(all.indexOf(s) + 1);
            int toeOff = clock.frameAt(s.toeOff());
            int nextStrike = clock.nearestFrame(next.strike());
            if (running && nextStrike - toeOff < 2) {
                throw new IllegalArgumentException("frame rate too low: no whole frame of flight after step " + s.k());
            }
            if (!running && toeOff <= nextStrike) {
                throw new IllegalArgumentException("frame rate too low: no double support after step " + s.k());
            }
        }
    }
}
