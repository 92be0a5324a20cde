package org.medius.ui;

import java.util.Locale;
import org.medius.analysis.Progress;

/** An export in the background: "Writing the report: 40%" in the status bar, Cancel passed on to the work. */
final class ExportJob implements BackgroundTask.Work<String> {
    private final String what;
    private final ExportWork work;

    /** @param what the status bar's words for it, e.g. "Writing the report" */
    ExportJob(String what, ExportWork work) {
        this.what = what;
        this.work = work;
    }

    @Override
    public String call(BackgroundTask.Context context) throws Exception {
        context.updateMessage(what + "…");
        return work.run(new Progress() {
            @Override
            public void update(String stage, double fraction) {
                context.updateProgress(fraction);
                context.updateMessage(String.format(Locale.ROOT, "%s: %.0f%%", what, 100 * fraction));
            }

            @Override
            public boolean cancelled() {
                return context.isCancelled();
            }
        });
    }
}
