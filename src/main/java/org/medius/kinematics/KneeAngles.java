package org.medius.kinematics;

/**
 * The frontal-plane knee values of one side on one frame; see {@link KneeFppa}.
 *
 * @param fppaDeg      frontal plane projection angle, degrees, + = valgus (knee medial to the hip-ankle line)
 * @param fpkd         frontal-plane knee displacement as a fraction of leg length (dimensionless), same sign
 * @param fppaReliable false when the thigh looks foreshortened (projected length under half its standing
 *                     length), when no standing reference was available, or when the thigh is missing; see
 *                     {@link FppaReliability}
 */
public record KneeAngles(double fppaDeg, double fpkd, boolean fppaReliable) {
}
