package org.medius.events;

import java.util.ArrayList;
import java.util.List;
import org.medius.model.Side;
import org.medius.signal.Quantiles;

/** Chooses the detector for the movement and the view, and derives step count and cadence. */
public final class EventDetector {

    private EventDetector() {
    }

    /** Stance phases of walking or running: Zeni's method in a side view, still-ankle stances otherwise. */
    public static EventDetection gait(BodyTracks body, View view) {
        return gait(body, view, MIN_WALKING_CADENCE);
    }

    /** The slowest cadence of ordinary walking, steps/min, for the missed-steps check (see docs/events.md). */
    public static final double MIN_WALKING_CADENCE = 60;
    /** The slowest cadence of ordinary running, steps/min. */
    public static final double MIN_RUNNING_CADENCE = 140;

    /**
     * @param minPlausibleCadence the slowest cadence of the movement (walking or running), steps/min: when fewer
     *                            than half the steps it implies over the time the feet are seen were found, a note
     *                            says that steps were probably missed
     */
    public static EventDetection gait(BodyTracks body, View view, double minPlausibleCadence) {
        List<MovementEvent> stances;
        List<List<Integer>> strikes = new ArrayList<>();
        double cadence;
        if (view.isSagittal()) {
            stances = SagittalGaitDetector.detect(body);
            double[] direction = SagittalGaitDetector.direction(body);
            for (Side s : Side.values()) {
                strikes.add(SagittalGaitDetector.strikes(body, s, direction));
            }
            cadence = cadenceStepsPerMin(strikes, body.timesSeconds());
        } else {
            FrontalStanceDetector.Result r = FrontalStanceDetector.detect(body);
            stances = r.stances();
            strikes.addAll(r.strikeFramesPerFoot());
            // the swing peaks give a rough stride; the whole alternation of the ankles refines it
            double rough = cadenceStepsPerMin(r.swingPeakFramesPerFoot(), body.timesSeconds());
            double stride = StridePeriod.seconds(FrontalStanceDetector.heightDifferenceLegs(body),
                    body.timesSeconds(), 120 / rough, body.medianFrameIntervalSeconds());
            cadence = Double.isFinite(stride) ? 120 / stride : rough;
        }
        int steps = strikes.get(0).size() + strikes.get(1).size();
        List<String> notes = new ArrayList<>();
        double seconds = secondsWithFeet(body);
        long expected = Math.round(0.5 * seconds * minPlausibleCadence / 60);
        if (steps == 0) {
            notes.add("No steps were found: the feet never took turns in the air. Film at least 7 steps with the"
                    + " whole body, feet included, in view.");
        } else if (steps < expected) {
            notes.add(String.format(java.util.Locale.ROOT, "Only %d step%s found in %.0f s with the feet in view,"
                    + " where even a slow pace gives at least %d: steps were probably missed, so the step count,"
                    + " the cadence and the per-step values are not reliable. Check that both feet stay in view and"
                    + " that the task is right.", steps, steps == 1 ? " was" : "s were", seconds, expected));
        }
        String method = view.isSagittal()
                ? "side view: foot strike and toe-off by Zeni et al. 2008's coordinate method, ankle for heel and toe"
                : "front or back view: a foot is in the air while its ankle is higher in the image than the other;"
                        + " it lands where the two ankles are level again";
        return new EventDetection(method, stances, steps, strikes.get(Side.LEFT.ordinal()).size(), cadence, 0,
                notes);
    }

    /** Time from the first to the last frame where both ankles are known. */
    private static double secondsWithFeet(BodyTracks body) {
        double[] t = body.timesSeconds();
        double[] l = body.ankleYPx(Side.LEFT);
        double[] r = body.ankleYPx(Side.RIGHT);
        int first = -1;
        int last = -1;
        for (int i = 0; i < t.length; i++) {
            if (Double.isFinite(l[i]) && Double.isFinite(r[i])) {
                first = first < 0 ? i : first;
                last = i;
            }
        }
        return first < 0 ? 0 : t[last] - t[first];
    }

    /** Repetitions of a squat-like task. */
    public static EventDetection repetitions(BodyTracks body, RepetitionDetector.Legs legs) {
        RepetitionDetector.Result r = RepetitionDetector.detect(body, legs);
        List<String> notes = new ArrayList<>(r.notes());
        if (r.repetitions() == 0 && notes.isEmpty()) {
            notes.add("No repetitions were found: the hips never went down and up by a tenth of a leg length.");
        }
        String method = "repetitions from the mid-hip height: each lowest point at least "
                + RepetitionDetector.MIN_DEPTH_LEGS + " leg lengths deep; " + switch (legs) {
                    case BOTH -> "both legs";
                    case FRONT_LEG -> "the front leg (the knee that sits higher between hip and ankle at the bottom)";
                    case STANCE_LEG -> "the stance leg (the ankle that stays lower)";
                };
        return new EventDetection(method, r.events(), 0, 0, Double.NaN, r.repetitions(), notes);
    }

    /** The holds of the single-leg stance test: one event per hold, its side the stance leg. */
    public static EventDetection holds(BodyTracks body) {
        SingleLegHoldDetector.Result r = SingleLegHoldDetector.detect(body);
        String method = "single-leg stance holds: one ankle at least " + SingleLegHoldDetector.MIN_LIFT_LEGS
                + " leg lengths above the other for at least " + SingleLegHoldDetector.MIN_HOLD_S
                + " s; the hold belongs to the leg stood on";
        return new EventDetection(method, r.holds(), 0, 0, Double.NaN, 0, r.notes());
    }

    /**
     * Steps per minute from the strikes of each foot: 120 / the mean stride time, over the intervals between
     * consecutive strikes of the same foot that lie within 25 % of their median. So a missed strike (a doubled
     * interval), a pause or a turn does not bias it, and, unlike the median interval alone, it is not rounded to
     * whole frames (at 30 frames/s a median of 21 frames would read 171.4 for a true 168.9).
     */
    static double cadenceStepsPerMin(List<List<Integer>> strikeFramesPerFoot, double[] t) {
        // the frames may be any once-per-stride mark of each foot: strikes, or the peaks of the swings
        List<Double> intervals = new ArrayList<>();
        for (List<Integer> foot : strikeFramesPerFoot) {
            for (int k = 1; k < foot.size(); k++) {
                intervals.add(t[foot.get(k)] - t[foot.get(k - 1)]);
            }
        }
        if (intervals.size() < 2) {
            return Double.NaN;
        }
        double[] v = intervals.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        double median = Quantiles.ofSorted(v, 0.5);
        double sum = 0;
        int count = 0;
        for (double interval : v) {
            if (Math.abs(interval - median) <= STRIDE_TOLERANCE * median) {
                sum += interval;
                count++;
            }
        }
        return 120 * count / sum;
    }

    /** A stride further than this fraction from the median stride is a pause, a turn or a missed step. */
    static final double STRIDE_TOLERANCE = 0.25;
}
