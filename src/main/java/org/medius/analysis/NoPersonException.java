package org.medius.analysis;

/** The person was not found on enough frames for an analysis; the message says how often and what to do. */
public final class NoPersonException extends Exception {
    public NoPersonException(String message) {
        super(message);
    }
}
