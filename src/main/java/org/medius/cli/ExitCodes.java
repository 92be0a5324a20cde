package org.medius.cli;

import org.medius.model.UserError;

/** Exit codes a script can rely on. */
public final class ExitCodes {
    public static final int OK = 0;
    /** Internal error: a bug; the message asks for a report. */
    public static final int SOFTWARE = 1;
    /** Wrong options or arguments (picocli's usage error code). */
    public static final int USAGE = 2;
    /** The input video (or the analysis file given instead of one) cannot be read. */
    public static final int BAD_VIDEO = 3;
    /** The pose model file is missing or corrupt. */
    public static final int MODEL = 4;
    /** An output cannot be written. */
    public static final int OUTPUT = 5;
    /** No person, or the person on too few frames, for an analysis. */
    public static final int NO_PERSON = 6;
    /** A batch finished, but at least one of its videos failed (listed at the end). */
    public static final int SOME_FAILED = 7;
    /** The work was cancelled; a batch run again with the same output folder goes on where it stopped. */
    public static final int CANCELLED = 8;

    private ExitCodes() {
    }

    /** The exit code of a user's error. */
    static int of(UserError.Category category) {
        return switch (category) {
            case BAD_INPUT -> BAD_VIDEO;
            case MODEL -> MODEL;
            case NO_PERSON -> NO_PERSON;
            case USAGE -> USAGE;
            case OUTPUT -> OUTPUT;
            case CANCELLED -> CANCELLED;
        };
    }
}
