package org.medius.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.medius.model.FramePose;
import org.medius.model.Pose;
import org.medius.model.Side;
import org.medius.synth.EventTruth;
import org.medius.synth.SyntheticTrack;
import org.medius.synth.Truth;

/**
 * Each detector on noise-free synthetic keypoint tracks, whose events are known exactly: every event found, none
 * invented, on the right side, at the true frames (the detectors see a still ankle from its first still frame, so
 * a strike may read one frame late and a toe-off one frame early where the speed is a central difference), and
 * cadence equal to the generated one.
 */
class EventDetectorsSyntheticTest {

    static BodyTracks body(List<FramePose> frames) {
        List<Pose> poses = frames.stream().map(FramePose::pose).toList();
        double[] t = frames.stream().mapToDouble(FramePose::timestampSeconds).toArray();
        return BodyTracks.of(poses, t);
    }

    /** Within one frame, or 25 ms at high frame rates (about the accuracy reported for kinematic event methods). */
    private static int toleranceFrames(double fps) {
        return Math.max(1, (int) Math.floor(0.025 * fps));
    }

    private static void assertStancesMatch(Truth truth, List<MovementEvent> found, int toleranceFrames) {
        List<EventTruth> expected = truth.events();
        assertEquals(expected.size(), found.size(), "stances found: " + found);
        for (int k = 0; k < expected.size(); k++) {
            EventTruth e = expected.get(k);
            MovementEvent f = found.get(k);
            assertEquals(e.side(), f.side(), "stance " + k);
            assertTrue(Math.abs(f.startFrame() - e.startFrame()) <= toleranceFrames,
                    "strike " + k + ": found " + f.startFrame() + ", true " + e.startFrame());
            assertTrue(Math.abs(f.endFrame() - e.endFrame()) <= toleranceFrames,
                    "toe-off " + k + ": found " + f.endFrame() + ", true " + e.endFrame());
        }
    }

    /**
     * Frontal stances start and end where the two ankles are level, which is near but not at strike and toe-off
     * (docs/events.md): within a tenth of a stride (70 ms in running at 172 steps/min, 111 ms in walking at 108).
     */
    private static int frontalToleranceFrames(double cadenceStepsPerMin, double fps) {
        return Math.max(1, (int) Math.floor(0.1 * 120 / cadenceStepsPerMin * fps));
    }

    /**
     * Every true strike found, on its foot, within the tolerance; any further strike found lies after the last
     * true one (the truth lists only contacts whose stance ends inside the clip; a foot that lands in the last
     * stride is a step all the same).
     */
    private static void assertStrikesMatch(Truth truth, List<FramePose> frames, EventDetection d, int tolerance) {
        FrontalStanceDetector.Result r = FrontalStanceDetector.detect(body(frames));
        int lastTrue = 0;
        for (Side s : Side.values()) {
            List<Integer> expected = truth.strikeFrames(s);
            List<Integer> found = r.strikeFramesPerFoot().get(s.ordinal());
            assertTrue(found.size() >= expected.size(), s + " strikes " + found + ", true " + expected);
            for (int k = 0; k < expected.size(); k++) {
                assertTrue(Math.abs(found.get(k) - expected.get(k)) <= tolerance, s + " strike " + k + ": found "
                        + found + ", true " + expected);
                lastTrue = Math.max(lastTrue, expected.get(k));
            }
        }
        for (Side s : Side.values()) {
            List<Integer> found = r.strikeFramesPerFoot().get(s.ordinal());
            for (int k = truth.strikeFrames(s).size(); k < found.size(); k++) {
                assertTrue(found.get(k) > lastTrue, "an extra strike only after the last true one: " + found);
            }
        }
        assertEquals(r.stepCount(), d.stepCount());
        assertEquals(r.strikeFramesPerFoot().get(0).size(), d.leftStepCount());
    }

    @ParameterizedTest
    @EnumSource(value = View.class, names = {"POSTERIOR", "ANTERIOR"})
    void frontalWalkingStancesAndCadence(View view) {
        SyntheticTrack track = SyntheticTrack.walk().view(view).cadenceStepsPerMin(108).stanceFraction(0.62).steps(14)
                .fps(60).generate();
        EventDetection d = EventDetector.gait(body(track.truth().noiseFreeFrames()), view);
        assertStancesMatch(track.truth(), d.events(), frontalToleranceFrames(108, 60));
        assertStrikesMatch(track.truth(), track.truth().noiseFreeFrames(), d, frontalToleranceFrames(108, 60));
        assertEquals(track.truth().cadenceStepsPerMin(), d.cadenceStepsPerMin(), 0.01 * 108);
    }

