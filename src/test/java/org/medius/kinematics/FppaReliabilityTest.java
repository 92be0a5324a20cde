package org.medius.kinematics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.medius.model.Keypoint;
import org.medius.model.Pose;
import org.medius.model.Side;

class FppaReliabilityTest {

    @Test
    void thighUnderHalfItsStandingLengthIsUnreliable() {
        assertTrue(FppaReliability.isReliable(200, 200));
        assertTrue(FppaReliability.isReliable(100, 200), "exactly half still counts");
        assertFalse(FppaReliability.isReliable(99.9, 200));
    }

    @Test
    void missingThighOrReferenceIsUnreliable() {
        assertFalse(FppaReliability.isReliable(Double.NaN, 200));
        assertFalse(FppaReliability.isReliable(150, Double.NaN));
        assertFalse(FppaReliability.isReliable(150, 0));
    }

    @Test
    void thighLengthIsTheHipKneeDistanceInPixels() {
        Pose pose = SyntheticPose.standingPosterior().with(Keypoint.LEFT_KNEE, 430, 540).pose(); // (30, 40) -> 50
        assertEquals(50, FppaReliability.thighLengthPx(pose, Side.LEFT), 1e-9);
        assertEquals(200, FppaReliability.thighLengthPx(pose, Side.RIGHT), 1e-9);
    }

    @Test
    void standingReferenceIsThe95thPercentileOfTheFiniteLengths() {
        double[] lengths = new double[104];
        for (int i = 0; i < 101; i++) {
            lengths[i] = 101 - i; // 101 .. 1, unsorted order on purpose
        }
        lengths[101] = Double.NaN;
        lengths[102] = Double.NaN;
        lengths[103] = Double.NaN;
        // Rank 0.95 * (101 - 1) = 95 of the sorted values 1..101 -> 96.
        assertEquals(96, FppaReliability.standingThighLengthPx(lengths), 1e-9);
        assertEquals(51, FppaReliability.standingThighLengthPx(lengths, 50), 1e-9);
        assertEquals(1.5, FppaReliability.standingThighLengthPx(new double[] {1, 2}, 50), 1e-9);
        assertTrue(Double.isNaN(FppaReliability.standingThighLengthPx(new double[] {Double.NaN})));
    }

    @Test
    void squatBottomWithTheHipNearKneeHeightIsFlaggedAgainstTheVideosStandingThigh() {
        List<Pose> video = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            video.add(SyntheticPose.standingPosterior().pose()); // thigh 200 px
        }
        // Squat bottom: hips drop 120 px towards knee height; the thigh projects to 200 - 120 = 80 px.
        Pose bottom = SyntheticPose.standingPosterior()
                .moved(Keypoint.LEFT_HIP, 0, 120).moved(Keypoint.RIGHT_HIP, 0, 120).pose();
        video.add(bottom);

        double standingPx = FppaReliability.standingThighLengthPx(video, Side.LEFT);
        assertEquals(200, standingPx, 1e-9);
        assertFalse(FppaReliability.isReliable(bottom, Side.LEFT, standingPx));
        assertTrue(FppaReliability.isReliable(video.get(0), Side.LEFT, standingPx));
        assertFalse(KneeFppa.of(bottom, Side.RIGHT, FppaReliability.standingThighLengthPx(video, Side.RIGHT))
                .fppaReliable());
    }

    @Test
    void aDeepSquatWithTheKneesPushedOutIsFlaggedThoughTheThighKeepsItsLength() {
        // the hips drop 150 px and the left knee moves 140 px outwards: the thigh is still sqrt(50^2 + 140^2) =
        // 149 px long (74 % of standing) but lies nearly level, the hip only 50 px above the knee (25 %)
        Pose standing = SyntheticPose.standingPosterior().pose();
        Pose knees = SyntheticPose.standingPosterior().moved(Keypoint.LEFT_HIP, 0, 150)
                .moved(Keypoint.LEFT_KNEE, -140, 0).pose();
        assertTrue(FppaReliability.thighLengthPx(knees, Side.LEFT) > 0.7 * 200);
        assertFalse(FppaReliability.isReliable(knees, Side.LEFT, 200));
        assertTrue(FppaReliability.isReliable(standing, Side.LEFT, 200));
    }

    @Test
    void theKneelingBackLegOfALungeIsFlaggedByItsShank() {
        // the left knee drops 180 px towards the floor, the ankle stays: the knee is 20 px above the ankle (10 % of
        // the 200 px standing thigh, which stands in for the shank), the thigh is longer than standing
        Pose kneeling = SyntheticPose.standingPosterior().moved(Keypoint.LEFT_KNEE, 0, 180).pose();
        assertTrue(FppaReliability.thighLengthPx(kneeling, Side.LEFT) > 200);
        assertFalse(FppaReliability.isReliable(kneeling, Side.LEFT, 200));
        Pose halfway = SyntheticPose.standingPosterior().moved(Keypoint.LEFT_KNEE, 0, 100).pose();
        assertTrue(FppaReliability.isReliable(halfway, Side.LEFT, 200), "knee exactly 100 px above the ankle");
    }
}
