package org.medius.ui;

import org.medius.model.UserError;

/** The one sentence a dialog shows for an error: the exception's own message where it was written for users. */
public final class ErrorMessages {
    private ErrorMessages() {
    }

    public static String of(Throwable error) {
        Throwable e = error;
        while (e.getCause() != null && !isForUsers(e) && e.getCause() != e) {
            e = e.getCause();
        }
        if (e instanceof UserError u && u.userMessage() != null) {
            return u.userMessage();
        }
        if (isForUsers(e) && e.getMessage() != null) {
            return e.getMessage();
        }
        return "Something went wrong inside Medius (" + error + "). Please report it with the video's name and what"
                + " you did just before.";
    }

    private static boolean isForUsers(Throwable e) {
        return e instanceof UserError || e instanceof java.io.IOException;
    }
}
