package org.medius.model;

import java.util.Locale;

/**
 * What the person in the video does. It picks the low-pass cut-off (running is the one fast movement: 10 Hz,
 * the others 6 Hz; docs/measurement.md, "Signal processing"), the events (steps or repetitions) and the
 * reference values of the score. {@link #STANCE} is the single-leg stance (Trendelenburg) test: the person stands on
 * one leg, then on the other, for a few seconds each; its events are holds, neither steps nor repetitions.
 */
public enum Task {
    WALK, RUN, SQUAT, LUNGE, SINGLE_LEG_SQUAT, STANCE;

    /** Running: the spec's "running and fast movements" cut-off applies. */
    public boolean fast() {
        return this == RUN;
    }

    /** The command-line spelling: walk, run, squat, lunge, single-leg-squat, stance. */
    public String cliName() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static Task parse(String s) {
        for (Task t : values()) {
            if (t.cliName().equalsIgnoreCase(s.trim()) || t.name().equalsIgnoreCase(s.trim())) {
                return t;
            }
        }
        throw new IllegalArgumentException("unknown task '" + s + "': use " + NAMES);
    }

    /** Every task's command-line name, for messages: "walk, run, squat, lunge, single-leg-squat or stance". */
    public static final String NAMES = "walk, run, squat, lunge, single-leg-squat or stance";

    /**
     * True for the squat-like tasks, whose events are repetitions; false for walking and running (steps) and for
     * the single-leg stance (holds).
     */
    public boolean repetitive() {
        return this == SQUAT || this == LUNGE || this == SINGLE_LEG_SQUAT;
    }

    /** True for the single-leg stance test, whose events are holds on one leg. */
    public boolean holds() {
        return this == STANCE;
    }

    /** What one event of the task is called in plain words, plural: steps, repetitions or holds. */
    public String eventsWord() {
        return holds() ? "holds" : repetitive() ? "repetitions" : "steps";
    }
}
