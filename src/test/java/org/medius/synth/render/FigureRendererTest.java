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
}
