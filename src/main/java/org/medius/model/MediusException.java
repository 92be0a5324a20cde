package org.medius.model;

/**
 * The common superclass of the checked errors a user causes (an unreadable video, no person, an output that cannot
 * be written, a cancelled run, ...): callers that only pass them on, such as the commands, declare this one type.
 * Each subclass says its {@link UserError.Category}.
 */
public abstract class MediusException extends Exception implements UserError {
    private static final long serialVersionUID = 1L;

    protected MediusException(String message) {
        super(message);
    }

    protected MediusException(String message, Throwable cause) {
        super(message, cause);
    }
}
