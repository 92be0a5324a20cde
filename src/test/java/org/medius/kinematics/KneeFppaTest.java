package org.medius.kinematics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.medius.kinematics.SyntheticPose.View;
import org.medius.model.Keypoint;
import org.medius.model.Pose;
import org.medius.model.Side;

/**
 * FPPA and FPKD on hand-placed legs. Legs are 400 px hip to ankle with the knee half-way (thigh 200 px); a knee
 * moved 20 px off the hip-ankle line at mid-leg bends the leg by 2 atan(20/200) = 11.4212 deg and gives
 * FPKD 20/400 = 0.05.
 */
class KneeFppaTest {
    private static final double EXACT = 1e-9;
    private static final double BENT_20PX_DEG = 11.4212;

    static Stream<Arguments> viewsAndSides() {
        return Stream.of(View.values()).flatMap(v -> Stream.of(Side.values()).map(s -> Arguments.of(v, s)));
    }

    @ParameterizedTest
    @MethodSource("viewsAndSides")
    void straightLegIsZero(View view, Side side) {
        Pose pose = view.of(SyntheticPose.standingPosterior());
        assertEquals(0, KneeFppa.fppaDeg(pose, side), EXACT);
        assertEquals(0, KneeFppa.fpkd(pose, side), EXACT);
    }

    @ParameterizedTest
    @MethodSource("viewsAndSides")
    void kneeMovedMediallyIsPositiveValgusInBothViews(View view, Side side) {
        Pose pose = view.of(SyntheticPose.standingPosterior().movedMedially(side, side.knee(), 20));
        assertEquals(BENT_20PX_DEG, KneeFppa.fppaDeg(pose, side), 1e-4);
        assertEquals(2 * Math.toDegrees(Math.atan(0.1)), KneeFppa.fppaDeg(pose, side), EXACT);
        assertEquals(20.0 / 400, KneeFppa.fpkd(pose, side), EXACT);
        // The other leg is untouched.
        assertEquals(0, KneeFppa.fppaDeg(pose, side.other()), EXACT);
    }

    @ParameterizedTest
    @MethodSource("viewsAndSides")
    void kneeMovedLaterallyIsNegativeVarusInBothViews(View view, Side side) {
        Pose pose = view.of(SyntheticPose.standingPosterior().movedMedially(side, side.knee(), -20));
        assertEquals(-BENT_20PX_DEG, KneeFppa.fppaDeg(pose, side), 1e-4);
        assertEquals(-20.0 / 400, KneeFppa.fpkd(pose, side), EXACT);
    }

    @ParameterizedTest
    @MethodSource("viewsAndSides")
    void slantedLegUsesThePerpendicularDistanceFromTheHipAnkleLine(View view, Side side) {
        // Leg of 400 px slanting outwards (3-4-5 triangle: 240 px sideways, 320 px down); the knee sits 40% of the
        // way down the line, 20 px off it along the medial unit normal (0.8, 0.6) for a leg going (-0.6, 0.8).
        SyntheticPose base = SyntheticPose.standingPosterior();
        Pose any = base.pose();
        double lateral = -Math.signum(any.xPx(side.other().hip()) - any.xPx(side.hip()));
        double hx = any.xPx(side.hip());
        double hy = any.yPx(side.hip());
        double[] leg = {lateral * 240, 320};
        double[] medialNormal = {-lateral * 0.8, 0.6};
        double kx = hx + 0.4 * leg[0] + 20 * medialNormal[0];
        double ky = hy + 0.4 * leg[1] + 20 * medialNormal[1];
        Pose pose = view.of(base.with(side.ankle(), hx + leg[0], hy + leg[1]).with(side.knee(), kx, ky));

        double expectedDeg = Math.toDegrees(Math.atan(20.0 / 160) + Math.atan(20.0 / 240));
        assertEquals(expectedDeg, KneeFppa.fppaDeg(pose, side), EXACT);
        assertEquals(20.0 / 400, KneeFppa.fpkd(pose, side), EXACT);
    }

    @Test
    void kneeAnglesBundleFppaFpkdAndReliability() {
        Pose pose = SyntheticPose.standingPosterior().movedMedially(Side.LEFT, Keypoint.LEFT_KNEE, 20).pose();
        KneeAngles angles = KneeFppa.of(pose, Side.LEFT, 200);
        assertEquals(KneeFppa.fppaDeg(pose, Side.LEFT), angles.fppaDeg(), EXACT);
        assertEquals(0.05, angles.fpkd(), EXACT);
        assertTrue(angles.fppaReliable());
        assertFalse(KneeFppa.of(pose, Side.LEFT, Double.NaN).fppaReliable());
    }

    @Test
    void missingKeypointOrUndefinedMidlineGivesNaN() {
        SyntheticPose base = SyntheticPose.standingPosterior().movedMedially(Side.LEFT, Keypoint.LEFT_KNEE, 20);
        for (Keypoint k : new Keypoint[] {Keypoint.LEFT_HIP, Keypoint.LEFT_KNEE, Keypoint.LEFT_ANKLE, Keypoint.RIGHT_HIP}) {
            Pose pose = base.missing(k).pose();
            assertTrue(Double.isNaN(KneeFppa.fppaDeg(pose, Side.LEFT)), k + " missing");
            assertTrue(Double.isNaN(KneeFppa.fpkd(pose, Side.LEFT)), k + " missing");
        }
        KneeAngles noKnee = KneeFppa.of(base.missing(Keypoint.LEFT_KNEE).pose(), Side.LEFT, 200);
        assertTrue(Double.isNaN(noKnee.fppaDeg()));
        assertFalse(noKnee.fppaReliable());

        // Both hips at the same x (a side-on view): medial is undefined.
        Pose sideOn = base.with(Keypoint.RIGHT_HIP, 400, 505).pose();
        assertTrue(Double.isNaN(KneeFppa.fppaDeg(sideOn, Side.LEFT)));
        // A knee on top of the hip: the thigh has no direction.
        Pose kneeAtHip = base.with(Keypoint.LEFT_KNEE, 400, 500).pose();
        assertTrue(Double.isNaN(KneeFppa.fppaDeg(kneeAtHip, Side.LEFT)));
    }

    /**
     * Issue 14: a folded leg (the back leg of a lunge kneeling with the ankle above the knee in the picture, or a
     * thigh lifted above the hip) has no frontal-plane projection angle: NaN, where it used to read near +-180 and
     * flip sign from frame to frame.
     */
    @ParameterizedTest
    @MethodSource("viewsAndSides")
    void aFoldedLegHasNoFppaInsteadOfAnAngleNear180(View view, Side side) {
        SyntheticPose standing = SyntheticPose.standingPosterior();
        Pose ankleAboveKnee = view.of(standing.moved(side.knee(), 0, 190).moved(side.ankle(), 0, -30));
        assertTrue(Double.isNaN(KneeFppa.fppaDeg(ankleAboveKnee, side)));
        Pose ankleLevelWithKnee = view.of(standing.moved(side.knee(), 0, 200).moved(side.ankle(), 30, 0));
        assertTrue(Double.isNaN(KneeFppa.fppaDeg(ankleLevelWithKnee, side)));
        Pose kneeAboveHip = view.of(standing.moved(side.knee(), 0, -220));
        assertTrue(Double.isNaN(KneeFppa.fppaDeg(kneeAboveHip, side)));
        Pose bent = view.of(standing.moved(side.knee(), 0, 150));
        assertEquals(0, KneeFppa.fppaDeg(bent, side), EXACT, "a knee lowered on the hip-ankle line still reads 0");
    }
}
