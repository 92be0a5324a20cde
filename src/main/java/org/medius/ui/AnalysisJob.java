package org.medius.ui;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.medius.analysis.Analysis;
import org.medius.analysis.AnalysisSettings;
import org.medius.analysis.ModelFallback;
import org.medius.analysis.NoPersonException;
import org.medius.analysis.Progress;
import org.medius.analysis.VideoPoses;
import org.medius.model.FramePose;
import org.medius.model.MoveNetVariant;
import org.medius.model.Sex;
import org.medius.model.SubjectHint;
import org.medius.model.Task;
import org.medius.model.VideoMetadata;
import org.medius.session.Correction;
import org.medius.session.Corrections;
import org.medius.session.Session;
import org.medius.session.SessionCache;

/**
 * The background work behind opening a video: look for earlier results of the same content and model in the
 * cache; if there are none (or they are stale), run the pose stage with progress, time remaining and cancel, and
 * save its result at once; then run the pipeline. Runs on a {@link TaskExecutor}'s thread, which hands its progress
 * and message to the UI thread.
 */
final class AnalysisJob implements BackgroundTask.Work<AnalysisJob.Outcome> {

    /**
     * @param analysis  null when the pipeline could not run ({@code noPerson} says why)
     * @param noPerson  the reason no analysis could be made, or null
     */
    record Outcome(Session session, Analysis analysis, String message, String noPerson, boolean fromCache,
            String from) {
    }

    private final ViewerServices services;
    private final Path video;
    private final MoveNetVariant model;
    private final Task task;
    private final Sex sex;
    private final Correction.SubjectPick subject;
    private final List<Correction> corrections;
    private final boolean forcePoseStage;

    /**
     * @param corrections    corrections to keep when the pose stage runs again (a new subject or model)
     * @param forcePoseStage run the pose stage even if the cache has a session (another subject was picked)
     */
    AnalysisJob(ViewerServices services, Path video, MoveNetVariant model, Task task, Sex sex,
            Correction.SubjectPick subject, List<Correction> corrections, boolean forcePoseStage) {
        this.services = services;
        this.video = video;
        this.model = model;
        this.task = task;
        this.sex = sex;
        this.subject = subject;
        this.corrections = List.copyOf(corrections);
        this.forcePoseStage = forcePoseStage;
    }

    @Override
    public Outcome call(BackgroundTask.Context context) throws Exception {
        context.updateMessage("Checking " + video.getFileName() + " for earlier results…");
        context.updateProgress(-1);
        SessionCache.Lookup lookup = services.cache().find(video, model);
        Session session;
        String from;
        boolean fromCache = false;
        if (lookup.status() == SessionCache.Status.FOUND && !forcePoseStage
                && sameSubject(lookup.session().get().subject())) {
            session = lookup.session().get();
            from = "from earlier results";
            fromCache = true;
        } else {
            long start = System.nanoTime();
            SubjectHint hint = subject == null ? null : SubjectHint.point(subject.xPx(), subject.yPx());
            // a saved analysis that cannot be used is said at once, and stays in view while the pose model runs
            String why = lookup.status() == SessionCache.Status.STALE ? lookup.message() + " " : "";
            if (!why.isEmpty()) {
                context.updateMessage(why.strip());
            }
            AnalysisSettings settings = Corrections.of(corrections)
                    .applyTo(AnalysisSettings.defaults(task).withSex(sex));
            AnalysisPreview preview = new AnalysisPreview(settings, services.softwareVersion());
            VideoPoses poses = services.poseStage().run(video, model, hint, progress(context, why, preview));
            MoveNetVariant used = model;
            String fallback = ModelFallback.note(model, poses.poses(), settings, video.getFileName().toString());
            if (fallback != null) { // Lightning missed the person: Thunder looks again, and the status says so
                used = ModelFallback.FALLBACK;
                why = fallback + " ";
                context.updateMessage(fallback);
                poses = services.poseStage().run(video, used, hint, progress(context, why,
                        new AnalysisPreview(settings, services.softwareVersion())));
            }
            session = Session.create(lookup.fingerprint(), poses.video(), video.toString(), poses.modelDescription(), used,
                    task, sex, subject, poses.poses()).withCorrections(corrections);
            services.cache().save(session);
            from = String.format(Locale.ROOT, "pose model %.0f s", (System.nanoTime() - start) / 1e9);
            if (fallback != null) {
                from += "; " + fallback;
            }
            if (lookup.status() == SessionCache.Status.STALE) {
                from += "; " + lookup.message();
            }
        }
        context.updateMessage("Measuring…");
        try {
            Analysis a = session.analyse(services.softwareVersion());
            return new Outcome(session, a, summary(a, from), null, fromCache, from);
        } catch (NoPersonException e) {
            return new Outcome(session, null, "No analysis: " + e.getMessage(), e.getMessage(), fromCache, from);
        }
    }

