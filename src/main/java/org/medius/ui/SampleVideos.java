package org.medius.ui;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.medius.model.Sex;
import org.medius.model.Task;

/**
 * The rendered clips shipped in {@code samples/} (under {@code medius.home}, set by the launcher, else the working
 * directory), each with the task its name starts with. Single-leg squats open as female: the only confirmed
 * reference band of the score is for women (docs/score.md). A clip with {@code -markers-} in its name shows pelvis
 * skin markers: it opens with the marker mode on.
 */
final class SampleVideos {
    /** A sample clip and how to open it. */
    record Sample(Path file, Task task, Sex sex, boolean markers) {
        String label() {
            return file.getFileName() + " (" + Converters.task().toString(task) + (markers ? ", pelvis markers" : "")
                    + ")";
        }
    }

    private SampleVideos() {
    }

    static Path directory() {
        String home = System.getProperty("medius.home");
        return home != null && !home.isBlank() ? Path.of(home, "samples") : Path.of("samples");
    }

    /** The mp4 files of {@code dir} whose names start with a task's name, sorted by name; none when it is absent. */
    static List<Sample> in(Path dir) {
        List<Sample> out = new ArrayList<>();
        if (!Files.isDirectory(dir)) {
            return out;
        }
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.sorted().toList()) {
                String name = f.getFileName().toString().toLowerCase(Locale.ROOT);
                Task task = taskOf(name);
                if (name.endsWith(".mp4") && task != null) {
                    out.add(new Sample(f.toAbsolutePath().normalize(), task,
                            task == Task.SINGLE_LEG_SQUAT ? Sex.FEMALE : Sex.UNKNOWN, name.contains("-markers-")));
                }
            }
        } catch (IOException e) {
            return List.of();
        }
        return out;
    }

    /** The task whose command-line name starts the file name (the longest match: single-leg-squat before squat). */
    private static Task taskOf(String fileName) {
        Task best = null;
        for (Task t : Task.values()) {
            if (fileName.startsWith(t.cliName()) && (best == null || t.cliName().length() > best.cliName().length())) {
                best = t;
            }
        }
        return best;
    }
}
