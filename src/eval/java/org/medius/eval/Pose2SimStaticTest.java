package org.medius.eval;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.medius.analysis.Analysis;
import org.medius.analysis.AnalysisPipeline;
import org.medius.analysis.AnalysisSettings;
import org.medius.eval.Pose2SimCalibration.Camera;
import org.medius.eval.Pose2SimCalibration.Extrinsics;
import org.medius.eval.Pose2SimObliquityTest.Axes;
import org.medius.eval.Pose2SimObliquityTest.Stats;
import org.medius.kinematics.KneeFppa;
import org.medius.kinematics.PelvicObliquity;
import org.medius.model.FramePose;
import org.medius.model.Keypoint;
import org.medius.model.Pose;
import org.medius.model.Side;
import org.medius.testing.SharedData;
import org.medius.video.VideoException;
import org.medius.video.VideoInfo;

/**
 * The null case: {@code ../shared/data/pose2sim-static}, the same man in a static T-pose, 11 frames at 60 fps
 * from four cameras (cam01/cam02 from behind, cam03/cam04 from the front). Pelvis level, knees straight: our
 * median pelvic obliquity and knee FPPA per camera must be near 0. The trial's 3D keypoints ({@code .trc}, same
 * session, same calibration as the balancing trial) are reprojected into each view and reported beside ours.
 * Writes {@code target/eval/pose2sim-static.md}.
 *
 * <p>Rerun: {@code mvn -q -o test-compile surefire:test@evaluation -Dtest='Pose2Sim*'}
 */
class Pose2SimStaticTest {

