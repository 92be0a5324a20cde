package org.medius.score;

import org.medius.model.UserError;

/**
 * A reference table that cannot be read or is malformed. The message names the file and, for a bad row, the
 * 1-based line: {@code my-refs.csv line 7: column mean_deg: 'abc' is not a number}.
 */
public final class ReferenceTableException extends RuntimeException implements UserError {
    private final String source;
    private final int line;

    public ReferenceTableException(String source, int line, String problem) {
        super(source + (line > 0 ? " line " + line : "") + ": " + problem);
        this.source = source;
        this.line = line;
    }

    public ReferenceTableException(String source, String problem, Throwable cause) {
        super(source + ": " + problem, cause);
        this.source = source;
        this.line = 0;
    }

    /** The file name (or the built-in resource's name). */
    public String source() {
        return source;
    }

    /** The 1-based line of the bad row; 0 when the problem is not one line (unreadable file, missing row). */
    public int line() {
        return line;
    }

    @Override
    public String userMessage() {
        return "The reference table " + getMessage() + ". Fix the file or leave out --references to use the built-in"
                + " table (docs/score.md describes the format).";
    }

    @Override
    public Category category() {
        return Category.USAGE;
    }
}
