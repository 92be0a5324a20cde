package org.medius.cli;

import java.util.concurrent.atomic.AtomicInteger;
import sun.misc.Signal;

/**
 * Ctrl-C (SIGINT) and SIGTERM during a long command: the first asks the work to stop after the current frame, so
 * the command ends with exit code 8 and, as always, no half-written file; the second stops at once.
 *
 * <p>Without this, the JVM's shutdown would free the pose model's native memory while a forward pass still runs
 * in it, and the process would die with a native crash report instead of a message.
 */
final class Interruption {
    private static final AtomicInteger SIGNALS = new AtomicInteger();

    private Interruption() {
    }

    /** Takes over SIGINT and SIGTERM for this process (the command line's main only; tests never call it). */
    static void install(java.io.PrintStream err) {
        for (String name : new String[] {"INT", "TERM"}) {
            try {
                Signal.handle(new Signal(name), s -> {
                    if (SIGNALS.incrementAndGet() == 1) {
                        err.println();
                        err.println("medius: stopping after the current frame (press Ctrl-C again to stop at once)");
                        err.flush();
                    } else {
                        Runtime.getRuntime().halt(130);
                    }
                });
            } catch (IllegalArgumentException e) {
                // this platform has no such signal: its default handling stays
            }
        }
    }

    /** Gives SIGINT and SIGTERM back to the JVM (the viewer: Ctrl-C in its terminal closes it at once). */
    static void uninstall() {
        for (String name : new String[] {"INT", "TERM"}) {
            try {
                Signal.handle(new Signal(name), sun.misc.SignalHandler.SIG_DFL);
            } catch (IllegalArgumentException e) {
                // no such signal here
            }
        }
    }

    /** True once the user asked to stop. */
    static boolean requested() {
        return SIGNALS.get() > 0;
    }
}
