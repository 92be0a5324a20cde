package org.medius.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.medius.analysis.Analysis;
import org.medius.analysis.NoPersonException;
import org.medius.analysis.RollChoice;
import org.medius.events.ViewChoice;
import org.medius.model.FramePose;
import org.medius.model.Keypoint;
import org.medius.model.Sex;
import org.medius.model.Task;
import org.medius.session.Correction.FrameExclusion;
import org.medius.session.Correction.KeypointMove;
import org.medius.session.Correction.RollOverride;
import org.medius.session.Correction.ViewOverride;

class SessionTest {
    private static final List<FramePose> POSES = SyntheticSessions.standingTrack(300);

    @Test
    void movingTheLeftHipDownOnSomeFramesTiltsThePelvisThereOnly() throws NoPersonException {
        Session s = SyntheticSessions.session(POSES);
        Analysis before = s.analyse("test");
        List<Correction> moves = new ArrayList<>();
        for (int f = 100; f < 160; f++) { // the left hip 30 px lower for two seconds
            FramePose fp = POSES.get(f);
            moves.add(new KeypointMove(f, Keypoint.LEFT_HIP, fp.pose().xPx(Keypoint.LEFT_HIP), 530));
        }
        Analysis after = s.withCorrections(moves).analyse("test");

        double levelDeg = before.frames().get(130).angles().pelvicObliquityDeg();
        double tiltedDeg = after.frames().get(130).angles().pelvicObliquityDeg();
        assertEquals(0, levelDeg, 1.0, "a level pelvis before");
        assertEquals(Math.toDegrees(Math.atan2(30, 100)), tiltedDeg, 1.0, "left hip 30 px lower over 100 px");
        assertEquals(1.0, after.frames().get(130).rawPose().confidence(Keypoint.LEFT_HIP), "a person placed it");
        assertEquals(before.frames().get(20).angles().pelvicObliquityDeg(),
                after.frames().get(20).angles().pelvicObliquityDeg(), 0.1, "far from the moved frames");
        assertEquals(before.frames().get(280).angles().pelvicObliquityDeg(),
                after.frames().get(280).angles().pelvicObliquityDeg(), 0.1, "far from the moved frames");
        assertEquals(POSES, s.modelPoses(), "the model's poses are kept as they came");
    }

    @Test
    void aKeypointMovedOnOneFrameStaysWhereItWasPutDespiteTheFilters() throws NoPersonException {
        Session s = SyntheticSessions.session(POSES).withCorrections(List.of(new RollOverride(RollChoice.none())));
        Analysis before = s.analyse("test");
        FramePose fp = POSES.get(130); // one frame: without the pin, Hampel would take it for an outlier
        Analysis after = s.withCorrections(List.of(new RollOverride(RollChoice.none()),
                new KeypointMove(130, Keypoint.LEFT_HIP, fp.pose().xPx(Keypoint.LEFT_HIP), 530))).analyse("test");

        var pose = after.frames().get(130).filteredPose();
        assertEquals(530, pose.yPx(Keypoint.LEFT_HIP), 1e-9);
        assertEquals(fp.pose().xPx(Keypoint.LEFT_HIP), pose.xPx(Keypoint.LEFT_HIP), 1e-9);
        double expectedDeg = Math.toDegrees(Math.atan(Math.abs(530 - pose.yPx(Keypoint.RIGHT_HIP))
                / Math.abs(pose.xPx(Keypoint.RIGHT_HIP) - pose.xPx(Keypoint.LEFT_HIP))));
        assertEquals(expectedDeg, Math.abs(after.frames().get(130).angles().pelvicObliquityDeg()), 1e-6);
        assertTrue(expectedDeg > 15, "30 px over 100 px");
        assertEquals(0, before.frames().get(130).angles().pelvicObliquityDeg(), 1.0, "level before");
        assertFalse(after.frames().get(130).flags().get(Keypoint.LEFT_HIP.ordinal()).outlierReplaced());
        assertEquals(before.frames().get(20).angles().pelvicObliquityDeg(),
                after.frames().get(20).angles().pelvicObliquityDeg(), 1e-9, "frames far away are untouched");
    }

    @Test
    void viewAndRollOverridesAndTheSessionsSexReachTheAnalysis() throws NoPersonException {
        Session s = SyntheticSessions.session(POSES).withSex(Sex.MALE).withTask(Task.WALK)
                .withCorrections(List.of(new ViewOverride(ViewChoice.SAGITTAL_LEFT),
                        new RollOverride(RollChoice.user(3))));
        Analysis a = s.analyse("test");
        assertEquals(ViewChoice.SAGITTAL_LEFT, a.settings().view());
        assertTrue(a.view().userOverride());
        assertEquals(RollChoice.user(3), a.settings().roll());
        assertEquals(3.0, a.roll().rollDeg(), 1e-12);
        assertEquals(Sex.MALE, a.settings().scoring().sex());
        assertEquals(Task.WALK, a.settings().task());
        assertEquals("MoveNet SinglePose Thunder (test)", a.model());
    }

    @Test
    void excludedFramesAreGapFilledFromTheirNeighbours() throws NoPersonException {
        Analysis a = SyntheticSessions.session(POSES).withCorrections(List.of(new FrameExclusion(150, 152)))
                .analyse("test");
        assertEquals(297, a.framesWithPerson());
        assertEquals(0.0, a.frames().get(151).rawPose().confidence(Keypoint.LEFT_KNEE));
        assertTrue(a.frames().get(151).flags().get(Keypoint.LEFT_KNEE.ordinal()).gapFilled());
        assertTrue(Double.isFinite(a.frames().get(151).angles().pelvicObliquityDeg()));
    }

    @Test
    void excludingEveryFrameLeavesNoPerson() {
        Session s = SyntheticSessions.session(POSES).withCorrections(List.of(new FrameExclusion(0, 299)));
        assertThrows(NoPersonException.class, () -> s.analyse("test"));
    }
}
