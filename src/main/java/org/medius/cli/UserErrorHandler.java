package org.medius.cli;

import org.medius.model.UserError;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/** Turns the errors a user can cause ({@link UserError}, the one list of them) into one clear line on stderr and a defined exit code; no stack trace. */
final class UserErrorHandler implements IExecutionExceptionHandler {
    @Override
    public int handleExecutionException(Exception ex, CommandLine cl, ParseResult parsed) {
        int code;
        String message;
        if (ex instanceof UserError u) {
            code = ExitCodes.of(u.category());
            message = switch (u.category()) {
                case CANCELLED -> "stopped as asked; nothing was written for the work in progress (files are only"
                        + " written whole). Run the same command again to redo it.";
                default -> u.userMessage();
            };
        } else {
            code = ExitCodes.SOFTWARE;
            message = "Internal error (" + ex + "). Please report it with the command you ran.";
            if (Boolean.getBoolean("medius.debug")) {
                ex.printStackTrace(cl.getErr());
            }
        }
        cl.getErr().println("medius: " + message);
        cl.getErr().flush();
        return code;
    }
}
