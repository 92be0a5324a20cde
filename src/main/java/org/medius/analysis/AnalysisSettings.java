package org.medius.analysis;

import org.medius.events.ViewChoice;
import org.medius.model.Sex;
import org.medius.model.Task;
import org.medius.score.ReferenceTable;
import org.medius.score.ScoringSettings;
import org.medius.signal.FilterSettings;

/**
 * Everything the user chose for one analysis; stored with the result so that it can be reproduced.
 *
 * @param minPersonFraction the analysis fails when the person is confidently seen on fewer frames than this
 *                          fraction of the video (a person who is mostly out of view gives no usable angles)
 * @param roll              camera roll: estimated, ignored or given
 * @param view              camera view: detected ({@link ViewChoice#AUTO}) or given
 * @param scoring           the person's sex (picks sex-specific reference values) and the confidence threshold
 * @param references        the reference table the weakness score uses: built in, or the user's own file
 * @param markers           whether pelvic obliquity is read from skin markers on the pelvis
 */
public record AnalysisSettings(Task task, FilterSettings filter, double minPersonFraction, RollChoice roll,
        ViewChoice view, ScoringSettings scoring, ReferenceTable references, MarkerMode markers) {

    /** Settings without markers. */
    public AnalysisSettings(Task task, FilterSettings filter, double minPersonFraction, RollChoice roll,
            ViewChoice view, ScoringSettings scoring, ReferenceTable references) {
        this(task, filter, minPersonFraction, roll, view, scoring, references, MarkerMode.NONE);
    }

    public AnalysisSettings {
        if (!(minPersonFraction >= 0 && minPersonFraction <= 1)) {
            throw new IllegalArgumentException("minPersonFraction must be within 0..1");
        }
        java.util.Objects.requireNonNull(roll, "roll");
        java.util.Objects.requireNonNull(view, "view");
        java.util.Objects.requireNonNull(scoring, "scoring");
        java.util.Objects.requireNonNull(references, "references");
        java.util.Objects.requireNonNull(markers, "markers");
    }

    /**
     * The defaults for a task: its cut-off, the spec's gate, gap and Hampel settings, 20 % minimum presence,
     * camera roll estimated from the video, no skin markers.
     */
    public static AnalysisSettings defaults(Task task) {
        return new AnalysisSettings(task, FilterSettings.withCutoff(task.fast() ? FilterSettings.RUNNING_CUTOFF_HZ
                : FilterSettings.WALKING_CUTOFF_HZ), 0.2, RollChoice.auto(),
                ViewChoice.AUTO, ScoringSettings.of(Sex.UNKNOWN), ReferenceTable.builtIn(), MarkerMode.NONE);
    }

    public AnalysisSettings withRoll(RollChoice choice) {
        return new AnalysisSettings(task, filter, minPersonFraction, choice, view, scoring, references, markers);
    }

    public AnalysisSettings withView(ViewChoice choice) {
        return new AnalysisSettings(task, filter, minPersonFraction, roll, choice, scoring, references, markers);
    }

    public AnalysisSettings withMarkers(MarkerMode mode) {
        return new AnalysisSettings(task, filter, minPersonFraction, roll, view, scoring, references, mode);
    }

    /** The person's sex, as the score uses it. */
    public Sex sex() {
        return scoring.sex();
    }

    public AnalysisSettings withSex(Sex sex) {
        return new AnalysisSettings(task, filter, minPersonFraction, roll, view,
                new ScoringSettings(sex, scoring.minMeanConfidence()), references, markers);
    }

    public AnalysisSettings withReferences(ReferenceTable table) {
        return new AnalysisSettings(task, filter, minPersonFraction, roll, view, scoring, table, markers);
    }

    /** The user's own reference table, read now: a bad table fails here, before any other work. */
    public AnalysisSettings withReferencesFile(java.nio.file.Path csv) {
        return withReferences(ReferenceTable.load(csv));
    }

    /**
     * Another task with everything else kept, but the low-pass cut-off of the new task (its only task-dependent
     * filter setting) unless the task is the same.
     */
    public AnalysisSettings withTask(Task newTask) {
        if (newTask == task) {
            return this;
        }
        FilterSettings f = new FilterSettings(filter.confidenceThreshold(), filter.maxGapSeconds(),
                filter.hampelHalfWindow(), defaults(newTask).filter().cutoffHz());
        return new AnalysisSettings(newTask, f, minPersonFraction, roll, view, scoring, references, markers);
    }
}
