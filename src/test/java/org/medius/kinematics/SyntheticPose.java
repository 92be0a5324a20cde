package org.medius.kinematics;

import java.util.Arrays;
import org.medius.model.Keypoint;
import org.medius.model.Pose;
import org.medius.model.Side;

/**
 * Hand-placed poses for the angle tests, in pixels of a {@value #WIDTH_PX} x {@value #HEIGHT_PX} frame. Every
 * operation returns a new value. {@link #standingPosterior()} is a person seen from behind (their left on the
 * image left) with a level pelvis, straight vertical legs and an upright trunk.
 */
final class SyntheticPose {
    static final double WIDTH_PX = 1000;
    static final double HEIGHT_PX = 1000;

    private final double[] x;
    private final double[] y;
    private final double[] confidence;

    private SyntheticPose(double[] x, double[] y, double[] confidence) {
        this.x = x;
        this.y = y;
        this.confidence = confidence;
    }

    /** Hips 100 px apart at y 500, knees at y 700, ankles at y 900 (thigh 200 px, leg 400 px), shoulders at y 200. */
    static SyntheticPose standingPosterior() {
        double[] x = new double[Keypoint.COUNT];
        double[] y = new double[Keypoint.COUNT];
        double[] c = new double[Keypoint.COUNT];
        Arrays.fill(c, 0.9);
        SyntheticPose p = new SyntheticPose(x, y, c)
                .with(Keypoint.NOSE, 450, 120)
                .with(Keypoint.LEFT_EYE, 440, 110).with(Keypoint.RIGHT_EYE, 460, 110)
                .with(Keypoint.LEFT_EAR, 430, 115).with(Keypoint.RIGHT_EAR, 470, 115)
                .with(Keypoint.LEFT_SHOULDER, 380, 200).with(Keypoint.RIGHT_SHOULDER, 520, 200)
                .with(Keypoint.LEFT_ELBOW, 370, 330).with(Keypoint.RIGHT_ELBOW, 530, 330)
                .with(Keypoint.LEFT_WRIST, 365, 450).with(Keypoint.RIGHT_WRIST, 535, 450);
        for (Side s : Side.values()) {
            double hipX = s == Side.LEFT ? 400 : 500;
            p = p.with(s.hip(), hipX, 500).with(s.knee(), hipX, 700).with(s.ankle(), hipX, 900);
        }
        return p;
    }

    SyntheticPose with(Keypoint k, double xPx, double yPx) {
        SyntheticPose p = copy();
        p.x[k.ordinal()] = xPx;
        p.y[k.ordinal()] = yPx;
        return p;
    }

    /** Moves a keypoint by (dx, dy) pixels. */
    SyntheticPose moved(Keypoint k, double dxPx, double dyPx) {
        return with(k, x[k.ordinal()] + dxPx, y[k.ordinal()] + dyPx);
    }

    /** Moves a keypoint horizontally by {@code px} towards the person's midline (the other hip's side). */
    SyntheticPose movedMedially(Side side, Keypoint k, double px) {
        double towardsOther = Math.signum(x[side.other().hip().ordinal()] - x[side.hip().ordinal()]);
        return moved(k, towardsOther * px, 0);
    }

    SyntheticPose missing(Keypoint k) {
        SyntheticPose p = with(k, Double.NaN, Double.NaN);
        p.confidence[k.ordinal()] = 0.05;
        return p;
    }

    /** The same person mirrored left-right in the image (x -> width - x) with every label kept: the other view. */
    SyntheticPose mirrored() {
        SyntheticPose p = copy();
        for (int i = 0; i < Keypoint.COUNT; i++) {
            p.x[i] = WIDTH_PX - x[i];
        }
        return p;
    }

    /** Rotates every keypoint about the frame centre by {@code deg} (positive = clockwise on screen, y down). */
    SyntheticPose rotated(double deg) {
        SyntheticPose p = copy();
        double r = Math.toRadians(deg);
        for (int i = 0; i < Keypoint.COUNT; i++) {
            double dx = x[i] - WIDTH_PX / 2;
            double dy = y[i] - HEIGHT_PX / 2;
            p.x[i] = WIDTH_PX / 2 + dx * Math.cos(r) - dy * Math.sin(r);
            p.y[i] = HEIGHT_PX / 2 + dx * Math.sin(r) + dy * Math.cos(r);
        }
        return p;
    }

    Pose pose() {
        return Pose.of(x, y, confidence);
    }

    private SyntheticPose copy() {
        return new SyntheticPose(x.clone(), y.clone(), confidence.clone());
    }

    /** The two views of the person: from behind as built, and from in front (mirrored). */
    enum View {
        POSTERIOR, ANTERIOR;

        Pose of(SyntheticPose posteriorPose) {
            return this == POSTERIOR ? posteriorPose.pose() : posteriorPose.mirrored().pose();
        }
    }
}
