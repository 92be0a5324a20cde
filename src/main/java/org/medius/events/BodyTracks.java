package org.medius.events;

import java.util.Arrays;
import java.util.List;
import org.medius.model.Keypoint;
import org.medius.model.Pose;
import org.medius.model.Side;
import org.medius.signal.Quantiles;

/**
 * The per-frame tracks the event detectors read, from the filtered (and roll-corrected) poses: mid-hip, ankles,
 * the direction the nose points relative to the ears, and leg length (hip to ankle, the body's own scale for
 * every threshold). Pixels of the upright frame, y down; NaN where a keypoint is missing.
 */
public final class BodyTracks {
    private final double[] timesSeconds;
    private final double[] midHipXPx;
    private final double[] midHipYPx;
    private final double[][] ankleXPx = new double[2][];
    private final double[][] ankleYPx = new double[2][];
    private final double[][] kneeYPx = new double[2][];
    private final double[][] hipXPx = new double[2][];
    private final double[][] hipYPx = new double[2][];
    private final double[] legLengthPx;
    private final double[] noseAheadOfEarsPx;
    private final double standingLegLengthPx;

    private BodyTracks(List<Pose> poses, double[] timesSeconds) {
        int n = poses.size();
        if (timesSeconds.length != n) {
            throw new IllegalArgumentException(n + " poses but " + timesSeconds.length + " timestamps");
        }
        this.timesSeconds = timesSeconds.clone();
        midHipXPx = new double[n];
        midHipYPx = new double[n];
        legLengthPx = new double[n];
        noseAheadOfEarsPx = new double[n];
        for (Side s : Side.values()) {
            ankleXPx[s.ordinal()] = new double[n];
            ankleYPx[s.ordinal()] = new double[n];
            kneeYPx[s.ordinal()] = new double[n];
            hipXPx[s.ordinal()] = new double[n];
            hipYPx[s.ordinal()] = new double[n];
        }
        for (int i = 0; i < n; i++) {
            Pose p = poses.get(i);
            midHipXPx[i] = (p.xPx(Keypoint.LEFT_HIP) + p.xPx(Keypoint.RIGHT_HIP)) / 2;
            midHipYPx[i] = (p.yPx(Keypoint.LEFT_HIP) + p.yPx(Keypoint.RIGHT_HIP)) / 2;
            for (Side s : Side.values()) {
                ankleXPx[s.ordinal()][i] = p.xPx(s.ankle());
                ankleYPx[s.ordinal()][i] = p.yPx(s.ankle());
                kneeYPx[s.ordinal()][i] = p.yPx(s.knee());
                hipXPx[s.ordinal()][i] = p.xPx(s.hip());
                hipYPx[s.ordinal()][i] = p.yPx(s.hip());
            }
            legLengthPx[i] = (leg(p, Side.LEFT) + leg(p, Side.RIGHT)) / 2;
            noseAheadOfEarsPx[i] = p.xPx(Keypoint.NOSE) - (p.xPx(Keypoint.LEFT_EAR) + p.xPx(Keypoint.RIGHT_EAR)) / 2;
        }
        double[] legs = Arrays.stream(legLengthPx).filter(Double::isFinite).sorted().toArray();
        // the 90th percentile: the leg straight (standing, mid-stance), not bent in a squat or a swing
        standingLegLengthPx = legs.length == 0 ? Double.NaN : legs[(int) Math.floor(0.9 * (legs.length - 1))];
    }

    public static BodyTracks of(List<Pose> poses, double[] timesSeconds) {
        return new BodyTracks(poses, timesSeconds);
    }

    private static double leg(Pose p, Side s) {
        return Math.hypot(p.xPx(s.ankle()) - p.xPx(s.hip()), p.yPx(s.ankle()) - p.yPx(s.hip()));
    }

    public int size() {
        return timesSeconds.length;
    }

    public double timeSeconds(int i) {
        return timesSeconds[i];
    }

    public double[] timesSeconds() {
        return timesSeconds.clone();
    }

    public double[] midHipXPx() {
        return midHipXPx.clone();
    }

    public double[] midHipYPx() {
        return midHipYPx.clone();
    }

    public double[] ankleXPx(Side s) {
        return ankleXPx[s.ordinal()].clone();
    }

    public double[] ankleYPx(Side s) {
        return ankleYPx[s.ordinal()].clone();
    }

    public double[] kneeYPx(Side s) {
        return kneeYPx[s.ordinal()].clone();
    }

    public double[] hipXPx(Side s) {
        return hipXPx[s.ordinal()].clone();
    }

    public double[] hipYPx(Side s) {
        return hipYPx[s.ordinal()].clone();
    }

    /** Hip-to-ankle distance on each frame, mean of both legs; NaN when a leg is missing. */
    public double[] legLengthPx() {
        return legLengthPx.clone();
    }

    /** Nose x minus the mean ear x: its sign is the way the face points in a side view. */
    public double[] noseAheadOfEarsPx() {
        return noseAheadOfEarsPx.clone();
    }

    /** The straight-leg length: 90th percentile of the per-frame leg length; NaN when never seen. */
    public double standingLegLengthPx() {
        return standingLegLengthPx;
    }

    /** The median frame interval in seconds (frames are not assumed evenly spaced anywhere else). */
    public double medianFrameIntervalSeconds() {
        int n = timesSeconds.length;
        if (n < 2) {
            return Double.NaN;
        }
        double[] d = new double[n - 1];
        for (int i = 1; i < n; i++) {
            d[i - 1] = timesSeconds[i] - timesSeconds[i - 1];
        }
        return Quantiles.upperMedian(d);
    }

    /** The number of frames spanning {@code seconds} at the median frame interval, at least 1. */
    public int frames(double seconds) {
        return Math.max(1, (int) Math.round(seconds / medianFrameIntervalSeconds()));
    }
}
