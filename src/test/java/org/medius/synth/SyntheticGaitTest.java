package org.medius.synth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.medius.events.View;
import org.medius.kinematics.ContralateralPelvicDrop;
import org.medius.kinematics.KneeFppa;
import org.medius.kinematics.PelvicObliquity;
import org.medius.kinematics.RollCorrection;
import org.medius.kinematics.TrunkLean;
import org.medius.model.FramePose;
import org.medius.model.Keypoint;
import org.medius.model.Pose;
import org.medius.model.Side;
import org.medius.model.Task;

/** The frontal gait generator keeps its own contract: events, angles, feet, timing, roll and corruptions. */
class SyntheticGaitTest {
    private static final double EXACT_DEG = 1e-6;
    private static final double EXACT_PX = 1e-9;

    private static SyntheticTrack prescribedWalk(View view) {
        return SyntheticTrack.walk().view(view).cadenceStepsPerMin(120).stanceFraction(0.6).steps(12).fps(60)
                .cpdDeg(Side.LEFT, 7).cpdDeg(Side.RIGHT, 3.5).fppaDeg(Side.LEFT, 12).fppaDeg(Side.RIGHT, -4)
                .trunkLeanDeg(Side.LEFT, 5).trunkLeanDeg(Side.RIGHT, 2).generate();
    }

    @ParameterizedTest
    @EnumSource(value = View.class, names = {"POSTERIOR", "ANTERIOR"})
    void everyStancePeakHasThePrescribedCpdFppaAndLean(View view) {
        Truth truth = prescribedWalk(view).truth();
        assertEquals(12, truth.events().size());
        for (EventTruth e : truth.events()) {
            boolean left = e.side() == Side.LEFT;
            assertEquals(left ? 7 : 3.5, e.cpdDeg(), EXACT_DEG);
            assertEquals(left ? 12 : -4, e.fppaDeg(), EXACT_DEG);
            assertEquals(left ? 5 : 2, e.trunkLeanDeg(), EXACT_DEG);
            // The peak is the largest drop and lean of the stance; the other knee is straight at that frame.
            assertEquals(e.cpdDeg(), e.maxCpdDeg(), EXACT_DEG);
            assertEquals(e.trunkLeanDeg(), e.maxTrunkLeanDeg(), EXACT_DEG);
            assertEquals(0, e.at(e.side().other()).fppaDeg(), EXACT_DEG);
            // The truth is what the kinematics classes read on the noise-free pose.
            Pose p = truth.noiseFreePose(e.peakFrame());
            assertEquals(ContralateralPelvicDrop.cpdDeg(p, e.side()), e.cpdDeg(), 0);
            assertEquals(KneeFppa.fpkd(p, e.side()), e.fpkd(), 0);
            assertEquals(TrunkLean.leanDeg(p, e.side()), e.trunkLeanDeg(), 0);
            assertTrue(e.startFrame() < e.peakFrame() && e.peakFrame() < e.endFrame());
        }
    }

    @Test
    void theStancesAlternateFromTheFirstFoot() {
        Truth truth = SyntheticTrack.walk().firstFoot(Side.LEFT).steps(5).generate().truth();
        assertEquals(List.of(Side.LEFT, Side.RIGHT, Side.LEFT, Side.RIGHT, Side.LEFT),
                truth.events().stream().map(EventTruth::side).toList());
        assertEquals(List.of(Side.LEFT, Side.RIGHT, Side.LEFT, Side.RIGHT, Side.LEFT),
                truth.footContacts().stream().map(FootContact::foot).toList());
        assertEquals(Task.WALK, truth.task());
    }

    @Test
    void midStanceIsTheDeepestMidHipOfTheStance() {
        Truth truth = prescribedWalk(View.POSTERIOR).truth();
        for (EventTruth e : truth.events()) {
            for (int i = e.startFrame(); i <= e.endFrame(); i++) {
                if (i != e.peakFrame()) {
                    assertTrue(midHipY(truth.noiseFreePose(i)) < midHipY(truth.noiseFreePose(e.peakFrame())),
                            "frame " + i + " of stance " + e);
                }
            }
        }
    }

