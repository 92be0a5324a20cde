package org.medius.pose;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.medius.model.Keypoint;
import org.medius.model.MoveNetVariant;
import org.medius.model.Pose;
import org.medius.video.VideoFrame;
import org.medius.video.VideoReader;

/**
 * Issue 17's markerless question, tried once: does MoveNet see more of the pelvic tilt when it looks again at the
 * pelvis through a tighter crop (the model's 256 pixels spread over a square of {@code HALF_TORSOS} torso lengths
 * around the mid-hip, i.e. a higher resolution on the pelvis)? For each frame of a rendered sample: the subject
 * tracker's pose, then a second inference on that crop; the per-frame hip-line angle of each against the true
 * pelvic obliquity of the truth file (least-squares slope and r, 1 = all of the tilt). A tool run by hand:
 * {@code bash tools/bench/run.sh HipCropExperiment samples/walk-front-markers-drop-3-9.mp4 [HALF_TORSOS ...]}.
 */
public final class HipCropExperiment {
    private HipCropExperiment() {
    }

    public static void main(String[] args) throws Exception {
        Path video = Path.of(args[0]);
        Path truth = Path.of(args[0].replace(".mp4", ".truth.csv"));
        double[] halves = args.length > 1 ? Arrays.stream(args, 1, args.length).mapToDouble(Double::parseDouble)
                .toArray() : new double[] {1.0, 1.5};
        List<String> lines = Files.readAllLines(truth);
        int col = Arrays.asList(lines.get(0).split(",")).indexOf("pelvic_obliquity_deg");
        List<Double> trueDeg = new ArrayList<>();
        List<Double> tracked = new ArrayList<>();
        List<List<Double>> tight = new ArrayList<>();
        for (int k = 0; k < halves.length; k++) {
            tight.add(new ArrayList<>());
        }
        try (MoveNetModel model = MoveNetModel.load(MoveNetVariant.THUNDER);
                SubjectTracker tracker = new SubjectTracker(model, false, null, 30);
                VideoReader reader = VideoReader.open(video)) {
            FrameImage buffer = null;
            VideoFrame f;
            int i = 0;
            while ((f = reader.next()) != null) {
                try (VideoFrame frame = f) {
                    buffer = FrameImage.fromFrame(frame, buffer);
                    Pose p = tracker.estimate(buffer, frame.timestampSeconds());
                    double t = Double.parseDouble(lines.get(1 + i).split(",")[col]);
                    i++;
                    if (!(p.confidence(Keypoint.LEFT_HIP) > 0.3 && p.confidence(Keypoint.RIGHT_HIP) > 0.3)) {
                        continue;
                    }
                    double mx = (p.xPx(Keypoint.LEFT_HIP) + p.xPx(Keypoint.RIGHT_HIP)) / 2;
                    double my = (p.yPx(Keypoint.LEFT_HIP) + p.yPx(Keypoint.RIGHT_HIP)) / 2;
                    double sx = (p.xPx(Keypoint.LEFT_SHOULDER) + p.xPx(Keypoint.RIGHT_SHOULDER)) / 2;
                    double sy = (p.yPx(Keypoint.LEFT_SHOULDER) + p.yPx(Keypoint.RIGHT_SHOULDER)) / 2;
                    double torso = Math.hypot(sx - mx, sy - my);
                    trueDeg.add(t);
                    tracked.add(hipAngle(p));
                    for (int k = 0; k < halves.length; k++) {
                        double h = halves[k] * torso;
                        CropRegion c = new CropRegion((my - h) / buffer.heightPx(), (mx - h) / buffer.widthPx(),
                                (my + h) / buffer.heightPx(), (mx + h) / buffer.widthPx());
                        tight.get(k).add(hipAngle(model.estimate(buffer, c)));
                    }
                }
            }
        }
        System.out.printf(Locale.ROOT, "%s: %d frames with both hips%n", video.getFileName(), trueDeg.size());
        System.out.printf(Locale.ROOT, "  tracker's crop: slope %.2f, r %.2f%n", slope(tracked, trueDeg),
                r(tracked, trueDeg));
        for (int k = 0; k < halves.length; k++) {
            System.out.printf(Locale.ROOT, "  pelvis crop, half-side %.1f torso lengths: slope %.2f, r %.2f%n",
                    halves[k], slope(tight.get(k), trueDeg), r(tight.get(k), trueDeg));
        }
    }

    /** The hip line's angle in degrees, + when the left hip is lower in the picture (y grows downwards). */
    private static double hipAngle(Pose p) {
        double dx = p.xPx(Keypoint.LEFT_HIP) - p.xPx(Keypoint.RIGHT_HIP);
        double dy = p.yPx(Keypoint.LEFT_HIP) - p.yPx(Keypoint.RIGHT_HIP);
        return Math.toDegrees(Math.atan2(dy, Math.abs(dx)));
    }

    private static double slope(List<Double> y, List<Double> x) {
        double mx = mean(x);
        double my = mean(y);
        double sxy = 0;
        double sxx = 0;
        for (int i = 0; i < x.size(); i++) {
            sxy += (x.get(i) - mx) * (y.get(i) - my);
            sxx += (x.get(i) - mx) * (x.get(i) - mx);
        }
        return sxy / sxx;
    }

    private static double r(List<Double> y, List<Double> x) {
        double mx = mean(x);
        double my = mean(y);
        double sxy = 0;
        double sxx = 0;
        double syy = 0;
        for (int i = 0; i < x.size(); i++) {
            sxy += (x.get(i) - mx) * (y.get(i) - my);
            sxx += (x.get(i) - mx) * (x.get(i) - mx);
            syy += (y.get(i) - my) * (y.get(i) - my);
        }
        return sxy / Math.sqrt(sxx * syy);
    }

    private static double mean(List<Double> v) {
        return v.stream().mapToDouble(Double::doubleValue).average().orElse(Double.NaN);
    }
}
