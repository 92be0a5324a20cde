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

/** Mid-hip to mid-shoulder is 300 px tall in the synthetic pose; 30 px sideways is atan(0.1) = 5.7106 deg. */
class TrunkLeanTest {
    private static final double EXACT = 1e-9;

    /** Both shoulders moved 30 px towards the person's left (the image left in the posterior view). */
    private static final SyntheticPose LEANING_LEFT = SyntheticPose.standingPosterior()
            .moved(Keypoint.LEFT_SHOULDER, -30, 0).moved(Keypoint.RIGHT_SHOULDER, -30, 0);

    @ParameterizedTest
    @EnumSource(View.class)
    void uprightTrunkIsZero(View view) {
        Pose pose = view.of(SyntheticPose.standingPosterior());
        assertEquals(0, TrunkLean.leanTowardsLeftDeg(pose), EXACT);
        assertEquals(0, TrunkLean.leanDeg(pose, Side.LEFT), EXACT);
    }

    @ParameterizedTest
    @EnumSource(View.class)
    void leanTowardsThePersonsLeftIsPositiveRawAndSignedByStanceSide(View view) {
        Pose pose = view.of(LEANING_LEFT);
        assertEquals(5.7106, TrunkLean.leanTowardsLeftDeg(pose), 1e-4);
        assertEquals(Math.toDegrees(Math.atan(0.1)), TrunkLean.leanDeg(pose, Side.LEFT), EXACT);
        assertEquals(-Math.toDegrees(Math.atan(0.1)), TrunkLean.leanDeg(pose, Side.RIGHT), EXACT);
    }

    @ParameterizedTest
    @EnumSource(View.class)
    void leanTowardsThePersonsRightIsNegativeRaw(View view) {
        Pose pose = view.of(SyntheticPose.standingPosterior()
                .moved(Keypoint.LEFT_SHOULDER, 30, 0).moved(Keypoint.RIGHT_SHOULDER, 30, 0));
        assertEquals(-Math.toDegrees(Math.atan(0.1)), TrunkLean.leanTowardsLeftDeg(pose), EXACT);
        assertEquals(Math.toDegrees(Math.atan(0.1)), TrunkLean.leanDeg(pose, Side.RIGHT), EXACT);
    }

    @Test
    void missingShoulderOrHipGivesNaN() {
        assertTrue(Double.isNaN(TrunkLean.leanTowardsLeftDeg(LEANING_LEFT.missing(Keypoint.LEFT_SHOULDER).pose())));
        assertTrue(Double.isNaN(TrunkLean.leanDeg(LEANING_LEFT.missing(Keypoint.RIGHT_HIP).pose(), Side.LEFT)));
    }
}
