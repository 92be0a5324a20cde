package org.medius.export;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.Locale;
import org.medius.analysis.AnalysedFrame;
import org.medius.analysis.Analysis;
import org.medius.analysis.FrameAngles;
import org.medius.analysis.KeypointFlags;
import org.medius.model.Keypoint;
import org.medius.model.Pose;

/**
 * The per-frame CSV: time, frame index, every keypoint raw and filtered with its confidence and flags, every
 * angle with the frame's camera view and whether it shows the frontal plane (when not, every angle is empty), and
 * per side the number of the stance or repetition (row of the events CSV) the frame lies in. Units
 * are in the column names (_s, _px, _deg); flags are 0/1; NaN and "no event" are written as an empty field.
 */
public final class AnalysisCsv {
    private AnalysisCsv() {
    }

    public static void write(Analysis analysis, Path file) throws OutputFileException {
        AtomicFiles.writeText(file, w -> write(analysis, w));
    }

    public static void write(Analysis analysis, Writer w) throws IOException {
        w.write(header());
        w.write('\n');
        StringBuilder row = new StringBuilder(2048);
        int[][] eventOf = eventPerFrame(analysis);
        int position = 0;
        for (AnalysedFrame f : analysis.frames()) {
            row.setLength(0);
            row.append(String.format(Locale.ROOT, "%.6f", f.timestampSeconds())).append(',').append(f.frameIndex());
            for (Keypoint k : Keypoint.values()) {
                Pose raw = f.rawPose();
                Pose flt = f.filteredPose();
                KeypointFlags fl = f.flags().get(k.ordinal());
                num(row, raw.xPx(k), "%.2f");
                num(row, raw.yPx(k), "%.2f");
                num(row, raw.confidence(k), "%.4f");
                num(row, flt.xPx(k), "%.2f");
                num(row, flt.yPx(k), "%.2f");
                row.append(',').append(fl.gated() ? 1 : 0).append(',').append(fl.gapFilled() ? 1 : 0)
                        .append(',').append(fl.outlierReplaced() ? 1 : 0);
            }
            row.append(',').append(f.leftRightSwapRepaired() ? 1 : 0);
            FrameAngles a = f.angles();
            row.append(',').append(analysis.view().viewAt(f.frameIndex()).name().toLowerCase(Locale.ROOT));
            row.append(',').append(a.frontalPlane() ? 1 : 0);
            num(row, a.pelvicObliquityDeg(), "%.3f");
            row.append(',').append(f.pelvisSource().word());
            num(row, a.kneeFppaLeftDeg(), "%.3f");
            num(row, a.kneeFppaRightDeg(), "%.3f");
            num(row, a.kneeFpkdLeft(), "%.4f");
            num(row, a.kneeFpkdRight(), "%.4f");
            row.append(',').append(a.fppaReliableLeft() ? 1 : 0).append(',').append(a.fppaReliableRight() ? 1 : 0);
            num(row, a.trunkLeanTowardsLeftDeg(), "%.3f");
            num(row, a.hipAdductionLeftDeg(), "%.3f");
            num(row, a.hipAdductionRightDeg(), "%.3f");
            for (int[] side : eventOf) {
                row.append(',');
                if (side[position] > 0) {
                    row.append(side[position]);
                }
            }
            position++;
            w.append(row).append('\n');
        }
    }

    /** Per side (left, right) and frame: the number of the event (row of the events CSV) it lies in, else 0. */
    private static int[][] eventPerFrame(Analysis a) {
        int[][] out = new int[2][a.frames().size()];
        int number = 1;
        for (org.medius.analysis.EventMeasures m : a.eventMeasures()) {
            int[] side = out[m.event().side().ordinal()];
            for (int i = m.event().startFrame(); i <= m.event().endFrame(); i++) {
                side[i] = number;
            }
            number++;
        }
        return out;
    }

    static String header() {
        StringBuilder h = new StringBuilder("time_s,frame");
        for (Keypoint k : Keypoint.values()) {
            String n = k.cocoName();
            h.append(',').append(n).append("_x_px_raw,").append(n).append("_y_px_raw,").append(n).append("_confidence,")
                    .append(n).append("_x_px,").append(n).append("_y_px,").append(n).append("_gated,")
                    .append(n).append("_gap_filled,").append(n).append("_outlier_replaced");
        }
        h.append(",left_right_swap_repaired,view,frontal_plane,pelvic_obliquity_deg,pelvis_source,knee_fppa_left_deg,knee_fppa_right_deg,knee_fpkd_left,knee_fpkd_right,")
                .append("fppa_reliable_left,fppa_reliable_right,trunk_lean_towards_left_deg,")
                .append("hip_adduction_left_deg,hip_adduction_right_deg,event_left,event_right");
        return h.toString();
    }

    private static void num(StringBuilder sb, double v, String format) {
        EventsCsv.num(sb, v, format);
    }
}