    @ParameterizedTest
    @ValueSource(doubles = {30, 60, 120})
    void frontalRunningWithFlightAtAnyFrameRate(double fps) {
        SyntheticTrack track = SyntheticTrack.run().cadenceStepsPerMin(172).stanceFraction(0.35).steps(20).fps(fps)
                .generate();
        EventDetection d = EventDetector.gait(body(track.truth().noiseFreeFrames()), View.POSTERIOR);
        assertStancesMatch(track.truth(), d.events(), frontalToleranceFrames(172, fps));
        assertStrikesMatch(track.truth(), track.truth().noiseFreeFrames(), d, frontalToleranceFrames(172, fps));
        assertEquals(track.truth().cadenceStepsPerMin(), d.cadenceStepsPerMin(), 0.01 * 172);
    }

    @ParameterizedTest
    @EnumSource(value = View.class, names = {"SAGITTAL_LEFT", "SAGITTAL_RIGHT"})
    void sagittalWalkingByZenisMethodInBothDirections(View view) {
        SyntheticTrack track = SyntheticTrack.sagittalWalk().view(view).cadenceStepsPerMin(112).steps(10).fps(60)
                .generate();
        Truth truth = track.truth();
        BodyTracks body = body(truth.noiseFreeFrames());
        for (Side s : Side.values()) {
            // the truth lists complete stances; a last strike whose toe-off falls after the clip is found as well
            List<Integer> expected = truth.strikeFrames(s);
            List<Integer> found = SagittalGaitDetector.strikes(body, s);
            assertEquals(expected, found.subList(0, Math.min(found.size(), expected.size())), s + " strikes, exact");
            assertTrue(found.size() - expected.size() <= 1, "at most one more strike, at the end: " + found);
        }
        EventDetection d = EventDetector.gait(body, view);
        // strikes on the true frames, plus the last one: one whole-frame interval more moves it by about 0.2 %
        assertEquals(truth.cadenceStepsPerMin(), d.cadenceStepsPerMin(), 0.005 * truth.cadenceStepsPerMin());
        for (MovementEvent e : d.events()) {
            assertTrue(truth.toeOffFrames(e.side()).contains(e.endFrame()), "toe-off of " + e + " is a true one");
            assertTrue(truth.strikeFrames(e.side()).contains(e.startFrame()));
        }
    }

