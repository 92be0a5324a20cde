package org.medius.synth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.medius.events.View;
import org.medius.kinematics.FppaReliability;
import org.medius.kinematics.PelvicObliquity;
import org.medius.model.FramePose;
import org.medius.model.Keypoint;
import org.medius.model.Pose;
import org.medius.model.Side;
import org.medius.model.Task;

/** Squats, lunges and single-leg squats keep the generator's contract at the bottom and between reps. */
class SyntheticRepsTest {
    private static final double EXACT_DEG = 1e-6;

    @ParameterizedTest
    @EnumSource(value = View.class, names = {"POSTERIOR", "ANTERIOR"})
    void squatBottomsHaveThePrescribedFppaPerSideAndAreTheDeepestFrames(View view) {
        SyntheticTrack track = SyntheticTrack.squat().view(view).reps(4).repSeconds(2).pauseSeconds(0.5).fps(30)
                .depthFraction(0.25).fppaDeg(Side.LEFT, 14).fppaDeg(Side.RIGHT, 6).trunkLeanDeg(Side.RIGHT, 3)
                .generate();
        Truth truth = track.truth();
        assertEquals(Task.SQUAT, truth.task());
        assertEquals(4, truth.repCount());
        assertEquals(4, truth.events().size());
        assertEquals(0, truth.stepCount());
        assertTrue(Double.isNaN(truth.cadenceStepsPerMin()));
        for (EventTruth e : truth.events()) {
            assertNull(e.side());
            assertEquals(14, e.at(Side.LEFT).fppaDeg(), EXACT_DEG);
            assertEquals(6, e.at(Side.RIGHT).fppaDeg(), EXACT_DEG);
            assertEquals(3, e.at(Side.RIGHT).trunkLeanDeg(), EXACT_DEG);
            assertEquals(0, e.obliquityDeg(), EXACT_DEG);
            // 2 s at 30 fps: 60 frames, the bottom 30 frames in.
            assertEquals(60, e.endFrame() - e.startFrame());
            assertEquals(30, e.peakFrame() - e.startFrame());
            double bottomY = midHipY(truth.noiseFreePose(e.peakFrame()));
            for (int i = e.startFrame(); i <= e.endFrame(); i++) {
                if (i != e.peakFrame()) {
                    assertTrue(midHipY(truth.noiseFreePose(i)) < bottomY);
                }
            }
            assertEquals(0.25 * truth.body().legPx(), bottomY - midHipY(truth.noiseFreePose(e.startFrame())), 1e-9);
            assertThrows(IllegalStateException.class, e::fppaDeg);
        }
        List<EventTruth> reps = truth.events();
        for (int k = 1; k < reps.size(); k++) {
            assertEquals(15, reps.get(k).startFrame() - reps.get(k - 1).endFrame(), "0.5 s pause");
        }
        assertEquals(30, reps.get(0).startFrame(), "1 s of standing first");
        assertEquals(reps.get(reps.size() - 1).endFrame() + 30, truth.noiseFreeFrames().size() - 1);
    }

    @Test
    void aDeepSquatForeshortensTheThighBelowHalfItsStandingLengthAShallowOneDoesNot() {
        Truth deep = SyntheticTrack.squat().depthFraction(0.45).fppaDeg(Side.LEFT, 10).generate().truth();
        Truth shallow = SyntheticTrack.squat().depthFraction(0.2).generate().truth();
        for (Side s : Side.values()) {
            double standing = FppaReliability.standingThighLengthPx(
                    deep.noiseFreeFrames().stream().map(FramePose::pose).toList(), s);
            assertEquals(deep.standingThighLengthPx(), standing, 1e-9, "the standing frames show the whole thigh");
            for (EventTruth e : deep.events()) {
                assertTrue(e.at(s).thighFraction() < 0.5, "deep: " + e.at(s).thighFraction());
                assertFalse(FppaReliability.isReliable(deep.noiseFreePose(e.peakFrame()), s, standing));
            }
            for (EventTruth e : shallow.events()) {
                assertTrue(e.at(s).thighFraction() > 0.5, "shallow: " + e.at(s).thighFraction());
                assertTrue(FppaReliability.isReliable(shallow.noiseFreePose(e.peakFrame()), s, standing));
            }
        }
        // Even a foreshortened thigh carries the prescribed angle.
        assertEquals(10, deep.events().get(0).at(Side.LEFT).fppaDeg(), EXACT_DEG);
    }

