package org.medius.events;

/**
 * What an event is: the stance phase of one foot in gait, one repetition of a squat-like task, or one hold of the
 * single-leg stance (Trendelenburg) test: standing on one leg, the other foot lifted, for a second or more. A hold is
 * not a gait stance: nothing follows it, it is held still, and its values are read over all of it.
 */
public enum EventKind {
    STANCE, REPETITION, HOLD
}
