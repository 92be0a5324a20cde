package org.medius.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.medius.model.FramePose;
import org.medius.model.Pose;

class ViewDetectorTest {
    private final ViewDetector detector = new ViewDetector();

    private static void assertSingle(ViewEstimate e, View view, int frames) {
        assertEquals(view, e.overall(), e.toString());
        assertEquals(List.of(new ViewSegment(0, frames, view)), e.segments(), e.toString());
        assertFalse(e.userOverride());
    }

    private static void assertBoundary(ViewEstimate e, View first, View second, int expected, int end, int tolerance) {
        assertEquals(2, e.segments().size(), e.toString());
        ViewSegment a = e.segments().get(0);
        ViewSegment b = e.segments().get(1);
        assertEquals(first, a.view(), e.toString());
        assertEquals(second, b.view(), e.toString());
        assertEquals(0, a.startFrame());
        assertEquals(a.endFrameExclusive(), b.startFrame());
        assertEquals(end, b.endFrameExclusive());
        assertTrue(Math.abs(a.endFrameExclusive() - expected) <= tolerance,
                "boundary " + a.endFrameExclusive() + " expected " + expected + " +- " + tolerance);
    }

    /** Walks 4 m across the picture, centred, at 1 m/s, 6 m from the camera (perspective stays moderate). */
    private static SyntheticWalker sideWalker(double psi) {
        SyntheticWalker w = SyntheticWalker.heading(psi);
        w.startX = psi < 0 ? 2 : -2;
        w.speed = t -> 1.0;
        return w;
    }

    @Test
    void walkerSeenFromBehindIsPosterior() {
        List<FramePose> track = SyntheticWalker.heading(180).track();
        // posterior: the person's left hip is on the image left
        assertTrue(track.get(0).pose().xPx(org.medius.model.Keypoint.LEFT_HIP)
                < track.get(0).pose().xPx(org.medius.model.Keypoint.RIGHT_HIP));
        ViewEstimate e = detector.estimate(track);
        assertSingle(e, View.POSTERIOR, 120);
        assertTrue(e.confidence() > 0.7, e.toString());
    }

    @Test
    void walkerTowardsTheCameraIsAnterior() {
        SyntheticWalker w = SyntheticWalker.heading(0);
        w.startZ = -4;
        ViewEstimate e = detector.estimate(w.track());
        assertSingle(e, View.ANTERIOR, 120);
        assertTrue(e.confidence() > 0.7, e.toString());
    }

    @Test
    void mirroredPosteriorTreadmillWalkerIsAnterior() {
        SyntheticWalker w = SyntheticWalker.heading(180);
        w.speed = t -> 0;
        List<FramePose> posterior = w.track();
        assertSingle(detector.estimate(posterior), View.POSTERIOR, 120);
        // same labels, image mirrored: left hip now on the image right, the spec's anterior
        assertSingle(detector.estimate(SyntheticWalker.mirrored(posterior)), View.ANTERIOR, 120);
    }

    @Test
    void sagittalWalkerFacingImageLeftShowsTheLeftSide() {
        ViewEstimate e = detector.estimate(sideWalker(-90).track());
        assertSingle(e, View.SAGITTAL_LEFT, 120);
        assertTrue(e.confidence() > 0.5, e.toString());
    }

    @Test
    void sagittalWalkerFacingImageRightShowsTheRightSide() {
        ViewEstimate e = detector.estimate(sideWalker(90).track());
        assertSingle(e, View.SAGITTAL_RIGHT, 120);
        assertTrue(e.confidence() > 0.5, e.toString());
    }

    @Test
    void sagittalSideFromFaceAndConfidenceAloneOnATreadmill() {
        for (double psi : new double[] {-90, 90}) {
            SyntheticWalker w = SyntheticWalker.heading(psi);
            w.speed = t -> 0;
            assertSingle(detector.estimate(w.track()), psi < 0 ? View.SAGITTAL_LEFT : View.SAGITTAL_RIGHT, 120);
        }
    }

    @Test
    void sagittalWithTheFarSideHiddenBelowTheGate() {
        for (double psi : new double[] {-90, 90}) {
            SyntheticWalker w = sideWalker(psi);
            w.farSideFactor = 0.3;
            assertSingle(detector.estimate(w.track()), psi < 0 ? View.SAGITTAL_LEFT : View.SAGITTAL_RIGHT, 120);
        }
    }

    @Test
    void sagittalWalkingAgainstTheNoseIsDecidedByTheMajorityOfCues() {
        // a person who walks backwards to the image right while facing left: the face and the nearer side win
        SyntheticWalker w = SyntheticWalker.heading(-90);
        w.startX = -2;
        w.speed = t -> -1.0;
        assertEquals(View.SAGITTAL_LEFT, detector.estimate(w.track()).overall());
    }

