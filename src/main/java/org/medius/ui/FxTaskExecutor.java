package org.medius.ui;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.application.Platform;

/**
 * The viewer's executor: each task on a daemon thread of a pool, named after the task while it runs
 * ({@code medius-analysis}, {@code medius-export}, …), and its callbacks on the JavaFX thread. Progress and
 * messages are coalesced as JavaFX's own Task does: a fast task never floods the UI thread, which sees the newest.
 */
public final class FxTaskExecutor implements TaskExecutor {
    private final AtomicInteger threads = new AtomicInteger();
    private final ExecutorService pool = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "medius-background-" + threads.incrementAndGet());
        t.setDaemon(true);
        return t;
    });

    @Override
    public <T> TaskHandle execute(BackgroundTask<T> task) {
        task.bind(Platform::runLater, Platform::isFxApplicationThread);
        task.attach(pool.submit(() -> {
            Thread t = Thread.currentThread();
            String name = t.getName();
            t.setName("medius-" + task.name());
            try {
                task.runWork();
            } finally {
                t.setName(name);
            }
        }));
        return task;
    }

    @Override
    public void shutdown() {
        pool.shutdownNow();
    }
}
