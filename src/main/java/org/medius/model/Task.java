package org.medius.model;

import java.util.Locale;

/**
 * What the person in the video does. It picks the low-pass cut-off (running is the one fast movement: 10 Hz,
 * the others 6 Hz; docs/measurement.md, "Signal processing"), the events (steps or repetitions) and the
 * reference values of the score.
 */
public enum Task {
    WALK, RUN, SQUAT, LUNGE, SINGLE_LEG_SQUAT;

    /** Running: the spec's "running and fast movements" cut-off applies. */
    public boolean fast() {
        return this == RUN;
    }

    /** The command-line spelling: walk, run, squat, lunge, single-leg-squat. */
    public String cliName() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static Task parse(String s) {
        for (Task t : values()) {
            if (t.cliName().equalsIgnoreCase(s.trim()) || t.name().equalsIgnoreCase(s.trim())) {
                return t;
            }
        }
        throw new IllegalArgumentException("unknown task '" + s + "': use walk, run, squat, lunge or single-leg-squat");
    }

    /** True for the squat-like tasks, whose events are repetitions; false for walking and running (steps). */
    public boolean repetitive() {
        return this != WALK && this != RUN;
    }
}
