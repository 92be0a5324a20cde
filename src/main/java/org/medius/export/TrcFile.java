package org.medius.export;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.medius.analysis.AnalysedFrame;
import org.medius.analysis.Analysis;
import org.medius.model.Keypoint;
import org.medius.model.Pose;
import org.medius.signal.Quantiles;

/**
 * The filtered keypoints as an OpenSim / Pose2Sim marker file (.trc), laid out exactly as Pose2Sim writes it
 * (checked against its demo trials in ../shared/data/pose2sim-*): tab separated, LF line ends, the five header
 * lines {@code PathFileType 4 (X/Y/Z) NAME.trc}, the rate/count names, their values, {@code Frame# Time} with
 * one name per marker followed by two empty cells, and {@code X1 Y1 Z1 ...}; then one row per frame numbered
 * from 1.
 * <p>
 * Coordinates: x to the image right, y <b>up</b> (flipped from the image's y-down, OpenSim's convention:
 * Y = picture height - y), Z = 0 (one camera measures no depth). Units {@code px} by default; with a
 * {@link HeightCalibration}, {@code m} (x and y times its metres per pixel). The origin is the picture's
 * bottom-left corner. Marker names are Pose2Sim's COCO-17 names (LHip, RKnee, ...).
 * <p>
 * Time is each frame's real timestamp (variable frame rate kept, so it need not be Frame#/DataRate as in
 * Pose2Sim's files); DataRate, CameraRate and OrigDataRate are the median frame rate of those timestamps. A
 * keypoint that is missing on a frame leaves its three cells empty, as Pose2Sim's and Sports2D's pandas writer
 * does for NaN and as OpenSim reads a marker gap. Precision: 3 decimals in px, 6 in m, time 6 decimals (s).
 */
public final class TrcFile {
    /** Pose2Sim's names of the COCO-17 keypoints, in {@link Keypoint} order. */
    static final List<String> MARKERS = List.of("Nose", "LEye", "REye", "LEar", "REar", "LShoulder", "RShoulder",
            "LElbow", "RElbow", "LWrist", "RWrist", "LHip", "RHip", "LKnee", "RKnee", "LAnkle", "RAnkle");
    static final String RATE_NAMES = "DataRate\tCameraRate\tNumFrames\tNumMarkers\tUnits\tOrigDataRate\t"
            + "OrigDataStartFrame\tOrigNumFrames";

    /**
     * A marker file as read back.
     *
     * @param fileName      the name in the first header line
     * @param dataRateHz    DataRate
     * @param cameraRateHz  CameraRate
     * @param numFrames     NumFrames
     * @param units         Units ({@code px} or {@code m} from Medius; {@code m} from Pose2Sim)
     * @param markers       marker names, in column order
     * @param rows          the data rows
     */
    public record Data(String fileName, double dataRateHz, double cameraRateHz, int numFrames, String units,
            List<String> markers, List<Row> rows) {
        public Data {
            markers = List.copyOf(markers);
            rows = List.copyOf(rows);
        }
    }

    /**
     * One frame: Frame#, Time and x, y, z per marker (NaN where the cell was empty).
     *
     * @param xyz 3 values per marker, in marker order
     */
    public record Row(int frame, double timeSeconds, double[] xyz) {
        public double x(int marker) {
            return xyz[3 * marker];
        }

        public double y(int marker) {
            return xyz[3 * marker + 1];
        }

        public double z(int marker) {
            return xyz[3 * marker + 2];
        }
    }

    private TrcFile() {
    }

    public static void write(Analysis analysis, Path file, Optional<HeightCalibration> calibration)
            throws OutputFileException {
        double metresPerPx;
        try {
            metresPerPx = calibration.map(c -> c.metresPerPixel(analysis)).orElse(Double.NaN);
        } catch (IllegalArgumentException noLeg) {
            throw new OutputFileException(file, noLeg.getMessage(), noLeg);
        }
        AtomicFiles.writeText(file, w -> write(analysis, file.getFileName().toString(), metresPerPx, w));
    }

