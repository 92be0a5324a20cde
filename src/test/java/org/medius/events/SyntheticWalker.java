package org.medius.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.DoubleUnaryOperator;
import org.medius.model.FramePose;
import org.medius.model.Keypoint;
import org.medius.model.Pose;

/**
 * A stick person in 3-D, walked and turned on a script and filmed by a pinhole camera, giving COCO-17 tracks with
 * MoveNet-like confidences (far side and hidden face less confident).
 *
 * <p>World: X to the image right, Y up, Z towards the camera, which stands at Z = {@value #CAMERA_Z} m looking down -Z.
 * Heading psi (degrees): forward = (sin psi, 0, cos psi), the person's left = (cos psi, 0, -sin psi). So psi = 0 faces
 * the camera (anterior, their left on the image right), 180 = posterior, 90 = facing and walking to the image right
 * (camera sees their right side), -90 = facing image left (camera sees their left side).
 */
final class SyntheticWalker {
    static final double CAMERA_Z = 6.0;
    static final double FOCAL_PX = 1000;
    static final double CX = 540;
    static final double CY = 1100;

    /** Body-frame positions (lateral + = own left, up, forward), metres. */
    private static final double[][] BODY = new double[Keypoint.COUNT][];

    static {
        put(Keypoint.NOSE, 0, 1.60, 0.10);
        put(Keypoint.LEFT_EYE, 0.03, 1.63, 0.08);
        put(Keypoint.LEFT_EAR, 0.075, 1.60, 0);
        put(Keypoint.LEFT_SHOULDER, 0.19, 1.42, 0);
        put(Keypoint.LEFT_ELBOW, 0.21, 1.12, 0);
        put(Keypoint.LEFT_WRIST, 0.21, 0.85, 0);
        put(Keypoint.LEFT_HIP, 0.10, 0.95, 0);
        put(Keypoint.LEFT_KNEE, 0.10, 0.50, 0);
        put(Keypoint.LEFT_ANKLE, 0.10, 0.08, 0);
    }

    private static void put(Keypoint k, double lat, double up, double fwd) {
        BODY[k.ordinal()] = new double[] {lat, up, fwd};
        if (k != Keypoint.NOSE) {
            BODY[k.mirrored().ordinal()] = new double[] {-lat, up, fwd};
        }
    }

    double fps = 30;
    double seconds = 4;
    double startX = 0;
    double startZ = 0;
    /** Heading in degrees at time t. */
    DoubleUnaryOperator heading = t -> 180;
    /** Walking speed in m/s at time t (0 = standing or on a treadmill). */
    DoubleUnaryOperator speed = t -> 1.2;
    /** Leg swing even when not translating (treadmill). */
    boolean swing = true;
    double noisePx = 0;
    /** Multiplies the confidence of far-side keypoints (e.g. 0.3 hides them below the gate in a side view). */
    double farSideFactor = 1;
    long seed = 1;

    static SyntheticWalker heading(double psi) {
        SyntheticWalker w = new SyntheticWalker();
        w.heading = t -> psi;
        return w;
    }

    List<FramePose> track() {
        Random rnd = new Random(seed);
        int n = (int) Math.round(seconds * fps);
        List<FramePose> out = new ArrayList<>(n);
        double px = startX;
        double pz = startZ;
        double dt = 1 / fps;
        for (int i = 0; i < n; i++) {
            double t = i * dt;
            double psi = Math.toRadians(heading.applyAsDouble(t));
            double fx = Math.sin(psi);
            double fz = Math.cos(psi);
            double lx = Math.cos(psi);
            double lz = -Math.sin(psi);
            double phase = 2 * Math.PI * 0.9 * t;
            double amp = swing || speed.applyAsDouble(t) > 0 ? 1 : 0;
            double[] x = new double[Keypoint.COUNT];
            double[] y = new double[Keypoint.COUNT];
            double[] c = new double[Keypoint.COUNT];
            double faceDot = fz; // forward . towards camera
            for (Keypoint k : Keypoint.values()) {
                double[] b = BODY[k.ordinal()];
                double lat = b[0];
                double up = b[1];
                double fwd = b[2];
                int sideSign = lat > 0 ? 1 : lat < 0 ? -1 : 0;
                double s = amp * Math.sin(phase) * sideSign;
                switch (k) {
                    case LEFT_ANKLE, RIGHT_ANKLE -> fwd += 0.30 * s;
                    case LEFT_KNEE, RIGHT_KNEE -> fwd += 0.15 * s + 0.05 * amp;
                    case LEFT_WRIST, RIGHT_WRIST -> fwd -= 0.20 * s;
                    case LEFT_ELBOW, RIGHT_ELBOW -> fwd -= 0.08 * s;
                    default -> { }
                }
                double wx = px + lat * lx + fwd * fx;
                double wy = up;
                double wz = pz + lat * lz + fwd * fz;
                double d = CAMERA_Z - wz;
                x[k.ordinal()] = CX + FOCAL_PX * wx / d + rnd.nextGaussian() * noisePx;
                y[k.ordinal()] = CY - FOCAL_PX * (wy - 1.0) / d + rnd.nextGaussian() * noisePx;
                double sideDot = sideSign * lz; // + when this side faces the camera
                double conf;
                switch (k) {
                    case NOSE -> conf = faceConf(faceDot);
                    case LEFT_EYE, RIGHT_EYE -> conf = faceConf(faceDot) * (0.8 + 0.2 * sideDot);
                    case LEFT_EAR, RIGHT_EAR -> conf = 0.5 + 0.3 * sideDot - 0.1 * faceDot;
                    default -> conf = 0.7 + 0.2 * sideDot;
                }
                if (sideDot < -0.5) {
                    conf *= farSideFactor;
                }
                c[k.ordinal()] = Math.max(0, Math.min(1, conf + 0.03 * rnd.nextGaussian()));
            }
            out.add(new FramePose(i, t, Pose.of(x, y, c)));
            double v = speed.applyAsDouble(t);
            px += v * fx * dt;
            pz += v * fz * dt;
        }
        return out;
    }

