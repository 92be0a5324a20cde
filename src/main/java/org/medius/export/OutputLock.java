package org.medius.export;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Keeps two Medius commands from writing the same output files at once (issue 19): before any work, a command takes
 * an exclusive operating-system lock on a small file beside its outputs ({@code NAME.medius-lock}); a second command
 * that wants the same names is refused at once with one sentence, instead of both finishing and one silently
 * overwriting the other. The operating system frees the lock when the process ends in any way (kill -9 included),
 * so a file left by a killed run never blocks the next one; a command that ends normally deletes it.
 */
public final class OutputLock implements AutoCloseable {
    private final Path file;
    private final FileChannel channel;
    private final FileLock lock;

    private OutputLock(Path file, FileChannel channel, FileLock lock) {
        this.file = file;
        this.channel = channel;
        this.lock = lock;
    }

    /**
     * Locks the outputs named {@code stem} in {@code folder}.
     *
     * @param what   the work, for the message (e.g. "the results of walk.mp4", "a batch")
     * @param option the option that names the folder, for the advice
     */
    public static OutputLock acquire(Path folder, String stem, String what, String option)
            throws OutputFileException {
        return acquire(folder, stem, what, option, java.util.List.of());
    }

    /**
     * As {@link #acquire(Path, String, String, String)}, then, holding the lock, deletes the partial files that a
     * run killed while writing left for {@code outputNames} ({@link AtomicFiles#deleteLeftovers}): no live run can
     * be writing them now.
     */
    public static OutputLock acquire(Path folder, String stem, String what, String option,
            java.util.Collection<String> outputNames) throws OutputFileException {
        OutputLock lock = lock(folder, stem, what, option);
        AtomicFiles.deleteLeftovers(folder, outputNames);
        return lock;
    }

    private static OutputLock lock(Path folder, String stem, String what, String option)
            throws OutputFileException {
        Path file = folder.resolve(stem + ".medius-lock");
        FileChannel channel = null;
        try {
            channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock lock;
            try {
                lock = channel.tryLock();
            } catch (OverlappingFileLockException e) {
                lock = null; // this very process holds it already
            }
            if (lock == null) {
                channel.close();
                throw new OutputFileException(folder, "another Medius run is writing " + what + " into this folder"
                        + " right now. Wait until it has finished, or choose another folder with " + option, null);
            }
            channel.truncate(0);
            channel.write(java.nio.ByteBuffer.wrap(("Medius is writing " + what + " here (process "
                    + ProcessHandle.current().pid() + ")\n").getBytes(StandardCharsets.UTF_8)));
            return new OutputLock(file, channel, lock);
        } catch (IOException e) {
            if (channel != null) {
                try {
                    channel.close();
                } catch (IOException ignored) {
                    // the first error is the one to report
                }
            }
            throw new OutputFileException(folder, "the folder cannot be written (" + e.getClass().getSimpleName()
                    + "). Choose another with " + option, e);
        }
    }

    /** Releases the lock and deletes its file. */
    @Override
    public void close() {
        try {
            Files.deleteIfExists(file); // deleted while still locked, so no other run can slip in between
            lock.release();
            channel.close();
        } catch (IOException e) {
            // a lock file that cannot be deleted is harmless: the lock itself ends with the channel
        }
    }
}
