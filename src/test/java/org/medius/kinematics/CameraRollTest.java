package org.medius.kinematics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.medius.kinematics.SyntheticPose.View;
import org.medius.model.Keypoint;
import org.medius.model.Pose;
import org.medius.model.Side;

/** A level standing person filmed with a tilted phone: the roll is recovered from the ankles and removed. */
class CameraRollTest {
    private static final double EXACT = 1e-9;
    private static final double ROLL_DEG = 4;

    @Test
    void ankleLineSignIsPositiveWhenTheImageRightAnkleIsLower() {
        // Ankles 100 px apart, the image-right (right, from behind) one 10 px lower.
        Pose pose = SyntheticPose.standingPosterior().moved(Keypoint.RIGHT_ANKLE, 0, 10).pose();
        assertEquals(5.7106, CameraRoll.ankleLineDeg(pose), 1e-4);
        // Same image from the front, where the image-right ankle is the left one: still +.
        Pose front = SyntheticPose.standingPosterior().moved(Keypoint.LEFT_ANKLE, 0, 10).mirrored().pose();
        assertEquals(5.7106, CameraRoll.ankleLineDeg(front), 1e-4);
    }

    @ParameterizedTest
    @EnumSource(View.class)
    void knownRollIsRecoveredFromAStandingWindowAndRemoved(View view) {
        SyntheticPose upright = view == View.POSTERIOR ? SyntheticPose.standingPosterior()
                : SyntheticPose.standingPosterior().mirrored();
        List<Pose> window = new ArrayList<>();
        for (int i = 0; i < 9; i++) {
            window.add(upright.rotated(ROLL_DEG).pose());
        }
        window.add(upright.rotated(ROLL_DEG).missing(Keypoint.LEFT_ANKLE).pose()); // skipped
        window.add(upright.rotated(ROLL_DEG).moved(Keypoint.RIGHT_ANKLE, 0, 60).pose()); // one outlier frame

        RollCorrection roll = CameraRoll.estimate(window).orElseThrow();
        assertEquals(ROLL_DEG, roll.rollDeg(), EXACT);
        assertEquals(RollCorrection.Source.ESTIMATED, roll.source());

        Pose corrected = roll.correct(window.get(0), SyntheticPose.WIDTH_PX, SyntheticPose.HEIGHT_PX);
        Pose expected = upright.pose();
        for (Keypoint k : Keypoint.values()) {
            assertEquals(expected.xPx(k), corrected.xPx(k), 1e-9, k.cocoName());
            assertEquals(expected.yPx(k), corrected.yPx(k), 1e-9, k.cocoName());
            assertEquals(expected.confidence(k), corrected.confidence(k), 0, k.cocoName());
        }
        assertEquals(0, PelvicObliquity.obliquityDeg(corrected), EXACT);
        assertEquals(0, TrunkLean.leanTowardsLeftDeg(corrected), EXACT);
    }

    @Test
    void rollAddsOneToOneToObliquityFromBehind() {
        // From behind the person's right is on the image right, which a positive roll lowers.
        Pose tilted = SyntheticPose.standingPosterior().rotated(ROLL_DEG).pose();
        assertEquals(-ROLL_DEG, PelvicObliquity.obliquityDeg(tilted), EXACT);
        assertEquals(-ROLL_DEG, RollCorrection.user(ROLL_DEG).leftSideDownDeg(tilted), EXACT);
        assertEquals(ROLL_DEG, RollCorrection.user(ROLL_DEG).leftSideDownDeg(SyntheticPose.standingPosterior()
                .mirrored().pose()), EXACT);
    }