    @Test
    void alternatingLungesTakeTurnsAndEachFrontKneeHasItsOwnValgus() {
        Truth truth = SyntheticTrack.lunge(Side.RIGHT).alternateLegs().view(View.ANTERIOR).reps(4)
                .fppaDeg(Side.LEFT, 5).fppaDeg(Side.RIGHT, 18).generate().truth();
        assertEquals(List.of(Side.RIGHT, Side.LEFT, Side.RIGHT, Side.LEFT),
                truth.events().stream().map(EventTruth::side).toList());
        for (EventTruth e : truth.events()) {
            assertEquals(e.side() == Side.RIGHT ? 18 : 5, e.fppaDeg(), EXACT_DEG, "the front knee's own valgus");
            assertEquals(0, e.at(e.side().other()).fppaDeg(), EXACT_DEG, "the back knee stays straight");
            // the front foot is the one that stepped towards the camera (lower in the image) at the bottom
            Pose bottom = truth.noiseFreePose(e.peakFrame());
            assertTrue(bottom.yPx(e.side().ankle()) > bottom.yPx(e.side().other().ankle()), e.toString());
        }
        assertThrows(IllegalStateException.class, () -> SyntheticTrack.squat().alternateLegs());
    }

    @Test
    void aSquatTooDeepForAFrontalViewIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> SyntheticTrack.squat().depthFraction(0.8).generate());
    }

    @ParameterizedTest
    @EnumSource(Side.class)
    void singleLegSquatBottomsHaveThePrescribedDropValgusAndLean(Side stance) {
        Truth truth = SyntheticTrack.singleLegSquat(stance).view(View.ANTERIOR).depthFraction(0.2).cpdDeg(stance, 8)
                .fppaDeg(stance, 11).trunkLeanDeg(stance, 4).rollDeg(0).generate().truth();
        assertEquals(Task.SINGLE_LEG_SQUAT, truth.task());
        assertEquals(5, truth.repCount());
        for (EventTruth e : truth.events()) {
            assertEquals(stance, e.side());
            assertEquals(8, e.cpdDeg(), EXACT_DEG);
            assertEquals(11, e.fppaDeg(), EXACT_DEG);
            assertEquals(4, e.trunkLeanDeg(), EXACT_DEG);
            assertEquals(8, e.maxCpdDeg(), EXACT_DEG);
            assertEquals(0, e.at(stance.other()).fppaDeg(), EXACT_DEG);
            // Depth is the mid-hip descent from the single-leg hold.
            double hold = midHipY(truth.noiseFreePose(e.startFrame()));
            assertEquals(0.2 * truth.body().legPx(), midHipY(truth.noiseFreePose(e.peakFrame())) - hold, 1e-9);
            assertEquals(0, PelvicObliquity.obliquityDeg(truth.noiseFreePose(e.startFrame())), EXACT_DEG);
        }
        // The stance ankle never moves; the free ankle is off the floor from the first rep to the last.
        Pose first = truth.noiseFreePose(0);
        double floorY = first.yPx(stance.ankle());
        for (FramePose f : truth.noiseFreeFrames()) {
            assertEquals(first.xPx(stance.ankle()), f.pose().xPx(stance.ankle()), 1e-9);
            assertEquals(floorY, f.pose().yPx(stance.ankle()), 1e-9);
        }
        int firstStart = truth.events().get(0).startFrame();
        int lastEnd = truth.events().get(truth.events().size() - 1).endFrame();
        for (int i = firstStart; i <= lastEnd; i++) {
            assertTrue(truth.noiseFreePose(i).yPx(stance.other().ankle()) < floorY - 0.2 * truth.body().legPx());
        }
        assertEquals(floorY, truth.noiseFreePose(0).yPx(stance.other().ankle()), 1e-9, "both feet down at first");
    }

    @Test
    void aDropTooLargeForTheDepthIsRefused() {
        assertThrows(IllegalArgumentException.class,
                () -> SyntheticTrack.singleLegSquat(Side.LEFT).depthFraction(0.01).cpdDeg(Side.LEFT, 20).generate());
        assertThrows(IllegalArgumentException.class, () -> SyntheticTrack.singleLegSquat(Side.LEFT).cpdDeg(Side.RIGHT, 5));
        assertThrows(IllegalStateException.class, () -> SyntheticTrack.squat().cpdDeg(Side.LEFT, 5));
    }

    @ParameterizedTest
    @EnumSource(Side.class)
    void lungeBottomsHaveThePrescribedValgusAndOnlyTheFrontFootSteps(Side working) {
        Truth truth = SyntheticTrack.lunge(working).reps(3).fppaDeg(working, 9).fppaDeg(working.other(), -3)
                .trunkLeanDeg(working, 2).generate().truth();
        assertEquals(Task.LUNGE, truth.task());
        assertEquals(3, truth.repCount());
        double floorY = truth.noiseFreePose(0).yPx(working.ankle());
        for (EventTruth e : truth.events()) {
            assertEquals(working, e.side());
            assertEquals(9, e.fppaDeg(), EXACT_DEG);
            assertEquals(-3, e.at(working.other()).fppaDeg(), EXACT_DEG);
            assertEquals(2, e.trunkLeanDeg(), EXACT_DEG);
            assertEquals(0.30 * truth.body().legPx(),
                    midHipY(truth.noiseFreePose(e.peakFrame())) - midHipY(truth.noiseFreePose(e.startFrame())), 1e-9);
            double bottomY = midHipY(truth.noiseFreePose(e.peakFrame()));
            boolean frontLifted = false;
            for (int i = e.startFrame(); i <= e.endFrame(); i++) {
                Pose p = truth.noiseFreePose(i);
                if (i != e.peakFrame()) {
                    assertTrue(midHipY(p) < bottomY);
                }
                assertTrue(p.yPx(working.other().ankle()) <= floorY + 1e-9, "the rear ankle never sinks");
                frontLifted |= p.yPx(working.ankle()) < floorY - 1;
            }
            assertTrue(frontLifted, "the front foot steps out and back");
            // The rear foot stays on its ball: flat at the start and end, the heel (and ankle) raised at the bottom.
            assertEquals(floorY, truth.noiseFreePose(e.startFrame()).yPx(working.other().ankle()), 1e-9);
            assertEquals(floorY, truth.noiseFreePose(e.endFrame()).yPx(working.other().ankle()), 1e-9);
            assertTrue(truth.noiseFreePose(e.peakFrame()).yPx(working.other().ankle()) < floorY - 1);
            // Seen from the front, the rear knee drops towards the floor and the front knee much less.
            double frontDrop = truth.noiseFreePose(e.peakFrame()).yPx(working.knee())
                    - truth.noiseFreePose(e.startFrame()).yPx(working.knee());
            double rearDrop = truth.noiseFreePose(e.peakFrame()).yPx(working.other().knee())
                    - truth.noiseFreePose(e.startFrame()).yPx(working.other().knee());
            assertTrue(rearDrop - frontDrop > 0.1 * truth.body().legPx(), frontDrop + " / " + rearDrop);
            // The front thigh is not foreshortened under half its standing length, so its FPPA is measurable.
            Pose bottom = truth.noiseFreePose(e.peakFrame());
            double thighY = bottom.yPx(working.knee()) - bottom.yPx(working.hip());
            assertTrue(thighY > 0.55 * truth.body().thighPx(), "front thigh " + thighY);
            // At the bottom both feet are planted.
            assertEquals(floorY, truth.noiseFreePose(e.peakFrame()).yPx(working.ankle()), 1e-9);
        }
    }

    @Test
    void optionsOfTheOtherKindOfTrackAreRefused() {
        assertThrows(IllegalStateException.class, () -> SyntheticTrack.squat().cadenceStepsPerMin(100));
        assertThrows(IllegalStateException.class, () -> SyntheticTrack.squat().lungeStepFraction(1));
        assertThrows(IllegalArgumentException.class, () -> SyntheticTrack.lunge(null));
    }

    private static double midHipY(Pose p) {
        return (p.yPx(Keypoint.LEFT_HIP) + p.yPx(Keypoint.RIGHT_HIP)) / 2;
    }
}