    @ParameterizedTest
    @EnumSource(value = Task.class, names = {"WALK", "RUN"})
    void aStanceAnkleIsStillAndLowestASwingAnkleIsHigher(Task task) {
        SyntheticTrack track = (task == Task.WALK ? SyntheticTrack.walk() : SyntheticTrack.run()).generate();
        Truth truth = track.truth();
        double floorAnkleY = truth.noiseFreePose(truth.footContacts().get(0).strikeFrame())
                .yPx(truth.footContacts().get(0).foot().ankle());
        for (Side foot : Side.values()) {
            Keypoint ankle = foot.ankle();
            List<FootContact> contacts = truth.footContacts().stream().filter(c -> c.foot() == foot).toList();
            for (FootContact c : contacts) {
                Pose strike = truth.noiseFreePose(c.strikeFrame());
                for (int i = c.strikeFrame(); i <= c.toeOffFrame(); i++) {
                    assertEquals(floorAnkleY, truth.noiseFreePose(i).yPx(ankle), EXACT_PX);
                    assertEquals(strike.xPx(ankle), truth.noiseFreePose(i).xPx(ankle), EXACT_PX);
                }
            }
            for (int k = 0; k + 1 < contacts.size(); k++) {
                for (int i = contacts.get(k).toeOffFrame() + 1; i < contacts.get(k + 1).strikeFrame(); i++) {
                    assertTrue(truth.noiseFreePose(i).yPx(ankle) < floorAnkleY - 1, "swing frame " + i + " of " + foot);
                }
            }
            for (FramePose f : truth.noiseFreeFrames()) {
                assertTrue(f.pose().yPx(ankle) <= floorAnkleY + EXACT_PX, "no ankle below the floor");
            }
        }
    }

    @Test
    void swingClearanceIsAFractionOfLegLengthLargerWhenRunning() {
        Truth walk = SyntheticTrack.walk().clearanceFraction(0.2).generate().truth();
        Truth run = SyntheticTrack.run().clearanceFraction(0.5).generate().truth();
        assertEquals(0.2, maxAnkleRise(walk) / walk.body().legPx(), 0.01);
        assertEquals(0.5, maxAnkleRise(run) / run.body().legPx(), 0.01);
    }

    @Test
    void walkingHasDoubleSupportAndRunningHasFlight() {
        for (Task task : List.of(Task.WALK, Task.RUN)) {
            Truth truth = (task == Task.WALK ? SyntheticTrack.walk() : SyntheticTrack.run()).generate().truth();
            List<FootContact> c = truth.footContacts();
            for (int k = 0; k + 1 < c.size(); k++) {
                if (task == Task.WALK) {
                    assertTrue(c.get(k).toeOffFrame() > c.get(k + 1).strikeFrame(), "double support after " + k);
                } else {
                    assertTrue(c.get(k + 1).strikeFrame() - c.get(k).toeOffFrame() >= 2, "flight after " + k);
                    int flight = (c.get(k).toeOffFrame() + c.get(k + 1).strikeFrame()) / 2;
                    double floor = truth.noiseFreePose(c.get(k).strikeFrame()).yPx(c.get(k).foot().ankle());
                    Pose p = truth.noiseFreePose(flight);
                    assertTrue(p.yPx(Keypoint.LEFT_ANKLE) < floor && p.yPx(Keypoint.RIGHT_ANKLE) < floor);
                }
            }
        }
    }

    @Test
    void cpdIsZeroInDoubleSupport() {
        Truth truth = prescribedWalk(View.POSTERIOR).truth();
        List<FootContact> c = truth.footContacts();
        for (int k = 0; k + 1 < c.size(); k++) {
            for (int i = c.get(k + 1).strikeFrame(); i <= c.get(k).toeOffFrame(); i++) {
                assertEquals(0, PelvicObliquity.obliquityDeg(truth.noiseFreePose(i)), EXACT_DEG, "frame " + i);
            }
        }
    }

