package org.medius.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.medius.model.FramePose;
import org.medius.model.Keypoint;
import org.medius.model.Pose;
import org.medius.model.Side;
import org.medius.synth.EventTruth;
import org.medius.synth.SyntheticTrack;

/**
 * {@link SingleLegHoldDetector} on synthetic tracks: the rendered test's two holds (left leg, then right) with known
 * frames, and hand-made tracks of a standing person whose one foot is lifted for a chosen time.
 */
class SingleLegHoldDetectorTest {

    private static SyntheticTrack stance(double fps, double holdSeconds) {
        return SyntheticTrack.singleLegStance().fps(fps).holdSeconds(holdSeconds).cpdDeg(Side.RIGHT, 8)
                .trunkLeanDeg(Side.LEFT, 3).noisePx(1.5).seed(3).generate();
    }

    @ParameterizedTest
    @ValueSource(doubles = {25, 30, 120})
    void findsOneHoldPerLegOnTheStanceLegAtAnyFrameRate(double fps) {
        SyntheticTrack track = stance(fps, 4);
        SingleLegHoldDetector.Result r = SingleLegHoldDetector.detect(EventDetectorsSyntheticTest.body(track.frames()));
        List<EventTruth> truth = track.truth().events();
        assertEquals(2, r.holds().size(), "holds: " + r.holds());
        assertEquals(List.of(), r.notes());
        double[] t = track.frames().stream().mapToDouble(FramePose::timestampSeconds).toArray();
        for (int k = 0; k < 2; k++) {
            MovementEvent h = r.holds().get(k);
            EventTruth e = truth.get(k);
            assertEquals(EventKind.HOLD, h.kind());
            assertEquals(k == 0 ? Side.LEFT : Side.RIGHT, h.side());
            assertEquals(e.side(), h.side());
            // inside the true lift-to-lowering span, and holding at least the 4 s with the foot fully up
            assertTrue(h.startFrame() >= e.startFrame() && h.endFrame() <= e.endFrame(), h + " vs " + e);
            double seconds = t[h.endFrame()] - t[h.startFrame()];
            assertTrue(seconds >= 4 && seconds <= 5, "hold " + k + " lasts " + seconds + " s");
            assertTrue(h.contains(h.keyFrame()));
        }
    }

    @Test
    void theHoldTimesDoNotDependOnTheFrameRate() {
        double[] starts = new double[2];
        double[] ends = new double[2];
        for (double fps : new double[] {25, 120}) {
            SyntheticTrack track = stance(fps, 4);
            List<MovementEvent> holds = SingleLegHoldDetector.detect(
                    EventDetectorsSyntheticTest.body(track.frames())).holds();
            double start = track.frames().get(holds.get(1).startFrame()).timestampSeconds();
            double end = track.frames().get(holds.get(1).endFrame()).timestampSeconds();
            if (fps == 25) {
                starts[0] = start;
                ends[0] = end;
            } else {
                starts[1] = start;
                ends[1] = end;
            }
        }
        // within one frame at 25 fps
        assertEquals(starts[0], starts[1], 0.04);
        assertEquals(ends[0], ends[1], 0.04);
    }

    /** A person standing still on both feet, the right foot lifted by a quarter leg length between from and to. */
    private static BodyTracks standing(double fps, double seconds, double fromS, double toS) {
        return standing(fps, seconds, fromS, toS, -1, -1);
    }

    /** The same, the foot put down again from dipFromS to dipToS. */
    private static BodyTracks standing(double fps, double seconds, double fromS, double toS, double dipFromS,
            double dipToS) {
        Pose base = SyntheticTrack.singleLegStance().cpdDeg(Side.LEFT, 0).generate().truth().noiseFreePose(0);
        double leg = base.yPx(Keypoint.RIGHT_ANKLE) - base.yPx(Keypoint.RIGHT_HIP);
        int n = (int) Math.round(fps * seconds);
        List<Pose> poses = new ArrayList<>();
        double[] t = new double[n];
        for (int i = 0; i < n; i++) {
            t[i] = i / fps;
            double[] x = new double[Keypoint.COUNT];
            double[] y = new double[Keypoint.COUNT];
            double[] c = new double[Keypoint.COUNT];
            for (Keypoint k : Keypoint.values()) {
                x[k.ordinal()] = base.xPx(k);
                y[k.ordinal()] = base.yPx(k);
                c[k.ordinal()] = 0.9;
            }
            if (t[i] >= fromS && t[i] < toS && !(t[i] >= dipFromS && t[i] < dipToS)) {
                y[Keypoint.RIGHT_ANKLE.ordinal()] -= 0.25 * leg;
            }
            poses.add(Pose.of(x, y, c));
        }
        return BodyTracks.of(poses, t);
    }

    @Test
    void aLiftOfThreeTenthsOfASecondIsNoHold() {
        SingleLegHoldDetector.Result r = SingleLegHoldDetector.detect(standing(30, 5, 2, 2.3));
        assertEquals(List.of(), r.holds());
        assertEquals(1, r.shortLiftCount());
        assertEquals(List.of("No single-leg stance was found (1 lift of a foot, each shorter than 1 s). Stand on one"
                + " leg for at least 1 s, the other foot clearly off the floor, then on the other leg."), r.notes());
    }

    @Test
    void aLiftOfOneAndAHalfSecondsIsAHoldOnTheOtherLegAndTheMissingLegIsNamed() {
        SingleLegHoldDetector.Result r = SingleLegHoldDetector.detect(standing(30, 5, 2, 3.5));
        assertEquals(1, r.holds().size());
        MovementEvent h = r.holds().get(0);
        assertEquals(Side.LEFT, h.side());
        assertEquals(60, h.startFrame());
        assertEquals(104, h.endFrame());
        assertEquals(List.of("No stance on the right leg was found: stand on the right leg for at least 1 s, the"
                + " other foot clearly off the floor."), r.notes());
    }

    @Test
    void standingOnBothFeetIsNoHoldAndSaysWhatToDo() {
        SingleLegHoldDetector.Result r = SingleLegHoldDetector.detect(standing(60, 6, 99, 99));
        assertEquals(List.of(), r.holds());
        assertEquals(0, r.shortLiftCount());
        assertEquals(List.of("No single-leg stance was found. Stand on one leg for at least 1 s, the other foot"
                + " clearly off the floor, then on the other leg."), r.notes());
    }

    @Test
    void aWobbleOfTheFreeFootDoesNotSplitAHold() {
        // the foot comes down for 0.2 s in the middle of a 3 s lift: one hold over the whole lift
        List<MovementEvent> holds = SingleLegHoldDetector.detect(standing(50, 6, 1, 4, 2.4, 2.6)).holds();
        assertEquals(1, holds.size(), "holds: " + holds);
        assertEquals(50, holds.get(0).startFrame());
        assertEquals(199, holds.get(0).endFrame());
    }

    @Test
    void theKeyFrameIsTheLargestDropOfTheFreeSide() {
        SyntheticTrack track = SyntheticTrack.singleLegStance().fps(30).holdSeconds(3).cpdDeg(Side.LEFT, 6)
                .generate();
        MovementEvent h = SingleLegHoldDetector.detect(EventDetectorsSyntheticTest.body(track.frames())).holds()
                .get(0);
        // the drop is constant through the hold, so the key frame lies where the foot is fully up
        EventTruth e = track.truth().events().get(0);
        assertTrue(h.keyFrame() > e.startFrame() + 15 * 0.5 && h.keyFrame() < e.endFrame() - 15 * 0.5,
                h + " vs " + e);
    }
}
