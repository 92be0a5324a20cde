package org.medius.events;

import java.util.List;

/**
 * The events of one analysis.
 *
 * @param method             how they were found, in words (shown to the user and exported)
 * @param events             stances or repetitions, ordered by start frame
 * @param stepCount          foot strikes found (gait), else 0
 * @param leftStepCount      of these, strikes of the left foot
 * @param cadenceStepsPerMin 120 / the mean time between two strikes of the same foot (see
 *                           {@link EventDetector}); NaN when fewer than
 *                           two such intervals or not gait
 * @param repetitionCount    repetitions (squat-like tasks), else 0
 * @param notes              plain-language notes (events left out, a view without events, ...)
 */
public record EventDetection(String method, List<MovementEvent> events, int stepCount, int leftStepCount,
        double cadenceStepsPerMin,
        int repetitionCount, List<String> notes) {

    public EventDetection {
        events = List.copyOf(events);
        notes = List.copyOf(notes);
    }

    /** Strikes of the right foot (gait), else 0. */
    public int rightStepCount() {
        return stepCount - leftStepCount;
    }

    public static EventDetection none(String why) {
        return new EventDetection("none", List.of(), 0, 0, Double.NaN, 0, List.of(why));
    }
}
