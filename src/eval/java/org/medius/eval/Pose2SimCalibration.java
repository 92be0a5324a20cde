package org.medius.eval;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The cameras of a Pose2Sim calibration {@code .toml} ({@code Calib_qualisys_2024.toml}): one section per camera
 * with {@code name}, {@code size = [w, h]}, {@code matrix} (K, 3x3), {@code distortions = [k1, k2, p1, p2]},
 * {@code rotation} (Rodrigues vector) and {@code translation} (metres). Pose2Sim (and OpenCV's projectPoints)
 * read rotation and translation as <b>world to camera</b>: {@code X_cam = R X_world + t}. The test also tries the
 * inverse reading to show that it does not fit.
 */
final class Pose2SimCalibration {
    private Pose2SimCalibration() {
    }

    /** How the extrinsics are read. */
    enum Extrinsics {
        /** {@code X_cam = R X_world + t} (OpenCV, Pose2Sim). */
        WORLD_TO_CAMERA,
        /** {@code X_world = R X_cam + t}. */
        CAMERA_TO_WORLD
    }

    record Camera(String section, String name, double width, double height, double[][] k, double[] distortions,
            double[] rotation, double[] translation) {

        /**
         * Pinhole projection with OpenCV's distortion model (k1, k2, p1, p2[, k3]) of a world point in metres.
         *
         * @return {x, y, depth} in pixels of the calibration's image (depth in metres along the optical axis)
         */
        double[] project(double[] world, Extrinsics extrinsics) {
            double[][] r = rodrigues(rotation);
            double[] c = new double[3];
            if (extrinsics == Extrinsics.WORLD_TO_CAMERA) {
                for (int i = 0; i < 3; i++) {
                    c[i] = r[i][0] * world[0] + r[i][1] * world[1] + r[i][2] * world[2] + translation[i];
                }
            } else {
                double[] d = {world[0] - translation[0], world[1] - translation[1], world[2] - translation[2]};
                for (int i = 0; i < 3; i++) {
                    c[i] = r[0][i] * d[0] + r[1][i] * d[1] + r[2][i] * d[2];
                }
            }
            double x = c[0] / c[2];
            double y = c[1] / c[2];
            double r2 = x * x + y * y;
            double k1 = distortions[0];
            double k2 = distortions[1];
            double p1 = distortions[2];
            double p2 = distortions[3];
            double k3 = distortions.length > 4 ? distortions[4] : 0;
            double radial = 1 + k1 * r2 + k2 * r2 * r2 + k3 * r2 * r2 * r2;
            double xd = x * radial + 2 * p1 * x * y + p2 * (r2 + 2 * x * x);
            double yd = y * radial + p1 * (r2 + 2 * y * y) + 2 * p2 * x * y;
            return new double[] {k[0][0] * xd + k[0][1] * yd + k[0][2], k[1][1] * yd + k[1][2], c[2]};
        }
    }

    /** Rotation matrix of a Rodrigues vector (axis times angle in radians). */
    static double[][] rodrigues(double[] v) {
        double theta = Math.sqrt(v[0] * v[0] + v[1] * v[1] + v[2] * v[2]);
        if (theta < 1e-12) {
            return new double[][] {{1, 0, 0}, {0, 1, 0}, {0, 0, 1}};
        }
        double kx = v[0] / theta;
        double ky = v[1] / theta;
        double kz = v[2] / theta;
        double s = Math.sin(theta);
        double c = 1 - Math.cos(theta);
        return new double[][] {
            {1 - c * (ky * ky + kz * kz), -s * kz + c * kx * ky, s * ky + c * kx * kz},
            {s * kz + c * kx * ky, 1 - c * (kx * kx + kz * kz), -s * kx + c * ky * kz},
            {-s * ky + c * kx * kz, s * kx + c * ky * kz, 1 - c * (kx * kx + ky * ky)}};
    }

    private static final Pattern SECTION = Pattern.compile("^\\s*\\[([^\\]]+)]\\s*$");
    private static final Pattern KEY_VALUE = Pattern.compile("^\\s*([A-Za-z_0-9]+)\\s*=\\s*(.+)$");
    private static final Pattern NUMBER = Pattern.compile("[-+]?(?:\\d+\\.?\\d*|\\.\\d+)(?:[eE][-+]?\\d+)?");

    /** Every section that has a camera matrix, in file order. */
    static List<Camera> read(Path toml) throws IOException {
        Map<String, Map<String, String>> sections = new LinkedHashMap<>();
        Map<String, String> current = null;
        for (String line : Files.readAllLines(toml)) {
            Matcher s = SECTION.matcher(line);
            Matcher kv = KEY_VALUE.matcher(line);
            if (s.matches()) {
                current = new LinkedHashMap<>();
                sections.put(s.group(1).trim(), current);
            } else if (kv.matches() && current != null) {
                current.put(kv.group(1), kv.group(2).trim());
            }
        }
        List<Camera> cams = new ArrayList<>();
        for (Map.Entry<String, Map<String, String>> e : sections.entrySet()) {
            Map<String, String> m = e.getValue();
            if (!m.containsKey("matrix")) {
                continue;
            }
            double[] size = numbers(m.get("size"));
            double[] k = numbers(m.get("matrix"));
            cams.add(new Camera(e.getKey(), m.getOrDefault("name", e.getKey()).replace("\"", ""), size[0], size[1],
                    new double[][] {{k[0], k[1], k[2]}, {k[3], k[4], k[5]}, {k[6], k[7], k[8]}},
                    numbers(m.get("distortions")), numbers(m.get("rotation")), numbers(m.get("translation"))));
        }
        return cams;
    }

    static Camera camera(List<Camera> cams, String name) {
        return cams.stream().filter(c -> c.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no camera " + name));
    }

    private static double[] numbers(String s) {
        Matcher m = NUMBER.matcher(s);
        List<Double> out = new ArrayList<>();
        while (m.find()) {
            out.add(Double.parseDouble(m.group()));
        }
        return out.stream().mapToDouble(Double::doubleValue).toArray();
    }
}
