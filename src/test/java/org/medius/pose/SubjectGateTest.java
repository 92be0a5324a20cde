package org.medius.pose;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;
import org.medius.model.Keypoint;
import org.medius.model.Pose;

class SubjectGateTest {

    /**
     * A standing person drawn from the mid-hip (x, y) and torso length t (pixels): shoulders t above the hips,
     * head 1.4 t above, knees 0.9 t and ankles 1.8 t below, every keypoint at confidence {@code conf}.
     */
    static Pose person(double x, double y, double t, double conf) {
        double[] xs = new double[Keypoint.COUNT];
        double[] ys = new double[Keypoint.COUNT];
        double[] cs = new double[Keypoint.COUNT];
        set(xs, ys, Keypoint.NOSE, x, y - 1.45 * t);
        set(xs, ys, Keypoint.LEFT_EYE, x + 0.05 * t, y - 1.5 * t);
        set(xs, ys, Keypoint.RIGHT_EYE, x - 0.05 * t, y - 1.5 * t);
        set(xs, ys, Keypoint.LEFT_EAR, x + 0.1 * t, y - 1.45 * t);
        set(xs, ys, Keypoint.RIGHT_EAR, x - 0.1 * t, y - 1.45 * t);
        set(xs, ys, Keypoint.LEFT_SHOULDER, x + 0.25 * t, y - t);
        set(xs, ys, Keypoint.RIGHT_SHOULDER, x - 0.25 * t, y - t);
        set(xs, ys, Keypoint.LEFT_ELBOW, x + 0.3 * t, y - 0.5 * t);
        set(xs, ys, Keypoint.RIGHT_ELBOW, x - 0.3 * t, y - 0.5 * t);
        set(xs, ys, Keypoint.LEFT_WRIST, x + 0.3 * t, y);
        set(xs, ys, Keypoint.RIGHT_WRIST, x - 0.3 * t, y);
        set(xs, ys, Keypoint.LEFT_HIP, x + 0.15 * t, y);
        set(xs, ys, Keypoint.RIGHT_HIP, x - 0.15 * t, y);
        set(xs, ys, Keypoint.LEFT_KNEE, x + 0.15 * t, y + 0.9 * t);
        set(xs, ys, Keypoint.RIGHT_KNEE, x - 0.15 * t, y + 0.9 * t);
        set(xs, ys, Keypoint.LEFT_ANKLE, x + 0.15 * t, y + 1.8 * t);
        set(xs, ys, Keypoint.RIGHT_ANKLE, x - 0.15 * t, y + 1.8 * t);
        java.util.Arrays.fill(cs, conf);
        return Pose.of(xs, ys, cs);
    }

    static SubjectObservation seen(double x, double y, double t) {
        return SubjectObservation.of(person(x, y, t, 0.9));
    }

    private static void set(double[] xs, double[] ys, Keypoint k, double x, double y) {
        xs[k.ordinal()] = x;
        ys[k.ordinal()] = y;
    }

    private final SubjectGate gate = new SubjectGate();

    @Test
    void observationMeasuresMidHipTorsoAndBox() {
        SubjectObservation o = seen(500, 600, 100);
        assertEquals(500, o.hipX(), 1e-9);
        assertEquals(600, o.hipY(), 1e-9);
        assertEquals(100, o.torsoPx(), 1e-9);
        // the box holds shoulders, hips, knees and ankles: not the wrists (+-30 px) nor the head (-150 px)
        assertEquals(475, o.box().xMin(), 1e-9);
        assertEquals(600 - 100, o.box().yMin(), 1e-9);
        assertEquals(600 + 180, o.box().yMax(), 1e-9);
    }

    @Test
    void anUnconfidentTorsoIsNoObservation() {
        assertNull(SubjectObservation.of(person(500, 600, 100, 0.25)));
        assertNull(SubjectObservation.of(Pose.empty()));
        assertNotNull(SubjectObservation.of(person(500, 600, 100, 0.3)));
    }

    @Test
    void aWalkingStepIsAcceptedAtAnyFrameRate() {
        SubjectObservation last = seen(1000, 700, 120);
        double vx = -240; // 2 torso lengths per second, right to left
        for (double fps : new double[] {15, 30, 60, 120}) {
            double dt = 1 / fps;
            SubjectObservation next = seen(1000 + vx * dt + 5, 700 - 3, 121);
            assertEquals(SubjectGate.Verdict.ACCEPTED, gate.check(last, 120, vx, 0, dt, next), "at " + fps + " fps");
        }
    }

