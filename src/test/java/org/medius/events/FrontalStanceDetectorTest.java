package org.medius.events;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.medius.model.Side;

/** The first step of a walk from standing, on hand-made ankle height differences (d, leg lengths). */
class FrontalStanceDetectorTest {
    private static final double FPS = 50;

    /**
     * Standing for 1 s, then a hump of the right ankle {@code firstLift} leg lengths high for 0.4 s, then walking:
     * the left foot swings first, 0.25 leg lengths, 1.1 s strides.
     */
    private static double[] startFromStanding(double firstLift) {
        double[] d = new double[(int) (6 * FPS)];
        for (int i = 0; i < d.length; i++) {
            double t = i / FPS;
            if (t < 1.0) {
                d[i] = 0;
            } else if (t < 1.4) {
                d[i] = firstLift * Math.sin(Math.PI * (t - 1.0) / 0.4);
            } else {
                d[i] = -0.25 * Math.sin(2 * Math.PI * (t - 1.4) / 1.1); // left higher first
            }
        }
        return d;
    }

    private static List<FrontalStanceDetector.Swing> swings(double[] d) {
        double[] t = new double[d.length];
        double[][] speed = new double[2][d.length];
        for (int i = 0; i < d.length; i++) {
            t[i] = i / FPS;
        }
        Arrays.fill(speed[0], 1);
        Arrays.fill(speed[1], 1);
        return FrontalStanceDetector.swings(d, speed, t, 1 / FPS);
    }

    @Test
    void aBarelyLiftedFirstStepFromStandingIsAStep() {
        List<FrontalStanceDetector.Swing> s = swings(startFromStanding(0.04));
        assertEquals(Side.RIGHT, s.get(0).foot(), "the first step: " + s);
        assertEquals(Side.LEFT, s.get(1).foot());
        assertEquals(1.2, s.get(0).peakFrame() / FPS, 0.03);
        assertEquals(10, s.size(), "the first step and 9 walking swings: " + s);
    }

    @Test
    void aHumpBelowTheNoiseFloorOrWithoutALevelStartIsNoStep() {
        // 0.02 leg lengths is within the noise of a standing person
        assertEquals(Side.LEFT, swings(startFromStanding(0.02)).get(0).foot());
        // a clip that starts with the right foot planted ahead (higher, seen from behind) has no level start
        double[] d = startFromStanding(0.04);
        for (int i = 0; i < 1.4 * FPS; i++) {
            d[i] = 0.05; // from the first frame until the left foot lifts
        }
        List<FrontalStanceDetector.Swing> planted = swings(d);
        assertEquals(Side.LEFT, planted.get(0).foot(), "no step from a foot planted ahead: " + planted);
    }
}
