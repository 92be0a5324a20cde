package org.medius.export;

import java.io.BufferedOutputStream;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Writes a file so that it is either complete or absent: the content goes to a hidden temporary file in the same
 * folder, which replaces the target only once it has been written and flushed. A failure (disk full, a bug in the
 * writer, an interrupted run) deletes the temporary file and leaves any earlier version of the target untouched.
 */
public final class AtomicFiles {

    /** Writes text into a writer; may fail with an I/O error or with its own checked exception {@code E}. */
    @FunctionalInterface
    public interface TextContent<E extends Exception> {
        void writeTo(Writer out) throws IOException, E;
    }

    /** Writes bytes into a stream; may fail with an I/O error or with its own checked exception {@code E}. */
    @FunctionalInterface
    public interface BinaryContent<E extends Exception> {
        void writeTo(OutputStream out) throws IOException, E;
    }

    private AtomicFiles() {
    }

    /**
     * Deletes the temporary files that a run killed while writing (kill -9, a power cut) left for these targets:
     * the hidden {@code .NAME<digits>.part} files of {@link #writeBytes}. Call it only while holding the outputs'
     * {@link OutputLock}, so that no live run is writing them.
     *
     * @return how many were deleted
     */
    public static int deleteLeftovers(Path folder, java.util.Collection<String> targetNames) {
        return deleteLeftovers(folder, targetNames, java.time.Duration.ZERO);
    }

    /**
     * As {@link #deleteLeftovers(Path, java.util.Collection)}, for folders without a lock (the viewer's cache): only
     * partial files older than {@code minAge} go, since a live write takes far less (a session saves in
     * milliseconds), so another live process's file is never touched.
     */
    public static int deleteLeftovers(Path folder, java.util.Collection<String> targetNames,
            java.time.Duration minAge) {
        long newest = System.currentTimeMillis() - minAge.toMillis();
        int deleted = 0;
        try (java.util.stream.Stream<Path> files = Files.list(folder)) {
            for (Path p : (Iterable<Path>) files::iterator) {
                String name = p.getFileName().toString();
                for (String target : targetNames) {
                    String prefix = "." + target;
                    if (name.startsWith(prefix) && name.endsWith(".part")
                            && name.substring(prefix.length(), name.length() - ".part".length()).matches("\\d+")
                            && (minAge.isZero() || Files.getLastModifiedTime(p).toMillis() < newest)) {
                        Files.deleteIfExists(p);
                        deleted++;
                        break;
                    }
                }
            }
        } catch (IOException e) {
            // a leftover that cannot be deleted is hidden and harmless; the run goes on
        }
        return deleted;
    }

    /**
     * @throws OutputFileException naming the file and what to do, when it cannot be written
     * @throws E when the content fails for its own reason (the target is then left as it was, too)
     */
    public static <E extends Exception> void writeText(Path target, TextContent<E> content) throws OutputFileException, E {
        // the stream is closed on its own as well: when a full disk fails the writer's last flush, the JDK's
        // encoder does not close what it wraps, and the open descriptor would keep the deleted file's space
        AtomicFiles.<E>writeBytes(target, os -> {
            Writer w = new BufferedWriter(new OutputStreamWriter(os, StandardCharsets.UTF_8));
            content.writeTo(new CloseShield(w));
            w.flush();
        });
    }

    /** Lets content close its writer (Jackson does) without closing the file, which is closed here. */
    private static final class CloseShield extends java.io.FilterWriter {
        CloseShield(Writer out) {
            super(out);
        }

        @Override
        public void close() throws IOException {
            out.flush();
        }
    }

    /** As {@link #writeText}, for binary content (images, PDF). */
    @SuppressWarnings("unchecked")
    public static <E extends Exception> void writeBytes(Path target, BinaryContent<E> content) throws OutputFileException, E {
        Path dir = target.toAbsolutePath().getParent();
        Path tmp;
        try {
            tmp = Files.createTempFile(dir, "." + target.getFileName(), ".part");
        } catch (IOException e) {
            throw new OutputFileException(target, Files.isDirectory(dir)
                    ? "the folder " + dir + " is not writable. Choose another output folder"
                    : "the folder " + dir + " does not exist. Create it or choose another output folder", e);
        }
        try {
            try (OutputStream os = new BufferedOutputStream(Files.newOutputStream(tmp))) {
                content.writeTo(os);
            }
            move(tmp, target);
        } catch (Exception e) {
            try {
                Files.deleteIfExists(tmp);
            } catch (IOException ignored) {
                // the temporary file is hidden and ends in .part; nothing else can be done
            }
            if (e instanceof IOException io) {
                throw new OutputFileException(target, "writing failed (" + io.getMessage()
                        + "). Check that the disk has free space and the folder is writable", io);
            }
            throw (E) e; // the content's own exception, or a RuntimeException
        }
    }

    private static void move(Path tmp, Path target) throws IOException {
        try { // temporary files are created owner-only; the result is an ordinary readable file
            Files.setPosixFilePermissions(tmp, java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--"));
        } catch (UnsupportedOperationException notPosix) {
            // Windows: the file inherits the folder's permissions
        }
        try {
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