    @ParameterizedTest
    @EnumSource(View.class)
    void subtractingTheRollEqualsRotatingThePose(View view) {
        // A pose with drop, lean and valgus, so every angle is non-zero.
        SyntheticPose asymmetric = SyntheticPose.standingPosterior()
                .moved(Keypoint.RIGHT_HIP, 0, 12)
                .moved(Keypoint.LEFT_SHOULDER, -25, 0).moved(Keypoint.RIGHT_SHOULDER, -25, 5)
                .movedMedially(Side.LEFT, Keypoint.LEFT_KNEE, 15);
        SyntheticPose oriented = view == View.POSTERIOR ? asymmetric : asymmetric.mirrored();
        Pose truth = oriented.pose();
        Pose tilted = oriented.rotated(-3).pose();
        RollCorrection roll = RollCorrection.user(-3);
        Pose corrected = roll.correct(tilted, SyntheticPose.WIDTH_PX, SyntheticPose.HEIGHT_PX);
        double leftDownDeg = roll.leftSideDownDeg(tilted);

        assertEquals(PelvicObliquity.obliquityDeg(truth), PelvicObliquity.obliquityDeg(corrected), EXACT);
        assertEquals(PelvicObliquity.obliquityDeg(truth), PelvicObliquity.obliquityDeg(tilted) - leftDownDeg, EXACT);
        assertEquals(TrunkLean.leanTowardsLeftDeg(truth), TrunkLean.leanTowardsLeftDeg(tilted) - leftDownDeg, EXACT);
        assertEquals(ContralateralPelvicDrop.cpdDeg(truth, Side.RIGHT),
                ContralateralPelvicDrop.cpdDeg(tilted, Side.RIGHT) - leftDownDeg, EXACT);
        assertEquals(ContralateralPelvicDrop.cpdDeg(truth, Side.LEFT),
                ContralateralPelvicDrop.cpdDeg(tilted, Side.LEFT) + leftDownDeg, EXACT);
        assertEquals(TrunkLean.leanDeg(truth, Side.LEFT), TrunkLean.leanDeg(tilted, Side.LEFT) - leftDownDeg, EXACT);
        assertEquals(TrunkLean.leanDeg(truth, Side.RIGHT), TrunkLean.leanDeg(tilted, Side.RIGHT) + leftDownDeg, EXACT);
        assertEquals(KneeFppa.fppaDeg(truth, Side.LEFT), KneeFppa.fppaDeg(tilted, Side.LEFT), EXACT);
        assertEquals(KneeFppa.fpkd(truth, Side.LEFT), KneeFppa.fpkd(tilted, Side.LEFT), EXACT);
    }

    @Test
    void correctionKeepsMissingKeypointsMissing() {
        Pose pose = SyntheticPose.standingPosterior().missing(Keypoint.NOSE).pose();
        Pose corrected = RollCorrection.user(2).correct(pose, 1000, 1000);
        assertTrue(Double.isNaN(corrected.xPx(Keypoint.NOSE)));
        assertTrue(Double.isNaN(corrected.yPx(Keypoint.NOSE)));
        assertEquals(pose.confidence(Keypoint.NOSE), corrected.confidence(Keypoint.NOSE), 0);
        assertEquals(pose, RollCorrection.none().correct(pose, 1000, 1000));
    }

    @Test
    void noUsableFrameGivesNoEstimate() {
        List<Pose> window = List.of(SyntheticPose.standingPosterior().missing(Keypoint.RIGHT_ANKLE).pose(), Pose.empty());
        assertTrue(Double.isNaN(CameraRoll.estimateRollDeg(window)));
        assertEquals(Optional.empty(), CameraRoll.estimate(window));
        assertEquals(Optional.empty(), CameraRoll.estimate(List.of()));
    }

    @Test
    void correctionValuesValidateThemselves() {
        assertThrows(IllegalArgumentException.class, () -> RollCorrection.user(Double.NaN));
        assertThrows(IllegalArgumentException.class, () -> new RollCorrection(1, RollCorrection.Source.NONE));
        assertThrows(IllegalArgumentException.class, () -> new RollCorrection(1, null));
        assertEquals(new RollCorrection(0, RollCorrection.Source.NONE), RollCorrection.none());
    }
}
