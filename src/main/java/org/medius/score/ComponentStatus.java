package org.medius.score;

/** Whether a score component could be scored, and if not, why. */
public enum ComponentStatus {
    /** Scored: a band, and at least one event with a value. */
    OK,
    /** The table has no confirmed healthy and symptomatic reference for the task (and sex). */
    NO_REFERENCE,
    /** Healthy mean + 1 SD is not below the symptomatic mean: the groups overlap, no band to map onto. */
    NOT_DISCRIMINATIVE,
    /** A band exists but no event of the side has a value for the metric. */
    NO_DATA
}
