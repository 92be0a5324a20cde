package org.medius.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.medius.model.Side;

/**
 * The holds of the single-leg stance (Trendelenburg) test: the person stands on one leg with the other foot lifted,
 * for a few seconds, then on the other leg. A hold is a stretch where one ankle stays higher in the image than the
 * other by at least {@value #MIN_LIFT_LEGS} leg lengths for at least {@value #MIN_HOLD_S} s. It reads the same
 * signal as {@link FrontalStanceDetector}: d = (y_left_ankle - y_right_ankle) / leg (image y down, d &gt; 0 while the
 * right ankle is higher), leg = the hip-to-ankle length (median over +-1.25 s).
 *
 * <p>Why these numbers (docs/events.md, "Single-leg stance holds"): {@value #MIN_LIFT_LEGS} leg lengths is about
 * 9 cm on an adult: three times the filtered keypoint noise on a standing person (under 0.03), and more than a foot
 * placed 30 cm ahead of the other shows from perspective alone when filmed from 3 m; a foot lifted by bending the
 * knee rises 0.2 leg lengths or more. {@value #MIN_HOLD_S} s is more than twice the longest swing of a slow walking
 * step (about 0.45 s), so stepping into place is never a hold, and is the shortest stretch that still gives a
 * steady median. A dip under the lift for at most {@value #MAX_DIP_S} s (the free foot wobbling, a keypoint lost for
 * a few frames) does not split a hold, unless the other foot was lifted in it. Fractions of leg length and seconds,
 * never pixels or frame counts, so the rules hold at any distance, frame size and frame rate.
 *
 * <p>Each hold is one {@link MovementEvent} of kind {@link EventKind#HOLD} whose side is the stance leg (the lower
 * ankle), from the first to the last frame of the lift, with its key frame where the free side's hip was lowest
 * relative to the stance hip (the largest contralateral pelvic drop).
 */
public final class SingleLegHoldDetector {
    static final double MIN_LIFT_LEGS = 0.1;
    static final double MIN_HOLD_S = 1.0;
    static final double MAX_DIP_S = 0.25;

    private SingleLegHoldDetector() {
    }

    /**
     * The holds of a clip and plain notes about what was not found.
     *
     * @param holds          the holds in time order
     * @param shortLiftCount lifts of a foot that were shorter than {@value #MIN_HOLD_S} s, not holds
     * @param notes          what the person should do when a side (or both) had no hold
     */
    public record Result(List<MovementEvent> holds, int shortLiftCount, List<String> notes) {
        public Result {
            holds = List.copyOf(holds);
            notes = List.copyOf(notes);
        }
    }

    /** A run of frames in which one foot is lifted; {@code stance} is the other, lower foot. */
    private record Lift(Side stance, int first, int last) {
    }

    public static Result detect(BodyTracks body) {
        double[] d = FrontalStanceDetector.heightDifferenceLegs(body);
        double[] t = body.timesSeconds();
        double frame = body.medianFrameIntervalSeconds();
        List<Lift> lifts = merged(lifts(d), t);
        List<MovementEvent> holds = new ArrayList<>();
        int shortLifts = 0;
        for (Lift l : lifts) {
            if (t[l.last()] - t[l.first()] + frame >= MIN_HOLD_S) {
                holds.add(new MovementEvent(EventKind.HOLD, l.stance(), l.first(), keyFrame(body, l), l.last()));
            } else {
                shortLifts++;
            }
        }
        return new Result(holds, shortLifts, notes(holds, shortLifts));
    }

    /** +1 while the right foot is lifted (standing on the left), -1 while the left one is, 0 otherwise. */
    private static int lifted(double d) {
        return d >= MIN_LIFT_LEGS ? 1 : d <= -MIN_LIFT_LEGS ? -1 : 0;
    }

    private static List<Lift> lifts(double[] d) {
        List<Lift> out = new ArrayList<>();
        int i = 0;
        while (i < d.length) {
            int sign = lifted(d[i]);
            int j = i;
            while (j + 1 < d.length && lifted(d[j + 1]) == sign) {
                j++;
            }
            if (sign != 0) {
                out.add(new Lift(sign > 0 ? Side.LEFT : Side.RIGHT, i, j));
            }
            i = j + 1;
        }
        return out;
    }

    /**
     * Joins two lifts of the same foot separated by at most {@value #MAX_DIP_S} s. A lift of the other foot between
     * them would be its own entry in the list, so consecutive lifts of the same foot never straddle one.
     */
    private static List<Lift> merged(List<Lift> lifts, double[] t) {
        List<Lift> out = new ArrayList<>();
        for (Lift l : lifts) {
            Lift previous = out.isEmpty() ? null : out.get(out.size() - 1);
            if (previous != null && previous.stance() == l.stance() && t[l.first()] - t[previous.last()] <= MAX_DIP_S) {
                out.set(out.size() - 1, new Lift(l.stance(), previous.first(), l.last()));
            } else {
                out.add(l);
            }
        }
        return out;
    }

    /**
     * The frame of the largest contralateral pelvic drop in the lift: atan2(y_free_hip - y_stance_hip, |dx|), the
     * CPD of docs/measurement.md with the hold's leg as stance; the middle frame when the hips are never seen.
     */
    private static int keyFrame(BodyTracks body, Lift l) {
        Side s = l.stance();
        double[] xs = body.hipXPx(s);
        double[] ys = body.hipYPx(s);
        double[] xf = body.hipXPx(s.other());
        double[] yf = body.hipYPx(s.other());
        int best = (l.first() + l.last()) / 2;
        double max = Double.NEGATIVE_INFINITY;
        for (int i = l.first(); i <= l.last(); i++) {
            double drop = Math.atan2(yf[i] - ys[i], Math.abs(xf[i] - xs[i]));
            if (Double.isFinite(drop) && drop > max) {
                max = drop;
                best = i;
            }
        }
        return best;
    }

    private static List<String> notes(List<MovementEvent> holds, int shortLifts) {
        List<String> notes = new ArrayList<>();
        String how = String.format(Locale.ROOT, "for at least %.0f s, the other foot clearly off the floor",
                MIN_HOLD_S);
        if (holds.isEmpty()) {
            notes.add("No single-leg stance was found" + (shortLifts > 0 ? String.format(Locale.ROOT, " (%d lift%s of"
                    + " a foot, each shorter than %.0f s)", shortLifts, shortLifts == 1 ? "" : "s", MIN_HOLD_S) : "")
                    + ". Stand on one leg " + how + ", then on the other leg.");
            return notes;
        }
        for (Side s : Side.values()) {
            if (holds.stream().noneMatch(h -> h.side() == s)) {
                String leg = s.name().toLowerCase(Locale.ROOT);
                notes.add("No stance on the " + leg + " leg was found: stand on the " + leg + " leg " + how + ".");
            }
        }
        return notes;
    }
}
