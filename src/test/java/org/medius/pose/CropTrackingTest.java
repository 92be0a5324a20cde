package org.medius.pose;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.medius.model.Keypoint;
import org.medius.model.Pose;

class CropTrackingTest {

    /** A standing person: hips at (500,600)/(540,600), shoulders 200 px higher, ankles 400 px lower. */
    private static Pose standing(double confidence) {
        double[] x = new double[Keypoint.COUNT];
        double[] y = new double[Keypoint.COUNT];
        double[] c = new double[Keypoint.COUNT];
        Arrays.fill(x, 520);
        Arrays.fill(y, 600);
        Arrays.fill(c, confidence);
        set(x, y, Keypoint.LEFT_HIP, 540, 600);
        set(x, y, Keypoint.RIGHT_HIP, 500, 600);
        set(x, y, Keypoint.LEFT_SHOULDER, 550, 400);
        set(x, y, Keypoint.RIGHT_SHOULDER, 490, 400);
        set(x, y, Keypoint.LEFT_ANKLE, 545, 1000);
        set(x, y, Keypoint.RIGHT_ANKLE, 495, 1000);
        set(x, y, Keypoint.NOSE, 520, 300);
        return Pose.of(x, y, c);
    }

    private static void set(double[] x, double[] y, Keypoint k, double xPx, double yPx) {
        x[k.ordinal()] = xPx;
        y[k.ordinal()] = yPx;
    }

    @Test
    void cropIsCentredOnMidHipAndSizedByTheFarthestConfidentJoint() {
        CropRegion r = CropTracking.next(standing(0.9), 1920, 1080);
        // torso: max |dy| = 200 -> 380; body: max |dy| = 400 (ankles) -> 480; half = 480
        double half = 480;
        assertEquals((600 - half) / 1080, r.yMin(), 1e-12);
        assertEquals((520 - half) / 1920, r.xMin(), 1e-12);
        assertEquals((600 + half) / 1080, r.yMax(), 1e-12);
        assertEquals((520 + half) / 1920, r.xMax(), 1e-12);
    }

    @Test
    void unconfidentTorsoFallsBackToTheWholeFrame() {
        Pose p = standing(0.1);
        assertFalse(CropTracking.torsoVisible(p));
        assertEquals(CropRegion.wholeFramePadded(1920, 1080), CropTracking.next(p, 1920, 1080));
    }

    @Test
    void confidentTorsoIsVisible() {
        assertTrue(CropTracking.torsoVisible(standing(0.5)));
    }

    @Test
    void cropLargerThanTheFrameFallsBackToTheWholeFrame() {
        // a 300x300 frame cannot hold a 960 px crop
        assertEquals(CropRegion.wholeFramePadded(300, 300), CropTracking.next(standing(0.9), 300, 300));
    }

    @Test
    void poseScoreAveragesOnlyConfidentKeypoints() {
        double[] c = new double[Keypoint.COUNT];
        c[0] = 0.9;
        c[1] = 0.5;
        c[2] = 0.1;
        double[] nan = new double[Keypoint.COUNT];
        Arrays.fill(nan, 1);
        assertEquals(0.7, MoveNetTracker.score(Pose.of(nan, nan, c)), 1e-12);
        assertEquals(0.0, MoveNetTracker.score(Pose.empty()));
    }
}
