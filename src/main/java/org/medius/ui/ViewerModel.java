package org.medius.ui;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
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
import org.medius.analysis.Analysis;
import org.medius.analysis.MarkerMode;
import org.medius.export.OutputFileException;
import org.medius.model.MoveNetVariant;
import org.medius.model.Sex;
import org.medius.model.Task;
import org.medius.session.Correction;
import org.medius.session.Session;

/**
 * The viewer's state, without controls: the video, its analysis, the one current frame everything follows, the
 * background work and the user's corrections with undo. Views bind to its properties; it never touches a node. The
 * work (the analysis, measuring again after a change, exports, saving) runs on the {@link TaskExecutor} it is
 * given: {@link AnalysisJob}, {@link MeasureJob}, {@link ExportJob}, {@link SessionSaver}. Call it from the JavaFX
 * thread (with a synchronous executor, from the thread that runs the tasks).
 */
public final class ViewerModel {
    private final ViewerServices services;
    private final TaskExecutor executor;
    private final SessionSaver saver;
    private final UndoState history = new UndoState(this);
    private final IntegerProperty currentFrame = new SimpleIntegerProperty(this, "currentFrame", 0);
    private final ReadOnlyObjectWrapper<Path> video = new ReadOnlyObjectWrapper<>(this, "video");
    private final ReadOnlyObjectWrapper<Analysis> analysis = new ReadOnlyObjectWrapper<>(this, "analysis");
    private final ReadOnlyObjectWrapper<Analysis> preview = new ReadOnlyObjectWrapper<>(this, "preview");
    private final ReadOnlyObjectWrapper<double[]> frameTimes = new ReadOnlyObjectWrapper<>(this, "frameTimes",
            new double[0]);
    private final ObjectProperty<Task> task = new SimpleObjectProperty<>(this, "task", Task.WALK);
    private final ObjectProperty<MoveNetVariant> model = new SimpleObjectProperty<>(this, "model", MoveNetVariant.THUNDER);
    private final ObjectProperty<Sex> sex = new SimpleObjectProperty<>(this, "sex", Sex.UNKNOWN);
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "Open a video: File > Open, or drop it here. To try Medius first: File > Open Sample.");
    private Consumer<String> errorSink = m -> { };
    /** The frame times the video will have, from its header, until the analysis gives the decoded ones. */
    private double[] provisionalTimes = new double[0];
    /** The session whose analysis is shown. */
    private Session session;
    /** The session the newest request is for: {@link #session}, or one being measured. */
    private Session latest;
    /** Counts requests that replace the analysis; a result of an older one is dropped. */
    private long generation;
    private boolean jobRunning;
    private boolean measuring;
    /** The analysis of the video (the pose stage, or earlier results) now or last run. */
    private TaskHandle job;
    private TaskHandle export;
    /** The newest measurement: the next one starts when it has ended (one at a time, as on one thread). */
    private TaskHandle measurement;
    private boolean applyingSession;
    /** The task or sex was chosen for this opening (command line, or changed while analysing): it wins. */
    private boolean keepChoices;
    /** The video was opened as one with pelvis markers: turn the marker mode on when its analysis is shown. */
    private boolean markersAsked;

    /**
     * @param executor runs the background work and hands its results to the UI thread; the window gives
     *                 {@link FxTaskExecutor}. The model shuts it down with itself ({@link #shutdown()}).
     */
    public ViewerModel(ViewerServices services, TaskExecutor executor) {
        this.services = services;
        this.executor = executor;
        this.saver = new SessionSaver(executor, services.cache(), this::reportError);
        analysis.addListener((o, was, now) -> {
            frameTimes.set(now == null ? provisionalTimes : AnalysisFrames.times(now));
            if (now != null) {
                preview.set(null);
            }
        });
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

    /**
     * While the pose stage runs on a video with no analysis shown yet: the analysis of the frames done so far (its
     * skeleton and plots; its events and score are not final), renewed as frames are analysed; null otherwise.
     */
    public ReadOnlyObjectProperty<Analysis> previewProperty() {
        return preview.getReadOnlyProperty();
    }

    /** What the video and the plots show: the analysis, or while there is none yet, the preview (may be null). */
    public Analysis shownAnalysis() {
        return analysis.get() != null ? analysis.get() : preview.get();
    }

    /** The frame times (see {@link #frameTimesSeconds()}); changes when a video opens and when its analysis ends. */
    public ReadOnlyObjectProperty<double[]> frameTimesProperty() {
        return frameTimes.getReadOnlyProperty();
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
        return history.undoTextProperty();
    }

    public ReadOnlyStringProperty redoTextProperty() {
        return history.redoTextProperty();
    }

    public ReadOnlyBooleanProperty canUndoProperty() {
        return history.canUndoProperty();
    }

    public ReadOnlyBooleanProperty canRedoProperty() {
        return history.canRedoProperty();
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
        return history.corrections();
    }

    /**
     * Frame timestamps of the analysis; before it exists, those the video's header promises (so the video plays and
     * steps while it is analysed); empty with no video. Made once per analysis (playback reads it on every screen
     * pulse); callers must not change it.
     */
    public double[] frameTimesSeconds() {
        return frameTimes.get();
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
        open(file, keepChoices, false);
    }

    /**
     * @param pelvisMarkers true: the video shows pelvis skin markers; the marker mode is turned on once it is analysed
     *                      (an undoable correction, as Edit &gt; Pelvis Markers)
     */
    public void open(Path file, boolean keepChoices, boolean pelvisMarkers) {
        cancel();
        this.markersAsked = pelvisMarkers;
        this.keepChoices = keepChoices;
        generation++;
        Path abs = file.toAbsolutePath().normalize();
        session = null;
        latest = null;
        history.reset(List.of());
        preview.set(null);
        provisionalTimes = AnalysisFrames.provisionalTimes(abs);
        analysis.set(null);
        frameTimes.set(provisionalTimes);
        currentFrame.set(0);
        video.set(abs);
        try {
            services.recentFiles().add(abs);
        } catch (OutputFileException e) {
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

    /** Stops the analysis or the export that runs (Cancel in the status bar); the status line says so. */
    public void cancel() {
        if (job != null) {
            job.cancel();
        }
        if (export != null) {
            export.cancel();
        }
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
        BackgroundTask<String> t = BackgroundTask.of("export", new ExportJob(what, work));
        t.onMessage(status::set).onProgress(progress::set)
                .onSuccess(line -> exportEnded(line, null))
                .onCancelled(() -> exportEnded(what + " cancelled; nothing was written.", null))
                .onFailure(e -> exportEnded(what + " failed.", ErrorMessages.of(e)));
        export = t;
        status.set(""); // until the export's first message
        progress.set(-1);
        jobRunning = true;
        updateBusy();
        executor.execute(t);
    }

    /** Applies a correction; only the stages after it run again. Saved with the analysis at once. */
    public void apply(Correction correction) {
        if (session == null) {
            return;
        }
        history.apply(correction);
        correctionsChanged(correction, history::undo);
    }

    public void undo() {
        history.undo().ifPresent(c -> correctionsChanged(c, history::redo));
    }

    public void redo() {
        history.redo().ifPresent(c -> correctionsChanged(c, history::undo));
    }

    /** Waits until the last session save has been written (tests, and before the window closes). */
    public void flushSaves() {
        saver.flush();
    }

    /** Stops background work and the executor; the window is closing. */
    public void shutdown() {
        cancel();
        flushSaves();
        executor.shutdown();
    }

    // ------------------------------------------------------------------------------------------------ inside

    private void start(Path file, Correction.SubjectPick subject) {
        cancel();
        BackgroundTask<AnalysisJob.Outcome> t = BackgroundTask.of("analysis", new AnalysisJob(services, file,
                model.get(), task.get(), sex.get(), subject, session == null ? List.of() : history.corrections(),
                session != null));
        t.onMessage(status::set).onProgress(progress::set)
                .onPartial(p -> {
                    if (job == t && analysis.get() == null && p instanceof Analysis a) {
                        preview.set(a);
                    }
                })
                .onSuccess(outcome -> analysisEnded(t, () -> finished(outcome)))
                .onCancelled(() -> analysisEnded(t, () -> status.set(
                        "Analysis cancelled. Choose File > Analyse Again to start it again.")))
                .onFailure(e -> analysisEnded(t, () -> {
                    status.set("Analysis failed.");
                    errorSink.accept(ErrorMessages.of(e));
                }));
        job = t;
        generation++; // a measurement still running is for poses this job replaces
        measuring = false;
        jobRunning = true;
        updateBusy();
        progress.set(-1);
        status.set(""); // until the job's first message
        executor.execute(t);
    }

    private void analysisEnded(TaskHandle t, Runnable outcome) {
        if (job != t) {
            return;
        }
        progress.set(0);
        try {
            outcome.run();
        } catch (RuntimeException e) {
            status.set("Showing the results failed.");
            errorSink.accept(ErrorMessages.of(e));
        } finally {
            preview.set(null); // the analysis, or nothing if it failed: a preview is never left as if final
            jobRunning = false;
            updateBusy(); // last: whoever waits for the work sees its results in place
        }
    }

    private void finished(AnalysisJob.Outcome outcome) {
        Task chosenTask = task.get();
        Sex chosenSex = sex.get();
        applyingSession = true;
        try {
            session = outcome.session();
            if (history.corrections().isEmpty() && !session.corrections().isEmpty()) {
                history.reset(session.corrections());
            }
            task.set(session.task());
            sex.set(session.sex());
            model.set(session.model());
        } finally {
            applyingSession = false;
        }
        latest = session;
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
        if (markersAsked && result != null) {
            markersAsked = false;
            if (result.settings().markers() != MarkerMode.PELVIS) {
                apply(new Correction.PelvisMarkers(MarkerMode.PELVIS)); // after the task and sex: measured with them
            }
        }
    }

    private void exportEnded(String line, String error) {
        progress.set(0);
        status.set(line);
        if (error != null) {
            errorSink.accept(error);
        }
        jobRunning = false;
        updateBusy();
    }

    private void settingsChanged(UnaryOperator<Session> change) {
        if (applyingSession || latest == null || jobRunning) {
            return; // while the pose model runs, the choice is applied when it ends (see finished)
        }
        measure(change.apply(latest), null, "measured again, no pose model needed");
    }

    private void correctionsChanged(Correction changed, Runnable revert) {
        if (changed.needsPoseStage()) {
            start(video.get(), history.subject().orElse(null));
            return;
        }
        measure(latest.withCorrections(history.corrections()), revert, "measured again with the correction");
    }

    /**
     * Re-runs the pipeline on the session in the background ({@link MeasureJob}), one measurement after the other.
     * The newest request wins (an older result is dropped); when the pipeline cannot run (e.g. every frame excluded)
     * the change is taken back and the reason shown.
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
        BackgroundTask<MeasureJob.Measured> t = BackgroundTask.of("pipeline",
                new MeasureJob(s, video.get(), services.softwareVersion())).after(measurement);
        t.onMessage(line -> {
            if (g == generation) {
                status.set(line);
            }
        }).onSuccess(m -> measured(g, m, revert, why))
                .onFailure(e -> measured(g, new MeasureJob.Measured(s, null, ErrorMessages.of(e)), revert, why));
        measurement = t;
        executor.execute(t);
    }

    private void measured(long g, MeasureJob.Measured m, Runnable revert, String why) {
        if (g != generation) {
            return; // a newer request (or a new video) replaced this one
        }
        try {
            if (m.analysis() != null) {
                session = m.session();
                analysis.set(m.analysis());
                saver.save(session);
                status.set(AnalysisJob.summary(m.analysis(), why));
            } else {
                latest = session;
                if (revert != null) {
                    revert.run();
                }
                applyingSession = true;
                task.set(session.task());
                sex.set(session.sex());
                applyingSession = false;
                status.set("The change was taken back.");
                errorSink.accept(m.problem());
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
}
