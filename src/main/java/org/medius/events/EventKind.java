package org.medius.events;

/** What an event is: the stance phase of one foot in gait, or one repetition of a squat-like task. */
public enum EventKind {
    STANCE, REPETITION
}
