package org.medius.model;

import java.util.Arrays;

/**
 * One person's keypoints on one frame, in pixels of the displayed (upright) frame, y pointing down.
 * Seventeen fixed slots in {@link Keypoint} order; a keypoint that was not found has NaN coordinates but keeps
 * its slot and its confidence.
 */
public final class Pose {
    private final double[] xPx;
    private final double[] yPx;
    private final double[] confidence;

    private Pose(double[] xPx, double[] yPx, double[] confidence) {
        this.xPx = xPx;
        this.yPx = yPx;
        this.confidence = confidence;
    }

    /** Copies the three arrays (each of length {@link Keypoint#COUNT}). */
    public static Pose of(double[] xPx, double[] yPx, double[] confidence) {
        if (xPx.length != Keypoint.COUNT || yPx.length != Keypoint.COUNT || confidence.length != Keypoint.COUNT) {
            throw new IllegalArgumentException("a pose needs " + Keypoint.COUNT + " slots per array");
        }
        return new Pose(xPx.clone(), yPx.clone(), confidence.clone());
    }

    /** A pose in which nothing was found: every coordinate NaN, every confidence 0. */
    public static Pose empty() {
        double[] nan = new double[Keypoint.COUNT];
        Arrays.fill(nan, Double.NaN);
        return new Pose(nan, nan.clone(), new double[Keypoint.COUNT]);
    }

    public double xPx(Keypoint k) {
        return xPx[k.ordinal()];
    }

    public double yPx(Keypoint k) {
        return yPx[k.ordinal()];
    }

    public double confidence(Keypoint k) {
        return confidence[k.ordinal()];
    }

    /** Mean confidence over all 17 slots. */
    public double meanConfidence() {
        double sum = 0;
        for (double c : confidence) {
            sum += c;
        }
        return sum / Keypoint.COUNT;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Pose p && Arrays.equals(xPx, p.xPx) && Arrays.equals(yPx, p.yPx)
                && Arrays.equals(confidence, p.confidence);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * Arrays.hashCode(xPx) + Arrays.hashCode(yPx)) + Arrays.hashCode(confidence);
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("Pose[");
        for (Keypoint k : Keypoint.values()) {
            sb.append(String.format(java.util.Locale.ROOT, "%s=(%.1f,%.1f,%.2f) ", k.cocoName(), xPx(k), yPx(k), confidence(k)));
        }
        return sb.append(']').toString();
    }
}
