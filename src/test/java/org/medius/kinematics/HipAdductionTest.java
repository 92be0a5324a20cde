package org.medius.kinematics;

import static org.junit.jupiter.api.Assertions.assertEquals;
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

/** Femur 200 px long; a knee 20 px off the pelvis perpendicular is atan(20/200) = 5.7106 deg. */
class HipAdductionTest {
    private static final double EXACT = 1e-9;
    private static final double ATAN_TENTH_DEG = Math.toDegrees(Math.atan(0.1));

    static Stream<Arguments> viewsAndSides() {
        return Stream.of(View.values()).flatMap(v -> Stream.of(Side.values()).map(s -> Arguments.of(v, s)));
    }

    @ParameterizedTest
    @MethodSource("viewsAndSides")
    void femurAlongThePelvisPerpendicularIsZero(View view, Side side) {
        assertEquals(0, HipAdduction.adductionDeg(view.of(SyntheticPose.standingPosterior()), side), EXACT);
    }

    @ParameterizedTest
    @MethodSource("viewsAndSides")
    void kneeTowardsTheMidlineIsAdductionAndAwayIsAbduction(View view, Side side) {
        Pose in = view.of(SyntheticPose.standingPosterior().movedMedially(side, side.knee(), 20));
        assertEquals(5.7106, HipAdduction.adductionDeg(in, side), 1e-4);
        Pose out = view.of(SyntheticPose.standingPosterior().movedMedially(side, side.knee(), -20));
        assertEquals(-ATAN_TENTH_DEG, HipAdduction.adductionDeg(out, side), EXACT);
    }

    @ParameterizedTest
    @MethodSource("viewsAndSides")
    void swingHipDropWithAVerticalStanceFemurAddsToStanceAdductionLikeCpd(View view, Side stance) {
        Pose pose = view.of(SyntheticPose.standingPosterior().moved(stance.other().hip(), 0, 10));
        assertEquals(ATAN_TENTH_DEG, HipAdduction.adductionDeg(pose, stance), EXACT);
        assertEquals(ContralateralPelvicDrop.cpdDeg(pose, stance), HipAdduction.adductionDeg(pose, stance), EXACT);
    }

    @Test
    void isMeasuredAgainstThePelvisSoCameraRollDoesNotChangeIt() {
        SyntheticPose pose = SyntheticPose.standingPosterior().movedMedially(Side.RIGHT, Keypoint.RIGHT_KNEE, 20);
        double uprightDeg = HipAdduction.adductionDeg(pose.pose(), Side.RIGHT);
        assertEquals(uprightDeg, HipAdduction.adductionDeg(pose.rotated(7).pose(), Side.RIGHT), EXACT);
        assertEquals(uprightDeg, HipAdduction.adductionDeg(pose.rotated(-7).pose(), Side.RIGHT), EXACT);
    }

    @Test
    void missingKeypointGivesNaN() {
        SyntheticPose pose = SyntheticPose.standingPosterior();
        assertTrue(Double.isNaN(HipAdduction.adductionDeg(pose.missing(Keypoint.LEFT_KNEE).pose(), Side.LEFT)));
        assertTrue(Double.isNaN(HipAdduction.adductionDeg(pose.missing(Keypoint.RIGHT_HIP).pose(), Side.LEFT)));
        assertTrue(Double.isNaN(HipAdduction.adductionDeg(pose.missing(Keypoint.LEFT_HIP).pose(), Side.LEFT)));
    }
}
