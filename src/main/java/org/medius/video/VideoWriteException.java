package org.medius.video;

import java.nio.file.Path;
import org.medius.model.MediusException;

/** A video file cannot be written; the message names the file and says what to do. */
public final class VideoWriteException extends MediusException {

    private static final long serialVersionUID = 1L;

    private final Path file;
    private final String problem;

    VideoWriteException(Path file, String problem, Throwable cause) {
        super("Cannot write " + file + ": " + problem + ".", cause);
        this.file = file;
        this.problem = problem;
    }

    /** What went wrong and what to do, without the file name (for callers that wrap this in their own message). */
    public String problem() {
        return problem;
    }

    /** The file that could not be written. */
    public Path file() {
        return file;
    }

    @Override
    public Category category() {
        return Category.OUTPUT;
    }
}
