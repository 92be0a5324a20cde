package org.medius.testing;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;

/**
 * Real footage lives in ../shared/data beside the checkout (never copied into the repository). Tests that need
 * it call {@link #require}, which skips the test with a clear message when the folder is absent.
 */
public final class SharedData {
    private SharedData() {
    }

    public static Path root() {
        String prop = System.getProperty("medius.shared.data");
        return prop != null ? Path.of(prop) : Path.of("..", "shared", "data");
    }

    /** The file at {@code relative} under the shared data folder; skips the calling test when it is missing. */
    public static Path require(String relative) {
        Path p = root().resolve(relative).toAbsolutePath().normalize();
        Assumptions.assumeTrue(Files.isRegularFile(p),
                () -> "skipped: needs the real footage " + p + " (../shared/data beside the checkout); it is absent here");
        return p;
    }
}
