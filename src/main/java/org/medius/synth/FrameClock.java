package org.medius.synth;

import java.util.Arrays;
import java.util.Random;

/**
 * The real timestamps of the frames: frame i at {@code (i + j_i) / fps} with {@code j_i} uniform in
 * {@code [-jitter, +jitter]} frame periods (frame 0 exactly at 0). A jitter below 0.5 keeps the times increasing; it
 * mimics the variable frame rate of phone video. Events are moved onto frames with {@link #snap}, so every event
 * time is exactly some frame's timestamp.
 */
final class FrameClock {
    private final double[] times;

    FrameClock(int frames, double fps, double jitterFraction, Random rnd) {
        if (frames < 2) {
            throw new IllegalArgumentException("a track needs at least 2 frames: " + frames);
        }
        times = new double[frames];
        for (int i = 1; i < frames; i++) {
            double j = jitterFraction == 0 ? 0 : (2 * rnd.nextDouble() - 1) * jitterFraction;
            times[i] = (i + j) / fps;
        }
    }

    /** Frames needed to cover {@code [0, durationSeconds]}. */
    static int framesFor(double durationSeconds, double fps) {
        return (int) Math.floor(durationSeconds * fps + 1e-9) + 1;
    }

    int frames() {
        return times.length;
    }

    double time(int frame) {
        return times[frame];
    }

    /** The frame whose timestamp is nearest to t (the first or last frame when t lies outside the clip). */
    int nearestFrame(double t) {
        int i = Arrays.binarySearch(times, t);
        if (i >= 0) {
            return i;
        }
        int after = -i - 1;
        if (after == 0) {
            return 0;
        }
        if (after == times.length) {
            return times.length - 1;
        }
        return t - times[after - 1] <= times[after] - t ? after - 1 : after;
    }

    /** The timestamp of the nearest frame when t lies within the clip; t itself before the first or after the last. */
    double snap(double t) {
        if (t < times[0] || t > times[times.length - 1]) {
            return t;
        }
        return times[nearestFrame(t)];
    }

    /** The frame whose timestamp is exactly t (t must come from {@link #snap} inside the clip). */
    int frameAt(double t) {
        int i = Arrays.binarySearch(times, t);
        if (i < 0) {
            throw new IllegalStateException("no frame at " + t + " s");
        }
        return i;
    }
}
