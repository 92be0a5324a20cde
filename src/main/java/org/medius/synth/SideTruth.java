package org.medius.synth;

/**
 * The angles of one side at an event's peak frame, read by the org.medius.kinematics classes from the noise-free pose
 * (camera roll included).
 *
 * @param cpdDeg       {@link org.medius.kinematics.ContralateralPelvicDrop#cpdDeg} with this side as stance
 * @param trunkLeanDeg {@link org.medius.kinematics.TrunkLean#leanDeg} towards this side
 * @param fppaDeg      {@link org.medius.kinematics.KneeFppa#fppaDeg} of this side's knee
 * @param fpkd         {@link org.medius.kinematics.KneeFppa#fpkd} of this side's knee
 * @param thighPx      projected thigh length {@link org.medius.kinematics.FppaReliability#thighLengthPx}
 * @param thighFraction thighPx over the model's standing thigh length ({@link BodyModel#thighPx}); under 0.5 the
 *                      spec calls FPPA unreliable
 */
public record SideTruth(double cpdDeg, double trunkLeanDeg, double fppaDeg, double fpkd, double thighPx,
        double thighFraction) {
}
