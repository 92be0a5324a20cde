package org.medius.pose;

import java.nio.file.Path;
import org.medius.model.UserError;

/** The pose model cannot be used: its file is missing, unreadable or not a valid model. */
public final class PoseModelException extends RuntimeException implements UserError {
    /** The one command that rebuilds the model files, quoted in every message. */
    public static final String REGENERATE = "bash tools/movenet/regenerate.sh";

    private final Path file;

    public PoseModelException(Path file, String problem, Throwable cause) {
        super("Cannot load the pose model " + file + ": " + problem
                + ". Restore it from the Medius repository (models/) or rebuild it with: " + REGENERATE, cause);
        this.file = file;
    }

    public Path file() {
        return file;
    }

    @Override
    public Category category() {
        return Category.MODEL;
    }
}
