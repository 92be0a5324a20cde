package org.medius.ui;

/**
 * Runs each task and all its callbacks on the calling thread before {@link #execute} returns (after JabRef's
 * CurrentThreadTaskExecutor): a test that starts work finds its outcome in place on the next line, and never waits.
 * The work can be cancelled from its own callbacks (progress, message), as the Cancel button would.
 */
final class CurrentThreadTaskExecutor implements TaskExecutor {
    int executed;

    @Override
    public <T> TaskHandle execute(BackgroundTask<T> task) {
        executed++;
        task.bind(Runnable::run, () -> true);
        task.runWork();
        return task;
    }

    @Override
    public void shutdown() {
    }
}
