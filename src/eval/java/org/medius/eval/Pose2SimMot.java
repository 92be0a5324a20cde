package org.medius.eval;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * An OpenSim {@code .mot} coordinates file (header up to {@code endheader}, then a tab-separated table whose first
 * column is {@code time}); angles in degrees when the header says {@code inDegrees=yes}.
 */
record Pose2SimMot(List<String> columns, double[][] rows, boolean inDegrees) {

    static Pose2SimMot read(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file);
        int end = 0;
        boolean degrees = false;
        while (!lines.get(end).trim().equals("endheader")) {
            degrees |= lines.get(end).trim().equals("inDegrees=yes");
            end++;
        }
        List<String> columns = Arrays.stream(lines.get(end + 1).split("\t")).map(String::trim).toList();
        List<double[]> rows = new ArrayList<>();
        for (int l = end + 2; l < lines.size(); l++) {
            if (lines.get(l).isBlank()) {
                continue;
            }
            rows.add(Arrays.stream(lines.get(l).trim().split("\\s+")).mapToDouble(Double::parseDouble).toArray());
        }
        return new Pose2SimMot(columns, rows.toArray(new double[0][]), degrees);
    }

    double[] column(String name) {
        int c = columns.indexOf(name);
        if (c < 0) {
            throw new IllegalArgumentException("no column " + name);
        }
        return Arrays.stream(rows).mapToDouble(r -> r[c]).toArray();
    }
}
