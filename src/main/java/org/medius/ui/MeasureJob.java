package org.medius.ui;

import org.medius.analysis.Analysis;
import org.medius.analysis.NoPersonException;
import org.medius.session.Session;

/**
 * Runs the pipeline again on a session (poses as saved, with the corrections and settings in force), no pose model:
 * milliseconds for a short clip, about 1.6 s for a 10-minute video on 2 cores (docs/viewer.md), too long to hold
 * the window. When the pipeline cannot run (e.g. every frame excluded) the result says why instead.
 */
final class MeasureJob implements BackgroundTask.Work<MeasureJob.Measured> {

    /** @param analysis null when the pipeline could not run; {@code problem} then says why, in one sentence */
    record Measured(Session session, Analysis analysis, String problem) {
    }

    private final Session session;
    private final String softwareVersion;

    MeasureJob(Session session, String softwareVersion) {
        this.session = session;
        this.softwareVersion = softwareVersion;
    }

    @Override
    public Measured call(BackgroundTask.Context context) {
        try {
            return new Measured(session, session.analyse(softwareVersion), null);
        } catch (NoPersonException e) {
            return new Measured(session, null, e.getMessage());
        } catch (RuntimeException e) {
            return new Measured(session, null, ErrorMessages.of(e));
        }
    }
}