    private static double faceConf(double faceDot) {
        return 0.2 + 0.7 * Math.max(0, Math.min(1, (faceDot + 0.5) / 1.5));
    }

    /** Heading for "face psi0 until t0, turn linearly to psi1 over turnSeconds". */
    static DoubleUnaryOperator turn(double psi0, double psi1, double t0, double turnSeconds) {
        return t -> t <= t0 ? psi0 : t >= t0 + turnSeconds ? psi1 : psi0 + (psi1 - psi0) * (t - t0) / turnSeconds;
    }

    // ---- corruptions ----

    /** Every label's x mirrored about the image centre, labels kept (the other frontal view). */
    static List<FramePose> mirrored(List<FramePose> track) {
        List<FramePose> out = new ArrayList<>();
        for (FramePose f : track) {
            double[] x = new double[Keypoint.COUNT];
            double[] y = new double[Keypoint.COUNT];
            double[] c = new double[Keypoint.COUNT];
            for (Keypoint k : Keypoint.values()) {
                x[k.ordinal()] = 2 * CX - f.pose().xPx(k);
                y[k.ordinal()] = f.pose().yPx(k);
                c[k.ordinal()] = f.pose().confidence(k);
            }
            out.add(new FramePose(f.frameIndex(), f.timestampSeconds(), Pose.of(x, y, c)));
        }
        return out;
    }

    /** Left and right labels exchanged on one frame (a MoveNet swap). */
    static FramePose swapped(FramePose f) {
        double[] x = new double[Keypoint.COUNT];
        double[] y = new double[Keypoint.COUNT];
        double[] c = new double[Keypoint.COUNT];
        for (Keypoint k : Keypoint.values()) {
            Keypoint m = k.mirrored();
            x[k.ordinal()] = f.pose().xPx(m);
            y[k.ordinal()] = f.pose().yPx(m);
            c[k.ordinal()] = f.pose().confidence(m);
        }
        return new FramePose(f.frameIndex(), f.timestampSeconds(), Pose.of(x, y, c));
    }

    /** Garbage: random points with low confidence. */
    static FramePose garbage(FramePose f, Random rnd) {
        double[] x = new double[Keypoint.COUNT];
        double[] y = new double[Keypoint.COUNT];
        double[] c = new double[Keypoint.COUNT];
        for (int i = 0; i < Keypoint.COUNT; i++) {
            x[i] = rnd.nextDouble() * 1080;
            y[i] = rnd.nextDouble() * 1920;
            c[i] = rnd.nextDouble() * 0.25;
        }
        return new FramePose(f.frameIndex(), f.timestampSeconds(), Pose.of(x, y, c));
    }

    /** 10% garbage frames, 5% empty (NaN) frames, 3% label-swapped frames, at random. */
    static List<FramePose> corrupted(List<FramePose> track, long seed) {
        Random rnd = new Random(seed);
        List<FramePose> out = new ArrayList<>();
        for (FramePose f : track) {
            double u = rnd.nextDouble();
            if (u < 0.10) {
                out.add(garbage(f, rnd));
            } else if (u < 0.15) {
                out.add(new FramePose(f.frameIndex(), f.timestampSeconds(), Pose.empty()));
            } else if (u < 0.18) {
                out.add(swapped(f));
            } else {
                out.add(f);
            }
        }
        return out;
    }
}
