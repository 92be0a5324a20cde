package org.medius.cli;

/** An output file cannot be written; the message names it and says what to do. */
final class OutputException extends Exception {
    OutputException(String message, Throwable cause) {
        super(message, cause);
    }
}
