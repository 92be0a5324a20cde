package org.medius.score;

import java.util.List;
import java.util.Optional;

/**
 * The answer of {@link ReferenceTable#find}: the row that applies, with notes on how it was chosen (e.g.
 * "reference from women only"), or why none applies.
 *
 * @param row           the applicable row, if any
 * @param notes         notes to show with the row; empty when none
 * @param missingReason why no row applies, e.g. "no confirmed reference for walk"; empty when a row applies
 */
public record ReferenceLookup(Optional<ReferenceRow> row, List<String> notes, String missingReason) {
    public ReferenceLookup {
        notes = List.copyOf(notes);
    }

    static ReferenceLookup found(ReferenceRow row, List<String> notes) {
        return new ReferenceLookup(Optional.of(row), notes, "");
    }

    static ReferenceLookup missing(String reason) {
        return new ReferenceLookup(Optional.empty(), List.of(), reason);
    }

    public boolean isPresent() {
        return row.isPresent();
    }
}
