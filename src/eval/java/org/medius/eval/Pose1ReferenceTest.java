package org.medius.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.medius.model.FramePose;
import org.medius.model.Keypoint;
import org.medius.model.MoveNetVariant;
import org.medius.model.Pose;
import org.medius.pose.MoveNetModel;
import org.medius.pose.MoveNetTracker;
import org.medius.pose.PoseEstimator;
import org.medius.pose.VideoPoseRunner;
import org.medius.testing.SharedData;
import org.medius.video.VideoException;
import org.medius.video.VideoInfo;

/**
 * MoveNet on video against the TFJS reference implementation: {@code ../shared/data/tfjs/pose_1.mp4} (576x576,
 * 30 fps, 120 frames, a rendered person standing on one leg) and {@code pose_1.json}, the keypoints that
 * tfjs-models' pose-detection produced for it with SinglePose Lightning, its crop-region tracking and its
 * default one-euro keypoint smoothing (in a browser). Their own test allows 60 px.
 *
 * <p>We run our {@link MoveNetTracker} (same crop tracking, no keypoint smoothing) with Lightning, and Thunder
 * for information, and measure the Euclidean pixel error per keypoint. Three diagnostics say where the
 * remaining difference comes from: the reference's one-euro filter applied afterwards to our output
 * ({@link ReferenceOneEuroFilter}), our model run on the crops the reference's own keypoints lead to
 * ({@link ReferenceCropReplay}), and frame 0 alone, where both implementations feed the whole frame.
 * Writes {@code target/eval/pose1.md} (and our raw keypoints as CSV beside it).
 *
 * <p>Rerun: {@code mvn -q -o test-compile surefire:test@evaluation -Dtest='org.medius.eval.Pose1ReferenceTest'}
 */
class Pose1ReferenceTest {
    /** The tolerance of the reference's own test (movenet_test.ts, EPSILON_VIDEO). */
    static final double REFERENCE_TOLERANCE_PX = 60;

    /**
     * Bound on the Lightning mean error over all 17 keypoints and 120 frames. Measured: 4.8 px (Thunder 3.8 px).
     * It cannot be pushed towards 0, and the diagnostics in the report say why: our model on the crops the
     * reference's own keypoints lead to is still 4.2 px away (so our crop tracking adds about 0.6 px), and on
     * frame 0, where both sides feed the same whole frame with no tracking and no filter, 10.3 px. In a one-off
     * experiment, re-decoding frame 0 with ffmpeg under other plausible conventions (BT.601/BT.709, limited/full
     * range, tf.image.resizeBilinear instead of cropAndResize) moved that frame-0 error between 8.3 and 10.5 px:
     * the floor is the browser's decoding and WebGL numerics against our FFmpeg decoding and CPU TorchScript.
     * It is not the reference's smoothing either: its one-euro filter changes our mean by less than 0.1 px.
     * 7 px leaves room for numeric differences between machines and fails a regression that costs about 2 px
     * on average (a lagging or mis-sized crop, the other model variant, dropped or shifted frames).
     */
    static final double MAX_OVERALL_MEAN_ERROR_PX = 7;

    /**
     * Bound on the mean signed offset per axis over all keypoints and frames. Measured: -0.8 px in x, -0.6 px
     * in y: disagreements between the two runs scatter around zero, while a coordinate-mapping slip (a
     * half-pixel convention, an offset crop corner, a padding error) shifts every keypoint the same way. 2 px
     * is about one model-input pixel at the crop size the tracker settles on (~300 px of frame for 192).
     */
    static final double MAX_BIAS_PX = 2;

    static final Keypoint[] HIPS = KeypointGroups.HIPS;
    static final Keypoint[] KNEES = KeypointGroups.KNEES;
    static final Keypoint[] ANKLES = KeypointGroups.ANKLES;
    static final Keypoint[] LOWER_LIMBS = KeypointGroups.LOWER_LIMBS;
    static final Keypoint[] ALL = Keypoint.values();

    /** The timestamps the reference's test feeds its filter: 33.333 ms apart, from 0. */
    private static final double REFERENCE_FRAME_INTERVAL_MS = 33.333;

