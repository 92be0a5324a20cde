package org.medius.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.medius.analysis.AnalysedFrame;
import org.medius.analysis.Analysis;
import org.medius.analysis.AnalysisPipeline;
import org.medius.analysis.AnalysisSettings;
import org.medius.model.Task;
import org.medius.model.FramePose;
import org.medius.model.Keypoint;
import org.medius.model.Pose;
import org.medius.model.VideoMetadata;

/** Round trips: what the exporters write reads back to the values of the Analysis. */
class AnalysisExportTest {

    private static Analysis analysis() throws Exception {
        double[] x = new double[Keypoint.COUNT];
        double[] y = new double[Keypoint.COUNT];
        double[] c = new double[Keypoint.COUNT];
        for (int k = 0; k < Keypoint.COUNT; k++) {
            x[k] = 100 + 10 * k;
            y[k] = 50 + 20 * k;
            c[k] = 0.9;
        }
        x[Keypoint.LEFT_WRIST.ordinal()] = Double.NaN; // a missing point must come back as missing
        y[Keypoint.LEFT_WRIST.ordinal()] = Double.NaN;
        Pose p = Pose.of(x, y, c);
        List<FramePose> t = new java.util.ArrayList<>();
        for (int i = 0; i < 40; i++) {
            t.add(new FramePose(i, i / 30.0, p));
        }
        return AnalysisPipeline.analyse(t, new VideoMetadata("v.mp4", 640, 480, 90, "h264", 30, 1.3), "m", "dev",
                // a stick figure laid out on a diagonal shows no body plane: the view is given, so its frames carry angles
                AnalysisSettings.defaults(Task.RUN).withView(org.medius.events.ViewChoice.POSTERIOR));
    }

    @Test
    void csvReadsBackWithUnitsInTheHeaderAndEmptyFieldsForMissingValues(@TempDir Path dir) throws Exception {
        Analysis a = analysis();
        Path file = dir.resolve("a.csv");
        AnalysisCsv.write(a, file);
        List<String> lines = Files.readAllLines(file);
        assertEquals(41, lines.size());
        String[] header = lines.get(0).split(",", -1);
        String[] row = lines.get(5).split(",", -1);
        assertEquals(header.length, row.length);
        List<String> h = List.of(header);
        AnalysedFrame f = a.frames().get(4);
        assertEquals(f.timestampSeconds(), Double.parseDouble(row[h.indexOf("time_s")]), 1e-6);
        assertEquals(f.filteredPose().xPx(Keypoint.LEFT_KNEE), Double.parseDouble(row[h.indexOf("left_knee_x_px")]), 0.005);
        assertEquals(f.angles().pelvicObliquityDeg(), Double.parseDouble(row[h.indexOf("pelvic_obliquity_deg")]), 0.0005);
        assertEquals("", row[h.indexOf("left_wrist_x_px_raw")]);
        assertEquals("", row[h.indexOf("left_wrist_x_px")], "never seen, so nothing to filter");
        assertEquals("0", row[h.indexOf("left_knee_gated")]);
        assertEquals("posterior", row[h.indexOf("view")]);
        assertEquals("1", row[h.indexOf("frontal_plane")]);
    }

    @Test
    void jsonReadsBackTheSettingsVideoAndEveryFrame(@TempDir Path dir) throws Exception {
        Analysis a = analysis();
        Path file = dir.resolve("a.json");
        AnalysisJson.write(a, file);
        JsonNode root = new ObjectMapper().readTree(file.toFile());
        assertEquals(AnalysisJson.FORMAT_VERSION, root.get("formatVersion").asInt());
        assertEquals("run", root.at("/settings/task").asText());
        assertEquals(10.0, root.at("/settings/cutoffHz").asDouble());
        assertEquals(90, root.at("/video/rotationDegrees").asInt());
        assertEquals(40, root.get("frames").size());
        JsonNode f4 = root.get("frames").get(4);
        int knee = Keypoint.LEFT_KNEE.ordinal();
        assertEquals(a.frames().get(4).filteredPose().xPx(Keypoint.LEFT_KNEE), f4.get("filtered").get(knee).get(0).asDouble(), 1e-9);
        assertTrue(f4.get("raw").get(Keypoint.LEFT_WRIST.ordinal()).get(0).isNull());
        assertEquals(a.frames().get(4).angles().kneeFppaLeftDeg(), f4.at("/angles/kneeFppaLeftDeg").asDouble(), 1e-9);
    }

    @Test
    void exportedFilesAreReadableByOthers(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("a.csv");
        AnalysisCsv.write(analysis(), file);
        assertEquals("rw-r--r--", java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
    }
}
