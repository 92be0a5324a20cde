package org.medius.eval;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.medius.events.View;
import org.medius.model.Keypoint;
import org.medius.model.MoveNetVariant;
import org.medius.model.Pose;
import org.medius.model.Side;
import org.medius.pose.MoveNetModel;
import org.medius.synth.SyntheticTrack;
import org.medius.synth.Truth;
import org.medius.synth.render.Outfit;

/**
 * Does our MoveNet Thunder find the rendered figure? Renders a posterior walk at 640x480 (the figure 380 px tall),
 * runs the subject tracker on every frame and compares with the truth (the projected joint centres). Writes
 * target/eval/synth-detection.md with the detection rate, the per-group keypoint errors and the render time; skips
 * when models/ lacks the Thunder file.
 */
class SynthDetectionTest {
    /** The pose stage's own threshold for a usable keypoint (SubjectObservation.MIN_KEYPOINT_CONFIDENCE). */
    private static final double CONFIDENT = 0.3;

    private static final Keypoint[][] GROUPS = {KeypointGroups.HIPS, KeypointGroups.KNEES, KeypointGroups.ANKLES,
        {Keypoint.LEFT_SHOULDER, Keypoint.RIGHT_SHOULDER}, {Keypoint.LEFT_WRIST, Keypoint.RIGHT_WRIST}};
    private static final String[] GROUP_NAMES = {"hips", "knees", "ankles", "shoulders", "wrists"};

    /** What one outfit gave. */
    private record Result(String outfit, int frames, int lowerConfident, int swappedFrames, double renderMs,
            ReportTable table, double kneeMedianAnySidePx) {
    }

    @Test
    void thunderFindsTheRenderedWalkerInMostFrames() throws IOException {
        try (MoveNetModel model = Models.require(MoveNetVariant.THUNDER)) {
            // -Dsynth.view=ANTERIOR measures the front view (CI runs the back view)
            Truth truth = SyntheticTrack.walk().view(View.valueOf(System.getProperty("synth.view", "POSTERIOR"))).fps(30).steps(6).imageSizePx(640, 480)
                    .bodyHeightPx(380).cpdDeg(Side.LEFT, 6).cpdDeg(Side.RIGHT, 3).fppaDeg(Side.LEFT, 8)
                    .generate().truth();
            Result shorts = run(model, truth, "shorts", Outfit.standard(), true);
            Result trousers = run(model, truth, "trousers", Outfit.standard().withTrousers(), false);
            EvalReport report = new EvalReport("Rendered walker: does MoveNet Thunder find it?")
                    .paragraph(truth.view().name().toLowerCase(java.util.Locale.ROOT) + " walk on the spot, 640x480, figure 380 px tall, 30 fps, " + shorts.frames()
                            + " frames (6 steps, CPD 6/3 deg, left FPPA 8 deg); a fresh SubjectTracker on every frame"
                            + " of each outfit; truth = the projected joint centres; confident = confidence >= "
                            + CONFIDENT + ". 'as labelled' compares MoveNet's left with the true left; 'either side'"
                            + " takes, per frame, the better of that and the left-right swapped pose (a swapped frame:"
                            + " the swapped hips lie closer). Command: mvn -o -q test-compile surefire:test@evaluation -Dtest=SynthDetectionTest");
            for (Result r : List.of(shorts, trousers)) {
                report.heading("Outfit: " + r.outfit())
                        .paragraph(String.format(Locale.ROOT, "Frames with hips, knees and ankles all confident: %d /"
                                + " %d (%.1f %%). Left-right swapped frames: %d. Mean render time: %.1f ms per frame"
                                + " (this machine, 2 cores, in the test JVM, includes JIT warm-up).",
                                r.lowerConfident(), r.frames(), 100.0 * r.lowerConfident() / r.frames(),
                                r.swappedFrames(), r.renderMs()))
                        .table(r.table());
            }
            report.write("synth-detection.md");
            assertTrue(shorts.lowerConfident() > 0.95 * shorts.frames(), "hips, knees and ankles confident in only "
                    + shorts.lowerConfident() + " of " + shorts.frames());
            assertTrue(shorts.swappedFrames() < 0.05 * shorts.frames(), "left and right swapped on "
                    + shorts.swappedFrames() + " of " + shorts.frames());
            assertTrue(shorts.kneeMedianAnySidePx() < 10, "median knee error " + shorts.kneeMedianAnySidePx() + " px");
        }
    }

