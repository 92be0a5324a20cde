package org.medius.export;

import java.nio.file.Path;
import org.medius.model.MediusException;

/**
 * An analysis file (the JSON of {@code medius analyze --format json}) cannot be read back: missing, truncated, of
 * another format version, or lacking a field. The message is one sentence naming the file and what to do.
 */
public final class AnalysisFileException extends MediusException {
    private final Path file;

    public AnalysisFileException(Path file, String message, Throwable cause) {
        super(message, cause);
        this.file = file;
    }

    /** "FILE is not a Medius analysis file (WHY); write one with medius analyze --format json". */
    static AnalysisFileException notAnalysis(Path file, String why, Throwable cause) {
        return new AnalysisFileException(file, file + " is not a Medius analysis file (" + why + "); write one with"
                + " medius analyze --format json.", cause);
    }

    public Path file() {
        return file;
    }

    @Override
    public Category category() {
        return Category.BAD_INPUT;
    }
}
