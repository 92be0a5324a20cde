package org.medius.analysis;

/**
 * Per-frame angles from the filtered keypoints (definitions and signs: docs/measurement.md and the
 * org.medius.kinematics classes). NaN where a needed keypoint is missing on that frame. Every angle here lies in
 * the frontal plane, so on a frame that does not show it (a side view, a turn) every angle is NaN.
 *
 * @param frontalPlane           true when the frame shows the person's front or back (see
 *                               {@link org.medius.events.FrontalPlaneFrames}); false: no angle is measured
 * @param pelvicObliquityDeg     + = the person's left hip lower
 * @param kneeFppaLeftDeg        + = valgus (knee medial to the hip-ankle line)
 * @param kneeFppaRightDeg       + = valgus
 * @param kneeFpkdLeft           knee offset from the hip-ankle line / leg length, + = medial
 * @param kneeFpkdRight          same, right
 * @param fppaReliableLeft       false when the thigh is foreshortened below half its standing length
 * @param fppaReliableRight      same, right
 * @param trunkLeanTowardsLeftDeg mid-hip to mid-shoulder against the image vertical, + = towards the left
 * @param hipAdductionLeftDeg    femur against the pelvis perpendicular, + = adduction
 * @param hipAdductionRightDeg   same, right
 */
public record FrameAngles(boolean frontalPlane, double pelvicObliquityDeg, double kneeFppaLeftDeg, double kneeFppaRightDeg,
        double kneeFpkdLeft, double kneeFpkdRight, boolean fppaReliableLeft, boolean fppaReliableRight,
        double trunkLeanTowardsLeftDeg, double hipAdductionLeftDeg, double hipAdductionRightDeg) {

    /** A frame that does not show the frontal plane: no angle. */
    public static FrameAngles notFrontal() {
        double nan = Double.NaN;
        return new FrameAngles(false, nan, nan, nan, nan, nan, false, false, nan, nan, nan);
    }
}
