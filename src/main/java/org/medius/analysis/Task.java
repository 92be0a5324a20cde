package org.medius.analysis;

import java.util.Locale;
import org.medius.signal.FilterSettings;

/**
 * What the person in the video does. It sets the low-pass cut-off: 6 Hz for walking and the slow, controlled
 * tasks (squat, lunge, single-leg squat), 10 Hz for running (docs/measurement.md, "Signal processing").
 */
public enum Task {
    WALK(FilterSettings.WALKING_CUTOFF_HZ),
    RUN(FilterSettings.RUNNING_CUTOFF_HZ),
    SQUAT(FilterSettings.WALKING_CUTOFF_HZ),
    LUNGE(FilterSettings.WALKING_CUTOFF_HZ),
    SINGLE_LEG_SQUAT(FilterSettings.WALKING_CUTOFF_HZ);

    private final double cutoffHz;

    Task(double cutoffHz) {
        this.cutoffHz = cutoffHz;
    }

    public double defaultCutoffHz() {
        return cutoffHz;
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
