package org.medius.synth;

import org.medius.model.Keypoint;
import org.medius.model.Pose;
import org.medius.model.Side;

/** Draws a frontal-view pose from hips and ankles in the world: knees, valgus, trunk, head and arms. */
final class FrontalFigure {
    private FrontalFigure() {
    }

    /**
     * @param fppaDeg            the FPPA each knee gets in the image (0 = on its hip-ankle line)
     * @param leanTowardsLeftDeg trunk lean from the image vertical towards the person's left
     * @param trunkFlexionDeg    forward trunk flexion (shortens trunk and head in the image)
     */
    static Pose draw(BodyModel body, Stage stage, P3 leftHip, P3 rightHip, P3 leftAnkle, P3 rightAnkle,
            PerSide fppaDeg, double leanTowardsLeftDeg, double trunkFlexionDeg) {
        PoseSketch sketch = new PoseSketch();
        sketch.set(Keypoint.LEFT_HIP, stage.image(leftHip));
        sketch.set(Keypoint.RIGHT_HIP, stage.image(rightHip));
        for (Side side : Side.values()) {
            P3 hip = side == Side.LEFT ? leftHip : rightHip;
            P3 ankle = side == Side.LEFT ? leftAnkle : rightAnkle;
            P3 knee = Leg.knee(hip, ankle, body.thighPx(), body.shankPx());
            Pt ankleImage = stage.image(ankle);
            sketch.set(side.ankle(), ankleImage);
            sketch.set(side.knee(), Leg.kneeWithFppa(stage.image(hip), stage.image(knee), ankleImage,
                    sketch.get(side.other().hip()).x(), fppaDeg.get(side)));
        }
        Pt midHip = Pt.mid(sketch.get(Keypoint.LEFT_HIP), sketch.get(Keypoint.RIGHT_HIP));
        sketch.frontalUpperBody(body, midHip, leanTowardsLeftDeg, trunkFlexionDeg, stage.leftX());
        return sketch.toPose(1);
    }

    /** +1 for the left side (the lateral coordinate points to the person's left), -1 for the right. */
    static double lateralSign(Side side) {
        return side == Side.LEFT ? 1 : -1;
    }
}
