package org.medius.signal;

/** Argument checks shared by the stages; messages name the offending argument. */
final class Series {
    private Series() {
    }

    static void requireSameLength(String name, double[] values, int expected) {
        if (values.length != expected) {
            throw new IllegalArgumentException(name + " has " + values.length + " samples, expected " + expected);
        }
    }

    static void requireSameLength(String name, boolean[] flags, int expected) {
        if (flags.length != expected) {
            throw new IllegalArgumentException(name + " has " + flags.length + " samples, expected " + expected);
        }
    }

    /** Timestamps must be finite and strictly increasing (a decoder that repeats a timestamp is a bug upstream). */
    static void requireStrictlyIncreasing(double[] timesSeconds) {
        for (int i = 0; i < timesSeconds.length; i++) {
            if (!Double.isFinite(timesSeconds[i])) {
                throw new IllegalArgumentException("timestamp " + i + " is not finite: " + timesSeconds[i]);
            }
            if (i > 0 && !(timesSeconds[i] > timesSeconds[i - 1])) {
                throw new IllegalArgumentException("timestamps must increase strictly: t[" + (i - 1) + "] = "
                        + timesSeconds[i - 1] + " s, t[" + i + "] = " + timesSeconds[i] + " s");
            }
        }
    }
}
