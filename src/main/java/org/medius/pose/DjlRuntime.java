package org.medius.pose;

/**
 * Process-wide settings for DJL and libtorch, applied once before the engine starts: offline mode (no model or
 * native-library downloads, no usage tracking: patient video never leaves the machine) and the CPU threads.
 */
public final class DjlRuntime {
    private static boolean configured;

    private DjlRuntime() {
    }

    /** Applies the settings; later calls are no-ops. Explicit -D options given on the command line win. */
    public static synchronized void configure() {
        if (configured) {
            return;
        }
        System.setProperty("ai.djl.offline", "true");
        System.setProperty("OPT_OUT_TRACKING", "true");
        int cores = Runtime.getRuntime().availableProcessors();
        setIfAbsent("ai.djl.pytorch.num_threads", Integer.toString(Math.max(1, cores)));
        setIfAbsent("ai.djl.pytorch.num_interop_threads", "1");
        configured = true;
    }

    private static void setIfAbsent(String key, String value) {
        if (System.getProperty(key) == null) {
            System.setProperty(key, value);
        }
    }
}
