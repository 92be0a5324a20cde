package org.medius.pose;

/** What {@link SubjectTracker} returned for one frame. */
public enum SubjectStatus {
    /** The subject, continuing its track. */
    TRACKED,
    /** The subject was not found (out of view, hidden, or only other people seen): the pose is empty. */
    MISSING,
    /** The subject again, after one or more missing frames. (The frame on which it is first chosen is TRACKED.) */
    REACQUIRED
}