    private static Result run(MoveNetModel model, Truth truth, String name, Outfit outfit, boolean savePicture)
            throws IOException {
        int frames = truth.noiseFreeFrames().size();
        int[] lowerConfident = {0};
        int[] swapped = {0};
        List<List<Double>> labelled = new ArrayList<>();
        List<List<Double>> anySide = new ArrayList<>();
        for (int g = 0; g < GROUPS.length; g++) {
            labelled.add(new ArrayList<>());
            anySide.add(new ArrayList<>());
        }
        long renderNanos = RenderedFrames.estimate(model, truth, outfit, (f, t, image, p) -> {
            if (savePicture && f == frames / 2) {
                Files.createDirectories(EvalReport.DIRECTORY);
                ImageIO.write(image, "png", EvalReport.DIRECTORY.resolve("synth-walk-frame.png").toFile());
            }
            boolean confident = true;
            for (Keypoint k : KeypointGroups.LOWER_LIMBS) {
                confident &= p.confidence(k) >= CONFIDENT;
            }
            lowerConfident[0] += confident ? 1 : 0;
            boolean swap = error(p, t, Keypoint.LEFT_HIP, Keypoint.RIGHT_HIP)
                    + error(p, t, Keypoint.RIGHT_HIP, Keypoint.LEFT_HIP)
                    < error(p, t, Keypoint.LEFT_HIP, Keypoint.LEFT_HIP)
                    + error(p, t, Keypoint.RIGHT_HIP, Keypoint.RIGHT_HIP);
            swapped[0] += swap ? 1 : 0;
            for (int g = 0; g < GROUPS.length; g++) {
                Keypoint[] pair = GROUPS[g];
                for (int i = 0; i < 2; i++) {
                    Keypoint k = pair[i];
                    if (p.confidence(k) >= CONFIDENT) {
                        labelled.get(g).add(error(p, t, k, k));
                        anySide.get(g).add(error(p, t, k, swap ? pair[1 - i] : k));
                    }
                }
            }
        });
        ReportTable table = new ReportTable("joints", "confident keypoints", "median error px, as labelled",
                "median error px, either side", "90th pct px, either side");
        for (int g = 0; g < GROUPS.length; g++) {
            double[] e = sorted(labelled.get(g));
            double[] a = sorted(anySide.get(g));
            table.row(GROUP_NAMES[g], e.length + " / " + frames * GROUPS[g].length, fmt(quantile(e, 0.5)),
                    fmt(quantile(a, 0.5)), fmt(quantile(a, 0.9)));
        }
        return new Result(name, frames, lowerConfident[0], swapped[0], renderNanos / 1e6 / frames, table,
                quantile(sorted(anySide.get(1)), 0.5));
    }

    /** Distance from the estimate's keypoint {@code estimated} to the truth's keypoint {@code truth}, px. */
    private static double error(Pose estimate, Pose truth, Keypoint estimated, Keypoint trueK) {
        return Math.hypot(estimate.xPx(estimated) - truth.xPx(trueK), estimate.yPx(estimated) - truth.yPx(trueK));
    }

    private static double[] sorted(List<Double> values) {
        return values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
    }

    private static double quantile(double[] sorted, double q) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        return sorted[(int) Math.min(sorted.length - 1, Math.round(q * (sorted.length - 1)))];
    }

    private static String fmt(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }
}
