package org.medius.eval;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;
import org.medius.model.MoveNetVariant;
import org.medius.pose.ModelLocator;
import org.medius.pose.MoveNetModel;

/** Loads a MoveNet model for an evaluation, skipping the test when the model files are not installed. */
final class Models {
    private Models() {
    }

    static MoveNetModel require(MoveNetVariant variant) {
        Path dir = ModelLocator.modelsDirectory();
        Path file = dir.resolve(variant.fileName()).toAbsolutePath().normalize();
        Assumptions.assumeTrue(Files.isRegularFile(file),
                () -> "skipped: needs the model " + file + " (models/ is not in the repository); it is absent here");
        return MoveNetModel.load(variant, dir);
    }
}
