package org.medius.session;

import java.nio.file.Path;
import org.medius.model.MediusException;

/**
 * A saved session cannot be used: the file is not a Medius session, is damaged or truncated, or was written in a
 * session format this version does not read. The message names the file and says what to do.
 */
public final class SessionFileException extends MediusException {
    private final Path file;
    private final String problem;
    private final boolean unsupportedVersion;

    private SessionFileException(Path file, String message, String problem, boolean unsupportedVersion,
            Throwable cause) {
        super(message, cause);
        this.file = file;
        this.problem = problem;
        this.unsupportedVersion = unsupportedVersion;
    }

    /** The file is not a session or is damaged; {@code problem} says where and how, e.g. "field \"frames\" ...". */
    static SessionFileException damaged(Path file, String problem, Throwable cause) {
        return new SessionFileException(file, file + " is not a Medius session file or is damaged (" + problem
                + "); delete it and analyse the video again.", problem, false, cause);
    }

    /** The file is a session in a format this version does not read. */
    static SessionFileException unsupportedVersion(Path file, int version) {
        String problem = "session format " + version + "; this version of Medius reads format "
                + Session.FORMAT_VERSION;
        return new SessionFileException(file, file + " was saved in another session format (" + problem
                + "); delete it and analyse the video again, or open it with the Medius version that saved it.",
                problem, true, null);
    }

    public Path file() {
        return file;
    }

    /** What is wrong, without the file name and the advice: for a message of one's own. */
    public String problem() {
        return problem;
    }

    /** True when the file is a session, but of a format version this code does not read. */
    public boolean unsupportedVersion() {
        return unsupportedVersion;
    }

    @Override
    public Category category() {
        return Category.BAD_INPUT;
    }
}
