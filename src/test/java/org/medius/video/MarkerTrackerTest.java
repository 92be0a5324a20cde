package org.medius.video;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.medius.model.Keypoint;
import org.medius.model.PelvisMarkerFrame;
import org.medius.model.PelvisMarkerTrack;
import org.medius.model.PelvisSource;
import org.medius.model.Pose;
import org.opencv.core.Core;
import org.opencv.core.CvType;
import org.opencv.core.Mat;
import org.opencv.core.Point;
import org.opencv.core.Scalar;
import org.opencv.imgproc.Imgproc;

/**
 * The marker tracker on pictures drawn with OpenCV: two magenta discs (radius 5 px, anti-aliased, at sub-pixel
 * centres) moving over a noisy grey background, with hip keypoints 18 px below them, jittered by 2 px.
 */
class MarkerTrackerTest {
    private static final double FPS = 30;
    private static final int W = 320;
    private static final int H = 240;
    private static final Scalar MAGENTA_BGR = new Scalar(255, 0, 255);

    @BeforeAll
    static void natives() {
        OpenCvNatives.load();
    }

    /** The true centre of the person's left (0) or right (1) marker on frame i, pixel-centre convention i + 0.5. */
    private static double[] centre(int side, int i) {
        double t = i / FPS;
        double x = 160 + 8 * Math.sin(2 * Math.PI * 0.7 * t) + (side == 0 ? 24.3 : -24.3);
        double tilt = 6 * Math.sin(2 * Math.PI * 0.9 * t); // the left marker this much lower than the right, px
        double y = 100.37 + 3 * Math.cos(2 * Math.PI * 0.5 * t) + (side == 0 ? tilt / 2 : -tilt / 2);
        return new double[] {x, y};
    }

    private static Mat frame(int i, Random random, boolean drawLeft, boolean drawRight) {
        Mat noise = new Mat(H, W, CvType.CV_8UC3);
        Core.randn(noise, 128, 12);
        for (int side = 0; side < 2; side++) {
            if (side == 0 ? drawLeft : drawRight) {
                double[] c = centre(side, i);
                // OpenCV's drawing puts pixel centres on integers: subtract the half pixel; shift 4 = 1/16 px
                Imgproc.circle(noise, new Point((c[0] - 0.5) * 16, (c[1] - 0.5) * 16), 5 * 16, MAGENTA_BGR, -1,
                        Imgproc.LINE_AA, 4);
            }
        }
        // a distracting orange patch (skin-like hue) beside the hips
        Imgproc.rectangle(noise, new Point(100, 110), new Point(115, 140), new Scalar(60, 140, 230), -1);
        return noise;
    }

    private static Pose hips(int i, Random random) {
        double[] x = new double[Keypoint.COUNT];
        double[] y = new double[Keypoint.COUNT];
        double[] c = new double[Keypoint.COUNT];
        Arrays.fill(x, Double.NaN);
        Arrays.fill(y, Double.NaN);
        for (int side = 0; side < 2; side++) {
            Keypoint k = side == 0 ? Keypoint.LEFT_HIP : Keypoint.RIGHT_HIP;
            double[] m = centre(side, i);
            x[k.ordinal()] = m[0] - (side == 0 ? 4 : -4) + 2 * random.nextGaussian();
            y[k.ordinal()] = m[1] + 18 + 2 * random.nextGaussian();
            c[k.ordinal()] = 0.8;
        }
        return Pose.of(x, y, c);
    }

    /** Tracks n frames; the left marker is not drawn on frames [hideFrom, hideTo). */
    private static PelvisMarkerTrack track(int n, int hideFrom, int hideTo, MarkerTracker.Settings settings) {
        Random random = new Random(17);
        MarkerTracker tracker = new MarkerTracker(settings);
        for (int i = 0; i < n; i++) {
            Mat m = frame(i, random, i < hideFrom || i >= hideTo, true);
            try {
                tracker.add(i / FPS, m, hips(i, random));
            } finally {
                m.release();
            }
        }
        return tracker.finish();
    }

    @Test
    void findsBothMarkersToATenthOfAPixelAndKeepsLeftAndRight() {
        PelvisMarkerTrack track = track(60, -1, -1, MarkerTracker.Settings.defaults());
        assertEquals(300, track.markerHueDeg(), 4, "learnt hue");
        double worst = 0;
        for (int i = 0; i < 60; i++) {
            PelvisMarkerFrame f = track.frames().get(i);
            assertEquals(PelvisSource.MARKERS, f.source(), "frame " + i);
            assertTrue(f.leftDetected() && f.rightDetected(), "frame " + i);
            double[] l = centre(0, i);
            double[] r = centre(1, i);
            worst = Math.max(worst, Math.max(Math.hypot(f.leftXPx() - l[0], f.leftYPx() - l[1]),
                    Math.hypot(f.rightXPx() - r[0], f.rightYPx() - r[1])));
        }
        assertTrue(worst < 0.3, "largest centroid error " + worst + " px");
    }

    @Test
    void aGivenColourIsUsedAndAnotherColourIsNotFound() {
        PelvisMarkerTrack magenta = track(10, -1, -1, new MarkerTracker.Settings(0.3, 300));
        assertEquals(10, magenta.markerFrames());
        PelvisMarkerTrack green = track(10, -1, -1, new MarkerTracker.Settings(0.3, 120));
        assertEquals(0, green.markerFrames());
    }

    @Test
    void aMarkerHiddenForFiveFramesIsInterpolated() {
        PelvisMarkerTrack track = track(60, 20, 25, MarkerTracker.Settings.defaults());
        assertEquals(60, track.markerFrames());
        for (int i = 20; i < 25; i++) {
            PelvisMarkerFrame f = track.frames().get(i);
            assertFalse(f.leftDetected(), "frame " + i);
            assertTrue(f.rightDetected(), "frame " + i);
            double[] l = centre(0, i);
            assertEquals(l[0], f.leftXPx(), 1.0, "frame " + i);
            assertEquals(l[1], f.leftYPx(), 1.0, "frame " + i);
        }
    }

    @Test
    void aMarkerHiddenForTwoSecondsFallsBackToTheKeypointsThenIsFoundAgain() {
        PelvisMarkerTrack track = track(120, 30, 90, MarkerTracker.Settings.defaults());
        for (int i = 0; i < 120; i++) {
            PelvisMarkerFrame f = track.frames().get(i);
            PelvisSource expected = i >= 30 && i < 90 ? PelvisSource.KEYPOINTS : PelvisSource.MARKERS;
            assertEquals(expected, f.source(), "frame " + i);
        }
        // identity kept after the gap: the left marker is found where the left disc is
        PelvisMarkerFrame after = track.frames().get(100);
        assertTrue(after.leftDetected());
        assertEquals(centre(0, 100)[0], after.leftXPx(), 0.3);
        assertEquals(centre(1, 100)[0], after.rightXPx(), 0.3);
    }

    @Test
    void theHoldIsATimeNotAFrameCount() {
        // five hidden frames are 0.17 s at 30 frames/s: filled with the 0.3 s hold, not with a 0.1 s one
        assertEquals(60, track(60, 20, 25, new MarkerTracker.Settings(0.3, Double.NaN)).markerFrames());
        assertEquals(55, track(60, 20, 25, new MarkerTracker.Settings(0.1, Double.NaN)).markerFrames());
    }
}
