package org.medius.analysis;

/** The user cancelled the analysis; nothing was written. */
public final class AnalysisCancelledException extends Exception {
    public AnalysisCancelledException() {
        super("The analysis was cancelled; nothing was written.");
    }
}
