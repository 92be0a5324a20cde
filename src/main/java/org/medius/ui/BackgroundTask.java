package org.medius.ui;

import java.util.Objects;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executor;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.DoubleConsumer;

/**
 * One piece of background work and what to do with its progress and outcome, for a {@link TaskExecutor}: the work
 * runs on the executor's thread and reports through its {@link Context}; the callbacks run on the UI thread. Exactly
 * one of success, failure or cancelled is reported; after it no progress or message is. A task runs once and is its
 * own {@link TaskHandle}, so its callbacks can cancel it even before {@code execute} has returned.
 *
 * @param <T> what the work gives
 */
public final class BackgroundTask<T> implements TaskHandle {

    /** The work, on the executor's thread. */
    @FunctionalInterface
    public interface Work<T> {
        T call(Context context) throws Exception;
    }

    /** What the work sees: where to report progress, and whether it should stop. */
    public interface Context {

        /** One line for the status bar (the newest reaches the UI thread). */
        void updateMessage(String message);

        /** 0..1; -1: indeterminate (the newest reaches the UI thread). */
        void updateProgress(double fraction);

        /** A result so far, e.g. the analysis of the frames done (the newest reaches the UI thread). */
        default void updatePartial(Object partial) {
        }

        boolean isCancelled();
    }

    private static final int NEW = 0;
    private static final int RUNNING = 1;
    private static final int ENDED = 2;

    private final String name;
    private final Work<T> work;
    private Consumer<String> onMessage = m -> { };
    private Consumer<Object> onPartial = v -> { };
    private DoubleConsumer onProgress = p -> { };
    private Consumer<T> onSuccess = v -> { };
    private Consumer<Throwable> onFailure = e -> { };
    private Runnable onCancelled = () -> { };
    private TaskHandle after;

    private volatile Executor ui;
    private volatile BooleanSupplier onUiThread;
    private volatile Future<?> future;
    private volatile boolean cancelled;
    /** Its outcome (success, failure or cancelled) has been reported, or is on its way. */
    private final AtomicBoolean reported = new AtomicBoolean();
    private final AtomicInteger state = new AtomicInteger(NEW);
    private final CountDownLatch workEnded = new CountDownLatch(1);
    private final AtomicReference<String> pendingMessage = new AtomicReference<>();
    private final AtomicReference<Double> pendingProgress = new AtomicReference<>();
    private final AtomicReference<Object> pendingPartial = new AtomicReference<>();

    private BackgroundTask(String name, Work<T> work) {
        this.name = Objects.requireNonNull(name);
        this.work = Objects.requireNonNull(work);
    }

    /** @param name a few words for the thread that runs it, e.g. "analysis" */
    public static <T> BackgroundTask<T> of(String name, Work<T> work) {
        return new BackgroundTask<>(name, work);
    }

    /** Told, on the UI thread, of the newest result so far the work gave ({@link Context#updatePartial}). */
    public BackgroundTask<T> onPartial(Consumer<Object> callback) {
        onPartial = Objects.requireNonNull(callback);
        return this;
    }

    public BackgroundTask<T> onMessage(Consumer<String> callback) {
        onMessage = Objects.requireNonNull(callback);
        return this;
    }

    public BackgroundTask<T> onProgress(DoubleConsumer callback) {
        onProgress = Objects.requireNonNull(callback);
        return this;
    }

    public BackgroundTask<T> onSuccess(Consumer<T> callback) {
        onSuccess = Objects.requireNonNull(callback);
        return this;
    }

    /** Gets what the work threw (not when it was cancelled). */
    public BackgroundTask<T> onFailure(Consumer<Throwable> callback) {
        onFailure = Objects.requireNonNull(callback);
        return this;
    }

    public BackgroundTask<T> onCancelled(Runnable callback) {
        onCancelled = Objects.requireNonNull(callback);
        return this;
    }