    /** Away from the camera for 2.5 s, a 0.6 s turn through facing image left, then towards it. */
    private static SyntheticWalker awayThenBack() {
        SyntheticWalker w = new SyntheticWalker();
        w.seconds = 5.5;
        w.heading = SyntheticWalker.turn(180, 360, 2.5, 0.6);
        w.speed = t -> t > 2.5 && t < 3.1 ? 0 : 1.2;
        return w;
    }

    @Test
    void walkingAwayThenTurningRoundGivesPosteriorThenAnterior() {
        SyntheticWalker w = awayThenBack();
        ViewEstimate e = detector.estimate(w.track());
        // the turn passes sideways at 2.8 s = frame 84
        assertBoundary(e, View.POSTERIOR, View.ANTERIOR, 84, 165, 2);
        assertEquals(View.POSTERIOR, e.overall(), "2.8 s posterior against 2.7 s anterior");
        assertTrue(e.changesView());
        assertEquals(View.POSTERIOR, e.viewAt(10));
        assertEquals(View.ANTERIOR, e.viewAt(150));
        assertTrue(e.confidence() < 0.7, "a mixed video is not confidently one view: " + e);
    }

    @Test
    void turnAroundAt60FpsWithNoiseAndCorruptFrames() {
        SyntheticWalker w = awayThenBack();
        w.fps = 60;
        w.noisePx = 2;
        ViewEstimate e = detector.estimate(SyntheticWalker.corrupted(w.track(), 7));
        assertBoundary(e, View.POSTERIOR, View.ANTERIOR, 168, 330, 3);
    }

    @Test
    void turnAroundWithNoiseAndCorruptFrames() {
        for (long seed = 1; seed <= 5; seed++) {
            SyntheticWalker w = awayThenBack();
            w.noisePx = 3;
            w.seed = seed;
            ViewEstimate e = detector.estimate(SyntheticWalker.corrupted(w.track(), seed));
            assertBoundary(e, View.POSTERIOR, View.ANTERIOR, 84, 165, 2);
        }
    }

    @Test
    void sagittalWalkerTurningRoundGivesRightThenLeft() {
        SyntheticWalker w = new SyntheticWalker();
        w.seconds = 5;
        w.startX = -2;
        w.heading = SyntheticWalker.turn(90, 270, 2.5, 0.6); // through 180: the back to the camera
        w.speed = t -> t > 2.5 && t < 3.1 ? 0 : 1.2;
        ViewEstimate e = detector.estimate(w.track());
        assertBoundary(e, View.SAGITTAL_RIGHT, View.SAGITTAL_LEFT, 84, 150, 2);
    }

    @Test
    void noisyLowConfidenceFramesDoNotCreateSegments() {
        for (long seed = 1; seed <= 5; seed++) {
            SyntheticWalker w = SyntheticWalker.heading(180);
            w.noisePx = 3;
            w.seed = seed;
            assertSingle(detector.estimate(SyntheticWalker.corrupted(w.track(), seed)), View.POSTERIOR, 120);
            SyntheticWalker s = sideWalker(90);
            s.noisePx = 3;
            s.seed = seed;
            assertSingle(detector.estimate(SyntheticWalker.corrupted(s.track(), seed)), View.SAGITTAL_RIGHT, 120);
        }
    }

    @Test
    void aStretchShorterThanTheMinimumIsAbsorbedALongerOneIsKept() {
        SyntheticWalker back = SyntheticWalker.heading(180);
        back.speed = t -> 0;
        SyntheticWalker front = SyntheticWalker.heading(0);
        front.speed = t -> 0;
        List<FramePose> posterior = back.track();
        List<FramePose> anterior = front.track();
        List<FramePose> track = new ArrayList<>(posterior);
        for (int i = 50; i < 60; i++) { // 0.33 s seen from the front
            track.set(i, anterior.get(i));
        }
        assertSingle(detector.estimate(track), View.POSTERIOR, 120);
        for (int i = 60; i < 75; i++) { // now 0.83 s: long enough to count
            track.set(i, anterior.get(i));
        }
        ViewEstimate e = detector.estimate(track);
        assertEquals(3, e.segments().size(), e.toString());
        ViewSegment mid = e.segments().get(1);
        assertEquals(View.ANTERIOR, mid.view());
        assertTrue(Math.abs(mid.startFrame() - 50) <= 1 && Math.abs(mid.endFrameExclusive() - 75) <= 1, e.toString());

        // a 0.33 s stretch of swapped labels (weak, conflicting cues) is absorbed too
        List<FramePose> swapped = new ArrayList<>(SyntheticWalker.heading(180).track());
        for (int i = 50; i < 60; i++) {
            swapped.set(i, SyntheticWalker.swapped(swapped.get(i)));
        }
        assertSingle(detector.estimate(swapped), View.POSTERIOR, 120);
    }

