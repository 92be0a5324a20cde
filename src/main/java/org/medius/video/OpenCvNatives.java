package org.medius.video;

import org.bytedeco.javacpp.Loader;

/**
 * Loads the native library behind the {@code org.opencv.*} Java bindings (bundled by org.bytedeco's opencv
 * artifact). Call {@link #load()} once before using any {@code org.opencv} class; it is idempotent and
 * thread-safe. This is the only place outside the decoder that touches {@code org.bytedeco}, so other
 * packages can use {@code org.opencv.core.Mat} without importing it themselves.
 */
public final class OpenCvNatives {

    private static volatile boolean loaded;

    private OpenCvNatives() {
    }

    /** Loads the OpenCV Java natives if that has not happened yet. */
    public static void load() {
        if (loaded) {
            return;
        }
        synchronized (OpenCvNatives.class) {
            if (!loaded) {
                Loader.load(org.bytedeco.opencv.opencv_java.class);
                loaded = true;
            }
        }
    }
}
