package org.medius.export.report;

import java.util.Optional;

/**
 * What the user typed for the report header. Every field is optional: null or blank means not given, and the
 * report then says "not given" rather than leaving a gap that looks like an error.
 *
 * @param subjectNameOrId the person's name or study ID
 * @param sessionDate     the date of the recording, as the user wrote it (e.g. 2026-11-21)
 * @param sideOfComplaint left, right, both or none
 * @param notes           free text, printed as written
 */
public record ReportFields(String subjectNameOrId, String sessionDate, String sideOfComplaint, String notes) {

    /** Nothing given. */
    public static ReportFields none() {
        return new ReportFields(null, null, null, null);
    }

    public Optional<String> subject() {
        return given(subjectNameOrId);
    }

    public Optional<String> date() {
        return given(sessionDate);
    }

    public Optional<String> complaintSide() {
        return given(sideOfComplaint);
    }

    public Optional<String> note() {
        return given(notes);
    }

    private static Optional<String> given(String s) {
        return s == null || s.isBlank() ? Optional.empty() : Optional.of(s.strip());
    }
}
