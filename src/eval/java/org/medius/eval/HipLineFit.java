package org.medius.eval;

import org.medius.model.Keypoint;
import org.medius.model.Pose;

/**
 * Least-squares slope and Pearson r of a model's hip-line angle against the true pelvic obliquity, frame by frame:
 * how much of the true tilt the model's hips show (slope 1: all of it).
 */
final class HipLineFit {
    private double sx;
    private double sy;
    private double sxx;
    private double sxy;
    private double syy;
    private int n;

    /** Adds a frame when both estimated hips are at least {@code minConfidence}. */
    void add(Pose truth, Pose estimate, double minConfidence) {
        if (estimate.confidence(Keypoint.LEFT_HIP) < minConfidence
                || estimate.confidence(Keypoint.RIGHT_HIP) < minConfidence) {
            return;
        }
        add(hipLineDeg(truth), hipLineDeg(estimate));
    }

    /** Adds one frame's true and measured angle, degrees (NaN measured: left out). */
    void add(double x, double y) {
        if (!Double.isFinite(x) || !Double.isFinite(y)) {
            return;
        }
        sx += x;
        sy += y;
        sxx += x * x;
        sxy += x * y;
        syy += y * y;
        n++;
    }

    int frames() {
        return n;
    }

    double slope() {
        return (sxy - sx * sy / n) / (sxx - sx * sx / n);
    }

    double r() {
        return (sxy - sx * sy / n) / Math.sqrt((sxx - sx * sx / n) * (syy - sy * sy / n));
    }

    /** The image angle of the hip line, + = the left hip lower (the sign of the pelvic obliquity). */
    static double hipLineDeg(Pose p) {
        return Math.toDegrees(Math.atan2(p.yPx(Keypoint.LEFT_HIP) - p.yPx(Keypoint.RIGHT_HIP),
                Math.abs(p.xPx(Keypoint.LEFT_HIP) - p.xPx(Keypoint.RIGHT_HIP))));
    }
}
