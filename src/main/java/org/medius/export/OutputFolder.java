package org.medius.export;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The checks on an output folder made before any work starts (issue 19), so that a long analysis never ends in "cannot
 * write": the folder exists, is a folder, can be written (a probe file is created and deleted) and has room.
 */
public final class OutputFolder {
    /** Free space asked for before an analysis: its files are a few MB even for a long video. */
    static final long MIN_FREE_BYTES = 50L * 1024 * 1024;

    private OutputFolder() {
    }

    /** @param option the option that names the folder, for the advice (e.g. "--out") */
    public static void check(Path folder, String option) throws OutputFileException {
        if (!Files.exists(folder)) {
            throw new OutputFileException(folder, "the output folder does not exist. Create it or choose another with "
                    + option, null);
        }
        if (!Files.isDirectory(folder)) {
            throw new OutputFileException(folder, "it is a file, not a folder. Give a folder with " + option, null);
        }
        try {
            Path probe = Files.createTempFile(folder, ".medius-write-check", ".tmp");
            Files.delete(probe);
        } catch (IOException | SecurityException e) {
            throw new OutputFileException(folder, "the folder cannot be written (" + e.getClass().getSimpleName()
                    + "). Choose another with " + option, e);
        }
        try {
            long free = Files.getFileStore(folder).getUsableSpace();
            if (free < MIN_FREE_BYTES) {
                throw new OutputFileException(folder, String.format(java.util.Locale.ROOT, "only %.1f MB are free"
                        + " there, at least %d MB are needed. Free some space or choose another folder with %s",
                        free / 1048576.0, MIN_FREE_BYTES / 1048576, option), null);
            }
        } catch (IOException e) {
            // the free space cannot be read (some virtual file systems): the write probe above passed
        }
    }
}