    @Test
    void lightningReproducesTheTfjsReference() throws IOException, VideoException {
        Path video = SharedData.require("tfjs/pose_1.mp4");
        double[][][] reference = readReference(SharedData.require("tfjs/pose_1.json"));

        List<FramePose> lightning;
        List<FramePose> replay;
        int[] size;
        try (MoveNetModel model = Models.require(MoveNetVariant.LIGHTNING)) {
            size = new int[2];
            lightning = run(video, new MoveNetTracker(model, false), size);
            replay = run(video, new ReferenceCropReplay(model, reference), size);
        }
        List<FramePose> thunder;
        try (MoveNetModel model = Models.require(MoveNetVariant.THUNDER)) {
            thunder = run(video, new MoveNetTracker(model, false), size);
        }
        assertEquals(reference.length, lightning.size(), "frames decoded vs frames in the reference");
        assertEquals(reference.length, thunder.size(), "frames decoded vs frames in the reference");

        KeypointErrors l = KeypointErrors.between(lightning, reference);
        KeypointErrors t = KeypointErrors.between(thunder, reference);
        List<Diagnostic> diagnostics = List.of(
                new Diagnostic("ours: MoveNetTracker, no keypoint smoothing", l, 0, l.frames()),
                new Diagnostic("ours + reference one-euro filter (" + ReferenceOneEuroFilter.EARLY.name() + ")",
                        KeypointErrors.between(smooth(lightning, size, ReferenceOneEuroFilter.EARLY), reference),
                        0, l.frames()),
                new Diagnostic("ours + reference one-euro filter (" + ReferenceOneEuroFilter.LATER.name() + ")",
                        KeypointErrors.between(smooth(lightning, size, ReferenceOneEuroFilter.LATER), reference),
                        0, l.frames()),
                new Diagnostic("our model on the reference's crops (ReferenceCropReplay)",
                        KeypointErrors.between(replay, reference), 0, l.frames()),
                new Diagnostic("frame 0 only (whole frame on both sides, no tracking, no filter)", l, 0, 1));
        Path report = writeReport(video, l, t, diagnostics);
        writeCsv(lightning, "pose1-lightning.csv");
        writeCsv(thunder, "pose1-thunder.csv");

        for (Keypoint k : ALL) {
            assertTrue(l.max(k) < REFERENCE_TOLERANCE_PX, () -> String.format(Locale.ROOT,
                    "%s is %.1f px from the reference on frame %d (reference test allows %.0f px); see %s",
                    k.cocoName(), l.max(k), l.frameOfMax(k), REFERENCE_TOLERANCE_PX, report));
        }
        assertTrue(l.mean(ALL) < MAX_OVERALL_MEAN_ERROR_PX, () -> String.format(Locale.ROOT,
                "mean error %.1f px over all keypoints and frames (bound %.1f px); see %s",
                l.mean(ALL), MAX_OVERALL_MEAN_ERROR_PX, report));
        assertTrue(Math.abs(l.biasX(ALL)) < MAX_BIAS_PX && Math.abs(l.biasY(ALL)) < MAX_BIAS_PX,
                () -> String.format(Locale.ROOT, "systematic offset (%.1f, %.1f) px against the reference (bound %.1f px):"
                        + " look at the crop-to-frame coordinate mapping; see %s",
                        l.biasX(ALL), l.biasY(ALL), MAX_BIAS_PX, report));
    }

    /** A row of the diagnostics table: an error set over a range of frames. */
    private record Diagnostic(String name, KeypointErrors errors, int fromFrame, int toFrame) {
    }

    /** @param size receives the frame's width and height */
    private static List<FramePose> run(Path video, PoseEstimator estimator, int[] size) throws VideoException {
        List<FramePose> poses = new ArrayList<>();
        try (estimator) {
            VideoPoseRunner.run(video, estimator, poses::add, (VideoInfo info) -> {
                size[0] = info.widthPx();
                size[1] = info.heightPx();
            });
        }
        return poses;
    }

    /** [frame][keypoint][x, y] in pixels, keypoints in {@link Keypoint} order, looked up by COCO name. */
    static double[][][] readReference(Path json) throws IOException {
        JsonNode frames = new ObjectMapper().readTree(json.toFile());
        double[][][] ref = new double[frames.size()][Keypoint.COUNT][2];
        for (int f = 0; f < frames.size(); f++) {
            for (Keypoint k : Keypoint.values()) {
                JsonNode p = frames.get(f).get(k.cocoName());
                if (p == null) {
                    throw new IllegalStateException(json + " frame " + f + " has no " + k.cocoName());
                }
                ref[f][k.ordinal()][0] = p.get("x").asDouble();
                ref[f][k.ordinal()][1] = p.get("y").asDouble();
            }
        }
        return ref;
    }

    /**
     * The reference's smoothing applied afterwards: one filter per keypoint axis, on coordinates normalised to
     * the frame, with the timestamps its test feeds. Unlike the reference, our crop was steered by the
     * unsmoothed keypoints, so this shows the smoothing's share only approximately.
     */
    static List<FramePose> smooth(List<FramePose> raw, int[] size, ReferenceOneEuroFilter.Config config) {
        ReferenceOneEuroFilter[] fx = new ReferenceOneEuroFilter[Keypoint.COUNT];
        ReferenceOneEuroFilter[] fy = new ReferenceOneEuroFilter[Keypoint.COUNT];
        for (int k = 0; k < Keypoint.COUNT; k++) {
            fx[k] = new ReferenceOneEuroFilter(config);
            fy[k] = new ReferenceOneEuroFilter(config);
        }
        List<FramePose> out = new ArrayList<>();
        for (int f = 0; f < raw.size(); f++) {
            long micros = (long) (f * REFERENCE_FRAME_INTERVAL_MS * 1000);
            Pose p = raw.get(f).pose();
            double[] x = new double[Keypoint.COUNT];
            double[] y = new double[Keypoint.COUNT];
            double[] c = new double[Keypoint.COUNT];
            for (Keypoint k : Keypoint.values()) {
                int i = k.ordinal();
                x[i] = fx[i].apply(p.xPx(k) / size[0], micros) * size[0];
                y[i] = fy[i].apply(p.yPx(k) / size[1], micros) * size[1];
                c[i] = p.confidence(k);
            }
            out.add(new FramePose(raw.get(f).frameIndex(), raw.get(f).timestampSeconds(), Pose.of(x, y, c)));
        }
        return out;
    }

