package org.medius.kinematics;

import org.medius.model.Pose;
import org.medius.model.Side;

/**
 * Frontal-plane hip adduction per side, degrees (the 2D measure of e.g. Dingenen et al. 2018; measurement.md
 * names it only in the reliability table, so this definition is ours).
 *
 * <p>The femur H -> K against the pelvis perpendicular: the line perpendicular to the hip-hip line, through the
 * hip, pointing down (towards larger image y). With {@code m} the unit vector from this hip towards the other
 * hip (medial, along the pelvis), {@code n} the downward pelvis perpendicular and {@code f = K - H}:
 * <pre>adductionDeg = atan2(f . m, f . n)</pre>
 * + = adduction (knee towards the midline relative to the pelvis perpendicular), - = abduction; 0 = femur
 * perpendicular to the pelvis line. Because it is measured against the pelvis, not the image vertical, it is
 * pelvis-on-femur: camera roll does not change it, and with a vertical stance femur it equals the CPD of that
 * stance side. Keypoint hips sit lateral to the knees in most people, so a few degrees of adduction in quiet
 * standing is normal. Range (-180, 180]; the same from in front and from behind.
 *
 * <p>NaN when either hip or the knee is missing, the hips coincide or are vertically aligned, or the knee is at
 * the hip.
 */
public final class HipAdduction {
    private HipAdduction() {
    }

    public static double adductionDeg(Pose pose, Side side) {
        Vec2 h = Vec2.of(pose, side.hip());
        Vec2 pelvis = Vec2.of(pose, side.other().hip()).minus(h);
        double pelvisPx = pelvis.length();
        if (!(pelvisPx > 0)) {
            return Double.NaN;
        }
        Vec2 medial = pelvis.scaled(1 / pelvisPx);
        Vec2 down = new Vec2(-medial.yPx(), medial.xPx());
        if (down.yPx() == 0) {
            return Double.NaN;
        }
        if (down.yPx() < 0) {
            down = down.scaled(-1);
        }
        Vec2 femur = Vec2.of(pose, side.knee()).minus(h);
        return Angles.atan2Deg(femur.dot(medial), femur.dot(down));
    }
}
