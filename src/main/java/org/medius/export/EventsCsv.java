package org.medius.export;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.Locale;
import org.medius.analysis.Analysis;
import org.medius.analysis.EventMeasures;

/**
 * The per-event table as CSV: one row per stance, repetition (a two-legged squat: one per side) or hold, with its
 * frames, times and the values the summaries are made of. Frames are positions in the per-frame CSV's rows.
 */
public final class EventsCsv {
    static final String HEADER = "event,kind,side,start_frame,key_frame,end_frame,start_s,end_s,frontal_plane,"
            + "cpd_peak_deg,cpd_peak_frame,fppa_deg,fpkd,fppa_status,knee_ankle_separation_ratio,deepest_frame,trunk_lean_peak_deg,trunk_lean_peak_frame,"
            + "mean_confidence,cpd_median_deg,trunk_lean_median_deg";

    private EventsCsv() {
    }

    public static void write(Analysis analysis, Path file) throws OutputFileException {
        AtomicFiles.writeText(file, w -> write(analysis, w));
    }

    public static void write(Analysis a, Writer w) throws IOException {
        w.write(HEADER);
        w.write('\n');
        int number = 1;
        for (EventMeasures m : a.eventMeasures()) {
            StringBuilder row = new StringBuilder();
            row.append(number++).append(',').append(m.event().kind().name().toLowerCase(Locale.ROOT))
                    .append(',').append(m.event().side().name().toLowerCase(Locale.ROOT))
                    .append(',').append(m.event().startFrame()).append(',').append(m.event().keyFrame())
                    .append(',').append(m.event().endFrame());
            num(row, m.startSeconds(), "%.4f");
            num(row, m.endSeconds(), "%.4f");
            row.append(',').append(m.frontalPlane() ? 1 : 0);
            num(row, m.cpdPeakDeg(), "%.3f");
            row.append(',').append(m.cpdPeakFrame());
            num(row, m.fppaDeg(), "%.3f");
            num(row, m.fpkd(), "%.4f");
            row.append(',').append(m.fppaStatus().code());
            num(row, m.kneeAnkleSeparationRatio(), "%.3f");
            row.append(',').append(m.deepestFrame());
            num(row, m.trunkLeanPeakDeg(), "%.3f");
            row.append(',').append(m.trunkLeanPeakFrame());
            num(row, m.meanConfidence(), "%.4f");
            num(row, m.cpdMedianDeg(), "%.3f");
            num(row, m.trunkLeanMedianDeg(), "%.3f");
            w.append(row).append('\n');
        }
    }

    static void num(StringBuilder sb, double v, String format) {
        sb.append(',');
        if (Double.isFinite(v)) {
            sb.append(String.format(Locale.ROOT, format, v));
        }
    }
}
