package org.medius.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.medius.analysis.AnalysisSettings;
import org.medius.analysis.MarkerMode;
import org.medius.analysis.RollChoice;
import org.medius.events.ViewChoice;
import org.medius.model.FramePose;
import org.medius.model.Keypoint;
import org.medius.model.PelvisMarkerFrame;
import org.medius.model.PelvisMarkerTrack;
import org.medius.model.PelvisSource;
import org.medius.model.Pose;
import org.medius.model.Side;
import org.medius.model.Task;
import org.medius.session.Correction.FrameExclusion;
import org.medius.session.Correction.KeypointMove;
import org.medius.session.Correction.RollOverride;
import org.medius.session.Correction.SubjectPick;
import org.medius.session.Correction.ViewOverride;

class CorrectionsTest {

    /** Five frames numbered 10..14 (not their positions), each a slightly different pose. */
    private static List<FramePose> frames() {
        Random noise = new Random(7);
        List<FramePose> l = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            l.add(new FramePose(10 + i, i / 30.0, SyntheticSessions.standing(noise, 2)));
        }
        return List.copyOf(l);
    }

    @Test
    void aKeypointMoveChangesOnlyThatKeypointOnThatFrameAndSetsFullConfidence() {
        List<FramePose> in = frames();
        List<FramePose> out = Corrections.none().with(new KeypointMove(12, Keypoint.LEFT_KNEE, 412, 633)).applyTo(in);
        assertEquals(in.size(), out.size());
        for (int i = 0; i < in.size(); i++) {
            assertEquals(in.get(i).frameIndex(), out.get(i).frameIndex());
            assertEquals(in.get(i).timestampSeconds(), out.get(i).timestampSeconds());
            Pose before = in.get(i).pose();
            Pose after = out.get(i).pose();
            for (Keypoint k : Keypoint.values()) {
                boolean moved = in.get(i).frameIndex() == 12 && k == Keypoint.LEFT_KNEE;
                assertEquals(moved ? 412 : before.xPx(k), after.xPx(k), k + " x on frame " + i);
                assertEquals(moved ? 633 : before.yPx(k), after.yPx(k), k + " y on frame " + i);
                assertEquals(moved ? 1.0 : before.confidence(k), after.confidence(k), k + " confidence");
            }
        }
        assertEquals(frames(), in, "the input is left as it was");
    }

    @Test
    void theLaterMoveOfTheSameKeypointWinsAndOtherMovesStay() {
        Corrections c = Corrections.none()
                .with(new KeypointMove(11, Keypoint.RIGHT_HIP, 1, 2))
                .with(new KeypointMove(11, Keypoint.LEFT_HIP, 3, 4))
                .with(new KeypointMove(11, Keypoint.RIGHT_HIP, 5, 6));
        Pose p = c.applyTo(frames()).get(1).pose();
        assertEquals(5, p.xPx(Keypoint.RIGHT_HIP));
        assertEquals(6, p.yPx(Keypoint.RIGHT_HIP));
        assertEquals(3, p.xPx(Keypoint.LEFT_HIP));
        assertEquals(4, p.yPx(Keypoint.LEFT_HIP));
    }

    @Test
    void anExclusionBlanksWholeFramesAndWinsOverAMoveOnThem() {
        List<FramePose> in = frames();
        List<FramePose> out = Corrections.none()
                .with(new KeypointMove(12, Keypoint.NOSE, 1, 1))
                .with(new FrameExclusion(11, 12))
                .with(new KeypointMove(11, Keypoint.NOSE, 2, 2))
                .applyTo(in);
        assertEquals(in.get(0), out.get(0));
        assertEquals(new FramePose(11, in.get(1).timestampSeconds(), Pose.empty()), out.get(1));
        assertEquals(new FramePose(12, in.get(2).timestampSeconds(), Pose.empty()), out.get(2));
        assertEquals(in.get(3), out.get(3));
        assertEquals(in.get(4), out.get(4));
    }

    @Test
    void correctionsNamingFramesThatAreNotThereChangeNothing() {
        List<FramePose> in = frames();
        assertEquals(in, Corrections.none().with(new KeypointMove(2, Keypoint.NOSE, 1, 1))
                .with(new FrameExclusion(0, 9)).with(new FrameExclusion(15, 99)).applyTo(in));
    }

    @Test
    void theLastViewAndRollOverridesReachTheSettings() {
        AnalysisSettings defaults = AnalysisSettings.defaults(Task.WALK);
        Corrections c = Corrections.none()
                .with(new ViewOverride(ViewChoice.ANTERIOR))
                .with(new RollOverride(RollChoice.user(3)))
                .with(new ViewOverride(ViewChoice.SAGITTAL))
                .with(new RollOverride(RollChoice.none()));
        AnalysisSettings s = c.applyTo(defaults);
        assertEquals(ViewChoice.SAGITTAL, s.view());
        assertEquals(RollChoice.none(), s.roll());
        assertEquals(defaults.filter(), s.filter());
        assertEquals(defaults.scoring(), s.scoring());
        assertEquals(ViewChoice.AUTO, defaults.view(), "the input is left as it was");
        assertSame(defaults, Corrections.none().with(new KeypointMove(1, Keypoint.NOSE, 1, 1)).applyTo(defaults));
    }

    @Test
    void theSubjectIsTheLatestPick() {
        assertEquals(Optional.empty(), Corrections.none().subject());
        Corrections c = Corrections.none().with(new SubjectPick(1, 2)).with(new FrameExclusion(0, 1))
                .with(new SubjectPick(812, 400)).with(new ViewOverride(ViewChoice.AUTO));
        assertEquals(Optional.of(new SubjectPick(812, 400)), c.subject());
    }

    @Test
    void withAddsAtTheEndAndLeavesTheOriginalAlone() {
        Corrections one = Corrections.none().with(new FrameExclusion(1, 2));
        Corrections two = one.with(new FrameExclusion(3, 4));
        assertEquals(List.of(new FrameExclusion(1, 2)), one.list());
        assertEquals(List.of(new FrameExclusion(1, 2), new FrameExclusion(3, 4)), two.list());
        assertTrue(Corrections.none().isEmpty());
        assertFalse(one.isEmpty());
        assertThrows(UnsupportedOperationException.class, () -> two.list().add(new FrameExclusion(5, 6)));
        assertEquals(two, Corrections.of(two.list()));
        assertNotEquals(one, two);
    }

    @Test
    void descriptionsArePlainWords() {
        assertEquals("Move left knee on frame 12 to (412, 633) px",
                new KeypointMove(12, Keypoint.LEFT_KNEE, 412.3, 632.8).description());
        assertEquals("Exclude frames 40\u201355", new FrameExclusion(40, 55).description());
        assertEquals("Exclude frame 7", new FrameExclusion(7, 7).description());
        assertEquals("View: sagittal", new ViewOverride(ViewChoice.SAGITTAL).description());
        assertEquals("View: sagittal left", new ViewOverride(ViewChoice.SAGITTAL_LEFT).description());
        assertEquals("Camera roll: 3.0\u00b0", new RollOverride(RollChoice.user(3)).description());
        assertEquals("Camera roll: none", new RollOverride(RollChoice.none()).description());
        assertEquals("Subject: the person at (812, 400) px", new SubjectPick(812, 400).description());
    }

    @Test
    void onlyASubjectPickNeedsThePoseStage() {
        assertTrue(new SubjectPick(1, 2).needsPoseStage());
        assertFalse(new KeypointMove(1, Keypoint.NOSE, 1, 2).needsPoseStage());
        assertFalse(new FrameExclusion(1, 2).needsPoseStage());
        assertFalse(new ViewOverride(ViewChoice.AUTO).needsPoseStage());
        assertFalse(new RollOverride(RollChoice.auto()).needsPoseStage());
    }

    @Test
    void invalidCorrectionsAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> new FrameExclusion(5, 4));
        assertThrows(IllegalArgumentException.class, () -> new FrameExclusion(-1, 4));
        assertThrows(IllegalArgumentException.class, () -> new KeypointMove(-1, Keypoint.NOSE, 1, 2));
        assertThrows(IllegalArgumentException.class, () -> new KeypointMove(1, Keypoint.NOSE, Double.NaN, 2));
        assertThrows(NullPointerException.class, () -> new ViewOverride(null));
    }

    @Test
    void aMarkerMovePutsThatMarkerThereAndALostFrameReadsTheMarkersAgain() {
        List<FramePose> poses = frames(); // frames 10..14
        List<PelvisMarkerFrame> f = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            f.add(i == 3 ? PelvisMarkerFrame.fallback(Double.NaN, Double.NaN, 300, 200, false, true)
                    : new PelvisMarkerFrame(100, 200 + i, 300, 200, true, true,
                            PelvisSource.MARKERS));
        }
        PelvisMarkerTrack track = new PelvisMarkerTrack(f, 300);
        Corrections c = Corrections.none()
                .with(new Correction.MarkerMove(11, Side.LEFT, 90, 210))
                .with(new Correction.MarkerMove(11, Side.LEFT, 95, 215)) // the later move wins
                .with(new Correction.MarkerMove(13, Side.LEFT, 99, 205))
                .with(new Correction.FrameExclusion(14, 14));
        List<PelvisMarkerFrame> out = c.applyTo(track, poses).frames();
        assertEquals(f.get(0), out.get(0), "untouched frame");
        assertEquals(95, out.get(1).leftXPx());
        assertEquals(215, out.get(1).leftYPx());
        assertEquals(300, out.get(1).rightXPx(), "the other marker stays");
        assertEquals(PelvisSource.MARKERS, out.get(3).source(), "the lost marker put back by hand");
        assertTrue(out.get(3).leftDetected());
        assertEquals(PelvisSource.KEYPOINTS, out.get(4).source(), "an excluded frame reads no marker");
        assertEquals(null, c.applyTo(null, poses), "no track stays no track");
        assertEquals(MarkerMode.PELVIS, Corrections.none()
                .with(new Correction.PelvisMarkers(MarkerMode.PELVIS))
                .applyTo(AnalysisSettings.defaults(Task.WALK)).markers());
    }
}
