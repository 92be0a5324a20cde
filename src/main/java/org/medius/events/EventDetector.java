package org.medius.events;

import java.util.ArrayList;
import java.util.List;
import org.medius.kinematics.Side;

/** Chooses the detector for the movement and the view, and derives step count and cadence. */
public final class EventDetector {

    private EventDetector() {
    }

    /** Stance phases of walking or running: Zeni's method in a side view, still-ankle stances otherwise. */
    public static EventDetection gait(BodyTracks body, View view) {
        boolean sagittal = view.isSagittal();
        List<MovementEvent> stances = sagittal ? SagittalGaitDetector.detect(body) : FrontalStanceDetector.detect(body);
        List<List<Integer>> strikes = new ArrayList<>();
        double[] direction = sagittal ? SagittalGaitDetector.direction(body) : null;
        for (Side s : Side.values()) {
            strikes.add(sagittal ? SagittalGaitDetector.strikes(body, s, direction)
                    : stances.stream().filter(e -> e.side() == s).map(MovementEvent::startFrame).toList());
        }
        int steps = strikes.get(0).size() + strikes.get(1).size();
        double cadence = cadenceStepsPerMin(strikes, body.timesSeconds());
        List<String> notes = new ArrayList<>();
        if (stances.isEmpty()) {
            notes.add("No steps were found: the feet never alternated between still and moving. Film at least"
                    + " 7 steps with the whole body in view.");
        }
        String method = sagittal
                ? "side view: foot strike and toe-off by Zeni et al. 2008's coordinate method, ankle for heel and toe"
                : "front or back view: stance while the ankle is still (speed under 30% of that foot's peak speed)";
        return new EventDetection(method, stances, steps, cadence, 0, notes);
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
                    case FRONT_LEG -> "the front leg (the knee that drops less)";
                    case STANCE_LEG -> "the stance leg (the ankle that stays lower)";
                };
        return new EventDetection(method, r.events(), 0, Double.NaN, r.repetitions(), notes);
    }

    /**
     * Steps per minute from the strikes of each foot: 120 x strides / time, where each interval between
     * consecutive strikes of the same foot counts as round(interval / median interval) strides. So a missed
     * strike (a doubled interval) does not lower it, and, unlike the median interval alone, it is not rounded to
     * whole frames (at 30 frames/s a median of 21 frames would read 171.4 for a true 168.9).
     */
    static double cadenceStepsPerMin(List<List<Integer>> strikeFramesPerFoot, double[] t) {
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
        double median = v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
        double strides = 0;
        double seconds = 0;
        for (double interval : v) {
            strides += Math.max(1, Math.round(interval / median));
            seconds += interval;
        }
        return 120 * strides / seconds;
    }
}
