package org.medius.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

class StridePeriodTest {
    /** The ankles' height difference of a walk: one period per stride, blunt plateaus, noise. */
    private static double[] walk(double[] t, double strideSeconds, double noise, long seed) {
        Random random = new Random(seed);
        double[] d = new double[t.length];
        for (int i = 0; i < t.length; i++) {
            double phase = 2 * Math.PI * t[i] / strideSeconds;
            d[i] = 0.2 * Math.tanh(3 * Math.sin(phase)) + noise * random.nextGaussian();
        }
        return d;
    }

    private static double[] times(double fps, double seconds) {
        double[] t = new double[(int) Math.round(fps * seconds)];
        for (int i = 0; i < t.length; i++) {
            t[i] = i / fps;
        }
        return t;
    }

    @Test
    void findsTheStrideToAFractionOfAFrameFromARoughGuess() {
        double[] t = times(30, 8);
        double[] d = walk(t, 1.13, 0.02, 1);
        // the rough stride from whole-frame peaks is 1.0 s; the true one lies 13 % above, within the search
        assertEquals(1.13, StridePeriod.seconds(d, t, 1.0, 1 / 30.0), 0.005);
    }

    @Test
    void holdsOnVariableFrameTimesAndGaps() {
        Random random = new Random(2);
        double[] t = new double[300];
        for (int i = 1; i < t.length; i++) {
            t[i] = t[i - 1] + (random.nextBoolean() ? 1 / 25.0 : 1 / 35.0);
        }
        double[] d = walk(t, 0.9, 0.01, 3);
        for (int i = 100; i < 110; i++) {
            d[i] = Double.NaN; // the ankles lost for a moment
        }
        assertEquals(0.9, StridePeriod.seconds(d, t, 0.95, 1 / 30.0), 0.01);
    }

    @Test
    void noRepeatOrNoRoughStrideGivesNothing() {
        double[] t = times(30, 8);
        double[] noise = walk(t, 1.0, 0, 4);
        Random random = new Random(5);
        for (int i = 0; i < noise.length; i++) {
            noise[i] = random.nextGaussian();
        }
        assertTrue(Double.isNaN(StridePeriod.seconds(noise, t, 1.0, 1 / 30.0)), "noise has no stride");
        assertTrue(Double.isNaN(StridePeriod.seconds(walk(t, 1.0, 0, 6), t, Double.NaN, 1 / 30.0)));
        // a clip shorter than two strides leaves less than one stride of overlap
        double[] shortT = times(30, 1.5);
        assertTrue(Double.isNaN(StridePeriod.seconds(walk(shortT, 1.0, 0, 7), shortT, 1.0, 1 / 30.0)));
    }
}