    @Test
    void stepCountCadenceAndStrikeSpacingMatchWhenTheStepIsAWholeNumberOfFrames() {
        // 120 steps/min at 60 fps: 30 frames a step, stance 0.6 of a 60-frame stride = 36 frames.
        Truth truth = prescribedWalk(View.POSTERIOR).truth();
        assertEquals(12, truth.stepCount());
        assertEquals(120, truth.cadenceStepsPerMin(), 1e-9);
        List<FootContact> c = truth.footContacts();
        for (int k = 0; k < c.size(); k++) {
            assertEquals(36, c.get(k).toeOffFrame() - c.get(k).strikeFrame());
            if (k > 0) {
                assertEquals(30, c.get(k).strikeFrame() - c.get(k - 1).strikeFrame());
            }
        }
        assertEquals(30, c.get(0).strikeFrame(), "one step time of lead");
        assertEquals(c.get(c.size() - 1).toeOffFrame() + 30, truth.noiseFreeFrames().size() - 1);
    }

    @Test
    void jitteredTimestampsAreRealAndTheCadenceComesFromThem() {
        SyntheticTrack track = SyntheticTrack.walk().cadenceStepsPerMin(113).fps(30).frameTimeJitter(0.3).seed(5)
                .steps(10).cpdDeg(Side.LEFT, 4).fppaDeg(Side.RIGHT, 6).generate();
        List<FramePose> frames = track.frames();
        boolean uneven = false;
        for (int i = 1; i < frames.size(); i++) {
            double dt = frames.get(i).timestampSeconds() - frames.get(i - 1).timestampSeconds();
            assertTrue(dt > 0.2 / 30 && dt < 1.8 / 30);
            uneven |= Math.abs(dt - 1.0 / 30) > 1e-3;
            assertEquals(i, frames.get(i).frameIndex());
            assertEquals(track.truth().noiseFreeFrames().get(i).timestampSeconds(), frames.get(i).timestampSeconds());
        }
        assertTrue(uneven);
        List<FootContact> c = track.truth().footContacts();
        for (FootContact fc : c) {
            assertEquals(frames.get(fc.strikeFrame()).timestampSeconds(), fc.strikeSeconds());
            assertEquals(frames.get(fc.toeOffFrame()).timestampSeconds(), fc.toeOffSeconds());
        }
        double expected = 60.0 * (c.size() - 1) / (c.get(c.size() - 1).strikeSeconds() - c.get(0).strikeSeconds());
        assertEquals(expected, track.truth().cadenceStepsPerMin(), 1e-9);
        // Moving strikes onto frames changes the cadence by less than a frame over the whole walk.
        double span = (c.size() - 1) * 60 / 113.0;
        assertEquals(113, track.truth().cadenceStepsPerMin(), 113 * (1.0 / 30) / span * 1.01);
        // The peaks sit on frames, so the prescriptions hold exactly on jittered time too.
        for (EventTruth e : track.truth().events()) {
            assertEquals(e.side() == Side.LEFT ? 4 : 0, e.cpdDeg(), EXACT_DEG);
            assertEquals(e.side() == Side.LEFT ? 0 : 6, e.fppaDeg(), EXACT_DEG);
        }
    }

