package org.medius.ui;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.concurrent.Worker;
import org.medius.analysis.Analysis;
import org.medius.analysis.NoPersonException;
import org.medius.model.Task;
import org.medius.pose.MoveNetVariant;
import org.medius.score.Sex;
import org.medius.session.Correction;
import org.medius.session.CorrectionHistory;
import org.medius.session.Session;

/**
 * The viewer's state, without controls: the video, its analysis, the one current frame everything follows, the
 * background work and the user's corrections with undo. Views bind to its properties; it never touches a node.
 * Call it from the JavaFX thread.
 */
public final class ViewerModel {
    private final ViewerServices services;
    private final IntegerProperty currentFrame = new SimpleIntegerProperty(this, "currentFrame", 0);
    private final ReadOnlyObjectWrapper<Path> video = new ReadOnlyObjectWrapper<>(this, "video");
    private final ReadOnlyObjectWrapper<Analysis> analysis = new ReadOnlyObjectWrapper<>(this, "analysis");
    private final ObjectProperty<Task> task = new SimpleObjectProperty<>(this, "task", Task.WALK);
    private final ObjectProperty<MoveNetVariant> model = new SimpleObjectProperty<>(this, "model", MoveNetVariant.THUNDER);
    private final ObjectProperty<Sex> sex = new SimpleObjectProperty<>(this, "sex", Sex.UNKNOWN);
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "Open a video: File > Open, or drop it here. To try Medius first: File > Open Sample.");
    private final ReadOnlyStringWrapper undoText = new ReadOnlyStringWrapper(this, "undoText", "");
    private final ReadOnlyStringWrapper redoText = new ReadOnlyStringWrapper(this, "redoText", "");
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper(this, "canUndo");
    private final ReadOnlyBooleanWrapper canRedo = new ReadOnlyBooleanWrapper(this, "canRedo");
    private final ExecutorService saver = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "medius-session-saver");
        t.setDaemon(true);
        return t;
    });
    private Consumer<String> errorSink = m -> { };
    private double[] frameTimes = new double[0];
    private final ExecutorService measurer = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "medius-pipeline");
        t.setDaemon(true);
        return t;
    });
    /** The session whose analysis is shown. */
    private Session session;
    /** The session the newest request is for: {@link #session}, or one being measured. */
    private Session latest;
    /** Counts requests that replace the analysis; a result of an older one is dropped. */
    private long generation;
    private boolean jobRunning;
    private boolean measuring;
    private javafx.concurrent.Task<String> export;
    private CorrectionHistory history = new CorrectionHistory();
    private AnalysisJob job;
    private Future<?> lastSave;
    private boolean applyingSession;
    /** The task or sex was chosen for this opening (command line, or changed while analysing): it wins. */
    private boolean keepChoices;

    public ViewerModel(ViewerServices services) {
        this.services = services;
        analysis.addListener((o, was, now) -> frameTimes = now == null ? new double[0] : AnalysisFrames.times(now));
        task.addListener((o, was, now) -> {
            keepChoices |= busy.get() && !applyingSession;
            settingsChanged(s -> s.withTask(now));
        });
        sex.addListener((o, was, now) -> {
            keepChoices |= busy.get() && !applyingSession;
            settingsChanged(s -> s.withSex(now));
        });
        model.addListener((o, was, now) -> {
            if (!applyingSession && video.get() != null) {
                start(video.get(), null);
            }
        });
    }

    // ------------------------------------------------------------------------------------------------- state

    /** The frame shown, as a position in the analysis' frame list: video, plots, tables and playback follow it. */
    public IntegerProperty currentFrameProperty() {
        return currentFrame;
    }

    public ReadOnlyObjectProperty<Path> videoProperty() {
        return video.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Analysis> analysisProperty() {
        return analysis.getReadOnlyProperty();
    }

    public Analysis analysis() {
        return analysis.get();
    }

    public ObjectProperty<Task> taskProperty() {
        return task;
    }

    public ObjectProperty<MoveNetVariant> modelProperty() {
        return model;
    }

    public ObjectProperty<Sex> sexProperty() {
        return sex;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** 0..1 while the pose stage runs; -1 (indeterminate) while it starts. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    /** One line on what is going on (stage, time remaining) or what the last work gave. */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty undoTextProperty() {
        return undoText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty redoTextProperty() {
        return redoText.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canUndoProperty() {
        return canUndo.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canRedoProperty() {
        return canRedo.getReadOnlyProperty();
    }

    /** Where errors go: the window shows each in a dialog (one sentence). */
    public void setErrorSink(Consumer<String> sink) {
        errorSink = sink;
    }

    /** Shows an error met outside the model (e.g. a frame that cannot be decoded during playback). */
    public void reportError(String message) {
        errorSink.accept(message);
    }

    public ViewerServices services() {
        return services;
    }

    /** The corrections in force, in the order they were made. */
    public List<Correction> corrections() {
        return history.current().list();
    }

    /**
     * Frame timestamps of the analysis, or an empty array before one exists. Made once per analysis (playback reads
     * it on every screen pulse); callers must not change it.
     */
    public double[] frameTimesSeconds() {
        return frameTimes;
    }

    // ----------------------------------------------------------------------------------------------- actions

    /**
     * Opens a video: earlier results of it (same content, same model) come from the cache at once, with the task,
     * sex and corrections saved with them.
     */
    public void open(Path file) {
        open(file, false);
    }

    /**
     * @param keepChoices true: the task and sex chosen now win over those saved with earlier results (the user
     *                    gave them, e.g. on the command line)
     */
    public void open(Path file, boolean keepChoices) {
        cancel();
        this.keepChoices = keepChoices;
        generation++;
        Path abs = file.toAbsolutePath().normalize();
        session = null;
        latest = null;
        history = new CorrectionHistory();
        updateUndo();
        analysis.set(null);
        currentFrame.set(0);
        video.set(abs);
        try {
            services.recentFiles().add(abs);
        } catch (org.medius.export.OutputFileException e) {
            status.set("The recent-files list could not be saved: " + e.getMessage());
        }
        start(abs, null);
    }

    /** Runs the pose stage again with the model chosen now (e.g. after choosing another model). */
    public void reanalyse() {
        if (video.get() != null) {
            start(video.get(), session == null ? null : session.subject());
        }
    }

    public void cancel() {
        if (job != null && job.isRunning()) {
            job.cancel(true);
        }
        if (export != null && export.isRunning()) {
            export.cancel(true);
        }
    }

    /** Long export work: gets the progress to report and to learn of Cancel; returns the line for the status bar. */
    @FunctionalInterface
    public interface ExportWork {
        String run(org.medius.analysis.Progress progress) throws Exception;
    }

    /**
     * Runs an export (the overlay video, the report) in the background with the status bar's progress and Cancel;
     * one thing at a time. Its errors are dialogs like any other.
     */
    public void runExport(String what, ExportWork work) {
        if (busy.get()) {
            errorSink.accept("Medius is still busy (" + status.get() + "); export when it has finished.");
            return;
        }
        javafx.concurrent.Task<String> t = new javafx.concurrent.Task<>() {
            @Override
            protected String call() throws Exception {
                updateMessage(what + "…");
                return work.run(new org.medius.analysis.Progress() {
                    @Override
                    public void update(String stage, double fraction) {
                        updateProgress(fraction, 1);
                        updateMessage(String.format(java.util.Locale.ROOT, "%s: %.0f%%", what, 100 * fraction));
                    }

                    @Override
                    public boolean cancelled() {
                        return isCancelled();
                    }
                });
            }
        };
        export = t;
        status.bind(t.messageProperty());
        progress.bind(t.progressProperty());
        jobRunning = true;
        updateBusy();
        t.stateProperty().addListener((o, was, now) -> {
            if (!(now == Worker.State.SUCCEEDED || now == Worker.State.FAILED || now == Worker.State.CANCELLED)) {
                return;
            }
            status.unbind();
            progress.unbind();
            progress.set(0);
            if (now == Worker.State.SUCCEEDED) {
                status.set(t.getValue());
            } else if (now == Worker.State.CANCELLED) {
                status.set(what + " cancelled; nothing was written.");
            } else {
                status.set(what + " failed.");
                errorSink.accept(ErrorMessages.of(t.getException()));
            }
            jobRunning = false;
            updateBusy();
        });
        Thread th = new Thread(t, "medius-export");
        th.setDaemon(true);
        th.start();
    }

    /** Applies a correction; only the stages after it run again. Saved with the analysis at once. */
    public void apply(Correction correction) {
        if (session == null) {
            return;
        }
        history.apply(correction);
        correctionsChanged(correction, () -> history.undo());
    }

    public void undo() {
        history.undo().ifPresent(c -> correctionsChanged(c, () -> history.redo()));
    }

    public void redo() {
        history.redo().ifPresent(c -> correctionsChanged(c, () -> history.undo()));
    }

    /** Waits until the last session save has been written (tests, and before the window closes). */
    public void flushSaves() {
        Future<?> f = lastSave;
        if (f != null) {
            try {
                f.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (java.util.concurrent.ExecutionException e) {
                // reported to the user when it happened
            }
        }
    }

    /** Stops background work; the window is closing. */
    public void shutdown() {
        cancel();
        flushSaves();
        saver.shutdown();
        measurer.shutdownNow();
    }

    // ------------------------------------------------------------------------------------------------ inside

    private void start(Path file, org.medius.session.Correction.SubjectPick subject) {
        cancel();
        AnalysisJob j = new AnalysisJob(services, file, model.get(), task.get(), sex.get(), subject,
                session == null ? List.of() : history.current().list(), session != null);
        job = j;
        generation++; // a measurement still running is for poses this job replaces
        measuring = false;
        jobRunning = true;
        updateBusy();
        progress.set(-1);
        status.bind(j.messageProperty());
        progress.bind(j.progressProperty());
        j.stateProperty().addListener((o, was, now) -> {
            if (job != j || !(now == Worker.State.SUCCEEDED || now == Worker.State.FAILED
                    || now == Worker.State.CANCELLED)) {
                return;
            }
            status.unbind();
            progress.unbind();
            progress.set(0);
            try {
                if (now == Worker.State.SUCCEEDED) {
                    finished(j.getValue());
                } else if (now == Worker.State.CANCELLED) {
                    status.set("Analysis cancelled. Choose File > Analyse Again to start it again.");
                } else {
                    status.set("Analysis failed.");
                    errorSink.accept(ErrorMessages.of(j.getException()));
                }
            } catch (RuntimeException e) {
                status.set("Showing the results failed.");
                errorSink.accept(ErrorMessages.of(e));
            } finally {
                jobRunning = false;
                updateBusy(); // last: whoever waits for the work sees its results in place
            }
        });
        Thread t = new Thread(j, "medius-analysis");
        t.setDaemon(true);
        t.start();
    }

    private void finished(AnalysisJob.Outcome outcome) {
        Task chosenTask = task.get();
        Sex chosenSex = sex.get();
        applyingSession = true;
        try {
            session = outcome.session();
            if (history.current().list().isEmpty() && !session.corrections().isEmpty()) {
                history = new CorrectionHistory(org.medius.session.Corrections.of(session.corrections()));
            }
            task.set(session.task());
            sex.set(session.sex());
            model.set(session.model());
        } finally {
            applyingSession = false;
        }
        latest = session;
        updateUndo();
        Analysis result = outcome.analysis();
        if (result != null) {
            analysis.set(result);
            currentFrame.set(Math.min(currentFrame.get(), result.frames().size() - 1));
        }
        status.set(result != null ? AnalysisJob.summary(result, outcome.from()) : outcome.message());
        if (outcome.noPerson() != null) {
            errorSink.accept(outcome.noPerson());
        } else if ((!outcome.fromCache() || keepChoices)
                && (chosenTask != session.task() || chosenSex != session.sex())) {
            // chosen while the pose model ran, or given for this opening: measure again with it (no pose model)
            applyingSession = true;
            task.set(chosenTask);
            sex.set(chosenSex);
            applyingSession = false;
            measure(session.withTask(chosenTask).withSex(chosenSex), null,
                    outcome.from() + ", measured again for the task and sex chosen");
        }
    }

    private void settingsChanged(java.util.function.UnaryOperator<Session> change) {
        if (applyingSession || latest == null || jobRunning) {
            return; // while the pose model runs, the choice is applied when it ends (see finished)
        }
        measure(change.apply(latest), null, "measured again, no pose model needed");
    }

    private void correctionsChanged(Correction changed, Runnable revert) {
        updateUndo();
        if (changed.needsPoseStage()) {
            start(video.get(), history.current().subject().orElse(null));
            return;
        }
        measure(latest.withCorrections(history.current().list()), revert, "measured again with the correction");
    }

    /**
     * Re-runs the pipeline on the session, on its own thread: milliseconds for a short clip, about 1.6 s for a
     * 10-minute video on 2 cores (docs/viewer.md), too long to hold the window. The newest request wins; when the
     * pipeline cannot run (e.g. every frame excluded) the change is taken back and the reason shown.
     *
     * @param revert undoes the correction that asked for it; null for a settings change
     */
    private void measure(Session s, Runnable revert, String why) {
        long g = ++generation;
        latest = s;
        measuring = true;
        updateBusy();
        status.set("Measuring again…");
        progress.set(-1);
        measurer.submit(() -> {
            Analysis a = null;
            String problem = null;
            try {
                a = s.analyse(services.softwareVersion());
            } catch (NoPersonException e) {
                problem = e.getMessage();
            } catch (RuntimeException e) {
                problem = ErrorMessages.of(e);
            }
            Analysis result = a;
            String reason = problem;
            javafx.application.Platform.runLater(() -> measured(g, s, result, reason, revert, why));
        });
    }

    private void measured(long g, Session s, Analysis result, String problem, Runnable revert, String why) {
        if (g != generation) {
            return; // a newer request (or a new video) replaced this one
        }
        try {
            if (result != null) {
                session = s;
                analysis.set(result);
                save(s);
                status.set(AnalysisJob.summary(result, why));
            } else {
                latest = session;
                if (revert != null) {
                    revert.run();
                    updateUndo();
                }
                applyingSession = true;
                task.set(session.task());
                sex.set(session.sex());
                applyingSession = false;
                status.set("The change was taken back.");
                errorSink.accept(problem);
            }
        } finally {
            measuring = false;
            progress.set(0);
            updateBusy();
        }
    }

    private void updateBusy() {
        busy.set(jobRunning || measuring);
    }

    private void save(Session s) {
        lastSave = saver.submit(() -> {
            try {
                services.cache().save(s);
            } catch (org.medius.export.OutputFileException e) {
                javafx.application.Platform.runLater(() -> errorSink.accept("Your corrections could not be saved: "
                        + e.getMessage()));
            }
        });
    }

    private void updateUndo() {
        canUndo.set(history.canUndo());
        canRedo.set(history.canRedo());
        undoText.set(history.canUndo() ? "Undo " + history.undoDescription().orElse("") : "Undo");
        redoText.set(history.canRedo() ? "Redo " + history.redoDescription().orElse("") : "Redo");
    }
}
