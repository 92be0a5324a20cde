package org.medius.pose;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.medius.model.FramePose;
import org.medius.model.Keypoint;
import org.medius.model.Pose;

class SwapRepairTest {
    private static final double FPS = 29.97;

    // ---- synthetic walkers (1 stride per second, torso 160 px, 1 px noise) ----

    /** Posterior view: the person's left on the image left, legs side by side, hips level. */
    static List<FramePose> frontalWalker(int n, long seed) {
        return frontalWalker(n, seed, FPS, 1.0);
    }

    static List<FramePose> frontalWalker(int n, long seed, double fps, double noisePx) {
        Random rnd = new Random(seed);
        List<FramePose> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            double t = i / fps;
            double ph = 2 * Math.PI * t;
            double cx = 320 + 6 * Math.sin(ph);
            double hy = 260 + 4 * Math.cos(2 * ph);
            double[][] p = new double[Keypoint.COUNT][];
            p[Keypoint.NOSE.ordinal()] = new double[] {cx, hy - 200};
            p[Keypoint.LEFT_EYE.ordinal()] = new double[] {cx - 6, hy - 206};
            p[Keypoint.RIGHT_EYE.ordinal()] = new double[] {cx + 6, hy - 206};
            p[Keypoint.LEFT_EAR.ordinal()] = new double[] {cx - 14, hy - 202};
            p[Keypoint.RIGHT_EAR.ordinal()] = new double[] {cx + 14, hy - 202};
            for (int side = -1; side <= 1; side += 2) { // -1 = left (image left), +1 = right
                double lift = Math.max(0, side * Math.sin(ph));
                put(p, side, Keypoint.LEFT_SHOULDER, cx + side * 55, hy - 160);
                put(p, side, Keypoint.LEFT_ELBOW, cx + side * 65, hy - 85 + 4 * side * Math.sin(ph));
                put(p, side, Keypoint.LEFT_WRIST, cx + side * 62, hy - 10 + 8 * side * Math.sin(ph));
                put(p, side, Keypoint.LEFT_HIP, cx + side * 40, hy);
                put(p, side, Keypoint.LEFT_KNEE, cx + side * 36, hy + 95 - 10 * lift);
                put(p, side, Keypoint.LEFT_ANKLE, cx + side * 34, hy + 190 - 30 * lift);
            }
            out.add(new FramePose(i, t, noisyPose(p, rnd, noisePx)));
        }
        return out;
    }

    /**
     * Side view, walking to the image right at 6 px per frame: knees, ankles, elbows and wrists of the two sides
     * genuinely cross twice per stride; the hips and shoulders overlap.
     */
    static List<FramePose> sagittalWalker(int n, long seed) {
        return sagittalWalker(n, seed, FPS, 1.0, 1.0);
    }

    static List<FramePose> sagittalWalker(int n, long seed, double fps, double strideHz, double noisePx) {
        Random rnd = new Random(seed);
        List<FramePose> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            double t = i / fps;
            double ph = 2 * Math.PI * strideHz * t;
            double cx = 80 + 180 * strideHz * t;
            double hy = 260 + 4 * Math.cos(2 * ph);
            double[][] p = new double[Keypoint.COUNT][];
            p[Keypoint.NOSE.ordinal()] = new double[] {cx + 25, hy - 195};
            p[Keypoint.LEFT_EYE.ordinal()] = new double[] {cx + 20, hy - 202};
            p[Keypoint.RIGHT_EYE.ordinal()] = new double[] {cx + 19, hy - 201};
            p[Keypoint.LEFT_EAR.ordinal()] = new double[] {cx, hy - 198};
            p[Keypoint.RIGHT_EAR.ordinal()] = new double[] {cx - 1, hy - 197};
            for (int side = -1; side <= 1; side += 2) { // left leg leads with phase ph, right with ph + pi
                double s = -side * Math.sin(ph);
                double sa = -side * Math.sin(ph - 0.6);
                double lift = Math.max(0, -side * Math.cos(ph - 0.6));
                put(p, side, Keypoint.LEFT_SHOULDER, cx + 2 * side, hy - 160 + side);
                put(p, side, Keypoint.LEFT_ELBOW, cx - 30 * s, hy - 85);
                put(p, side, Keypoint.LEFT_WRIST, cx - 55 * s, hy - 15 + 5 * Math.abs(s));
                put(p, side, Keypoint.LEFT_HIP, cx + 2 * side, hy + side);
                put(p, side, Keypoint.LEFT_KNEE, cx + 55 * s, hy + 95 - 8 * lift);
                put(p, side, Keypoint.LEFT_ANKLE, cx + 120 * sa, hy + 190 - 25 * lift);
            }
            out.add(new FramePose(i, t, noisyPose(p, rnd, noisePx)));
        }
        return out;
    }

    private static void put(double[][] p, int side, Keypoint left, double x, double y) {
        p[(side < 0 ? left : left.mirrored()).ordinal()] = new double[] {x, y};
    }

    private static Pose noisyPose(double[][] p, Random rnd, double noisePx) {
        double[] x = new double[Keypoint.COUNT];
        double[] y = new double[Keypoint.COUNT];
        double[] c = new double[Keypoint.COUNT];
        for (int k = 0; k < Keypoint.COUNT; k++) {
            x[k] = p[k][0] + noisePx * rnd.nextGaussian();
            y[k] = p[k][1] + noisePx * rnd.nextGaussian();
            c[k] = 0.6 + 0.35 * rnd.nextDouble();
        }
        return Pose.of(x, y, c);
    }

    /** The track with the given groups' labels exchanged on the given frames, as a pose model would. */
    private static List<FramePose> withSwaps(List<FramePose> truth, List<SwapGroup> groups, int... frames) {
        List<FramePose> out = new ArrayList<>(truth);
        for (int f : frames) {
            FramePose fp = truth.get(f);
            out.set(f, new FramePose(fp.frameIndex(), fp.timestampSeconds(), SwapGroup.swapAll(fp.pose(), groups)));
        }
        return out;
    }

    private static List<FramePose> withEmpty(List<FramePose> track, int from, int toInclusive) {
        List<FramePose> out = new ArrayList<>(track);
        for (int f = from; f <= toInclusive; f++) {
            out.set(f, new FramePose(f, track.get(f).timestampSeconds(), Pose.empty()));
        }
        return out;
    }

    private static List<Integer> range(int from, int toInclusive) {
        return IntStream.rangeClosed(from, toInclusive).boxed().toList();
    }

    private static final List<SwapGroup> LEGS = List.of(SwapGroup.LEGS);

    // ---- the brief's cases ----

    @Test
    void frontalWalkerWithLegsSwappedOnFramesTenToTwelveIsRepairedExactly() {
        List<FramePose> truth = frontalWalker(60, 1);
        List<FramePose> observed = withSwaps(truth, LEGS, 10, 11, 12);
        SwapRepair.Result r = SwapRepair.repair(observed);
        assertEquals(List.of(10, 11, 12), r.swappedFrameIndices());
        assertEquals(List.of(10, 11, 12), r.swappedFrameIndices(SwapGroup.LEGS));
        assertEquals(truth, r.poses());
        for (int i = 0; i < observed.size(); i++) {
            if (i < 10 || i > 12) {
                assertSame(observed.get(i), r.poses().get(i), "frame " + i + " untouched");
            }
        }
    }

    @Test
    void singleFrameSwapIsRepaired() {
        List<FramePose> truth = frontalWalker(60, 2);
        List<FramePose> observed = withSwaps(truth, LEGS, 30);
        SwapRepair.Result r = SwapRepair.repair(observed);
        assertEquals(List.of(30), r.swappedFrameIndices());
        assertEquals(truth, r.poses());
    }

    @Test
    void sagittalWalkerWhoseLegsAndArmsReallyCrossKeepsItsLabels() {
        for (long seed = 1; seed <= 20; seed++) {
            List<FramePose> truth = sagittalWalker(120, seed);
            SwapRepair.Result r = SwapRepair.repair(truth);
            assertEquals(List.of(), r.swappedFrameIndices(), "seed " + seed);
            assertEquals(truth, r.poses());
        }
    }

    @Test
    void sagittalWalkerWithATwoFrameSwapAwayFromACrossingIsRepaired() {
        List<FramePose> truth = sagittalWalker(90, 3);
        // frames 7 and 8: the legs are at their widest (sin of the phase close to 1)
        List<FramePose> observed = withSwaps(truth, LEGS, 7, 8);
        SwapRepair.Result r = SwapRepair.repair(observed);
        assertEquals(List.of(7, 8), r.swappedFrameIndices());
        assertEquals(truth, r.poses());
    }

    @Test
    void aGapAfterASwappedRunStopsTheSwapFromPropagating() {
        List<FramePose> truth = withEmpty(frontalWalker(60, 4), 23, 27);
        List<FramePose> observed = withSwaps(truth, LEGS, 20, 21, 22);
        SwapRepair.Result r = SwapRepair.repair(observed);
        assertEquals(List.of(20, 21, 22), r.swappedFrameIndices());
        assertEquals(truth, r.poses());
    }

    @Test
    void aSwappedRunRightAfterAGapIsRepairedFromTheFramesThatFollowIt() {
        List<FramePose> truth = withEmpty(frontalWalker(60, 5), 20, 24);
        List<FramePose> observed = withSwaps(truth, LEGS, 25, 26, 27);
        SwapRepair.Result r = SwapRepair.repair(observed);
        assertEquals(List.of(25, 26, 27), r.swappedFrameIndices());
        assertEquals(truth, r.poses());
    }

    @Test
    void aRunCutOffByGapsOnBothSidesCannotBeJudgedAndNothingAroundItIsSwapped() {
        List<FramePose> truth = withEmpty(withEmpty(frontalWalker(60, 6), 20, 24), 28, 32);
        List<FramePose> observed = withSwaps(truth, LEGS, 25, 26, 27);
        SwapRepair.Result r = SwapRepair.repair(observed);
        assertEquals(List.of(), r.swappedFrameIndices());
        assertEquals(observed, r.poses());
    }

    @Test
    void emptyAndAllMissingTracksComeBackUnchanged() {
        SwapRepair.Result empty = SwapRepair.repair(List.of());
        assertEquals(List.of(), empty.poses());
        assertEquals(0, empty.swapped().length);

        List<FramePose> missing = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            missing.add(new FramePose(i, i / FPS, Pose.empty()));
        }
        SwapRepair.Result r = SwapRepair.repair(missing);
        assertEquals(missing, r.poses());
        assertEquals(List.of(), r.swappedFrameIndices());
        assertEquals(20, r.swapped(SwapGroup.LEGS).length);
    }

    // ---- beyond the brief ----

    /**
     * 15-60 fps, 0.8-1.4 strides per second, 0-6 px noise, ten seeds each: no false swap on clean sagittal or
     * frontal walkers, and a 2-frame swap at the widest stance as well as a 0.1 s swap starting right at a knee
     * crossing (where only the velocities tell the labelings apart) are repaired exactly.
     */
    @Test
    void robustAcrossFrameRatesCadencesAndNoise() {
        for (double fps : new double[] {15, 24, 29.97, 60}) {
            for (double hz : new double[] {0.8, 1.0, 1.4}) {
                for (double noise : new double[] {0, 1, 3, 6}) {
                    for (long seed = 1; seed <= 10; seed++) {
                        String where = "fps " + fps + " stride " + hz + " Hz noise " + noise + " px seed " + seed;
                        int n = (int) (4 * fps);
                        List<FramePose> sag = sagittalWalker(n, seed, fps, hz, noise);
                        assertEquals(List.of(), SwapRepair.repair(sag).swappedFrameIndices(), where);
                        List<FramePose> front = frontalWalker(n, seed, fps, noise);
                        assertEquals(List.of(), SwapRepair.repair(front).swappedFrameIndices(), where);
                        int wide = (int) Math.round(fps / hz * 1.25);
                        SwapRepair.Result r = SwapRepair.repair(withSwaps(sag, LEGS, wide, wide + 1));
                        assertEquals(List.of(wide, wide + 1), r.swappedFrameIndices(), where);
                        assertEquals(sag, r.poses(), where);
                        List<Integer> run = range((int) Math.round(fps / hz * 1.5),
                                (int) Math.round(fps / hz * 1.5 + fps / 10));
                        r = SwapRepair.repair(withSwaps(sag, LEGS, run.stream().mapToInt(Integer::intValue).toArray()));
                        assertEquals(run, r.swappedFrameIndices(), where);
                        assertEquals(sag, r.poses(), where);
                    }
                }
            }
        }
    }

    @Test
    void aWildPointOnOneFrameIsNotTakenForASwap() {
        for (long seed = 1; seed <= 10; seed++) {
            for (List<FramePose> truth : List.of(frontalWalker(60, seed), sagittalWalker(60, seed))) {
                List<FramePose> observed = new ArrayList<>(truth);
                FramePose fp = truth.get(30);
                double[] x = new double[Keypoint.COUNT];
                double[] y = new double[Keypoint.COUNT];
                double[] c = new double[Keypoint.COUNT];
                for (Keypoint q : Keypoint.values()) {
                    x[q.ordinal()] = fp.pose().xPx(q);
                    y[q.ordinal()] = fp.pose().yPx(q);
                    c[q.ordinal()] = fp.pose().confidence(q);
                }
                x[Keypoint.LEFT_KNEE.ordinal()] += 120; // the left knee jumps onto the other side for one frame
                observed.set(30, new FramePose(30, fp.timestampSeconds(), Pose.of(x, y, c)));
                assertEquals(List.of(), SwapRepair.repair(observed).swappedFrameIndices(), "seed " + seed);
            }
        }
    }

    @Test
    void wholeLegAndArmSwapsAreRepairedPerGroup() {
        List<FramePose> truth = frontalWalker(60, 7);
        List<FramePose> observed = withSwaps(truth, List.of(SwapGroup.HIPS, SwapGroup.LEGS), 40, 41);
        observed = withSwaps(observed, List.of(SwapGroup.ARMS), 15);
        SwapRepair.Result r = SwapRepair.repair(observed);
        assertEquals(List.of(15, 40, 41), r.swappedFrameIndices());
        assertEquals(List.of(40, 41), r.swappedFrameIndices(SwapGroup.HIPS));
        assertEquals(List.of(40, 41), r.swappedFrameIndices(SwapGroup.LEGS));
        assertEquals(List.of(15), r.swappedFrameIndices(SwapGroup.ARMS));
        assertEquals(List.of(), r.swappedFrameIndices(SwapGroup.SHOULDERS));
        assertEquals(truth, r.poses());
    }

    @Test
    void swappedRunAtTheStartOfTheTrackIsRepaired() {
        List<FramePose> truth = sagittalWalker(60, 8);
        List<FramePose> observed = withSwaps(truth, LEGS, 0, 1, 2);
        SwapRepair.Result r = SwapRepair.repair(observed);
        assertEquals(List.of(0, 1, 2), r.swappedFrameIndices());
        assertEquals(truth, r.poses());
    }

    @Test
    void xYAndConfidenceMoveTogetherAndApplyingTheFlagsAgainUndoesTheRepair() {
        List<FramePose> truth = frontalWalker(40, 9);
        List<FramePose> observed = withSwaps(truth, LEGS, 20);
        SwapRepair.Result r = SwapRepair.repair(observed);
        Pose before = observed.get(20).pose();
        Pose after = r.poses().get(20).pose();
        for (Keypoint k : List.of(Keypoint.LEFT_KNEE, Keypoint.RIGHT_KNEE, Keypoint.LEFT_ANKLE, Keypoint.RIGHT_ANKLE)) {
            assertEquals(before.xPx(k.mirrored()), after.xPx(k), 0.0);
            assertEquals(before.yPx(k.mirrored()), after.yPx(k), 0.0);
            assertEquals(before.confidence(k.mirrored()), after.confidence(k), 0.0);
        }
        assertEquals(before.xPx(Keypoint.LEFT_HIP), after.xPx(Keypoint.LEFT_HIP), 0.0);
        assertEquals(observed, SwapRepair.applySwaps(r.poses(), r.swappedByGroup()));
    }

    @Test
    void lowConfidencePointsAreIgnoredAndPartialFramesStillCount() {
        List<FramePose> truth = frontalWalker(60, 10);
        // the right ankle is unsure (below 0.3) on frames 30-35, the swap of frame 32 is still seen on the knees
        List<FramePose> partial = new ArrayList<>(truth);
        for (int f = 30; f <= 35; f++) {
            partial.set(f, withConfidence(truth.get(f), Keypoint.RIGHT_ANKLE, 0.1));
        }
        List<FramePose> observed = withSwaps(partial, LEGS, 32);
        SwapRepair.Result r = SwapRepair.repair(observed);
        assertEquals(List.of(32), r.swappedFrameIndices());
        assertEquals(partial, r.poses());
    }

    @Test
    void settingsAreValidatedAndFlagsMustMatchTheTrack() {
        assertThrows(IllegalArgumentException.class, () -> new SwapRepair.Settings(1.5, 0.4, 0.05, 1, 0.1));
        assertThrows(IllegalArgumentException.class, () -> new SwapRepair.Settings(0.3, -1, 0.05, 1, 0.1));
        assertThrows(IllegalArgumentException.class, () -> new SwapRepair.Settings(0.3, 0.4, 0.05, 0, 0.1));
        Map<SwapGroup, boolean[]> flags = new EnumMap<>(SwapGroup.class);
        flags.put(SwapGroup.LEGS, new boolean[3]);
        assertThrows(IllegalArgumentException.class, () -> SwapRepair.applySwaps(frontalWalker(4, 1), flags));
        assertTrue(SwapRepair.Settings.defaults().switchPenalty() > 0);
    }

    private static FramePose withConfidence(FramePose fp, Keypoint k, double conf) {
        double[] x = new double[Keypoint.COUNT];
        double[] y = new double[Keypoint.COUNT];
        double[] c = new double[Keypoint.COUNT];
        for (Keypoint q : Keypoint.values()) {
            x[q.ordinal()] = fp.pose().xPx(q);
            y[q.ordinal()] = fp.pose().yPx(q);
            c[q.ordinal()] = fp.pose().confidence(q);
        }
        c[k.ordinal()] = conf;
        return new FramePose(fp.frameIndex(), fp.timestampSeconds(), Pose.of(x, y, c));
    }
}