    /**
     * @param metresPerPx the scale to metres, or NaN to write pixels
     */
    static void write(Analysis a, String fileName, double metresPerPx, Writer w) throws IOException {
        boolean metres = Double.isFinite(metresPerPx);
        double scale = metres ? metresPerPx : 1;
        String format = metres ? "%.6f" : "%.3f";
        double heightPx = a.video().heightPx();
        String rate = rate(medianRateHz(a));
        int n = a.frames().size();
        w.write("PathFileType\t4\t(X/Y/Z)\t" + fileName + "\n");
        w.write(RATE_NAMES + "\n");
        w.write(String.join("\t", rate, rate, String.valueOf(n), String.valueOf(MARKERS.size()), metres ? "m" : "px",
                rate, "0", String.valueOf(n)) + "\n");
        w.write("Frame#\tTime\t" + String.join("\t\t\t", MARKERS) + "\t\t\n");
        StringBuilder xyz = new StringBuilder("\t");
        for (int i = 1; i <= MARKERS.size(); i++) {
            xyz.append("\tX").append(i).append("\tY").append(i).append("\tZ").append(i);
        }
        w.write(xyz.append('\n').toString());
        StringBuilder row = new StringBuilder(1024);
        int number = 1;
        for (AnalysedFrame f : a.frames()) {
            row.setLength(0);
            row.append(number++).append('\t').append(String.format(Locale.ROOT, "%.6f", f.timestampSeconds()));
            Pose p = f.filteredPose();
            for (Keypoint k : Keypoint.values()) {
                double x = p.xPx(k);
                double y = p.yPx(k);
                if (Double.isFinite(x) && Double.isFinite(y)) {
                    row.append('\t').append(String.format(Locale.ROOT, format, x * scale))
                            .append('\t').append(String.format(Locale.ROOT, format, (heightPx - y) * scale))
                            .append('\t').append(String.format(Locale.ROOT, format, 0.0));
                } else {
                    row.append("\t\t\t");
                }
            }
            w.append(row).append('\n');
        }
    }

    /** The median of 1 / (difference of consecutive timestamps); the nominal rate when fewer than 2 frames. */
    static double medianRateHz(Analysis a) {
        List<AnalysedFrame> f = a.frames();
        double[] rates = new double[Math.max(0, f.size() - 1)];
        int n = 0;
        for (int i = 1; i < f.size(); i++) {
            double dt = f.get(i).timestampSeconds() - f.get(i - 1).timestampSeconds();
            if (dt > 0) {
                rates[n++] = 1 / dt;
            }
        }
        if (n == 0) {
            return a.video().nominalFps();
        }
        return Quantiles.median(Arrays.copyOf(rates, n));
    }

    /** A rate with at most 4 decimals and no trailing zeros: 60, 29.97. */
    private static String rate(double hz) {
        return BigDecimal.valueOf(hz).setScale(4, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    }

    /**
     * Reads a marker file written by Medius, Pose2Sim or Sports2D.
     *
     * @throws IOException when the file cannot be read or is not laid out as a TRC file (the message says where)
     */
    public static Data read(Path file) throws IOException {
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String[] first = line(r, file, 1).split("\t", -1);
            if (first.length < 4 || !first[0].equals("PathFileType")) {
                throw new IOException(file + " line 1: a TRC file starts with PathFileType");
            }
            if (!line(r, file, 2).startsWith("DataRate\tCameraRate\tNumFrames\tNumMarkers\tUnits")) {
                throw new IOException(file + " line 2: the rate and count names are expected");
            }
            String[] values = line(r, file, 3).split("\t", -1);
            String[] names = line(r, file, 4).split("\t", -1);
            line(r, file, 5); // X1 Y1 Z1 ...
            List<String> markers = new ArrayList<>();
            for (int i = 2; i < names.length; i++) {
                if (!names[i].isBlank()) {
                    markers.add(names[i].strip());
                }
            }
            int numMarkers = Integer.parseInt(values[3].strip());
            if (markers.size() != numMarkers) {
                throw new IOException(file + " line 4: " + markers.size() + " marker names but NumMarkers is " + numMarkers);
            }
            List<Row> rows = new ArrayList<>();
            int lineNo = 5;
            for (String l; (l = r.readLine()) != null; ) {
                lineNo++;
                if (l.isBlank()) {
                    continue;
                }
                rows.add(row(l.split("\t", -1), numMarkers, file, lineNo));
            }
            return new Data(first[3], Double.parseDouble(values[0].strip()), Double.parseDouble(values[1].strip()),
                    Integer.parseInt(values[2].strip()), values[4].strip(), markers, rows);
        } catch (NumberFormatException | ArrayIndexOutOfBoundsException e) {
            throw new IOException(file + ": not a TRC header (" + e.getMessage() + ")", e);
        }
    }

    private static Row row(String[] cells, int markers, Path file, int lineNo) throws IOException {
        if (cells.length < 2 + 3 * markers) {
            throw new IOException(file + " line " + lineNo + ": " + cells.length + " cells, expected " + (2 + 3 * markers));
        }
        try {
            double[] xyz = new double[3 * markers];
            for (int i = 0; i < xyz.length; i++) {
                String c = cells[2 + i].strip();
                xyz[i] = c.isEmpty() ? Double.NaN : Double.parseDouble(c);
            }
            return new Row(Integer.parseInt(cells[0].strip()), Double.parseDouble(cells[1].strip()), xyz);
        } catch (NumberFormatException e) {
            throw new IOException(file + " line " + lineNo + ": not a number (" + e.getMessage() + ")", e);
        }
    }

    private static String line(BufferedReader r, Path file, int number) throws IOException {
        String l = r.readLine();
        if (l == null) {
            throw new IOException(file + " ends before header line " + number);
        }
        return l;
    }
}
