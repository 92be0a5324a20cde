package org.medius.synth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.medius.events.View;
import org.medius.kinematics.ContralateralPelvicDrop;
import org.medius.kinematics.TrunkLean;
import org.medius.model.FramePose;
import org.medius.model.Keypoint;
import org.medius.model.Pose;
import org.medius.model.Side;
import org.medius.model.Task;

/** The synthetic single-leg stance test keeps its contract: a hold per leg, the prescribed drop and lean through it. */
class SyntheticStanceTest {
    private static final double EXACT_DEG = 1e-6;

    @Test
    void holdsTheLeftLegThenTheRightWithThePrescribedDropAndLeanThroughEachHold() {
        Truth truth = SyntheticTrack.singleLegStance().view(View.ANTERIOR).fps(30).holdSeconds(3)
                .cpdDeg(Side.LEFT, -2).cpdDeg(Side.RIGHT, 8).trunkLeanDeg(Side.LEFT, 1).trunkLeanDeg(Side.RIGHT, 4)
                .generate().truth();
        assertEquals(Task.STANCE, truth.task());
        List<EventTruth> holds = truth.events();
        assertEquals(2, holds.size());
        assertEquals(List.of(Side.LEFT, Side.RIGHT), holds.stream().map(EventTruth::side).toList());
        assertTrue(holds.stream().allMatch(e -> e.kind() == EventTruth.Kind.HOLD));
        double[] drop = {-2, 8};
        double[] lean = {1, 4};
        double leg = truth.body().legPx();
        for (int k = 0; k < 2; k++) {
            EventTruth e = holds.get(k);
            Side stance = e.side();
            assertEquals(drop[k], e.cpdDeg(), EXACT_DEG);
            assertEquals(lean[k], e.trunkLeanDeg(), EXACT_DEG);
            assertEquals(Math.max(drop[k], 0), e.maxCpdDeg(), EXACT_DEG);
            // through the 3 s with the foot fully up (after the 0.5 s lift): constant drop and lean, foot well up
            for (int i = e.startFrame() + 15; i <= e.endFrame() - 15; i++) {
                Pose p = truth.noiseFreePose(i);
                assertEquals(drop[k], ContralateralPelvicDrop.cpdDeg(p, stance), EXACT_DEG, "frame " + i);
                assertEquals(lean[k], TrunkLean.leanDeg(p, stance), EXACT_DEG, "frame " + i);
                double lift = p.yPx(stance.ankle()) - p.yPx(stance.other().ankle());
                assertEquals(Repetitions.SLS_LIFT_FRACTION * leg, lift, 1e-9);
            }
        }
        // both feet on the floor before, between and after the holds, the pelvis level
        for (int i : new int[] {0, (holds.get(0).endFrame() + holds.get(1).startFrame()) / 2,
            truth.noiseFreeFrames().size() - 1}) {
            Pose p = truth.noiseFreePose(i);
            assertEquals(p.yPx(Keypoint.LEFT_ANKLE), p.yPx(Keypoint.RIGHT_ANKLE), 1e-9);
            assertEquals(0, ContralateralPelvicDrop.cpdDeg(p, Side.LEFT), EXACT_DEG);
        }
        // the stance ankle never leaves the floor during its hold
        double floor = truth.noiseFreePose(0).yPx(Keypoint.LEFT_ANKLE);
        for (EventTruth e : holds) {
            for (FramePose f : truth.noiseFreeFrames().subList(e.startFrame(), e.endFrame() + 1)) {
                assertEquals(floor, f.pose().yPx(e.side().ankle()), 1e-9);
            }
        }
        // 1 s standing, then per leg 0.5 s lift, 3 s hold, 0.5 s lowering and 1 s standing
        assertEquals(11.0, truth.noiseFreeFrames().get(truth.noiseFreeFrames().size() - 1).timestampSeconds(), 0.04);
    }

    @Test
    void theScenarioSharesTheClipBetweenTwoHolds() {
        SynthScenario s = new SynthScenario(SynthScenario.Task.STANCE, View.ANTERIOR, Side.LEFT, 30, 15,
                new PerSide(0, 8), PerSide.both(0), new PerSide(3, 0), 0, 640, 480);
        Truth truth = s.track().truth();
        assertEquals(2, truth.events().size());
        assertEquals(15, truth.noiseFreeFrames().size() / 30.0, 0.1);
        assertEquals(8, truth.events().get(1).cpdDeg(), EXACT_DEG);
        assertEquals(3, truth.events().get(0).trunkLeanDeg(), EXACT_DEG);
        assertEquals(0, truth.events().get(0).cpdDeg(), EXACT_DEG);
    }

    @Test
    void holdTimeIsAnOptionOfTheStanceOnly() {
        assertThrows(IllegalStateException.class, () -> SyntheticTrack.squat().holdSeconds(2));
        assertThrows(IllegalArgumentException.class,
                () -> SyntheticTrack.singleLegStance().cpdDeg(Side.RIGHT, 50).generate());
    }
}
