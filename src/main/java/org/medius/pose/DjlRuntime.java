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
        setIfAbsent("ai.djl.pytorch.num_threads", Integer.toString(inferenceThreads()));
        setIfAbsent("ai.djl.pytorch.num_interop_threads", "1");
        configured = true;
    }

    /**
     * libtorch's intra-op threads: every core on a machine of up to 3 cores; one core left for decoding from 4
     * cores up (see {@link VideoPoseRunner}).
     */
    static int inferenceThreads() {
        int cores = Runtime.getRuntime().availableProcessors();
        return cores >= 4 ? cores - 1 : Math.max(1, cores);
    }

    private static void setIfAbsent(String key, String value) {
        if (System.getProperty(key) == null) {
            System.setProperty(key, value);
        }
    }
}
