package org.medius.eval;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A Pose2Sim {@code .trc} file: 3D keypoint trajectories, one row per frame, three columns (X, Y, Z) per marker.
 * Header: line 1 file type, line 2 the names of line 3's values (DataRate ... Units ...), line 4 {@code Frame#},
 * {@code Time} and the marker names (one name, then two empty cells), line 5 X1 Y1 Z1 ..., then the data.
 *
 * <p>Pose2Sim writes its trc files <b>Y-up</b>: it triangulates in the calibration's Z-up world and converts on
 * writing ({@code zup2yup}: trc (X, Y, Z) = world (Y, Z, X)). {@link #worldZUp} undoes that.
 *
 * @param markers  marker names in column order (body25b naming: RHip, LHip, RKnee, ...)
 * @param frameNumbers the {@code Frame#} column (1-based in Pose2Sim's files)
 * @param times    the {@code Time} column, seconds
 * @param xyz      [frame][marker][X, Y, Z] as written, in {@code units}
 */
record Pose2SimTrc(double rateHz, String units, List<String> markers, int[] frameNumbers, double[] times,
        double[][][] xyz) {

    static Pose2SimTrc read(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file);
        String[] keys = lines.get(1).split("\t");
        String[] values = lines.get(2).split("\t");
        double rate = Double.NaN;
        String units = "?";
        int declaredFrames = -1;
        for (int i = 0; i < keys.length && i < values.length; i++) {
            switch (keys[i].trim()) {
                case "DataRate" -> rate = Double.parseDouble(values[i].trim());
                case "Units" -> units = values[i].trim();
                case "NumFrames" -> declaredFrames = Integer.parseInt(values[i].trim());
                default -> { }
            }
        }
        String[] header = lines.get(3).split("\t");
        List<String> markers = new ArrayList<>();
        for (int i = 2; i < header.length; i++) {
            if (!header[i].isBlank()) {
                markers.add(header[i].trim());
            }
        }
        List<double[]> rows = new ArrayList<>();
        for (int l = 5; l < lines.size(); l++) {
            String line = lines.get(l);
            if (line.isBlank()) {
                continue;
            }
            String[] cells = line.split("\t");
            double[] row = new double[2 + 3 * markers.size()];
            for (int i = 0; i < row.length; i++) {
                row[i] = i < cells.length && !cells[i].isBlank() ? Double.parseDouble(cells[i].trim()) : Double.NaN;
            }
            rows.add(row);
        }
        if (declaredFrames >= 0 && declaredFrames != rows.size()) {
            throw new IllegalStateException(file + " declares " + declaredFrames + " frames but has " + rows.size());
        }
        int n = rows.size();
        int[] frames = new int[n];
        double[] times = new double[n];
        double[][][] xyz = new double[n][markers.size()][3];
        for (int f = 0; f < n; f++) {
            double[] row = rows.get(f);
            frames[f] = (int) row[0];
            times[f] = row[1];
            for (int m = 0; m < markers.size(); m++) {
                System.arraycopy(row, 2 + 3 * m, xyz[f][m], 0, 3);
            }
        }
        return new Pose2SimTrc(rate, units, List.copyOf(markers), frames, times, xyz);
    }

    int frames() {
        return xyz.length;
    }

    int marker(String name) {
        int i = markers.indexOf(name);
        if (i < 0) {
            throw new IllegalArgumentException("no marker " + name + " in " + markers);
        }
        return i;
    }

    /** The point as written (Y-up), in metres. */
    double[] asWritten(int frame, String marker) {
        double[] p = xyz[frame][marker(marker)].clone();
        if (units.equals("mm")) {
            for (int i = 0; i < 3; i++) {
                p[i] /= 1000;
            }
        }
        return p;
    }

    /** The point in the calibration's Z-up world, metres: world (X, Y, Z) = trc (Z, X, Y). */
    double[] worldZUp(int frame, String marker) {
        double[] p = asWritten(frame, marker);
        return new double[] {p[2], p[0], p[1]};
    }
}