    @Test
    void overrideFixesTheWholeVideo() {
        ViewEstimate e = detector.estimate(awayThenBack().track(), ViewChoice.POSTERIOR);
        assertEquals(new ViewEstimate(View.POSTERIOR, 1.0, List.of(new ViewSegment(0, 165, View.POSTERIOR)), true), e);
        ViewEstimate s = detector.estimate(SyntheticWalker.heading(180).track(), ViewChoice.SAGITTAL_LEFT);
        assertEquals(View.SAGITTAL_LEFT, s.overall());
        assertTrue(s.userOverride());
    }

    @Test
    void sagittalOverrideStillDetectsTheSideAndATurn() {
        SyntheticWalker left = sideWalker(-90);
        ViewEstimate e = detector.estimate(left.track(), ViewChoice.SAGITTAL);
        assertEquals(View.SAGITTAL_LEFT, e.overall());
        assertTrue(e.userOverride());
        assertTrue(e.confidence() > 0.5);
        assertEquals(List.of(new ViewSegment(0, 120, View.SAGITTAL_LEFT)), e.segments());

        SyntheticWalker w = new SyntheticWalker();
        w.seconds = 5;
        w.startX = -2;
        w.heading = SyntheticWalker.turn(90, 270, 2.5, 0.6);
        w.speed = t -> t > 2.5 && t < 3.1 ? 0 : 1.2;
        ViewEstimate turned = detector.estimate(w.track(), ViewChoice.SAGITTAL);
        assertBoundary(turned, View.SAGITTAL_RIGHT, View.SAGITTAL_LEFT, 84, 150, 2);
        assertTrue(turned.userOverride());
    }

    @Test
    void emptyAndMissingTracksGiveTheDocumentedDefault() {
        assertEquals(new ViewEstimate(View.POSTERIOR, 0, List.of(), false), detector.estimate(List.of()));
        assertEquals(new ViewEstimate(View.SAGITTAL_RIGHT, 0, List.of(), true),
                detector.estimate(List.of(), ViewChoice.SAGITTAL));
        assertEquals(ViewDetector.DEFAULT_VIEW, detector.estimate(null).overall());

        List<FramePose> nan = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            nan.add(new FramePose(i + 5, Double.NaN, i % 3 == 0 ? null : Pose.empty()));
        }
        ViewEstimate e = detector.estimate(nan);
        assertEquals(new ViewEstimate(View.POSTERIOR, 0, List.of(new ViewSegment(5, 45, View.POSTERIOR)), false), e);
        assertEquals(View.SAGITTAL_RIGHT, detector.estimate(nan, ViewChoice.SAGITTAL).overall());
        assertEquals(0, detector.estimate(nan, ViewChoice.SAGITTAL).confidence());
        assertEquals(40, detector.cues(nan).size());
        assertTrue(detector.cues(nan).stream().allMatch(c -> c.view() == null && c.weight() == 0));
    }

    @Test
    void aLongMissingStretchIsFilledFromTheDetectedView() {
        SyntheticWalker w = SyntheticWalker.heading(0);
        w.startZ = -4;
        List<FramePose> track = new ArrayList<>(w.track());
        for (int i = 0; i < 60; i++) {
            track.set(i, new FramePose(i, track.get(i).timestampSeconds(), Pose.empty()));
        }
        ViewEstimate e = detector.estimate(track);
        assertSingle(e, View.ANTERIOR, 120);
        assertTrue(e.confidence() > 0.3 && e.confidence() < 0.6, "half the frames missing: " + e);
    }

    @Test
    void perFrameCuesOfClearViews() {
        FrameViewCues back = detector.cues(SyntheticWalker.heading(180).track()).get(60);
        assertEquals(View.POSTERIOR, back.view());
        assertTrue(back.planeScore() > 0.9 && back.anteriorScore() < -0.9, back.toString());
        FrameViewCues side = detector.cues(sideWalker(-90).track()).get(60);
        assertEquals(View.SAGITTAL_LEFT, side.view());
        assertTrue(side.planeScore() < -0.9 && side.leftSideScore() > 0.5, side.toString());
    }

    @Test
    void variableFrameRateAndOffsetFrameIndicesKeepTheBoundaryInFrameNumbers() {
        java.util.Random rnd = new java.util.Random(3);
        List<FramePose> track = new ArrayList<>();
        double t = 10;
        for (FramePose f : awayThenBack().track()) {
            track.add(new FramePose(f.frameIndex() + 1000, t, f.pose()));
            t += 1 / 30.0 * (0.8 + 0.4 * rnd.nextDouble());
        }
        ViewEstimate e = detector.estimate(track);
        assertEquals(2, e.segments().size(), e.toString());
        assertEquals(1000, e.segments().get(0).startFrame());
        assertTrue(Math.abs(e.segments().get(1).startFrame() - 1084) <= 2, e.toString());
        assertEquals(1165, e.segments().get(1).endFrameExclusive());
    }
}