    private static Path writeReport(Path video, KeypointErrors l, KeypointErrors t, List<Diagnostic> diagnostics) {
        ReportTable groups = new ReportTable("group", "lightning mean px", "lightning max px",
                "thunder mean px", "thunder max px");
        group(groups, "hips", HIPS, l, t);
        group(groups, "knees", KNEES, l, t);
        group(groups, "ankles", ANKLES, l, t);
        group(groups, "hips + knees + ankles", LOWER_LIMBS, l, t);
        group(groups, "all 17", ALL, l, t);

        ReportTable perKeypoint = new ReportTable("keypoint", "lightning mean px", "lightning max px",
                "lightning worst frame", "thunder mean px", "thunder max px");
        for (Keypoint k : ALL) {
            perKeypoint.row(k.cocoName(), ReportTable.num(l.mean(k)), ReportTable.num(l.max(k)), l.frameOfMax(k),
                    ReportTable.num(t.mean(k)), ReportTable.num(t.max(k)));
        }

        ReportTable diagnosis = new ReportTable("Lightning", "all 17 mean px", "hips+knees+ankles mean px",
                "knees mean px");
        for (Diagnostic d : diagnostics) {
            diagnosis.row(d.name(), ReportTable.num(d.errors().mean(d.fromFrame(), d.toFrame(), ALL)),
                    ReportTable.num(d.errors().mean(d.fromFrame(), d.toFrame(), LOWER_LIMBS)),
                    ReportTable.num(d.errors().mean(d.fromFrame(), d.toFrame(), KNEES)));
        }

        ReportTable perSecond = new ReportTable("frames", "lightning mean px", "thunder mean px");
        for (int from = 0; from < l.frames(); from += 30) {
            int to = Math.min(l.frames(), from + 30);
            perSecond.row(from + "-" + (to - 1), ReportTable.num(l.mean(from, to, ALL)),
                    ReportTable.num(t.mean(from, to, ALL)));
        }
        return new EvalReport("MoveNet vs the TFJS reference on pose_1.mp4")
                .paragraph("Video: `" + video + "` (" + l.frames() + " frames). Reference: `pose_1.json`, the output "
                        + "of tfjs-models pose-detection (MoveNet SinglePose Lightning, crop tracking, default one-euro "
                        + "keypoint smoothing, run in a browser); its own test allows " + (int) REFERENCE_TOLERANCE_PX
                        + " px. Ours: `MoveNetTracker` (same crop tracking, no keypoint smoothing). Errors are "
                        + "Euclidean distances in pixels of the 576x576 frame, over all frames.")
                .paragraph("Rerun: `mvn -q -o test-compile surefire:test@evaluation -Dtest='org.medius.eval.Pose1ReferenceTest'`")
                .paragraph(Models.provenance())
                .heading("Groups")
                .table(groups)
                .paragraph(String.format(Locale.ROOT, "Mean signed offset, ours minus reference, all keypoints: "
                        + "lightning (%.1f, %.1f) px, thunder (%.1f, %.1f) px (x, y).",
                        l.biasX(ALL), l.biasY(ALL), t.biasX(ALL), t.biasY(ALL)))
                .heading("Where the Lightning difference comes from")
                .table(diagnosis)
                .heading("Per keypoint")
                .table(perKeypoint)
                .heading("Mean over all keypoints, per second of video")
                .table(perSecond)
                .write("pose1.md");
    }

    private static void group(ReportTable table, String name, Keypoint[] g, KeypointErrors l, KeypointErrors t) {
        table.row(name, ReportTable.num(l.mean(g)), ReportTable.num(l.max(g)),
                ReportTable.num(t.mean(g)), ReportTable.num(t.max(g)));
    }

    /** Our raw keypoints, one row per frame, for anyone who wants to plot them against the reference. */
    private static void writeCsv(List<FramePose> poses, String fileName) throws IOException {
        StringBuilder sb = new StringBuilder("frame");
        for (Keypoint k : ALL) {
            sb.append(',').append(k.cocoName()).append("_x,").append(k.cocoName()).append("_y,")
                    .append(k.cocoName()).append("_score");
        }
        sb.append('\n');
        for (FramePose fp : poses) {
            sb.append(fp.frameIndex());
            for (Keypoint k : ALL) {
                sb.append(String.format(Locale.ROOT, ",%.2f,%.2f,%.3f",
                        fp.pose().xPx(k), fp.pose().yPx(k), fp.pose().confidence(k)));
            }
            sb.append('\n');
        }
        Files.createDirectories(EvalReport.DIRECTORY);
        Files.writeString(EvalReport.DIRECTORY.resolve(fileName), sb);
    }
}
