package org.medius.ui;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.application.Platform;

/**
 * The viewer's executor: each task on a daemon thread of a pool, named after the task while it runs
 * ({@code medius-analysis}, {@code medius-export}, …), and its callbacks on the JavaFX thread. Progress and
 * messages are coalesced as JavaFX's own Task does: a fast task never floods the UI thread, which sees the newest.
 *
 * <p>Shutting down (the window closed, or the JVM exiting: a shutdown hook) cancels the running tasks and waits
 * up to {@value #STOP_WAIT_S} s for them to end: a cancelled analysis stops after the forward pass under way, and
 * the process must not exit (freeing libtorch's memory) while one runs, which crashed the JVM (issue 18).
 */
public final class FxTaskExecutor implements TaskExecutor {
    static final int STOP_WAIT_S = 5;
    private final AtomicInteger threads = new AtomicInteger();
    private final Set<TaskHandle> running = ConcurrentHashMap.newKeySet();
    private final ExecutorService pool = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "medius-background-" + threads.incrementAndGet());
        t.setDaemon(true);
        return t;
    });

    public FxTaskExecutor() {
        Runtime.getRuntime().addShutdownHook(new Thread(this::shutdown, "medius-stop-background-work"));
    }

    @Override
    public <T> TaskHandle execute(BackgroundTask<T> task) {
        task.bind(Platform::runLater, Platform::isFxApplicationThread);
        running.add(task);
        task.attach(pool.submit(() -> {
            Thread t = Thread.currentThread();
            String name = t.getName();
            t.setName("medius-" + task.name());
            try {
                task.runWork();
            } finally {
                running.remove(task);
                t.setName(name);
            }
        }));
        return task;
    }

    @Override
    public void shutdown() {
        for (TaskHandle t : running) {
            try {
                t.cancel();
            } catch (RuntimeException e) {
                // the JavaFX toolkit has already exited (a shutdown hook): the cancel's report cannot be shown
            }
        }
        pool.shutdownNow();
        try {
            pool.awaitTermination(STOP_WAIT_S, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