    @ParameterizedTest
    @EnumSource(value = View.class, names = {"POSTERIOR", "ANTERIOR"})
    void rollTurnsTheImageAboutItsCentre(View view) {
        double roll = 3;
        SyntheticTrack level = SyntheticTrack.walk().view(view).steps(4).generate();
        SyntheticTrack rolled = SyntheticTrack.walk().view(view).steps(4).rollDeg(roll).generate();
        // A person's left on the image left (posterior) tilts the other way from a person's left on the image right.
        double leftSideDown = view == View.ANTERIOR ? roll : -roll;
        RollCorrection correction = RollCorrection.user(roll);
        Truth truth = rolled.truth();
        for (int i = 0; i < truth.noiseFreeFrames().size(); i++) {
            Pose p = truth.noiseFreePose(i);
            assertEquals(leftSideDown, PelvicObliquity.obliquityDeg(p), EXACT_DEG, "level pelvis, frame " + i);
            assertEquals(leftSideDown, TrunkLean.leanTowardsLeftDeg(p), EXACT_DEG, "upright trunk, frame " + i);
            assertPosesEqual(level.truth().noiseFreePose(i), correction.correct(p, 1080, 1920), 1e-9);
        }
        for (EventTruth e : truth.events()) {
            assertEquals(e.side() == Side.RIGHT ? leftSideDown : -leftSideDown, e.cpdDeg(), EXACT_DEG);
            assertEquals(0, e.fppaDeg(), EXACT_DEG);
        }
        assertEquals(roll, truth.rollDeg());
    }

    @Test
    void rollAddsToThePrescribedDrop() {
        Truth truth = SyntheticTrack.walk().cpdDeg(Side.LEFT, 6).cpdDeg(Side.RIGHT, 6).rollDeg(-2).generate().truth();
        // Posterior, roll -2: the person's left side appears 2 degrees lower, which adds to a right-stance drop.
        for (EventTruth e : truth.events()) {
            assertEquals(e.side() == Side.RIGHT ? 8 : 4, e.cpdDeg(), EXACT_DEG);
        }
    }

    @Test
    void gapsAreWhereAskedAndNowhereElse() {
        SyntheticTrack track = SyntheticTrack.walk().steps(4)
                .gap(10, 14, GapFill.NAN, Keypoint.LEFT_KNEE, Keypoint.LEFT_ANKLE)
                .gap(20, 22, GapFill.GARBAGE, Keypoint.RIGHT_HIP).generate();
        for (FramePose f : track.frames()) {
            int i = f.frameIndex();
            Pose truthPose = track.truth().noiseFreePose(i);
            for (Keypoint k : Keypoint.values()) {
                boolean nanGap = i >= 10 && i <= 14 && (k == Keypoint.LEFT_KNEE || k == Keypoint.LEFT_ANKLE);
                boolean garbageGap = i >= 20 && i <= 22 && k == Keypoint.RIGHT_HIP;
                if (nanGap) {
                    assertEquals(Gap.CONFIDENCE, f.pose().confidence(k));
                    assertTrue(Double.isNaN(f.pose().xPx(k)) && Double.isNaN(f.pose().yPx(k)));
                } else if (garbageGap) {
                    assertEquals(Gap.CONFIDENCE, f.pose().confidence(k));
                    assertTrue(f.pose().xPx(k) >= 0 && f.pose().xPx(k) < 1080);
                    assertTrue(f.pose().yPx(k) >= 0 && f.pose().yPx(k) < 1920);
                    assertTrue(Math.hypot(f.pose().xPx(k) - truthPose.xPx(k), f.pose().yPx(k) - truthPose.yPx(k)) > 0);
                } else {
                    assertEquals(0.9, f.pose().confidence(k));
                    assertEquals(truthPose.xPx(k), f.pose().xPx(k));
                    assertEquals(truthPose.yPx(k), f.pose().yPx(k));
                }
            }
        }
    }

    @Test
    void theFirstFramesCanHaveALowerConfidence() {
        SyntheticTrack track = SyntheticTrack.walk().steps(3).lowConfidenceStart(8, 0.25).generate();
        for (FramePose f : track.frames()) {
            for (Keypoint k : Keypoint.values()) {
                assertEquals(f.frameIndex() < 8 ? 0.25 : 0.9, f.pose().confidence(k));
                assertEquals(track.truth().noiseFreePose(f.frameIndex()).xPx(k), f.pose().xPx(k));
            }
        }
    }

    @Test
    void theSameSeedGivesTheSameTrackAndAnotherSeedAnother() {
        SyntheticTrack a = noisy(42);
        SyntheticTrack b = noisy(42);
        SyntheticTrack c = noisy(43);
        assertEquals(a.frames(), b.frames());
        assertEquals(a.truth(), b.truth());
        assertNotEquals(a.frames(), c.frames());
        assertNotEquals(a.frames().get(5).timestampSeconds(), c.frames().get(5).timestampSeconds());
    }