    @Test
    void aSuddenJumpToABystanderIsRejected() {
        SubjectObservation last = seen(1000, 700, 120);
        // a bystander of the same size, 2.5 torso lengths away, one frame later
        assertEquals(SubjectGate.Verdict.TOO_FAR, gate.check(last, 120, 0, 0, 1 / 30.0, seen(700, 700, 120)));
        // a smaller person further back standing right behind the subject's position
        assertEquals(SubjectGate.Verdict.SIZE_CHANGED, gate.check(last, 120, 0, 0, 1 / 30.0, seen(1000, 680, 60)));
    }

    @Test
    void thresholdsScaleWithTheTorsoLength() {
        // the same scene drawn at half the resolution gives the same verdicts
        for (double scale : new double[] {0.5, 1, 2}) {
            SubjectObservation last = seen(1000 * scale, 700 * scale, 120 * scale);
            assertEquals(SubjectGate.Verdict.ACCEPTED, gate.check(last, 120 * scale, 0, 0, 1 / 30.0,
                    seen(1040 * scale, 700 * scale, 120 * scale)));
            assertEquals(SubjectGate.Verdict.TOO_FAR, gate.check(last, 120 * scale, 0, 0, 1 / 30.0,
                    seen(1100 * scale, 700 * scale, 120 * scale)));
        }
    }

    @Test
    void theSearchRadiusGrowsWithTheGapAndIsCapped() {
        assertEquals(0.5 * 100, gate.radiusPx(100, 0), 1e-9);
        assertEquals((0.5 + 6 * 0.5) * 100, gate.radiusPx(100, 0.5), 1e-9);
        assertEquals(6 * 100, gate.radiusPx(100, 5), 1e-9);
        assertEquals(6 * 100, gate.radiusPx(100, 500), 1e-9);
        SubjectObservation last = seen(1000, 700, 100);
        SubjectObservation far = seen(1400, 700, 100);
        assertEquals(SubjectGate.Verdict.TOO_FAR, gate.check(last, 100, 0, 0, 0.2, far));
        assertEquals(SubjectGate.Verdict.ACCEPTED, gate.check(last, 100, 0, 0, 1.0, far));
        assertEquals(SubjectGate.Verdict.TOO_FAR, gate.check(last, 100, 0, 0, 60, seen(1700, 700, 100)));
    }

    @Test
    void sizeToleranceGrowsWithTheGap() {
        SubjectObservation last = seen(1000, 700, 100);
        SubjectObservation bigger = seen(1000, 700, 150);
        assertEquals(SubjectGate.Verdict.SIZE_CHANGED, gate.check(last, 100, 0, 0, 1 / 30.0, bigger));
        assertEquals(SubjectGate.Verdict.ACCEPTED, gate.check(last, 100, 0, 0, 1.0, bigger));
        assertEquals(SubjectGate.Verdict.SIZE_CHANGED, gate.check(last, 100, 0, 0, 100, seen(1000, 700, 250)));
    }

    @Test
    void aPoseMixingTheSubjectsHipsWithSomeoneElsesLimbsIsRejected() {
        SubjectObservation last = seen(1000, 700, 100);
        Pose mixed = person(1000, 700, 100, 0.9);
        double[] xs = new double[Keypoint.COUNT];
        double[] ys = new double[Keypoint.COUNT];
        double[] cs = new double[Keypoint.COUNT];
        for (Keypoint k : Keypoint.values()) {
            xs[k.ordinal()] = mixed.xPx(k);
            ys[k.ordinal()] = mixed.yPx(k);
            cs[k.ordinal()] = 0.9;
        }
        // head, arms and legs drawn from a person 400 px to the left
        for (Keypoint k : new Keypoint[] {Keypoint.NOSE, Keypoint.LEFT_EYE, Keypoint.RIGHT_EYE, Keypoint.LEFT_EAR,
                Keypoint.RIGHT_EAR, Keypoint.LEFT_WRIST, Keypoint.RIGHT_WRIST, Keypoint.LEFT_KNEE,
                Keypoint.RIGHT_KNEE, Keypoint.LEFT_ANKLE, Keypoint.RIGHT_ANKLE}) {
            xs[k.ordinal()] -= 400;
            ys[k.ordinal()] -= 200;
        }
        SubjectObservation o = SubjectObservation.of(Pose.of(xs, ys, cs));
        assertEquals(SubjectGate.Verdict.SHAPE_MISMATCH, gate.check(last, 100, 0, 0, 1 / 30.0, o));
    }

    @Test
    void theVelocityPredictionFollowsAFastSubject() {
        SubjectObservation last = seen(1000, 700, 100);
        // 10 torso/s (running): 33 px per frame; without the prediction a 3-frame gap would be too far
        SubjectObservation next = seen(1000 - 100, 700, 100);
        assertEquals(SubjectGate.Verdict.TOO_FAR, gate.check(last, 100, 0, 0, 0.1, seen(1000 - 150, 700, 100)));
        assertEquals(SubjectGate.Verdict.ACCEPTED, gate.check(last, 100, -1000, 0, 0.1, next));
    }
}
