package org.medius.analysis;

import org.medius.model.MediusException;

/** The user cancelled the analysis; nothing was written. */
public final class AnalysisCancelledException extends MediusException {
    public AnalysisCancelledException() {
        super("The analysis was cancelled; nothing was written.");
    }

    @Override
    public Category category() {
        return Category.CANCELLED;
    }
}
