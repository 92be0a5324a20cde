package org.medius.ui;

import org.medius.analysis.Progress;

/**
 * Long export work (the overlay video, the report; see {@link Exports}): gets the progress to report and to learn of
 * Cancel; returns the line for the status bar.
 */
@FunctionalInterface
public interface ExportWork {
    String run(Progress progress) throws Exception;
}