    /**
     * The work starts only once the work of {@code previous} (may be null) has ended: tasks that must not overlap,
     * such as saves of the same file, run in the order they were made.
     */
    public BackgroundTask<T> after(TaskHandle previous) {
        after = previous;
        return this;
    }

    public String name() {
        return name;
    }

    // ------------------------------------------------------------------------------------------- the handle

    @Override
    public boolean cancel() {
        if (cancelled || reported.get()) {
            return false;
        }
        cancelled = true;
        if (state.compareAndSet(NEW, ENDED)) {
            workEnded.countDown(); // it never starts
        }
        Future<?> f = future;
        if (f != null) {
            f.cancel(true);
        }
        Runnable report = () -> {
            if (reported.compareAndSet(false, true)) {
                onCancelled.run();
            }
        };
        Executor u = ui;
        if (u == null || onUiThread.getAsBoolean()) {
            report.run();
        } else {
            u.execute(report);
        }
        return true;
    }

    @Override
    public boolean isRunning() {
        return ui != null && !cancelled && !reported.get();
    }

    @Override
    public void awaitWork() throws InterruptedException {
        workEnded.await();
    }

    public boolean isCancelled() {
        return cancelled;
    }

    // ------------------------------------------------------------------------------------- for the executors

    /**
     * Before it runs: how callbacks reach the UI thread, and whether the caller is on it.
     *
     * @throws IllegalStateException when the task was handed to an executor before
     */
    void bind(Executor uiThread, BooleanSupplier isUiThread) {
        if (ui != null) {
            throw new IllegalStateException("A background task runs once: " + name);
        }
        onUiThread = Objects.requireNonNull(isUiThread);
        ui = Objects.requireNonNull(uiThread);
    }

    /** The future of the thread running it, so that cancelling interrupts that thread. */
    void attach(Future<?> running) {
        future = running;
        if (cancelled) {
            running.cancel(true);
        }
    }

    /** Runs the work on the current thread, then hands its outcome to the UI thread. */
    void runWork() {
        if (!state.compareAndSet(NEW, RUNNING)) {
            return; // cancelled before it started
        }
        T value = null;
        Throwable failure = null;
        try {
            if (after != null) {
                after.awaitWork();
            }
            value = work.call(context);
        } catch (Throwable e) { // as JavaFX's Task: whatever the work throws is its failure
            failure = e;
        } finally {
            state.set(ENDED);
            workEnded.countDown();
        }
        T v = value;
        Throwable f = failure;
        ui.execute(() -> {
            if (cancelled || !reported.compareAndSet(false, true)) {
                return; // the cancel was reported instead
            }
            if (f == null) {
                onSuccess.accept(v);
            } else {
                onFailure.accept(f);
            }
        });
    }

    private final Context context = new Context() {
        @Override
        public void updateMessage(String message) {
            Objects.requireNonNull(message);
            if (pendingMessage.getAndSet(message) == null) {
                ui.execute(() -> {
                    String m = pendingMessage.getAndSet(null);
                    if (m != null && !cancelled && !reported.get()) {
                        onMessage.accept(m);
                    }
                });
            }
        }

        @Override
        public void updateProgress(double fraction) {
            if (pendingProgress.getAndSet(fraction) == null) {
                ui.execute(() -> {
                    Double p = pendingProgress.getAndSet(null);
                    if (p != null && !cancelled && !reported.get()) {
                        onProgress.accept(p);
                    }
                });
            }
        }

        @Override
        public void updatePartial(Object partial) {
            Objects.requireNonNull(partial);
            if (pendingPartial.getAndSet(partial) == null) {
                ui.execute(() -> {
                    Object p = pendingPartial.getAndSet(null);
                    if (p != null && !cancelled && !reported.get()) {
                        onPartial.accept(p);
                    }
                });
            }
        }

        @Override
        public boolean isCancelled() {
            return cancelled;
        }
    };
}
