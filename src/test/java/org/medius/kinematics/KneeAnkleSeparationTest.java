package org.medius.kinematics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.medius.model.Keypoint;

class KneeAnkleSeparationTest {

    @Test
    void kneesCloserThanTheFeetGiveARatioUnderOne() {
        // standing: knees and ankles equally far apart
        assertEquals(1.0, KneeAnkleSeparation.ratio(SyntheticPose.standingPosterior().pose()), 1e-9);
        // each knee 15 px towards the midline of ankles 100 px apart: (100 - 30) / 100
        var valgus = SyntheticPose.standingPosterior().moved(Keypoint.LEFT_KNEE, 15, 0)
                .moved(Keypoint.RIGHT_KNEE, -15, 0).pose();
        assertEquals(0.7, KneeAnkleSeparation.ratio(valgus), 1e-9);
    }

    @Test
    void aMissingKneeOrCoincidentAnklesGiveNaN() {
        var noKnee = SyntheticPose.standingPosterior().missing(Keypoint.LEFT_KNEE).pose();
        assertTrue(Double.isNaN(KneeAnkleSeparation.ratio(noKnee)));
        var together = SyntheticPose.standingPosterior().moved(Keypoint.LEFT_ANKLE, 100, 0).pose();
        assertTrue(Double.isNaN(KneeAnkleSeparation.ratio(together)), "both ankles at the same point");
    }
}
