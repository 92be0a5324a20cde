package org.medius.kinematics;

import org.medius.model.Keypoint;
import org.medius.model.Pose;

/**
 * The camera-roll correction applied to an analysis, and how it was obtained (docs/measurement.md,
 * "Camera roll": estimate it, let the user confirm or override it, report the correction applied).
 *
 * <p><b>Sign of {@code rollDeg}:</b> the angle, in the displayed image, of a line that is horizontal in the world
 * (the floor), measured from the image +x axis with y down: positive when its image-right end is lower, i.e. the
 * scene appears turned clockwise on screen (the phone was turned counter-clockwise as seen by its operator).
 * {@link #correct} rotates every keypoint about the image centre by {@code -rollDeg}, which makes that line
 * horizontal again.
 *
 * <p>Roll adds 1:1 to the image-referenced angles. In the person's terms a roll tilts the whole figure towards
 * one side; {@link #leftSideDownDeg} gives that tilt (+ = the person's left side appears lower). Correcting the
 * pose is then the same as subtracting:
 * <ul>
 *   <li>obliquity and raw trunk lean (+ towards left): subtract {@code leftSideDownDeg};</li>
 *   <li>CPD with right stance: subtract it; CPD with left stance: add it;</li>
 *   <li>trunk lean with left stance: subtract it; with right stance: add it.</li>
 * </ul>
 * Knee FPPA/FPKD and hip adduction do not depend on roll.
 *
 * @param rollDeg the roll, degrees, sign as above; 0 for {@link Source#NONE}
 * @param source  where the value came from
 */
public record RollCorrection(double rollDeg, Source source) {

    /** Where a roll correction came from. */
    public enum Source {
        /** Estimated from the video ({@link CameraRoll#estimate}). */
        ESTIMATED,
        /** Entered or confirmed by the user. */
        USER,
        /** No correction: roll 0. */
        NONE
    }

    public RollCorrection {
        if (source == null) {
            throw new IllegalArgumentException("a roll correction needs a source");
        }
        if (!Double.isFinite(rollDeg)) {
            throw new IllegalArgumentException("roll must be a finite number of degrees: " + rollDeg);
        }
        if (source == Source.NONE && rollDeg != 0) {
            throw new IllegalArgumentException("source NONE means a roll of 0, not " + rollDeg);
        }
    }

    public static RollCorrection none() {
        return new RollCorrection(0, Source.NONE);
    }

    public static RollCorrection user(double rollDeg) {
        return new RollCorrection(rollDeg, Source.USER);
    }

    public static RollCorrection estimated(double rollDeg) {
        return new RollCorrection(rollDeg, Source.ESTIMATED);
    }

    /**
     * A new pose with every keypoint rotated about the image centre ({@code widthPx/2, heightPx/2}) by
     * {@code -rollDeg}; confidences unchanged, missing keypoints stay NaN.
     */
    public Pose correct(Pose pose, double imageWidthPx, double imageHeightPx) {
        double centreXPx = imageWidthPx / 2;
        double centreYPx = imageHeightPx / 2;
        double angleRad = Math.toRadians(-rollDeg);
        double cos = Math.cos(angleRad);
        double sin = Math.sin(angleRad);
        double[] x = new double[Keypoint.COUNT];
        double[] y = new double[Keypoint.COUNT];
        double[] confidence = new double[Keypoint.COUNT];
        for (Keypoint k : Keypoint.values()) {
            double dx = pose.xPx(k) - centreXPx;
            double dy = pose.yPx(k) - centreYPx;
            int i = k.ordinal();
            x[i] = centreXPx + dx * cos - dy * sin;
            y[i] = centreYPx + dx * sin + dy * cos;
            confidence[i] = pose.confidence(k);
        }
        return Pose.of(x, y, confidence);
    }

    /**
     * The roll as a tilt of the person: + when it makes the person's left side appear lower. It is
     * {@code rollDeg} when the person's left is on the image right (anterior view) and {@code -rollDeg} when it
     * is on the image left (posterior view), as told by the hip labels; NaN when a hip is missing or both hips
     * have the same x.
     */
    public double leftSideDownDeg(Pose pose) {
        return rollDeg * Angles.leftwardXSign(pose.xPx(Keypoint.LEFT_HIP), pose.xPx(Keypoint.RIGHT_HIP));
    }
}
