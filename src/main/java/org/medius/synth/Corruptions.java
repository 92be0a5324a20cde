package org.medius.synth;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.medius.model.FramePose;
import org.medius.model.Keypoint;
import org.medius.model.Pose;

/** Camera roll, and what a pose model adds to a perfect track: noise, lost keypoints, low confidence. */
final class Corruptions {
    private static final long GARBAGE_SALT = 0x9E3779B97F4A7C15L;

    private Corruptions() {
    }

    /**
     * Every keypoint turned about the image centre by {@code rollDeg} (y down: + = clockwise on screen), which is how a
     * camera rolled by that angle (sign of {@link org.medius.kinematics.RollCorrection}) sees the scene;
     * {@code RollCorrection.correct} undoes it. Every confidence set to {@code confidence}.
     */
    static Pose rolled(Pose pose, double rollDeg, double widthPx, double heightPx, double confidence) {
        double cx = widthPx / 2;
        double cy = heightPx / 2;
        double r = Math.toRadians(rollDeg);
        double cos = Math.cos(r);
        double sin = Math.sin(r);
        double[] x = new double[Keypoint.COUNT];
        double[] y = new double[Keypoint.COUNT];
        double[] c = new double[Keypoint.COUNT];
        for (Keypoint k : Keypoint.values()) {
            int i = k.ordinal();
            double dx = pose.xPx(k) - cx;
            double dy = pose.yPx(k) - cy;
            x[i] = rollDeg == 0 ? pose.xPx(k) : cx + dx * cos - dy * sin;
            y[i] = rollDeg == 0 ? pose.yPx(k) : cy + dx * sin + dy * cos;
            c[i] = confidence;
        }
        return Pose.of(x, y, c);
    }

    /**
     * The recorded track: Gaussian noise on every coordinate (two draws per keypoint per frame, in frame and keypoint
     * order, from {@code new Random(seed)}, drawn even where a gap then replaces the point, so gaps do not shift the
     * noise of other frames), then the low-confidence start, then the gaps (garbage from a second generator).
     */
    static List<FramePose> recorded(List<FramePose> noiseFree, Recording rec) {
        Random noise = new Random(rec.seed());
        Random garbage = new Random(rec.seed() ^ GARBAGE_SALT);
        List<FramePose> out = new ArrayList<>(noiseFree.size());
        for (FramePose f : noiseFree) {
            int frame = f.frameIndex();
            double[] x = new double[Keypoint.COUNT];
            double[] y = new double[Keypoint.COUNT];
            double[] c = new double[Keypoint.COUNT];
            for (Keypoint k : Keypoint.values()) {
                int i = k.ordinal();
                double nx = noise.nextGaussian() * rec.noisePx();
                double ny = noise.nextGaussian() * rec.noisePx();
                x[i] = f.pose().xPx(k) + nx;
                y[i] = f.pose().yPx(k) + ny;
                c[i] = frame < rec.lowConfidenceFrames() ? rec.lowConfidence() : rec.confidence();
                for (Gap g : rec.gaps()) {
                    if (g.covers(frame, k)) {
                        c[i] = Gap.CONFIDENCE;
                        boolean nan = g.fill() == GapFill.NAN;
                        x[i] = nan ? Double.NaN : garbage.nextDouble() * rec.widthPx();
                        y[i] = nan ? Double.NaN : garbage.nextDouble() * rec.heightPx();
                        break;
                    }
                }
            }
            out.add(new FramePose(frame, f.timestampSeconds(), Pose.of(x, y, c)));
        }
        return out;
    }
}
