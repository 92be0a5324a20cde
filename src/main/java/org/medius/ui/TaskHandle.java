package org.medius.ui;

/** A background task once handed to a {@link TaskExecutor}: cancel it, ask whether it is still on, wait for it. */
public interface TaskHandle {

    /**
     * Cancels the task: its work sees {@link BackgroundTask.Context#isCancelled()} and its thread is interrupted;
     * neither its success nor its failure is reported, and its cancel callback runs once (before this returns when
     * called on the UI thread).
     *
     * @return false when it had already ended or been cancelled
     */
    boolean cancel();

    /** True from when it is handed to an executor until its outcome was reported or it was cancelled. */
    boolean isRunning();

    /**
     * Blocks until the work itself has returned or thrown (or, cancelled before it started, never will run); its
     * callbacks may still be on their way to the UI thread.
     */
    void awaitWork() throws InterruptedException;
}
