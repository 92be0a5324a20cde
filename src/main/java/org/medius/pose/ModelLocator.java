package org.medius.pose;

import java.nio.file.Files;
import java.nio.file.Path;
import org.medius.model.MoveNetVariant;

/**
 * Finds the directory that holds the TorchScript models: the system property {@code medius.models}, else
 * the environment variable {@code MEDIUS_MODELS}, else {@code models/} under {@code medius.home} (set by the
 * launcher), else {@code models/} in the working directory.
 */
public final class ModelLocator {
    private ModelLocator() {
    }

    public static Path modelsDirectory() {
        String prop = System.getProperty("medius.models");
        if (prop != null && !prop.isBlank()) {
            return Path.of(prop);
        }
        String env = System.getenv("MEDIUS_MODELS");
        if (env != null && !env.isBlank()) {
            return Path.of(env);
        }
        String home = System.getProperty("medius.home");
        if (home != null && !home.isBlank()) {
            return Path.of(home, "models");
        }
        return Path.of("models");
    }

    /** The model file of a variant; fails with a {@link PoseModelException} that names it when it is absent. */
    public static Path modelFile(Path modelsDirectory, MoveNetVariant variant) {
        Path file = modelsDirectory.resolve(variant.fileName()).toAbsolutePath().normalize();
        if (!Files.isRegularFile(file)) {
            throw new PoseModelException(file, "the file does not exist", null);
        }
        if (!Files.isReadable(file)) {
            throw new PoseModelException(file, "the file is not readable (check its permissions)", null);
        }
        return file;
    }
}
