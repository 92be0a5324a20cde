package org.medius.session;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Objects;
import java.util.List;
import java.util.Optional;
import org.medius.export.AtomicFiles;
import org.medius.export.OutputFileException;
import org.medius.model.MoveNetVariant;

/**
 * Where sessions live between runs, so that re-opening an analysed video skips the pose model: one file per video
 * content and model, {@code <dir>/<sha256>-<model>.medius.json.gz}. Keyed by content, a renamed or moved video is
 * still found. A small note per video path ({@code <dir>/paths/<sha256 of the path>-<model>.txt}, holding the
 * content hash last saved for that path) tells a video that changed in place from one never analysed. A cache
 * file that cannot be used is reported as {@link Status#STALE}, never as an error: the video is simply analysed
 * again.
 */
public final class SessionCache {
    /** The system property that overrides the cache folder (tests, portable installs). */
    public static final String DIR_PROPERTY = "medius.cache.dir";
    private static final String SUFFIX = ".medius.json.gz";

    private final Path dir;

    public SessionCache(Path dir) {
        this.dir = Objects.requireNonNull(dir, "dir");
    }

    /**
     * The user's cache: the folder in the system property {@value #DIR_PROPERTY} if set, else
     * {@code $XDG_CACHE_HOME/medius}, else {@code ~/.cache/medius}. Nothing is created until a save.
     */
    public static SessionCache userDefault() {
        return new SessionCache(defaultDir(System.getProperty(DIR_PROPERTY), System.getenv("XDG_CACHE_HOME"),
                System.getProperty("user.home")));
    }

    static Path defaultDir(String property, String xdgCacheHome, String userHome) {
        if (property != null && !property.isBlank()) {
            return Path.of(property);
        }
        if (xdgCacheHome != null && !xdgCacheHome.isBlank()) {
            try {
                Path xdg = Path.of(xdgCacheHome);
                if (xdg.isAbsolute()) { // the XDG spec: a relative path is invalid and is ignored
                    return xdg.resolve("medius");
                }
            } catch (InvalidPathException ignored) {
                // fall back to the home folder
            }
        }
        return Path.of(userHome, ".cache", "medius");
    }

    public Path dir() {
        return dir;
    }

    /** Whether a saved session was found for a video, and the video's fingerprint (computed once, for reuse). */
    public enum Status {
        /** A session for this video's content and this model was loaded. */
        FOUND,
        /** This video was never analysed with this model. */
        NONE,
        /**
         * A saved session exists but cannot be used: the video changed since, the file is damaged, of another
         * format version or belongs to another video. The video is to be analysed again.
         */
        STALE
    }

    /**
     * The answer of {@link #find}.
     *
     * @param session     present exactly when {@code status} is {@link Status#FOUND}
     * @param fingerprint the video's fingerprint, to give to a new {@link Session} without reading the video again
     * @param message     one plain sentence for the status line: what was found, or why it cannot be used
     */
    public record Lookup(Status status, Optional<Session> session, VideoFingerprint fingerprint, String message) {
        public Lookup {
            Objects.requireNonNull(status, "status");
            Objects.requireNonNull(session, "session");
            Objects.requireNonNull(fingerprint, "fingerprint");
            Objects.requireNonNull(message, "message");
            if (session.isPresent() != (status == Status.FOUND)) {
                throw new IllegalArgumentException("a session comes with FOUND and only with it");
            }
        }
    }

    /** The session file for a video's content and a model. */
    public Path fileFor(VideoFingerprint fingerprint, MoveNetVariant model) {
        return fileFor(fingerprint.sha256Hex(), model);
    }

    private Path fileFor(String sha256Hex, MoveNetVariant model) {
        return dir.resolve(sha256Hex + "-" + modelName(model) + SUFFIX);
    }

    private Path noteFor(String videoPath, MoveNetVariant model) {
        return dir.resolve("paths").resolve(sha256Hex(videoPath) + "-" + modelName(model) + ".txt");
    }

