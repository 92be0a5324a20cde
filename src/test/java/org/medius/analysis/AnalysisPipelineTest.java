package org.medius.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.medius.model.FramePose;
import org.medius.model.Keypoint;
import org.medius.model.Pose;
import org.medius.model.VideoMetadata;

class AnalysisPipelineTest {
    static final VideoMetadata VIDEO = new VideoMetadata("clip.mp4", 640, 480, 0, "h264", 30, 2);

    /**
     * A person seen from behind (their left on the image left), hips 100 px apart with the left hip 10 px lower,
     * the left knee 20 px medial of a vertical hip-ankle line 400 px long (the knee halfway down).
     */
    static Pose person(double confidence) {
        double[] x = new double[Keypoint.COUNT];
        double[] y = new double[Keypoint.COUNT];
        double[] c = new double[Keypoint.COUNT];
        Arrays.fill(c, confidence);
        set(x, y, Keypoint.LEFT_HIP, 270, 210);
        set(x, y, Keypoint.RIGHT_HIP, 370, 200);
        set(x, y, Keypoint.LEFT_KNEE, 290, 410);
        set(x, y, Keypoint.RIGHT_KNEE, 370, 400);
        set(x, y, Keypoint.LEFT_ANKLE, 270, 610);
        set(x, y, Keypoint.RIGHT_ANKLE, 370, 600);
        set(x, y, Keypoint.LEFT_SHOULDER, 270, 0);
        set(x, y, Keypoint.RIGHT_SHOULDER, 370, 0);
        for (Keypoint k : List.of(Keypoint.NOSE, Keypoint.LEFT_EYE, Keypoint.RIGHT_EYE, Keypoint.LEFT_EAR,
                Keypoint.RIGHT_EAR, Keypoint.LEFT_ELBOW, Keypoint.RIGHT_ELBOW, Keypoint.LEFT_WRIST, Keypoint.RIGHT_WRIST)) {
            set(x, y, k, 320, 10);
        }
        return Pose.of(x, y, c);
    }

    private static void set(double[] x, double[] y, Keypoint k, double xPx, double yPx) {
        x[k.ordinal()] = xPx;
        y[k.ordinal()] = yPx;
    }

    static List<FramePose> track(int frames, double fps, Pose pose) {
        List<FramePose> t = new ArrayList<>();
        for (int i = 0; i < frames; i++) {
            t.add(new FramePose(i, i / fps, pose));
        }
        return t;
    }

    @Test
    void staticPoseGivesTheHandComputedAnglesOnEveryFrame() throws NoPersonException {
        Analysis a = AnalysisPipeline.analyse(track(60, 30, person(0.9)), VIDEO, "test", "dev",
                AnalysisSettings.defaults(Task.WALK));
        assertEquals(60, a.frames().size());
        assertEquals(60, a.framesWithPerson());
        assertEquals(6.0, a.effectiveCutoffHz());
        assertTrue(a.warnings().isEmpty());
        for (AnalysedFrame f : a.frames()) {
            FrameAngles ang = f.angles();
            assertEquals(Math.toDegrees(Math.atan2(10, 100)), ang.pelvicObliquityDeg(), 1e-6, "left hip 10 px lower");
            // knee 20 px off a 400 px line at its middle: thigh and shank each atan(20/200) off the line
            assertEquals(2 * Math.toDegrees(Math.atan(20.0 / 200)), ang.kneeFppaLeftDeg(), 1e-6, "valgus, +");
            assertEquals(20.0 / 400, ang.kneeFpkdLeft(), 1e-9);
            assertEquals(0.0, ang.kneeFppaRightDeg(), 1e-6, "straight right leg");
            assertTrue(ang.fppaReliableLeft());
            assertEquals(KeypointFlags.NONE, f.flags().get(Keypoint.LEFT_KNEE.ordinal()));
        }
    }

    @Test
    void aLowConfidenceFrameIsGatedAndFilledFromItsNeighbours() throws NoPersonException {
        List<FramePose> t = track(60, 30, person(0.9));
        t.set(30, new FramePose(30, 1.0, person(0.1)));
        Analysis a = AnalysisPipeline.analyse(t, VIDEO, "test", "dev", AnalysisSettings.defaults(Task.WALK));
        KeypointFlags flags = a.frames().get(30).flags().get(Keypoint.LEFT_KNEE.ordinal());
        assertTrue(flags.gated());
        assertTrue(flags.gapFilled());
        assertEquals(290.0, a.frames().get(30).filteredPose().xPx(Keypoint.LEFT_KNEE), 1e-6);
        assertEquals(59, a.framesWithPerson());
    }

    @Test
    void aLowFrameRateLowersTheCutOffAndSaysSo() throws NoPersonException {
        Analysis a = AnalysisPipeline.analyse(track(40, 5, person(0.9)), VIDEO, "test", "dev",
                AnalysisSettings.defaults(Task.SQUAT));
        assertEquals(AnalysisPipeline.LOWERED_CUTOFF_FRACTION * 5, a.effectiveCutoffHz(), 1e-9);
        assertEquals(1, a.warnings().size());
        assertTrue(a.warnings().get(0).contains("5.0 frames/s"), a.warnings().get(0));
        assertEquals(6.0, a.settings().filter().cutoffHz(), "the requested value is kept in the settings");
    }

    @Test
    void nobodyOnAnyFrameIsAClearError() {
        NoPersonException e = assertThrows(NoPersonException.class, () -> AnalysisPipeline.analyse(
                track(30, 30, person(0.05)), VIDEO, "test", "dev", AnalysisSettings.defaults(Task.WALK)));
        assertTrue(e.getMessage().startsWith("No person was found in clip.mp4"), e.getMessage());
    }

    @Test
    void aPersonOnTooFewFramesIsAClearError() {
        List<FramePose> t = track(100, 30, person(0.05));
        for (int i = 0; i < 10; i++) {
            t.set(i, new FramePose(i, i / 30.0, person(0.9)));
        }
        NoPersonException e = assertThrows(NoPersonException.class, () -> AnalysisPipeline.analyse(
                t, VIDEO, "test", "dev", AnalysisSettings.defaults(Task.WALK)));
        assertTrue(e.getMessage().contains("only 10 of 100 frames"), e.getMessage());
        assertFalse(e.getMessage().contains("NaN"));
    }
}
