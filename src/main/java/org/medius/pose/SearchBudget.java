package org.medius.pose;

/**
 * What the subject tracker may spend on searching (every model run other than the tracking crop of a subject
 * in view): credits earned with the video's own time, {@value #INFERENCES_PER_S} inferences per second of video
 * but never more than one per frame, and saved up to {@value #MAX_SAVED} (enough for two full searches). A search
 * runs only when the credits pay for all of its squares; until then the frame is searched not at all.
 *
 * <p>So a video, or a stretch of it, with nobody to find costs at most one inference per frame on average
 * (at 30 frames/s one third: a full search of 10 squares once a second), whatever its frame rate, size or length,
 * while a subject lost for a moment is searched for at once and on every frame (the saved credits), as before.
 * Credits follow time, not frames, so the rule means the same at 5 and at 240 frames/s.
 */
final class SearchBudget {
    /** Credits earned per second of video. */
    static final double INFERENCES_PER_S = 10;
    /** Credits never exceed this: two full searches (whole frame and 3 x 3 grid, plus the refinement). */
    static final double MAX_SAVED = 20;

    private double credits = MAX_SAVED;
    private double lastTime = Double.NaN;

    /** Earns the credits of the frame shown at {@code timeSeconds} (one call per frame). */
    void earn(double timeSeconds) {
        double dt = Double.isNaN(lastTime) ? 0 : timeSeconds - lastTime;
        if (dt > 0) {
            credits = Math.min(MAX_SAVED, credits + Math.min(1.0, INFERENCES_PER_S * dt));
        }
        lastTime = timeSeconds;
    }

    boolean affords(int inferences) {
        return credits >= inferences;
    }

    void spend(int inferences) {
        credits -= inferences;
    }

    double credits() {
        return credits;
    }
}