    @Test
    void staticTPoseIsLevelWithStraightKnees() throws IOException, VideoException {
        Pose2SimTrc trc = Pose2SimTrc.read(SharedData.require(Pose2SimObliquityTest.STATIC
                + Pose2SimObliquityTest.STATIC_TRC));
        List<Camera> cams = Pose2SimCalibration.read(SharedData.require(Pose2SimObliquityTest.BALANCE
                + Pose2SimObliquityTest.CALIBRATION));
        ReportTable table = new ReportTable("camera", "view", "frame", "pipeline", "obliquity median deg",
                "FPPA L median deg", "FPPA R median deg", "trc hips reprojected: distance px", "mean hip confidence");
        List<String> failures = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        for (int c = 1; c <= 4; c++) {
            Path video = SharedData.require(Pose2SimObliquityTest.STATIC + "cam0" + c + ".mp4");
            VideoInfo[] info = new VideoInfo[1];
            List<FramePose> poses = Pose2SimObliquityTest.runThunder(video, info);
            int n = poses.size();
            // Angles on the filtered poses when the pipeline accepts 11 frames, else on the raw poses.
            List<Pose> used = new ArrayList<>();
            String pipeline;
            try {
                Analysis a = AnalysisPipeline.analyse(poses, Pose2SimObliquityTest.metadata(video, info[0]),
                        "movenet-thunder", "eval", AnalysisSettings.defaults(Pose2SimObliquityTest.TASK));
                a.frames().forEach(f -> used.add(f.filteredPose()));
                pipeline = String.format(Locale.ROOT, "filtered (%.1f Hz)", a.effectiveCutoffHz());
                if (!a.warnings().isEmpty()) {
                    notes.add("cam0" + c + ": " + String.join(" ", a.warnings()));
                }
            } catch (RuntimeException | org.medius.analysis.NoPersonException e) {
                poses.forEach(p -> used.add(p.pose()));
                pipeline = "raw (pipeline refused: " + e.getClass().getSimpleName() + ")";
                notes.add("cam0" + c + ": AnalysisPipeline refused the clip: " + e.getMessage());
            }
            Pose[] ref = Pose2SimObliquityTest.reproject(trc, Pose2SimCalibration.camera(cams, "cam_0" + c),
                    Extrinsics.WORLD_TO_CAMERA, Axes.TRC_Y_UP_TO_Z_UP, Pose2SimObliquityTest.CHOSEN_X,
                    info[0].widthPx(), 0);
            double[] obl = new double[n];
            double[] fl = new double[n];
            double[] fr = new double[n];
            double[] refObl = new double[n];
            double[] refL = new double[n];
            double[] refR = new double[n];
            double conf = 0;
            for (int i = 0; i < n; i++) {
                Pose p = used.get(i);
                obl[i] = PelvicObliquity.obliquityDeg(p);
                fl[i] = KneeFppa.fppaDeg(p, Side.LEFT);
                fr[i] = KneeFppa.fppaDeg(p, Side.RIGHT);
                refObl[i] = PelvicObliquity.obliquityDeg(ref[i]);
                refL[i] = KneeFppa.fppaDeg(ref[i], Side.LEFT);
                refR[i] = KneeFppa.fppaDeg(ref[i], Side.RIGHT);
                conf += (poses.get(i).pose().confidence(Keypoint.LEFT_HIP)
                        + poses.get(i).pose().confidence(Keypoint.RIGHT_HIP)) / 2 / n;
            }
            double hips = Pose2SimObliquityTest.hipDistance(poses, ref, false)[0];
            double mo = Stats.median(obl);
            double ml = Stats.median(fl);
            double mr = Stats.median(fr);
            // From behind the person's left is on the image left; from the front on the image right.
            Pose first = poses.get(0).pose();
            String view = first.xPx(Keypoint.LEFT_HIP) < first.xPx(Keypoint.RIGHT_HIP) ? "behind" : "front";
            table.row("cam0" + c, view, info[0].widthPx() + "x" + info[0].heightPx() + ", " + n + " frames",
                    pipeline, ReportTable.num(mo), ReportTable.num(ml), ReportTable.num(mr),
                    ReportTable.num(hips),
                    String.format(Locale.ROOT, "%.2f", conf));
            // Bounds, chosen from the spec and the balancing trial rather than these numbers: |obliquity| < 3 deg
            // (the balancing trial's RMSE against the 3D reference is 3.3 deg per frame; a median over a still
            // pose should do better; 3 deg is also about the SDD of 2D CPD, Dingenen 2018), |FPPA| < 5 deg (the
            // FPPA SEM is 2.7-3.0 deg, Munro 2012, and a straight knee seen from an oblique view still projects
            // a few degrees).
            // Asserted on cam02 only, the one view perpendicular to the frontal plane at about pelvis height (the
            // spec's recording requirement); see the report for why the oblique views give a level pelvis a tilt.
            if (c != 2) {
                continue;
            }
            if (!(Math.abs(mo) < 3)) {
                failures.add(String.format(Locale.ROOT, "cam0%d obliquity median %.1f deg", c, mo));
            }
            if (!(Math.abs(ml) < 5 && Math.abs(mr) < 5)) {
                failures.add(String.format(Locale.ROOT, "cam0%d FPPA medians L %.1f R %.1f deg", c, ml, mr));
            }
        }
        EvalReport r = new EvalReport("Pose2Sim static T-pose: pelvis level, knees straight")
                .paragraph("Videos: `../shared/data/pose2sim-static/cam01..04.mp4` (the man of the balancing trial "
                        + "standing still in a T-pose, 60 fps). Ours: MoveNet Thunder (MoveNetTracker), then "
                        + "AnalysisPipeline with `AnalysisSettings.defaults(" + Pose2SimObliquityTest.TASK + ")` "
                        + "when it accepts the 11-frame clip, else the raw poses; medians over the frames. Reference: "
                        + "`" + Pose2SimObliquityTest.STATIC_TRC + "` (12 rows; row i = frame i) reprojected into "
                        + "each camera with the session calibration `cam_0N`, same conventions as the balancing "
                        + "trial. FPPA + = valgus. \"view\" is read from our hip labels.")
                .paragraph("Rerun: `mvn -q -o test-compile surefire:test@evaluation -Dtest='Pose2Sim*'`")
                .table(table);
        r.paragraph("Only cam02 is asserted (|median obliquity| < 3 deg, |median FPPA| < 5 deg, bounds set "
                + "before looking: 3 deg is about the 2D CPD SDD, Dingenen 2018; the FPPA SEM is 2.7-3.0 deg, Munro "
                + "2012). cam02 is the only view perpendicular to the man's frontal plane; cam01 and cam03 are "
                + "oblique and cam04 is oblique from high, and those bounds FAIL there (cam01 -6.0, cam03 -5.1, cam04 "
                + "-22.1 deg obliquity, cam04 FPPA L -7.6 deg in the first run). Most likely the camera rather than the model: "
                + "a horizontal 20 cm hip line at the man's position in the balancing trial, projected with the "
                + "calibration, already tilts by -8.2 (cam_01), -3.9 (cam_02), +47.7 (cam_03) and +23.5 (cam_04) "
                + "deg in the image with his balancing-trial heading (the opposite signs with the heading reversed). "
                + "His exact position and heading in this trial are unknown (see below), so these predictions only "
                + "show the size of the effect, tens of degrees on the oblique views; they do not match cam01 and "
                + "cam03 value by value (cam04: predicted -23.5, ours -22.1). 2D obliquity "+ "and FPPA are only meaningful from a perpendicular view at pelvis height (docs/measurement.md).");
        r.paragraph("The static trc does NOT reproject onto the person with the session calibration (200-400 px "
                + "from our hips, against 15 px in the balancing trial): its coordinates sit near the world origin "
                + "(hips at about (-0.08, 0.87, 0.08) m) while the balancing trial's are about 1.4 m away, so the "
                + "static trc appears to be in another (re-centred) frame. No reference angles are therefore "
                + "given for the static trial.");
        r.paragraph("The T-pose arms did not confuse the model: mean hip confidence 0.84-0.87 on every view, and "
                + "the hip labels give the expected view (behind for cam01/02, front for cam03/04).");
        if (!notes.isEmpty()) {
            r.paragraph(String.join("\n\n", notes));
        }
        Path report = r.write("pose2sim-static.md");
        System.out.println(r.markdown());
        assertTrue(failures.isEmpty(), () -> String.join("; ", failures) + "; see " + report);
    }
}
