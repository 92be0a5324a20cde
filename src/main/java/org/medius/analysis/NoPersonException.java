package org.medius.analysis;

import org.medius.model.MediusException;

/** The person was not found on enough frames for an analysis; the message says how often and what to do. */
public final class NoPersonException extends MediusException {
    public NoPersonException(String message) {
        super(message);
    }

    @Override
    public Category category() {
        return Category.NO_PERSON;
    }
}
