package org.medius.cli;

import org.medius.analysis.NoPersonException;
import org.medius.export.OutputFileException;
import org.medius.pose.PoseModelException;
import org.medius.video.VideoException;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/** Turns the errors a user can cause into one clear line on stderr and a defined exit code; no stack trace. */
final class UserErrorHandler implements IExecutionExceptionHandler {
    @Override
    public int handleExecutionException(Exception ex, CommandLine cl, ParseResult parsed) {
        int code;
        String message;
        if (ex instanceof VideoException v) {
            code = ExitCodes.BAD_VIDEO;
            message = v.getMessage();
        } else if (ex instanceof PoseModelException m) {
            code = ExitCodes.MODEL;
            message = m.getMessage();
        } else if (ex instanceof NoPersonException p) {
            code = ExitCodes.NO_PERSON;
            message = p.getMessage();
        } else if (ex instanceof org.medius.score.ReferenceTableException r) {
            code = ExitCodes.USAGE;
            message = "The reference table " + r.getMessage() + ". Fix the file or leave out --references to use the"
                    + " built-in table (docs/score.md describes the format).";
        } else if (ex instanceof org.medius.export.AnalysisFileException f) {
            code = ExitCodes.BAD_VIDEO;
            message = f.getMessage();
        } else if (ex instanceof org.medius.analysis.AnalysisCancelledException) {
            code = ExitCodes.CANCELLED;
            message = "stopped as asked; nothing was written for the work in progress (files are only written"
                    + " whole). Run the same command again to redo it.";
        } else if (ex instanceof OutputFileException o) {
            code = ExitCodes.OUTPUT;
            message = o.getMessage();
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
