package org.medius.kinematics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.medius.kinematics.SyntheticPose.View;
import org.medius.model.Keypoint;
import org.medius.model.Pose;
import org.medius.model.Side;

/** Pelvic obliquity and contralateral pelvic drop on hand-placed hips (hips 100 px apart). */
class PelvisAnglesTest {
    private static final double EXACT = 1e-9;
    /** atan(10 / 100) in degrees, by hand: 5.7106. */
    private static final double TEN_OVER_HUNDRED_DEG = 5.7106;

    private static final SyntheticPose RIGHT_HIP_10PX_LOWER =
            SyntheticPose.standingPosterior().moved(Keypoint.RIGHT_HIP, 0, 10);

    @ParameterizedTest
    @EnumSource(View.class)
    void levelPelvisGivesZeroObliquityAndZeroDrop(View view) {
        Pose pose = view.of(SyntheticPose.standingPosterior());
        assertEquals(0, PelvicObliquity.obliquityDeg(pose), EXACT);
        assertEquals(0, ContralateralPelvicDrop.cpdDeg(pose, Side.LEFT), EXACT);
        assertEquals(0, ContralateralPelvicDrop.cpdDeg(pose, Side.RIGHT), EXACT);
    }

    @ParameterizedTest
    @EnumSource(View.class)
    void rightHipLowerIsNegativeObliquityInBothViews(View view) {
        double obliquityDeg = PelvicObliquity.obliquityDeg(view.of(RIGHT_HIP_10PX_LOWER));
        assertEquals(-TEN_OVER_HUNDRED_DEG, obliquityDeg, 1e-4);
        assertEquals(-Math.toDegrees(Math.atan(0.1)), obliquityDeg, EXACT);
    }

    @ParameterizedTest
    @EnumSource(View.class)
    void leftHipLowerIsPositiveObliquity(View view) {
        Pose pose = view.of(SyntheticPose.standingPosterior().moved(Keypoint.LEFT_HIP, 0, 10));
        assertEquals(TEN_OVER_HUNDRED_DEG, PelvicObliquity.obliquityDeg(pose), 1e-4);
    }

    @ParameterizedTest
    @EnumSource(View.class)
    void swingHipLowerIsPositiveDropForEitherStanceSide(View view) {
        Pose pose = view.of(RIGHT_HIP_10PX_LOWER);
        // Left stance: the swing (right) hip is lower -> drop, positive.
        assertEquals(TEN_OVER_HUNDRED_DEG, ContralateralPelvicDrop.cpdDeg(pose, Side.LEFT), 1e-4);
        // Right stance: the swing (left) hip is higher -> hike, negative.
        assertEquals(-TEN_OVER_HUNDRED_DEG, ContralateralPelvicDrop.cpdDeg(pose, Side.RIGHT), 1e-4);

        Pose leftLower = view.of(SyntheticPose.standingPosterior().moved(Keypoint.LEFT_HIP, 0, 10));
        assertEquals(TEN_OVER_HUNDRED_DEG, ContralateralPelvicDrop.cpdDeg(leftLower, Side.RIGHT), 1e-4);
        assertEquals(-TEN_OVER_HUNDRED_DEG, ContralateralPelvicDrop.cpdDeg(leftLower, Side.LEFT), 1e-4);
    }

    @Test
    void dropUsesPixelDistancesOnBothAxes() {
        // Hips 300 px apart, swing hip 30 px lower: atan(30/300) regardless of the frame's aspect ratio.
        Pose pose = SyntheticPose.standingPosterior()
                .with(Keypoint.LEFT_HIP, 300, 500).with(Keypoint.RIGHT_HIP, 600, 530).pose();
        assertEquals(Math.toDegrees(Math.atan(0.1)), ContralateralPelvicDrop.cpdDeg(pose, Side.LEFT), EXACT);
    }

    @Test
    void missingOrCoincidentHipsGiveNaN() {
        Pose noRightHip = SyntheticPose.standingPosterior().missing(Keypoint.RIGHT_HIP).pose();
        assertTrue(Double.isNaN(PelvicObliquity.obliquityDeg(noRightHip)));
        assertTrue(Double.isNaN(ContralateralPelvicDrop.cpdDeg(noRightHip, Side.LEFT)));
        assertTrue(Double.isNaN(ContralateralPelvicDrop.cpdDeg(noRightHip, Side.RIGHT)));

        Pose coincident = SyntheticPose.standingPosterior().with(Keypoint.RIGHT_HIP, 400, 500).pose();
        assertTrue(Double.isNaN(PelvicObliquity.obliquityDeg(coincident)));
    }
}
