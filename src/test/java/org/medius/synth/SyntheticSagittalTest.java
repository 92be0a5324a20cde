package org.medius.synth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.medius.events.View;
import org.medius.model.Keypoint;
import org.medius.model.Pose;
import org.medius.model.Side;

/** The side-view walk puts Zeni's extrema exactly on the truth frames and keeps stance feet planted. */
class SyntheticSagittalTest {

    @ParameterizedTest
    @EnumSource(value = View.class, names = {"SAGITTAL_LEFT", "SAGITTAL_RIGHT"})
    void strikesAreTheMostAnteriorAndToeOffsTheMostPosteriorAnkleRelativeToThePelvis(View view) {
        Truth truth = SyntheticTrack.sagittalWalk().view(view).cadenceStepsPerMin(105).fps(50).steps(8).generate()
                .truth();
        double d = view == View.SAGITTAL_RIGHT ? 1 : -1;
        for (Side foot : Side.values()) {
            double[] zeni = zeniSignal(truth, foot, d);
            List<Integer> strikes = truth.strikeFrames(foot);
            List<Integer> toeOffs = truth.toeOffFrames(foot);
            for (int k = 0; k < strikes.size(); k++) {
                int s = strikes.get(k);
                int o = toeOffs.get(k);
                assertTrue(zeni[s] > zeni[s - 1] && zeni[s] > zeni[s + 1], foot + " strike " + s + " is a local max");
                assertTrue(zeni[o] < zeni[o - 1] && zeni[o] < zeni[o + 1], foot + " toe-off " + o + " is a local min");
                // Over the whole cycle around it, too: the swing before the strike and the stance after it.
                int from = k > 0 ? toeOffs.get(k - 1) : Math.max(0, s - (o - s));
                assertEquals(s, argMax(zeni, from, o), foot + " strike " + k);
                int to = k + 1 < strikes.size() ? strikes.get(k + 1) : Math.min(zeni.length - 1, o + (o - s));
                assertEquals(o, argMin(zeni, s, to), foot + " toe-off " + k);
            }
        }
    }

    @Test
    void aStanceFootStaysOnItsFootprintAndThePersonCrossesTheImage() {
        Truth truth = SyntheticTrack.sagittalWalk().view(View.SAGITTAL_LEFT).generate().truth();
        double floorY = truth.noiseFreePose(truth.footContacts().get(0).strikeFrame()).yPx(Keypoint.RIGHT_ANKLE);
        for (FootContact c : truth.footContacts()) {
            Pose strike = truth.noiseFreePose(c.strikeFrame());
            for (int i = c.strikeFrame(); i <= c.toeOffFrame(); i++) {
                Pose p = truth.noiseFreePose(i);
                assertEquals(strike.xPx(c.foot().ankle()), p.xPx(c.foot().ankle()), 1e-9);
                assertEquals(floorY, p.yPx(c.foot().ankle()), 1e-9);
            }
        }
        // Walking to the image left at constant speed; both hips at the same image point.
        double previous = Double.POSITIVE_INFINITY;
        for (int i = 0; i < truth.noiseFreeFrames().size(); i++) {
            Pose p = truth.noiseFreePose(i);
            assertTrue(p.xPx(Keypoint.LEFT_HIP) < previous);
            previous = p.xPx(Keypoint.LEFT_HIP);
            assertEquals(p.xPx(Keypoint.LEFT_HIP), p.xPx(Keypoint.RIGHT_HIP));
            assertTrue(p.yPx(Keypoint.LEFT_KNEE) < p.yPx(Keypoint.LEFT_ANKLE));
        }
        assertEquals(8, truth.stepCount());
        assertEquals(110, truth.cadenceStepsPerMin(), 110 * (1.0 / 60) / (7 * 60 / 110.0) * 1.01);
        // Frontal-plane angles are undefined from the side.
        assertTrue(Double.isNaN(truth.events().get(0).cpdDeg()));
    }

    @Test
    void kneesBendForwardsInTheWalkingDirection() {
        Truth truth = SyntheticTrack.sagittalWalk().generate().truth();
        for (FootContact c : truth.footContacts()) {
            int swing = c.toeOffFrame() + 5;
            Pose p = truth.noiseFreePose(swing);
            Keypoint hip = c.foot().hip();
            Keypoint knee = c.foot().knee();
            Keypoint ankle = c.foot().ankle();
            // The knee lies on the forward (image right) side of the hip-ankle line.
            double cross = (p.xPx(ankle) - p.xPx(hip)) * (p.yPx(knee) - p.yPx(hip))
                    - (p.yPx(ankle) - p.yPx(hip)) * (p.xPx(knee) - p.xPx(hip));
            assertTrue(cross < 0, "swing knee ahead of its hip-ankle line at frame " + swing);
        }
    }

    @Test
    void frontalAnglesCannotBePrescribedInASideView() {
        assertThrows(IllegalStateException.class, () -> SyntheticTrack.sagittalWalk().cpdDeg(Side.LEFT, 5));
        assertThrows(IllegalArgumentException.class, () -> SyntheticTrack.sagittalWalk().view(View.POSTERIOR));
        assertThrows(IllegalArgumentException.class, () -> SyntheticTrack.walk().view(View.SAGITTAL_LEFT));
    }

    private static double[] zeniSignal(Truth truth, Side foot, double d) {
        double[] s = new double[truth.noiseFreeFrames().size()];
        for (int i = 0; i < s.length; i++) {
            Pose p = truth.noiseFreePose(i);
            double pelvisX = (p.xPx(Keypoint.LEFT_HIP) + p.xPx(Keypoint.RIGHT_HIP)) / 2;
            s[i] = (p.xPx(foot.ankle()) - pelvisX) * d;
        }
        return s;
    }

    private static int argMax(double[] v, int from, int to) {
        int best = from;
        for (int i = from; i <= to; i++) {
            if (v[i] > v[best]) {
                best = i;
            }
        }
        return best;
    }

    private static int argMin(double[] v, int from, int to) {
        int best = from;
        for (int i = from; i <= to; i++) {
            if (v[i] < v[best]) {
                best = i;
            }
        }
        return best;
    }
}
