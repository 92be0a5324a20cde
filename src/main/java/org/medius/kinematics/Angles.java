package org.medius.kinematics;

/** Small numeric helpers shared by the angle definitions. */
final class Angles {
    private Angles() {
    }

    /**
     * {@code atan2(y, x)} in degrees, but NaN (not 0) when the direction is undefined: a NaN input, or
     * both components zero (two keypoints on top of each other).
     */
    static double atan2Deg(double y, double x) {
        if (Double.isNaN(y) || Double.isNaN(x) || (y == 0 && x == 0)) {
            return Double.NaN;
        }
        return Math.toDegrees(Math.atan2(y, x));
    }

    /**
     * The image-x direction (+1 or -1) from the person's right hip towards the left hip; NaN when a hip is
     * missing or both hips have the same x (a sagittal view, where frontal-plane sides are undefined).
     */
    static double leftwardXSign(double leftHipXPx, double rightHipXPx) {
        double d = leftHipXPx - rightHipXPx;
        return Double.isNaN(d) || d == 0 ? Double.NaN : Math.signum(d);
    }
}
