package org.medius.ui;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.medius.export.AtomicFiles;
import org.medius.export.OutputFileException;

/** The last videos opened, newest first, kept in one text file (one absolute path per line). */
public final class RecentFiles {
    static final int MAX = 10;
    private final Path file;

    public RecentFiles(Path file) {
        this.file = file;
    }

    /** The list; empty when the file is missing or unreadable (a lost list must never stop the viewer). */
    public List<Path> list() {
        try {
            if (!Files.isRegularFile(file)) {
                return List.of();
            }
            List<Path> out = new ArrayList<>();
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                if (!line.isBlank()) {
                    out.add(Path.of(line.trim()));
                }
            }
            return List.copyOf(out);
        } catch (IOException | RuntimeException e) {
            return List.of();
        }
    }

    /** Puts {@code video} first, drops duplicates and the oldest beyond {@value #MAX}. */
    public List<Path> add(Path video) throws OutputFileException {
        Path abs = video.toAbsolutePath().normalize();
        List<Path> out = new ArrayList<>();
        out.add(abs);
        for (Path p : list()) {
            if (!p.equals(abs) && out.size() < MAX) {
                out.add(p);
            }
        }
        try {
            Files.createDirectories(file.getParent());
        } catch (IOException e) {
            throw new OutputFileException(file, "its folder cannot be created (" + e.getMessage() + ")", e);
        }
        AtomicFiles.writeText(file, w -> {
            for (Path p : out) {
                w.write(p.toString());
                w.write('\n');
            }
        });
        return List.copyOf(out);
    }
}
