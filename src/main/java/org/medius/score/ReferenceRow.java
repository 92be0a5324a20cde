package org.medius.score;

import java.util.Objects;
import java.util.Optional;
import org.medius.model.Sex;
import org.medius.model.Task;

/**
 * One row of the reference table, validated on construction. Which numbers a row holds depends on its role:
 * {@link ReferenceRole#HEALTHY} needs {@code meanDeg} and {@code sdDeg}; {@link ReferenceRole#SYMPTOMATIC} needs
 * {@code meanDeg} ({@code sdDeg} optional); {@link ReferenceRole#SDD}, {@link ReferenceRole#WEIGHT} and
 * {@link ReferenceRole#ODDS_RATIO_PER_DEG} need {@code value}. Numbers a role does not use are NaN.
 *
 * @param task      the task the row applies to; empty = any task ({@code any} in the file)
 * @param metric    the metric
 * @param role      what the row states
 * @param sex       the sex of the studied group; empty = any sex (empty in the file). Weight rows have none.
 * @param meanDeg   group mean, degrees (healthy, symptomatic); NaN otherwise
 * @param sdDeg     group standard deviation, degrees, >= 0 (healthy; optional for symptomatic); NaN otherwise
 * @param value     SDD in degrees (> 0), weight (>= 0, dimensionless) or odds ratio per degree (> 0); NaN otherwise
 * @param citation  where the number was read, never blank
 * @param confirmed true when the number was read in the primary source ({@code yes}); false = [unconfirmed]
 * @param note      free text, possibly empty
 * @param line      the 1-based line of the source file, 0 for rows not read from a file
 */
public record ReferenceRow(Optional<Task> task, Metric metric, ReferenceRole role, Optional<Sex> sex,
                           double meanDeg, double sdDeg, double value, String citation, boolean confirmed,
                           String note, int line) {

    public ReferenceRow {
        Objects.requireNonNull(task, "task");
        Objects.requireNonNull(metric, "metric");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(sex, "sex");
        note = note == null ? "" : note.strip();
        if (citation == null || citation.isBlank()) {
            throw new IllegalArgumentException("citation is empty: every number needs its source");
        }
        citation = citation.strip();
        if (sex.isPresent() && sex.get() == Sex.UNKNOWN) {
            throw new IllegalArgumentException("sex of a row must be female, male or empty (any)");
        }
        switch (role) {
            case HEALTHY -> {
                requireFinite(meanDeg, "mean_deg");
                requireNonNegative(sdDeg, "sd_deg");
                requireAbsent(value, "value");
            }
            case SYMPTOMATIC -> {
                requireFinite(meanDeg, "mean_deg");
                if (!Double.isNaN(sdDeg)) {
                    requireNonNegative(sdDeg, "sd_deg");
                }
                requireAbsent(value, "value");
            }
            case SDD, ODDS_RATIO_PER_DEG -> {
                requireAbsent(meanDeg, "mean_deg");
                requireAbsent(sdDeg, "sd_deg");
                if (!(value > 0) || !Double.isFinite(value)) {
                    throw new IllegalArgumentException(role.fileName() + " needs a positive number in column value");
                }
            }
            case WEIGHT -> {
                requireAbsent(meanDeg, "mean_deg");
                requireAbsent(sdDeg, "sd_deg");
                requireNonNegative(value, "value");
                if (sex.isPresent()) {
                    throw new IllegalArgumentException("a weight applies to both sexes: leave sex empty");
                }
            }
        }
    }

    /** Healthy mean + 1 SD, degrees: the lower edge of the score band (healthy rows only, NaN otherwise). */
    public double healthyUpperBoundDeg() {
        return role == ReferenceRole.HEALTHY ? meanDeg + sdDeg : Double.NaN;
    }

    /** The task column as written in the file: a task's {@link Task#cliName()} or {@code any}. */
    public String taskName() {
        return task.map(Task::cliName).orElse(ReferenceTable.ANY_TASK);
    }

    /** True when the row applies to the task (its own, or any task). */
    public boolean appliesTo(Task t) {
        return task.isEmpty() || task.get() == t;
    }

    private static void requireFinite(double x, String column) {
        if (!Double.isFinite(x)) {
            throw new IllegalArgumentException("this role needs a number in column " + column);
        }
    }

    private static void requireNonNegative(double x, String column) {
        if (!(x >= 0) || !Double.isFinite(x)) {
            throw new IllegalArgumentException("this role needs a number >= 0 in column " + column);
        }
    }

    private static void requireAbsent(double x, String column) {
        if (!Double.isNaN(x)) {
            throw new IllegalArgumentException("this role takes no number in column " + column + ": leave it empty");
        }
    }
}
