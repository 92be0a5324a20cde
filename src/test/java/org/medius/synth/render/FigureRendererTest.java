package org.medius.synth.render;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import org.junit.jupiter.api.Test;
import org.medius.events.View;
import org.medius.model.Keypoint;
import org.medius.model.Pose;
import org.medius.synth.SyntheticTrack;
import org.medius.synth.Truth;

class FigureRendererTest {
    private static Truth walk(View view, double rollDeg) {
        return SyntheticTrack.walk().view(view).fps(30).steps(4).imageSizePx(640, 480).bodyHeightPx(380)
                .rollDeg(rollDeg).generate().truth();
    }

    private static byte[] bytes(BufferedImage image) {
        return ((DataBufferByte) image.getRaster().getDataBuffer()).getData();
    }

    @Test
    void sameFrameGivesTheSameBytes() {
        Truth truth = walk(View.POSTERIOR, 0);
        BufferedImage a = FigureRenderer.forTruth(truth, Outfit.standard()).render(truth.noiseFreePose(7));
        BufferedImage b = FigureRenderer.forTruth(truth, Outfit.standard()).render(truth.noiseFreePose(7));
        assertEquals(BufferedImage.TYPE_3BYTE_BGR, a.getType());
        assertEquals(640, a.getWidth());
        assertEquals(480, a.getHeight());
        assertArrayEquals(bytes(a), bytes(b));
    }

    @Test
    void everyBodyKeypointLiesOnTheFigureAndItsOutlineOnTheBackdrop() {
        for (View view : new View[] {View.POSTERIOR, View.ANTERIOR}) {
            for (double roll : new double[] {0, 8}) {
                Truth truth = walk(view, roll);
                FigureRenderer renderer = FigureRenderer.forTruth(truth, Outfit.standard());
                Pose pose = truth.noiseFreePose(10);
                BufferedImage figure = renderer.render(pose);
                BufferedImage empty = renderer.render(movedAway(pose, 2000));
                for (Keypoint k : Keypoint.values()) {
                    int x = (int) pose.xPx(k);
                    int y = (int) pose.yPx(k);
                    assertNotEquals(empty.getRGB(x, y), figure.getRGB(x, y), view + " roll " + roll + ": " + k);
                }
                // Far to the side of the figure: the backdrop only.
                assertEquals(empty.getRGB(20, 100), figure.getRGB(20, 100));
            }
        }
    }

    @Test
    void sideViewsAreRefused() {
        Truth truth = SyntheticTrack.sagittalWalk().generate().truth();
        assertThrows(IllegalArgumentException.class, () -> FigureRenderer.forTruth(truth, Outfit.standard()));
    }

    private static Pose movedAway(Pose pose, double dxPx) {
        double[] x = new double[Keypoint.COUNT];
        double[] y = new double[Keypoint.COUNT];
        double[] c = new double[Keypoint.COUNT];
        for (Keypoint k : Keypoint.values()) {
            x[k.ordinal()] = pose.xPx(k) + dxPx;
            y[k.ordinal()] = pose.yPx(k);
            c[k.ordinal()] = 1;
        }
        return Pose.of(x, y, c);
    }

    @Test
    void markersSitOnTheTruthPositionsTiltWithThePelvisAndChangeNothingElse() {
        for (View view : new View[] {View.POSTERIOR, View.ANTERIOR}) {
            Truth truth = walk(view, 0);
            FigureRenderer plain = FigureRenderer.forTruth(truth, Outfit.standard());
            FigureRenderer marked = plain.withMarkers(PelvisMarkers.standard());
            for (int frame : new int[] {0, 12, 25}) {
                Pose pose = truth.noiseFreePose(frame);
                double[] m = marked.markerTruthPx(pose);
                BufferedImage with = marked.render(pose);
                BufferedImage without = plain.render(pose);
                for (int side = 0; side < 2; side++) {
                    assertEquals(1, m[3 * side + 2], view + " frame " + frame + ": marker seen");
                    int rgb = with.getRGB((int) m[3 * side], (int) m[3 * side + 1]);
                    int r = (rgb >> 16) & 255;
                    int g = (rgb >> 8) & 255;
                    int b = rgb & 255;
                    assertEquals(true, r > 120 && b > 120 && g < 30, view + " frame " + frame + ": magenta, not "
                            + Integer.toHexString(rgb));
                }
                // the person's left marker lies on the left hip's side of the image
                double leftHipX = pose.xPx(Keypoint.LEFT_HIP);
                double rightHipX = pose.xPx(Keypoint.RIGHT_HIP);
                assertEquals(Math.signum(leftHipX - rightHipX), Math.signum(m[0] - m[3]));
                // the marker line is parallel to the hip line: the same obliquity
                double hips = Math.atan2(pose.yPx(Keypoint.LEFT_HIP) - pose.yPx(Keypoint.RIGHT_HIP),
                        Math.abs(leftHipX - rightHipX));
                double markers = Math.atan2(m[1] - m[4], Math.abs(m[0] - m[3]));
                assertEquals(hips, markers, 1e-9);
                // apart from the two stickers (about 10 px across), the same picture
                int differing = 0;
                for (int y = 0; y < 480; y++) {
                    for (int x = 0; x < 640; x++) {
                        if (with.getRGB(x, y) != without.getRGB(x, y)) {
                            differing++;
                            double d = Math.min(Math.hypot(x + 0.5 - m[0], y + 0.5 - m[1]),
                                    Math.hypot(x + 0.5 - m[3], y + 0.5 - m[4]));
                            assertEquals(true, d < 7, "changed pixel " + x + "," + y + " far from the markers");
                        }
                    }
                }
                assertEquals(true, differing > 2 * 40, "both stickers drawn: " + differing + " pixels");
            }
        }
    }
}