    /**
     * Looks for the saved session of a video and model. Reads the whole video once (its fingerprint).
     *
     * @throws IOException only when the video itself cannot be read; a cache problem gives {@link Status#STALE}
     */
    public Lookup find(Path video, MoveNetVariant model) throws IOException {
        Path abs = video.toAbsolutePath().normalize();
        VideoFingerprint fp = VideoFingerprint.of(abs);
        String name = String.valueOf(abs.getFileName());
        Path file = fileFor(fp, model);
        // a viewer killed while saving leaves a hidden partial file; one older than a minute is nobody's live save
        org.medius.export.AtomicFiles.deleteLeftovers(dir, List.of(file.getFileName().toString()),
                java.time.Duration.ofMinutes(1));
        if (!Files.exists(file)) {
            Optional<String> before = previousHash(abs.toString(), model);
            if (before.isPresent() && !before.get().equals(fp.sha256Hex())
                    && Files.exists(fileFor(before.get(), model))) {
                return stale(fp, name + " has changed since it was analysed with " + model.displayName());
            }
            return new Lookup(Status.NONE, Optional.empty(), fp, name + " has not been analysed with "
                    + model.displayName() + " yet.");
        }
        Session s;
        try {
            s = SessionStore.load(file);
        } catch (SessionFileException e) {
            return stale(fp, "the saved analysis of " + name + " cannot be used (" + file.getFileName() + ": "
                    + e.problem() + ")");
        }
        if (!s.fingerprint().equals(fp)) {
            return stale(fp, "the saved analysis in " + file.getFileName() + " belongs to another video than "
                    + name);
        }
        if (s.model() != model) {
            return stale(fp, "the saved analysis in " + file.getFileName() + " was made with "
                    + s.model().displayName());
        }
        int n = s.corrections().size();
        return new Lookup(Status.FOUND, Optional.of(s), fp, "Opened the saved analysis of " + name
                + (n == 0 ? "" : n == 1 ? " with 1 correction" : " with " + n + " corrections") + ".");
    }

    private static Lookup stale(VideoFingerprint fp, String why) {
        String sentence = Character.toUpperCase(why.charAt(0)) + why.substring(1);
        return new Lookup(Status.STALE, Optional.empty(), fp, sentence + "; the video will be analysed again.");
    }

    /** The content hash last saved for a video path, if a readable note says so. */
    private Optional<String> previousHash(String videoPath, MoveNetVariant model) {
        try {
            String hex = Files.readString(noteFor(videoPath, model), StandardCharsets.UTF_8).trim();
            return hex.matches("[0-9a-f]{64}") ? Optional.of(hex) : Optional.empty();
        } catch (IOException | RuntimeException unreadable) {
            return Optional.empty(); // no note, or a damaged one: nothing to tell
        }
    }

    /**
     * Saves a session under its video's content and model (replacing an earlier save), creating the folder when
     * needed, and notes its content hash for its video path.
     *
     * @return the session file
     * @throws OutputFileException naming the file or folder and what to do, when it cannot be written
     */
    public Path save(Session session) throws OutputFileException {
        Path file = fileFor(session.fingerprint(), session.model());
        Path note = noteFor(normalized(session.videoPath()), session.model());
        try {
            Files.createDirectories(note.getParent());
        } catch (IOException e) {
            throw new OutputFileException(file, "the cache folder " + dir + " cannot be created (" + e.getMessage()
                    + "). Check that the disk has free space and the folder is writable, or set -D" + DIR_PROPERTY
                    + " to another folder", e);
        }
        SessionStore.save(file, session);
        AtomicFiles.<RuntimeException>writeText(note, w -> w.write(session.fingerprint().sha256Hex() + "\n"));
        return file;
    }

    private static String normalized(String videoPath) {
        try {
            return Path.of(videoPath).toAbsolutePath().normalize().toString();
        } catch (InvalidPathException e) {
            return videoPath;
        }
    }

    private static String modelName(MoveNetVariant model) {
        return model.name().toLowerCase(Locale.ROOT);
    }

    private static String sha256Hex(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
