package org.medius.export;

import java.nio.file.Path;
import org.medius.model.MediusException;

/** An output file cannot be written; the message names it and says what to do. */
public final class OutputFileException extends MediusException {
    private final Path file;

    public OutputFileException(Path file, String problem, Throwable cause) {
        super("Cannot write " + file + ": " + problem + ".", cause);
        this.file = file;
    }

    public Path file() {
        return file;
    }

    @Override
    public Category category() {
        return Category.OUTPUT;
    }
}
