package org.medius.ui;

import java.util.ArrayList;
import java.util.List;
import org.medius.analysis.AnalysedFrame;
import org.medius.analysis.Analysis;
import org.medius.analysis.FrameAngles;
import org.medius.analysis.KeypointFlags;
import org.medius.kinematics.RollCorrection;
import org.medius.model.Keypoint;
import org.medius.model.Pose;

/**
 * What the overlay draws on one frame: the filtered keypoints the angles were computed from, put back into the
 * picture's pixels (the camera-roll correction undone), which of them to trust, and the angle labels.
 *
 * @param pose    keypoints in pixels of the displayed frame
 * @param trusted per keypoint: seen with confidence by the model and not filled in by the filter
 * @param labels  pelvis, knee and trunk values beside their joints
 */
record FrameOverlay(Pose pose, boolean[] trusted, List<SkeletonPainter.AngleLabel> labels) {

    static FrameOverlay of(Analysis analysis, int position) {
        AnalysedFrame frame = analysis.frames().get(position);
        RollCorrection roll = analysis.roll();
        Pose shown = roll.rollDeg() == 0 ? frame.filteredPose()
                : RollCorrection.user(-roll.rollDeg()).correct(frame.filteredPose(), analysis.video().widthPx(),
                        analysis.video().heightPx());
        double threshold = analysis.settings().filter().confidenceThreshold();
        boolean[] trusted = new boolean[Keypoint.COUNT];
        for (Keypoint k : Keypoint.values()) {
            KeypointFlags f = frame.flags().get(k.ordinal());
            trusted[k.ordinal()] = frame.rawPose().confidence(k) >= threshold && !f.gapFilled() && !f.outlierReplaced();
        }
        return new FrameOverlay(shown, trusted, labels(shown, frame.angles()));
    }

    private static List<SkeletonPainter.AngleLabel> labels(Pose p, FrameAngles a) {
        List<SkeletonPainter.AngleLabel> out = new ArrayList<>();
        double hipX = mid(p.xPx(Keypoint.LEFT_HIP), p.xPx(Keypoint.RIGHT_HIP));
        double hipY = mid(p.yPx(Keypoint.LEFT_HIP), p.yPx(Keypoint.RIGHT_HIP));
        double shoulderX = mid(p.xPx(Keypoint.LEFT_SHOULDER), p.xPx(Keypoint.RIGHT_SHOULDER));
        double shoulderY = mid(p.yPx(Keypoint.LEFT_SHOULDER), p.yPx(Keypoint.RIGHT_SHOULDER));
        boolean leftOnImageLeft = p.xPx(Keypoint.LEFT_HIP) < p.xPx(Keypoint.RIGHT_HIP);
        out.add(new SkeletonPainter.AngleLabel("Pelvis " + TimeText.degrees(a.pelvicObliquityDeg()),
                Double.isFinite(hipX) ? Math.max(p.xPx(Keypoint.LEFT_HIP), p.xPx(Keypoint.RIGHT_HIP)) : hipX, hipY,
                SkeletonPainter.CENTRE, false));
        out.add(new SkeletonPainter.AngleLabel("Trunk " + TimeText.degrees(a.trunkLeanTowardsLeftDeg()),
                Double.isFinite(shoulderX) ? Math.max(p.xPx(Keypoint.LEFT_SHOULDER), p.xPx(Keypoint.RIGHT_SHOULDER))
                        : shoulderX, shoulderY, SkeletonPainter.CENTRE, false));
        out.add(new SkeletonPainter.AngleLabel("L FPPA " + TimeText.degrees(a.fppaReliableLeft() ? a.kneeFppaLeftDeg()
                : Double.NaN), p.xPx(Keypoint.LEFT_KNEE), p.yPx(Keypoint.LEFT_KNEE), SkeletonPainter.LEFT, leftOnImageLeft));
        out.add(new SkeletonPainter.AngleLabel("R FPPA " + TimeText.degrees(a.fppaReliableRight()
                ? a.kneeFppaRightDeg() : Double.NaN), p.xPx(Keypoint.RIGHT_KNEE), p.yPx(Keypoint.RIGHT_KNEE),
                SkeletonPainter.RIGHT, !leftOnImageLeft));
        return out;
    }

    private static double mid(double a, double b) {
        return (a + b) / 2;
    }
}
