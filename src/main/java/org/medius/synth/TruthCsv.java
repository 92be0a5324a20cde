package org.medius.synth;

import java.io.IOException;
import java.io.Writer;
import java.util.Locale;
import java.util.function.Function;
import org.medius.kinematics.ContralateralPelvicDrop;
import org.medius.kinematics.KneeFppa;
import org.medius.kinematics.PelvicObliquity;
import org.medius.kinematics.TrunkLean;
import org.medius.model.FramePose;
import org.medius.model.Keypoint;
import org.medius.model.Pose;
import org.medius.model.Side;

/**
 * The ground truth of a rendered clip as CSV, one row per frame: frame index, time, the true image position of the
 * 17 COCO keypoints (the projected joint centres, pixels), and the true angles read by {@code org.medius.kinematics}
 * from those noise-free points (degrees): pelvic obliquity, the CPD of the frame's stance side (side empty and value
 * empty outside the counted stances or repetitions), knee FPPA left and right, trunk lean towards the left.
 * Point as decimal separator, comma between fields.
 *
 * <p>A clip rendered with pelvis markers ({@code medius synth --markers}) has six more columns: the true image
 * position of the centre of the person's left and right marker (pixels) and whether that centre is seen (1) or
 * hidden behind another body part (0): {@code marker_left_x_px, marker_left_y_px, marker_left_visible,
 * marker_right_x_px, marker_right_y_px, marker_right_visible}.
 */
public final class TruthCsv {
    private TruthCsv() {
    }

    public static void write(Truth truth, Writer out) throws IOException {
        write(truth, null, out);
    }

    /**
     * @param markers per noise-free pose, {leftX, leftY, leftVisible, rightX, rightY, rightVisible}; null: a clip
     *                without markers (no marker columns)
     */
    public static void write(Truth truth, Function<Pose, double[]> markers, Writer out) throws IOException {
        StringBuilder header = new StringBuilder("frame,time_s");
        for (Keypoint k : Keypoint.values()) {
            String name = k.name().toLowerCase(Locale.ROOT);
            header.append(',').append(name).append("_x_px,").append(name).append("_y_px");
        }
        header.append(",pelvic_obliquity_deg,cpd_stance_side,cpd_deg,fppa_left_deg,fppa_right_deg,trunk_lean_left_deg");
        if (markers != null) {
            header.append(",marker_left_x_px,marker_left_y_px,marker_left_visible,marker_right_x_px,marker_right_y_px,"
                    + "marker_right_visible");
        }
        out.write(header.append('\n').toString());
        for (FramePose frame : truth.noiseFreeFrames()) {
            Pose p = frame.pose();
            StringBuilder row = new StringBuilder();
            row.append(frame.frameIndex()).append(',').append(num(frame.timestampSeconds()));
            for (Keypoint k : Keypoint.values()) {
                row.append(',').append(num(p.xPx(k))).append(',').append(num(p.yPx(k)));
            }
            Side stance = stanceAt(truth, frame.frameIndex());
            row.append(',').append(num(PelvicObliquity.obliquityDeg(p)))
                    .append(',').append(stance == null ? "" : stance.name().toLowerCase(Locale.ROOT))
                    .append(',').append(stance == null ? "" : num(ContralateralPelvicDrop.cpdDeg(p, stance)))
                    .append(',').append(num(KneeFppa.fppaDeg(p, Side.LEFT)))
                    .append(',').append(num(KneeFppa.fppaDeg(p, Side.RIGHT)))
                    .append(',').append(num(TrunkLean.leanTowardsLeftDeg(p)));
            if (markers != null) {
                double[] m = markers.apply(p);
                row.append(',').append(num(m[0])).append(',').append(num(m[1])).append(',').append((int) m[2])
                        .append(',').append(num(m[3])).append(',').append(num(m[4])).append(',').append((int) m[5]);
            }
            out.write(row.append('\n').toString());
        }
    }

    /** The side of the counted stance or repetition that holds the frame, or null. */
    static Side stanceAt(Truth truth, int frame) {
        for (EventTruth e : truth.events()) {
            if (e.startFrame() <= frame && frame <= e.endFrame()) {
                return e.side();
            }
        }
        return null;
    }

    private static String num(double v) {
        return Double.isNaN(v) ? "" : String.format(Locale.ROOT, "%.4f", v);
    }
}