    /** "filmed from behind (view found with confidence 0.58)", saying when the user chose it or it changes. */
    static String viewText(Analysis a) {
        String seen = switch (a.view().overall()) {
            case ANTERIOR -> "filmed from the front";
            case POSTERIOR -> "filmed from behind";
            case SAGITTAL_LEFT -> "filmed from the left side (no frontal-plane angles)";
            case SAGITTAL_RIGHT -> "filmed from the right side (no frontal-plane angles)";
        };
        String how = a.view().userOverride() ? "as chosen"
                : String.format(Locale.ROOT, "view found with confidence %.2f", a.view().confidence());
        return seen + " (" + how + (a.view().changesView() ? "; the view changes during the video" : "") + ")";
    }

    /** The status line after an analysis, e.g. "pose_squats.mp4: 65 frames, person on 65, 2 repetitions (…)". */
    static String summary(Analysis a, String from) {
        int holds = a.events().events().size();
        String counts = a.settings().task().holds() ? holds + " hold" + (holds == 1 ? "" : "s") + " on one leg"
                : a.settings().task().repetitive()
                ? a.events().repetitionCount() + " repetition" + (a.events().repetitionCount() == 1 ? "" : "s")
                : a.events().stepCount() + " step" + (a.events().stepCount() == 1 ? "" : "s");
        return String.format(Locale.ROOT, "%s: %d frames, person on %d, %s, %s (%s).", a.video().fileName(),
                a.frames().size(), a.framesWithPerson(), viewText(a), counts, from);
    }

    private boolean sameSubject(Correction.SubjectPick cached) {
        return java.util.Objects.equals(cached, subject);
    }

    /**
     * Progress with the time left, and the analysis of the frames done so far now and then (the viewer's preview); estimated from the frames' pace since the first frame was done (loading the
     * model and starting the decoder take a few seconds that do not repeat).
     */
    private Progress progress(BackgroundTask.Context context, String prefix, AnalysisPreview preview) {
        return new Progress() {
            @Override
            public void poseFound(VideoMetadata meta, FramePose pose) {
                Analysis partial = preview.add(meta, pose);
                if (partial != null) {
                    context.updatePartial(partial);
                }
            }

            private double firstFraction = -1;
            private long firstNanos;

            @Override
            public void update(String stage, double fraction) {
                context.updateProgress(fraction);
                long now = System.nanoTime();
                if (firstFraction < 0 && fraction > 0) {
                    firstFraction = fraction;
                    firstNanos = now;
                }
                double done = fraction - firstFraction;
                double elapsed = (now - firstNanos) / 1e9;
                String remaining = firstFraction >= 0 && done > 0.02 && elapsed > 1
                        ? String.format(Locale.ROOT, ", about %s left", duration(elapsed * (1 - fraction) / done))
                        : "";
                context.updateMessage(String.format(Locale.ROOT, "%s%s in %s: %.0f%%%s", prefix, stage,
                        video.getFileName(), 100 * fraction, remaining));
            }

            @Override
            public boolean cancelled() {
                return context.isCancelled();
            }
        };
    }

    static String duration(double seconds) {
        long s = Math.round(seconds);
        return s < 60 ? s + " s" : String.format(Locale.ROOT, "%d min %02d s", s / 60, s % 60);
    }
}
