package org.medius.eval;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;
import org.medius.model.MoveNetVariant;
import org.medius.pose.ModelLocator;
import org.medius.pose.MoveNetModel;

/**
 * Loads a MoveNet model for an evaluation, skipping the test when the model files are not installed. The models come
 * from {@link ModelLocator#modelsDirectory()}: {@code models/}, or another directory of {@code movenet-*.pt} files
 * given as {@code -Dmedius.models=DIR} or {@code MEDIUS_MODELS=DIR} (e.g. the variants of
 * {@code tools/movenet/variants.sh}).
 */
final class Models {
    private Models() {
    }

    /** The line a report prints to say which model files it measured. */
    static String provenance() {
        return "Models: `" + ModelLocator.modelsDirectory().toAbsolutePath().normalize() + "` (another directory: "
                + "`-Dmedius.models=DIR` or `MEDIUS_MODELS=DIR`).";
    }

    static MoveNetModel require(MoveNetVariant variant) {
        Path dir = ModelLocator.modelsDirectory();
        Path file = dir.resolve(variant.fileName()).toAbsolutePath().normalize();
        Assumptions.assumeTrue(Files.isRegularFile(file),
                () -> "skipped: needs the model " + file + " (models/ is not in the repository); it is absent here");
        return MoveNetModel.load(variant, dir);
    }
}
