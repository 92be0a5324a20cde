package org.medius.model;

/**
 * The one list of errors a user causes and can fix (a bad or missing file, no person in view, a missing model, an
 * output folder that cannot be written, a cancelled run): every such exception implements this, and its message is
 * one sentence naming the file and the fix. Anything else is an internal error, a bug. The command line turns
 * {@link #category()} into its exit code, the viewer shows the message as it is.
 *
 * <p>An interface rather than a common superclass because two of them are unchecked ({@code PoseModelException},
 * {@code ReferenceTableException}: thrown where a checked exception would burden every caller) and the rest checked.
 */
public interface UserError {

    /** What went wrong, as the command line's exit codes tell it apart. */
    enum Category {
        /** The video or a file read in its place is unreadable, truncated or not a video. */
        BAD_INPUT,
        /** The pose model file is missing or cannot be loaded. */
        MODEL,
        /** Nobody, or too little of the person, is in view. */
        NO_PERSON,
        /** An option or a file given with it (e.g. a reference table) is wrong. */
        USAGE,
        /** An output cannot be written. */
        OUTPUT,
        /** The user stopped the work. */
        CANCELLED
    }

    Category category();

    /** The exception's own message. */
    String getMessage();

    /** One sentence for the user: the file and the fix (the message, unless a class words it further). */
    default String userMessage() {
        return getMessage();
    }
}
