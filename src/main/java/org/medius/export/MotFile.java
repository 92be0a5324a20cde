package org.medius.export;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.ToDoubleFunction;
import org.medius.analysis.AnalysedFrame;
import org.medius.analysis.Analysis;
import org.medius.analysis.FrameAngles;

/**
 * The per-frame angles as an OpenSim motion file (.mot), with the header OpenSim's inverse kinematics and
 * Sports2D write ({@code Coordinates}, {@code version=1}, {@code nRows=}, {@code nColumns=}, {@code inDegrees=yes},
 * the two lines on units, {@code endheader}), then {@code time} and one column per angle, tab separated, each
 * value right-aligned in 16 characters with 8 decimals as in the Pose2Sim demo's OpenSim output
 * (../shared/data/pose2sim-balance). {@code nColumns} counts the time column, as OpenSim does.
 * <p>
 * Columns (signs and definitions: docs/measurement.md and docs/data-dictionary.md): time (s, the frame's real
 * timestamp), pelvic_obliquity (+ = left hip lower), knee_fppa_l/r (+ = valgus), knee_fpkd_l/r (a ratio, not
 * degrees: knee offset / leg length, + = medial), trunk_lean (+ = towards the left), hip_adduction_l/r
 * (+ = adduction), then three 0/1 flags: frontal_plane (0 on a frame that does not show the person's front or
 * back, a side view or a turn, where every angle is nan) and fppa_reliable_l/r (0 where the thigh is too
 * foreshortened for knee FPPA and FPKD). These are 2D image angles: they share no sign convention with OpenSim model coordinates
 * such as pelvis_list, and no name with them, so OpenSim will not mistake one for the other.
 * <p>
 * A missing value is written {@code nan}. Sports2D's pandas writer leaves such a cell empty instead; an empty
 * cell vanishes for readers that split on runs of white space (the padded columns invite exactly that), which
 * would shift every later column, so a token is written. OpenSim, numpy and pandas all read {@code nan}.
 */
public final class MotFile {
    /** The angle columns after time, in file order. */
    public static final List<String> COLUMNS = List.of("pelvic_obliquity", "knee_fppa_l", "knee_fppa_r",
            "knee_fpkd_l", "knee_fpkd_r", "trunk_lean", "hip_adduction_l", "hip_adduction_r", "frontal_plane",
            "fppa_reliable_l", "fppa_reliable_r");
    private static final List<ToDoubleFunction<FrameAngles>> VALUES = List.of(FrameAngles::pelvicObliquityDeg,
            FrameAngles::kneeFppaLeftDeg, FrameAngles::kneeFppaRightDeg, FrameAngles::kneeFpkdLeft,
            FrameAngles::kneeFpkdRight, FrameAngles::trunkLeanTowardsLeftDeg, FrameAngles::hipAdductionLeftDeg,
            FrameAngles::hipAdductionRightDeg, a -> a.frontalPlane() ? 1 : 0, a -> a.fppaReliableLeft() ? 1 : 0,
            a -> a.fppaReliableRight() ? 1 : 0);

    /**
     * A motion file as read back.
     *
     * @param name    the first header line
     * @param header  the {@code key=value} lines of the header, in order
     * @param columns the column names, time first
     * @param rows    one array per row, in column order (NaN for {@code nan} or an empty cell)
     */
    public record Data(String name, Map<String, String> header, List<String> columns, List<double[]> rows) {
        public Data {
            header = Map.copyOf(header);
            columns = List.copyOf(columns);
            rows = List.copyOf(rows);
        }

        /** The values of one column, by name. */
        public double[] column(String name) {
            int c = columns.indexOf(name);
            if (c < 0) {
                throw new IllegalArgumentException("no column " + name + " in " + columns);
            }
            return rows.stream().mapToDouble(r -> r[c]).toArray();
        }
    }

    private MotFile() {
    }

    public static void write(Analysis analysis, Path file) throws OutputFileException {
        AtomicFiles.writeText(file, w -> write(analysis, w));
    }

    static void write(Analysis a, Writer w) throws IOException {
        w.write("Coordinates\nversion=1\n");
        w.write("nRows=" + a.frames().size() + "\n");
        w.write("nColumns=" + (1 + COLUMNS.size()) + "\n");
        w.write("inDegrees=yes\n\n");
        w.write("Units are S.I. units (second, meters, Newtons, ...)\n");
        w.write("If the header above contains a line with 'inDegrees', this indicates whether rotational values are"
                + " in degrees (yes) or radians (no).\n\n");
        w.write("endheader\n");
        w.write("time\t" + String.join("\t", COLUMNS) + "\n");
        StringBuilder row = new StringBuilder(256);
        for (AnalysedFrame f : a.frames()) {
            row.setLength(0);
            value(row, f.timestampSeconds());
            for (ToDoubleFunction<FrameAngles> v : VALUES) {
                row.append('\t');
                value(row, v.applyAsDouble(f.angles()));
            }
            w.append(row).append('\n');
        }
    }

    private static void value(StringBuilder sb, double v) {
        sb.append(Double.isFinite(v) ? String.format(Locale.ROOT, "%16.8f", v) : String.format(Locale.ROOT, "%16s", "nan"));
    }

    /**
     * Reads a motion file written by Medius, OpenSim, Pose2Sim or Sports2D.
     *
     * @throws IOException when the file cannot be read or is not a motion file (the message says where)
     */
    public static Data read(Path file) throws IOException {
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String name = r.readLine();
            if (name == null) {
                throw new IOException(file + " is empty");
            }
            Map<String, String> header = new LinkedHashMap<>();
            int lineNo = 1;
            for (String l; ; ) {
                l = r.readLine();
                lineNo++;
                if (l == null) {
                    throw new IOException(file + ": no endheader line");
                }
                if (l.strip().equals("endheader")) {
                    break;
                }
                int eq = l.indexOf('=');
                if (eq > 0) {
                    header.put(l.substring(0, eq).strip(), l.substring(eq + 1).strip());
                }
            }
            String names = r.readLine();
            lineNo++;
            if (names == null) {
                throw new IOException(file + ": no column names after endheader");
            }
            List<String> columns = List.of(names.strip().split("\t"));
            List<double[]> rows = new ArrayList<>();
            for (String l; (l = r.readLine()) != null; ) {
                lineNo++;
                if (!l.isBlank()) {
                    rows.add(row(l.split("\t", -1), columns.size(), file, lineNo));
                }
            }
            return new Data(name.strip(), header, columns, rows);
        }
    }

    private static double[] row(String[] cells, int columns, Path file, int lineNo) throws IOException {
        if (cells.length < columns) {
            throw new IOException(file + " line " + lineNo + ": " + cells.length + " cells, expected " + columns);
        }
        double[] v = new double[columns];
        for (int i = 0; i < columns; i++) {
            String c = cells[i].strip();
            try {
                v[i] = c.isEmpty() || c.equalsIgnoreCase("nan") ? Double.NaN : Double.parseDouble(c);
            } catch (NumberFormatException e) {
                throw new IOException(file + " line " + lineNo + ": '" + c + "' is not a number", e);
            }
        }
        return v;
    }
}
