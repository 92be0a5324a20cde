package org.medius.export.overlay;

import java.util.List;
import java.util.Locale;
import org.medius.analysis.AnalysedFrame;
import org.medius.analysis.Analysis;
import org.medius.analysis.FrameAngles;
import org.medius.analysis.KeypointFlags;
import org.medius.kinematics.RollCorrection;
import org.medius.model.Keypoint;
import org.medius.model.Pose;

/**
 * What an overlay shows on one frame, independent of how it is drawn (Java2D here; the viewer's JavaFX painter
 * follows the same rules): the filtered keypoints the angles were computed from, put back into the picture's pixels
 * (the camera-roll correction undone, so the skeleton sits on the person), which of them to trust, and the angle
 * labels beside the pelvis, the knees and the trunk.
 *
 * @param pose    keypoints in pixels of the upright frame
 * @param trusted per keypoint (in {@link Keypoint} order): the model's raw confidence reached the filter's threshold
 *                and the filter neither gap-filled nor replaced it as an outlier; others are drawn hollow and dashed
 * @param labels  pelvis, trunk, left knee, right knee
 */
public record OverlayContent(Pose pose, boolean[] trusted, List<AngleLabel> labels) {

    public OverlayContent {
        trusted = trusted.clone();
        labels = List.copyOf(labels);
    }

    @Override
    public boolean[] trusted() {
        return trusted.clone();
    }

    /** Whether one keypoint is trusted. */
    public boolean trusted(Keypoint k) {
        return trusted[k.ordinal()];
    }

    /**
     * The content of frame {@code position} (0-based, in {@code analysis.frames()}).
     *
     * @throws IndexOutOfBoundsException when the analysis has no such frame
     */
    public static OverlayContent of(Analysis analysis, int position) {
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
        return new OverlayContent(shown, trusted, labels(shown, frame.angles()));
    }

    private static List<AngleLabel> labels(Pose p, FrameAngles a) {
        boolean leftOnImageLeft = p.xPx(Keypoint.LEFT_HIP) < p.xPx(Keypoint.RIGHT_HIP);
        return List.of(
                new AngleLabel("Pelvis " + degrees(a.pelvicObliquityDeg()),
                        outer(p, Keypoint.LEFT_HIP, Keypoint.RIGHT_HIP), mid(p, Keypoint.LEFT_HIP, Keypoint.RIGHT_HIP),
                        BodySide.CENTRE, false),
                new AngleLabel("Trunk " + degrees(a.trunkLeanTowardsLeftDeg()),
                        outer(p, Keypoint.LEFT_SHOULDER, Keypoint.RIGHT_SHOULDER),
                        mid(p, Keypoint.LEFT_SHOULDER, Keypoint.RIGHT_SHOULDER), BodySide.CENTRE, false),
                new AngleLabel("L FPPA " + degrees(a.fppaReliableLeft() ? a.kneeFppaLeftDeg() : Double.NaN),
                        p.xPx(Keypoint.LEFT_KNEE), p.yPx(Keypoint.LEFT_KNEE), BodySide.LEFT, leftOnImageLeft),
                new AngleLabel("R FPPA " + degrees(a.fppaReliableRight() ? a.kneeFppaRightDeg() : Double.NaN),
                        p.xPx(Keypoint.RIGHT_KNEE), p.yPx(Keypoint.RIGHT_KNEE), BodySide.RIGHT, !leftOnImageLeft));
    }

    /** A value in degrees with one decimal (never "-0.0"), or an en dash when missing or unreliable. */
    static String degrees(double value) {
        if (!Double.isFinite(value)) {
            return "–";
        }
        double rounded = Math.round(value * 10) / 10.0;
        return String.format(Locale.ROOT, "%.1f°", rounded == 0 ? 0.0 : rounded);
    }

    /** The x of the pair's point furthest right in the picture (the label goes beyond it). */
    private static double outer(Pose p, Keypoint a, Keypoint b) {
        double xa = p.xPx(a);
        double xb = p.xPx(b);
        return Double.isFinite(xa) && Double.isFinite(xb) ? Math.max(xa, xb) : Double.NaN;
    }

    private static double mid(Pose p, Keypoint a, Keypoint b) {
        return (p.yPx(a) + p.yPx(b)) / 2;
    }
}
