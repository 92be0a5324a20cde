package org.medius.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.medius.model.Task;
import org.medius.synth.SyntheticTrack;
import org.medius.video.TestVideos;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The executors' promises: exactly one of success, failure or cancel is reported, nothing after it, on the UI
 * thread. The synchronous one (what the viewer's tests use) keeps them on the calling thread; the real one
 * ({@link FxTaskExecutor}) runs the work on its own thread and the callbacks on the JavaFX thread: its tests wait
 * on latches, since its being asynchronous is what they check.
 */
@ExtendWith(ApplicationExtension.class)
class TaskExecutorTest {

    @Start
    void start(Stage stage) {
        // the JavaFX thread is all these tests need
    }

    @Test
    void theSynchronousExecutorReportsProgressThenTheResultBeforeExecuteReturns() {
        List<String> seen = new CopyOnWriteArrayList<>();
        BackgroundTask<Integer> t = BackgroundTask.of("sum", c -> {
            c.updateMessage("adding");
            c.updateProgress(0.5);
            return 42;
        }).onMessage(m -> seen.add("message " + m)).onProgress(p -> seen.add("progress " + p))
                .onSuccess(v -> seen.add("success " + v)).onFailure(e -> seen.add("failure"))
                .onCancelled(() -> seen.add("cancelled"));
        TaskHandle h = new CurrentThreadTaskExecutor().execute(t);
        assertEquals(List.of("message adding", "progress 0.5", "success 42"), seen);
        assertFalse(h.isRunning());
        assertFalse(h.cancel(), "nothing left to cancel");
        assertEquals(List.of("message adding", "progress 0.5", "success 42"), seen);
        assertThrows(IllegalStateException.class, () -> new CurrentThreadTaskExecutor().execute(t), "a task runs once");
    }

    @Test
    void aFailureIsReportedOnceAndACancelFromACallbackEndsTheTaskQuietly() {
        List<String> seen = new CopyOnWriteArrayList<>();
        new CurrentThreadTaskExecutor().execute(BackgroundTask.<Integer>of("broken", c -> {
            throw new IllegalStateException("broken");
        }).onSuccess(v -> seen.add("success")).onFailure(e -> seen.add("failure " + e.getMessage())));
        assertEquals(List.of("failure broken"), seen);

        seen.clear();
        BackgroundTask<Integer> t = BackgroundTask.of("stopped", c -> {
            c.updateProgress(0.1); // its callback presses Cancel
            seen.add("work sees cancelled " + c.isCancelled());
            c.updateProgress(0.2);
            c.updateMessage("not shown");
            return 1;
        });
        t.onProgress(p -> {
            seen.add("progress " + p);
            t.cancel();
        }).onMessage(seen::add).onSuccess(v -> seen.add("success")).onCancelled(() -> seen.add("cancelled"));
        new CurrentThreadTaskExecutor().execute(t);
        assertEquals(List.of("progress 0.1", "cancelled", "work sees cancelled true"), seen);
        assertTrue(t.isCancelled());
    }

    @Test
    void theFxExecutorRunsTheWorkOnItsOwnThreadAndTheCallbacksOnTheJavaFxThread() throws Exception {
        FxTaskExecutor executor = new FxTaskExecutor();
        try {
            CompletableFuture<String> workThread = new CompletableFuture<>();
            CompletableFuture<Boolean> successOnFx = new CompletableFuture<>();
            CompletableFuture<Boolean> progressOnFx = new CompletableFuture<>();
            BackgroundTask<String> t = BackgroundTask.of("check", c -> {
                workThread.complete(Thread.currentThread().getName());
                c.updateProgress(0.5);
                return "done";
            }).onProgress(p -> progressOnFx.complete(Platform.isFxApplicationThread()))
                    .onSuccess(v -> successOnFx.complete(Platform.isFxApplicationThread() && v.equals("done")));
            Platform.runLater(() -> executor.execute(t));
            assertEquals("medius-check", workThread.get(10, TimeUnit.SECONDS));
            assertTrue(progressOnFx.get(10, TimeUnit.SECONDS));
            assertTrue(successOnFx.get(10, TimeUnit.SECONDS));
        } finally {
            executor.shutdown();
        }
    }

    @Test
    void cancellingOnTheJavaFxThreadReportsAtOnceAndInterruptsTheWork() throws Exception {
        FxTaskExecutor executor = new FxTaskExecutor();
        try {
            CountDownLatch started = new CountDownLatch(1);
            CompletableFuture<Boolean> interrupted = new CompletableFuture<>();
            List<String> seen = new CopyOnWriteArrayList<>();
            BackgroundTask<String> t = BackgroundTask.of("long", c -> {
                started.countDown();
                try {
                    new CountDownLatch(1).await(); // until interrupted
                } catch (InterruptedException e) {
                    interrupted.complete(c.isCancelled());
                    throw e;
                }
                return "never";
            }).onSuccess(seen::add).onFailure(e -> seen.add("failure")).onCancelled(() -> seen.add("cancelled"));
            Platform.runLater(() -> executor.execute(t));
            assertTrue(started.await(10, TimeUnit.SECONDS));
            CompletableFuture<List<String>> atCancel = new CompletableFuture<>();
            Platform.runLater(() -> {
                t.cancel();
                atCancel.complete(List.copyOf(seen));
            });
            assertEquals(List.of("cancelled"), atCancel.get(10, TimeUnit.SECONDS), "reported before cancel returned");
            assertTrue(interrupted.get(10, TimeUnit.SECONDS), "the work's thread was interrupted, and it knew why");
            t.awaitWork();
            CompletableFuture<List<String>> after = new CompletableFuture<>();
            Platform.runLater(() -> after.complete(List.copyOf(seen))); // behind anything the work's end posted
            assertEquals(List.of("cancelled"), after.get(10, TimeUnit.SECONDS), "no failure after the cancel");
        } finally {
            executor.shutdown();
        }
    }

    @Test
    void aTaskAfterAnotherStartsWhenTheOtherHasEnded() throws Exception {
        FxTaskExecutor executor = new FxTaskExecutor();
        try {
            CountDownLatch release = new CountDownLatch(1);
            List<String> order = new CopyOnWriteArrayList<>();
            BackgroundTask<Void> first = BackgroundTask.of("first", c -> {
                release.await();
                order.add("first");
                return null;
            });
            BackgroundTask<Void> second = BackgroundTask.<Void>of("second", c -> {
                order.add("second");
                return null;
            }).after(first);
            CountDownLatch queued = new CountDownLatch(1);
            Platform.runLater(() -> {
                executor.execute(first);
                executor.execute(second);
                queued.countDown();
            });
            assertTrue(queued.await(10, TimeUnit.SECONDS));
            release.countDown();
            second.awaitWork();
            assertEquals(List.of("first", "second"), order);
        } finally {
            executor.shutdown();
        }
    }

    /**
     * The window's wiring, once: the view model on the real executor analyses a video on a thread of its own,
     * and Cancel on the JavaFX thread stops the pose stage there. (The viewer's other tests run the same model on
     * the synchronous executor.)
     */
    @Test
    void theViewerModelOnTheRealExecutorAnalysesInTheBackgroundAndCancels(@TempDir Path dir) throws Exception {
        SyntheticTrack track = SyntheticTrack.squat().reps(1).repSeconds(2).pauseSeconds(0.5).fps(30)
                .imageSizePx(320, 180).bodyHeightPx(150).seed(7).generate();
        Path video = TestVideos.spec().size(320, 180).frames(track.frames().size()).writeTo(dir.resolve("squat.mp4"));
        FakePoseStage stage = new FakePoseStage(track.frames());
        CompletableFuture<String> poseThread = new CompletableFuture<>();
        stage.whileRunning = () -> poseThread.complete(Thread.currentThread().getName());
        CompletableFuture<ViewerModel> model = new CompletableFuture<>();
        CountDownLatch done = new CountDownLatch(1);
        Platform.runLater(() -> {
            ViewerModel m = new ViewerModel(ViewerServices.withCache(stage, dir.resolve("cache"), "test"),
                    new FxTaskExecutor());
            m.taskProperty().set(Task.SQUAT);
            m.busyProperty().addListener((o, was, now) -> {
                if (!now) {
                    done.countDown();
                }
            });
            m.open(video);
            model.complete(m);
        });
        ViewerModel m = model.get(10, TimeUnit.SECONDS);
        assertEquals("medius-analysis", poseThread.get(30, TimeUnit.SECONDS));
        assertTrue(done.await(60, TimeUnit.SECONDS), "the analysis ended");
        CompletableFuture<Integer> frames = new CompletableFuture<>();
        Platform.runLater(() -> frames.complete(m.analysis() == null ? -1 : m.analysis().frames().size()));
        assertEquals(track.frames().size(), frames.get(10, TimeUnit.SECONDS));

        CountDownLatch posing = new CountDownLatch(1);
        CompletableFuture<Boolean> interrupted = new CompletableFuture<>();
        stage.whileRunning = () -> {
            posing.countDown();
            try {
                new CountDownLatch(1).await(); // the pose model at work, until Cancel
            } catch (InterruptedException e) {
                interrupted.complete(true);
            }
        };
        CompletableFuture<Boolean> started = new CompletableFuture<>();
        Platform.runLater(() -> {
            m.reanalyse();
            started.complete(m.busyProperty().get());
        });
        assertTrue(started.get(10, TimeUnit.SECONDS), "busy at once");
        assertTrue(posing.await(30, TimeUnit.SECONDS));
        CompletableFuture<String> afterCancel = new CompletableFuture<>();
        Platform.runLater(() -> {
            m.cancel();
            afterCancel.complete(m.busyProperty().get() + " " + m.statusProperty().get());
        });
        assertEquals("false Analysis cancelled. Choose File > Analyse Again to start it again.",
                afterCancel.get(10, TimeUnit.SECONDS));
        assertTrue(interrupted.get(10, TimeUnit.SECONDS), "the pose stage's thread was interrupted");
        Platform.runLater(m::shutdown);
    }
}
