package org.medius.ui;

import java.util.function.Consumer;
import org.medius.export.OutputFileException;
import org.medius.session.Session;
import org.medius.session.SessionCache;

/**
 * Saves sessions with the user's corrections into the cache as they are made, in the background and in the order
 * they were made (a later save never overtakes an earlier one); a save that fails is one sentence for the user.
 */
final class SessionSaver {
    private final TaskExecutor executor;
    private final SessionCache cache;
    private final Consumer<String> errors;
    private TaskHandle last;

    SessionSaver(TaskExecutor executor, SessionCache cache, Consumer<String> errors) {
        this.executor = executor;
        this.cache = cache;
        this.errors = errors;
    }

    void save(Session s) {
        BackgroundTask<Void> t = BackgroundTask.<Void>of("session-saver", c -> {
            cache.save(s);
            return null;
        }).after(last).onFailure(e -> errors.accept("Your corrections could not be saved: "
                + (e instanceof OutputFileException ? e.getMessage() : ErrorMessages.of(e))));
        last = t;
        executor.execute(t);
    }

    /** Waits until the last save has been written (tests, and before the window closes). */
    void flush() {
        TaskHandle t = last;
        if (t == null) {
            return;
        }
        try {
            t.awaitWork();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
