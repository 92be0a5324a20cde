package org.medius.synth;

/**
 * The smooth shapes of time every motion is made of. Each is C1 (no jump in velocity) and exactly 0 or 1 at its
 * ends and peak, so a value prescribed "at the peak" is met exactly on the frame whose time is the peak.
 */
final class Profiles {
    private Profiles() {
    }

    /**
     * 0 outside (start, end); rises as sin^2 from start to peak, where it is exactly 1, and falls as sin^2 to end.
     * The two halves may differ in length (the peak sits on a frame, not at the exact middle).
     */
    static double bump(double t, double start, double peak, double end) {
        if (t == peak) {
            return 1;
        }
        if (t <= start || t >= end) {
            return 0;
        }
        return t < peak ? rise((t - start) / (peak - start)) : rise((end - t) / (end - peak));
    }

    /** 0 before start, 1 after end, sin^2 in between (zero slope at both ends). */
    static double ramp(double t, double start, double end) {
        if (t <= start) {
            return 0;
        }
        if (t >= end) {
            return 1;
        }
        return rise((t - start) / (end - start));
    }

    /** sin^2(pi x) on [0, 1], 0 outside: up and down again, 1 at x = 0.5. */
    static double arch(double x) {
        if (x <= 0 || x >= 1) {
            return 0;
        }
        double s = Math.sin(Math.PI * x);
        return s * s;
    }

    /** sin^2(pi/2 x) on [0, 1], clamped: 0 at 0, exactly 1 at 1. */
    static double rise(double x) {
        if (x <= 0) {
            return 0;
        }
        if (x >= 1) {
            return 1;
        }
        double s = Math.sin(Math.PI / 2 * x);
        return s * s;
    }
}
