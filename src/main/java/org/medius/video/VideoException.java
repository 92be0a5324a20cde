package org.medius.video;

import java.nio.file.Path;
import java.util.Objects;
import org.medius.model.MediusException;

/**
 * A video file that cannot be read, or stops being readable part way. The message is one sentence that names
 * the file and says what to do; {@link #kind()} tells callers which case it is.
 */
public final class VideoException extends MediusException {

    private static final long serialVersionUID = 1L;

    /** What went wrong. */
    public enum Kind {
        /** The path does not exist. */
        FILE_MISSING,
        /** The file exists but cannot be read (permissions, I/O error). */
        READ_ERROR,
        /** The file is not a video container FFmpeg recognises (e.g. a text file renamed to .mp4). */
        NOT_A_VIDEO,
        /** The container has no video stream (e.g. audio only). */
        NO_VIDEO_STREAM,
        /** The video stream is present but holds no frames. */
        NO_FRAMES,
        /** The video codec (or its pixel format) cannot be decoded by the bundled FFmpeg. */
        UNSUPPORTED_CODEC,
        /** The file ends early: its index is missing or the stream stops before its declared end. */
        TRUNCATED,
        /** The data is damaged: the decoder keeps failing, or frames carry no timestamps. */
        CORRUPT
    }

    private final Kind kind;
    private final Path file;

    VideoException(Kind kind, Path file, String message) {
        this(kind, file, message, null);
    }

    VideoException(Kind kind, Path file, String message, Throwable cause) {
        super(message, cause);
        this.kind = Objects.requireNonNull(kind, "kind");
        this.file = file;
    }

    /** Which case this is. */
    public Kind kind() {
        return kind;
    }

    /** The file that could not be read. */
    public Path file() {
        return file;
    }

    @Override
    public Category category() {
        return Category.BAD_INPUT;
    }
}
