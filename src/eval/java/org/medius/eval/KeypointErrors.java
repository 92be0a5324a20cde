package org.medius.eval;

import java.util.List;
import org.medius.model.FramePose;
import org.medius.model.Keypoint;
import org.medius.model.Pose;

/**
 * Differences between a pose sequence and a reference, frame by frame and keypoint by keypoint: Euclidean
 * pixel distances, and the signed offsets for spotting a systematic shift. A NaN prediction counts as an
 * infinite error (it must never pass silently).
 */
final class KeypointErrors {
    private final double[][] errorPx; // [frame][keypoint]
    private final double[][] dxPx;
    private final double[][] dyPx;

    private KeypointErrors(double[][] errorPx, double[][] dxPx, double[][] dyPx) {
        this.errorPx = errorPx;
        this.dxPx = dxPx;
        this.dyPx = dyPx;
    }

    /** @param reference [frame][keypoint][x, y] in pixels */
    static KeypointErrors between(List<FramePose> poses, double[][][] reference) {
        if (poses.size() != reference.length) {
            throw new IllegalArgumentException(poses.size() + " poses for " + reference.length + " reference frames");
        }
        int n = reference.length;
        double[][] e = new double[n][Keypoint.COUNT];
        double[][] dx = new double[n][Keypoint.COUNT];
        double[][] dy = new double[n][Keypoint.COUNT];
        for (int f = 0; f < n; f++) {
            Pose p = poses.get(f).pose();
            for (Keypoint k : Keypoint.values()) {
                int i = k.ordinal();
                dx[f][i] = p.xPx(k) - reference[f][i][0];
                dy[f][i] = p.yPx(k) - reference[f][i][1];
                double d = Math.hypot(dx[f][i], dy[f][i]);
                e[f][i] = Double.isNaN(d) ? Double.POSITIVE_INFINITY : d;
            }
        }
        return new KeypointErrors(e, dx, dy);
    }

    int frames() {
        return errorPx.length;
    }

    /** Mean error over all frames and the given keypoints. */
    double mean(Keypoint... group) {
        return mean(errorPx, 0, errorPx.length, group);
    }

    /** Mean error over frames {@code from} (inclusive) to {@code to} (exclusive) and the given keypoints. */
    double mean(int from, int to, Keypoint... group) {
        return mean(errorPx, from, to, group);
    }

    double max(Keypoint... group) {
        double max = 0;
        for (double[] frame : errorPx) {
            for (Keypoint k : group) {
                max = Math.max(max, frame[k.ordinal()]);
            }
        }
        return max;
    }

    /** The frame on which {@code k} is furthest from the reference. */
    int frameOfMax(Keypoint k) {
        int worst = 0;
        for (int f = 1; f < errorPx.length; f++) {
            if (errorPx[f][k.ordinal()] > errorPx[worst][k.ordinal()]) {
                worst = f;
            }
        }
        return worst;
    }

    /** Mean signed x offset (ours minus reference) over all frames and the given keypoints. */
    double biasX(Keypoint... group) {
        return mean(dxPx, 0, dxPx.length, group);
    }

    double biasY(Keypoint... group) {
        return mean(dyPx, 0, dyPx.length, group);
    }

    private static double mean(double[][] values, int from, int to, Keypoint... group) {
        double sum = 0;
        for (int f = from; f < to; f++) {
            for (Keypoint k : group) {
                sum += values[f][k.ordinal()];
            }
        }
        return sum / ((to - from) * group.length);
    }
}