    @Test
    void standingStillIsNoStep() {
        SyntheticTrack track = SyntheticTrack.squat().reps(1).standingSeconds(3).depthFraction(0.12).fps(30).generate();
        EventDetection d = EventDetector.gait(body(track.truth().noiseFreeFrames()), View.POSTERIOR);
        assertEquals(0, d.events().size(), "no step while the feet stay planted: " + d.events());
        assertTrue(Double.isNaN(d.cadenceStepsPerMin()));
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 3, 6})
    void squatRepetitionsWithTheirBottoms(int reps) {
        SyntheticTrack track = SyntheticTrack.squat().reps(reps).repSeconds(2).pauseSeconds(0.6).depthFraction(0.3)
                .fps(30).generate();
        EventDetection d = EventDetector.repetitions(body(track.truth().noiseFreeFrames()), RepetitionDetector.Legs.BOTH);
        assertEquals(reps, d.repetitionCount());
        assertEquals(2 * reps, d.events().size(), "one event per side and repetition");
        for (int k = 0; k < reps; k++) {
            EventTruth e = track.truth().events().get(k);
            for (MovementEvent f : d.events().subList(2 * k, 2 * k + 2)) {
                assertEquals(e.peakFrame(), f.keyFrame(), "bottom of rep " + k);
                assertTrue(f.startFrame() >= e.startFrame() && f.endFrame() <= e.endFrame(),
                        "within the true repetition: " + f + " vs " + e);
            }
        }
    }

    @ParameterizedTest
    @EnumSource(Side.class)
    void lungeFrontLegAndSingleLegSquatStanceLeg(Side working) {
        SyntheticTrack lunge = SyntheticTrack.lunge(working).reps(3).fps(30).generate();
        EventDetection l = EventDetector.repetitions(body(lunge.truth().noiseFreeFrames()),
                RepetitionDetector.Legs.FRONT_LEG);
        assertEquals(3, l.repetitionCount(), l.notes().toString());
        l.events().forEach(e -> assertEquals(working, e.side(), "front leg"));
        SyntheticTrack sls = SyntheticTrack.singleLegSquat(working).reps(4).depthFraction(0.2).fps(30).generate();
        EventDetection s = EventDetector.repetitions(body(sls.truth().noiseFreeFrames()),
                RepetitionDetector.Legs.STANCE_LEG);
        assertEquals(4, s.repetitionCount(), s.notes().toString());
        for (int k = 0; k < 4; k++) {
            assertEquals(working, s.events().get(k).side(), "stance leg");
            assertEquals(sls.truth().events().get(k).peakFrame(), s.events().get(k).keyFrame());
        }
    }

    @Test
    void aRepetitionCutByTheEndOfTheClipIsLeftOutWithANote() {
        SyntheticTrack track = SyntheticTrack.squat().reps(3).repSeconds(2).pauseSeconds(0.5).depthFraction(0.3)
                .fps(30).generate();
        List<FramePose> frames = track.truth().noiseFreeFrames();
        int cut = track.truth().events().get(2).peakFrame() + 3; // just after the third bottom
        EventDetection d = EventDetector.repetitions(body(frames.subList(0, cut)), RepetitionDetector.Legs.BOTH);
        assertEquals(2, d.repetitionCount());
        assertTrue(d.notes().get(0).toLowerCase(java.util.Locale.ROOT).contains("the clip ends"),
                d.notes().toString());
        assertTrue(d.notes().get(0).contains("left out"), d.notes().toString());
    }

    /**
     * Issue 14: a clip that starts within 0.2 s of the first descent keeps that repetition (its bottom is filmed);
     * one that starts past half its depth leaves it out with a note; the same at the end of the clip.
     */
    @Test
    void aRepetitionStartingOrEndingNearStandingIsKeptOneCutDeepIsNot() {
        SyntheticTrack track = SyntheticTrack.squat().reps(3).repSeconds(2).pauseSeconds(0.5).depthFraction(0.3)
                .fps(30).generate();
        List<FramePose> frames = track.truth().noiseFreeFrames();
        EventTruth firstRep = track.truth().events().get(0);
        EventTruth lastRep = track.truth().events().get(2);
        int sixthOfASecond = 5;
        List<FramePose> lateStart = frames.subList(firstRep.startFrame() + sixthOfASecond, frames.size());
        EventDetection kept = EventDetector.repetitions(body(lateStart), RepetitionDetector.Legs.BOTH);
        assertEquals(3, kept.repetitionCount(), kept.notes().toString());
        List<FramePose> earlyEnd = frames.subList(0, lastRep.endFrame() - sixthOfASecond);
        EventDetection keptAtEnd = EventDetector.repetitions(body(earlyEnd), RepetitionDetector.Legs.BOTH);
        assertEquals(3, keptAtEnd.repetitionCount(), keptAtEnd.notes().toString());

        int deepStart = firstRep.peakFrame() - 6; // 0.2 s before the bottom: far past half-way down
        EventDetection cut = EventDetector.repetitions(body(frames.subList(deepStart, frames.size())),
                RepetitionDetector.Legs.BOTH);
        assertEquals(2, cut.repetitionCount(), cut.notes().toString());
        assertTrue(cut.notes().stream().anyMatch(n -> n.toLowerCase(java.util.Locale.ROOT).contains("the clip starts")
                && n.contains("left out")), cut.notes().toString());
        assertEquals(track.truth().events().get(1).peakFrame() - deepStart, cut.events().get(0).keyFrame());
    }

    /**
     * Issue 14: lunges that alternate legs (left, right, left), from in front and from behind: each repetition's front
     * leg is found, from where each knee sits between hip and ankle, with no standing reference.
     */
    @ParameterizedTest
    @EnumSource(value = View.class, names = {"ANTERIOR", "POSTERIOR"})
    void alternatingLungesGiveEachRepetitionsFrontLeg(View view) {
        List<FramePose> frames = new java.util.ArrayList<>();
        Side[] legs = {Side.LEFT, Side.RIGHT, Side.LEFT};
        for (Side leg : legs) {
            List<FramePose> one = SyntheticTrack.lunge(leg).view(view).reps(1).fps(30).generate().truth()
                    .noiseFreeFrames();
            int offset = frames.size();
            for (FramePose f : one) {
                frames.add(new FramePose(offset + f.frameIndex(), (offset + f.frameIndex()) / 30.0, f.pose()));
            }
        }
        EventDetection d = EventDetector.repetitions(body(frames), RepetitionDetector.Legs.FRONT_LEG);
        assertEquals(3, d.repetitionCount(), d.notes().toString());
        for (int k = 0; k < 3; k++) {
            assertEquals(legs[k], d.events().get(k).side(), "repetition " + (k + 1));
        }
    }
}
