package org.medius.ui;

/**
 * Runs the viewer's background work and hands its progress, message and outcome to the UI thread, in the spirit of
 * JabRef's TaskExecutor. The window uses {@link FxTaskExecutor} (daemon threads, callbacks through
 * {@code Platform.runLater}); tests give one that runs a task and all its callbacks on the calling thread before
 * {@link #execute} returns, so they never wait for a result. The view model creates no threads of its own.
 */
public interface TaskExecutor {

    /**
     * Starts a task (each runs once). Its callbacks run on the UI thread; with a synchronous executor they have all
     * run when this returns, so a caller sets up its state first and cancels through the task itself.
     *
     * @return the task, as the handle to cancel or wait for it
     */
    <T> TaskHandle execute(BackgroundTask<T> task);

    /** Stops taking tasks and interrupts those still running (the window is closing). */
    void shutdown();
}