    @Test
    void noiseHasTheAskedStandardDeviationAndLeavesTheTruthAlone() {
        SyntheticTrack noisy = SyntheticTrack.walk().noisePx(2).seed(3).generate();
        SyntheticTrack clean = SyntheticTrack.walk().generate();
        double sum = 0;
        double sumSq = 0;
        int n = 0;
        for (FramePose f : noisy.frames()) {
            Pose t = noisy.truth().noiseFreePose(f.frameIndex());
            for (Keypoint k : Keypoint.values()) {
                for (double d : new double[] {f.pose().xPx(k) - t.xPx(k), f.pose().yPx(k) - t.yPx(k)}) {
                    sum += d;
                    sumSq += d * d;
                    n++;
                }
            }
        }
        assertEquals(0, sum / n, 0.05);
        assertEquals(2, Math.sqrt(sumSq / n), 0.05);
        assertEquals(clean.truth().noiseFreeFrames(), noisy.truth().noiseFreeFrames());
    }

    @Test
    void runningPeaksAreExactToo() {
        Truth truth = SyntheticTrack.run().fps(120).cpdDeg(Side.RIGHT, 9).fppaDeg(Side.RIGHT, 15)
                .trunkLeanDeg(Side.RIGHT, 3).generate().truth();
        assertEquals(Task.RUN, truth.task());
        assertEquals(14, truth.events().size());
        for (EventTruth e : truth.events(Side.RIGHT)) {
            assertEquals(9, e.cpdDeg(), EXACT_DEG);
            assertEquals(15, e.fppaDeg(), EXACT_DEG);
            assertEquals(3, e.trunkLeanDeg(), EXACT_DEG);
        }
        for (EventTruth e : truth.events(Side.LEFT)) {
            assertEquals(0, e.cpdDeg(), EXACT_DEG);
        }
    }

    @Test
    void aFrameRateTooLowForTheGaitIsRefused() {
        // 180 steps/min at 12 fps: 4 frames a step, a 3-frame stance: toe-off and the next strike 1 frame apart, no frame of flight.
        assertThrows(IllegalArgumentException.class, () -> SyntheticTrack.run().cadenceStepsPerMin(180).fps(12).generate());
        assertThrows(IllegalArgumentException.class, () -> SyntheticTrack.walk().stanceFraction(0.45).generate());
        assertThrows(IllegalStateException.class, () -> SyntheticTrack.walk().reps(3));
        assertFalse(SyntheticTrack.walk().fps(30).generate().frames().isEmpty());
    }

    private static SyntheticTrack noisy(long seed) {
        return SyntheticTrack.walk().steps(4).noisePx(1.5).frameTimeJitter(0.2).seed(seed)
                .gap(5, 9, GapFill.GARBAGE, Keypoint.NOSE).generate();
    }

    private static double midHipY(Pose p) {
        return (p.yPx(Keypoint.LEFT_HIP) + p.yPx(Keypoint.RIGHT_HIP)) / 2;
    }

    private static double maxAnkleRise(Truth truth) {
        double floor = Double.NEGATIVE_INFINITY;
        double top = Double.POSITIVE_INFINITY;
        for (FramePose f : truth.noiseFreeFrames()) {
            floor = Math.max(floor, f.pose().yPx(Keypoint.LEFT_ANKLE));
            top = Math.min(top, f.pose().yPx(Keypoint.LEFT_ANKLE));
        }
        return floor - top;
    }

    static void assertPosesEqual(Pose expected, Pose actual, double tolPx) {
        for (Keypoint k : Keypoint.values()) {
            assertEquals(expected.xPx(k), actual.xPx(k), tolPx, k + " x");
            assertEquals(expected.yPx(k), actual.yPx(k), tolPx, k + " y");
        }
    }
}
