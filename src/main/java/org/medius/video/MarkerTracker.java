package org.medius.video;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.medius.model.Keypoint;
import org.medius.model.PelvisMarkerFrame;
import org.medius.model.PelvisMarkerTrack;
import org.medius.model.Pose;
import org.opencv.core.Core;
import org.opencv.core.CvType;
import org.opencv.core.Mat;
import org.opencv.core.Rect;
import org.opencv.core.Scalar;
import org.opencv.imgproc.Imgproc;
import org.opencv.imgproc.Moments;

/**
 * Finds two high-contrast round skin markers on the pelvis (the person's left and right ASIS or PSIS) on every frame,
 * using the pose model's hip keypoints as the neighbourhood where they are to be found (docs/markers.md).
 *
 * <p>Per frame: a search window around the hips (one hip width beyond them on every side); the pixels whose hue lies
 * within {@value #HUE_TOLERANCE_DEG} degrees of the markers' hue, saturated and not dark; their connected blobs,
 * kept when small (at most {@value #MAX_DIAMETER_HIP_WIDTHS} hip widths across) and round (filling at least
 * {@value #MIN_FILL} of their bounding box, which is at least {@value #MIN_ASPECT} as high as wide); each blob's
 * centroid from its image moments (sub-pixel; pixel {@code i} spans {@code [i, i + 1)}, so its centre is at
 * {@code i + 0.5}, the convention of the rendered samples' truth). Then the left and right markers: the pair (or a
 * single blob) closest to where each marker is expected (its last position moved with its hip keypoint), no further
 * than {@value #GATE_HIP_WIDTHS} hip widths from it, with the left marker on the left hip's side of the right one:
 * identity comes from the hip keypoints, so the markers never swap.
 *
 * <p>The markers' colour is given, or learnt on the first frames: the two most saturated round blobs near the hips.
 *
 * <p>After the last frame ({@link #finish()}): a marker missing for a short time (the two sightings around the gap at
 * most {@link Settings#maxHoldSeconds()} apart) is interpolated linearly in time; before its first and after its
 * last sighting it is held for that long, moved with its hip keypoint. A frame on which a marker is still unknown
 * reads its pelvis from the hip keypoints ({@link org.medius.model.PelvisSource#KEYPOINTS}).
 */
public final class MarkerTracker {
    /** The longest gap filled, seconds: under a third of a walking stride, so a filled frame misses no stance peak. */
    public static final double MAX_HOLD_SECONDS = 0.3;
    static final double HUE_TOLERANCE_DEG = 24;
    /** Smallest saturation (0..255) of a marker pixel once the colour is known, and while learning it. */
    static final int MIN_SATURATION = 90;
    static final int LEARNING_MIN_SATURATION = 150;
    /** Smallest value (brightness, 0..255): shaded markers stay well above, shadows fall below. */
    static final int MIN_VALUE = 50;
    static final double SEARCH_MARGIN_HIP_WIDTHS = 1.0;
    static final double MAX_DIAMETER_HIP_WIDTHS = 0.6;
    static final double GATE_HIP_WIDTHS = 0.5;
    /** Where a marker is first looked for: this many hip widths above its hip, within twice the gate. */
    static final double FIRST_LOOK_ABOVE_HIP_WIDTHS = 0.4;
    static final double MIN_FILL = 0.45;
    static final double MIN_ASPECT = 0.5;
    static final int MIN_AREA_PX = 4;

    /**
     * @param maxHoldSeconds the longest gap filled (see the class comment)
     * @param hueDeg         the markers' hue, 0..360 degrees; NaN: learnt from the video
     */
    public record Settings(double maxHoldSeconds, double hueDeg) {
        public Settings {
            if (!(maxHoldSeconds >= 0)) {
                throw new IllegalArgumentException("maxHoldSeconds must be at least 0: " + maxHoldSeconds);
            }
        }

        public static Settings defaults() {
            return new Settings(MAX_HOLD_SECONDS, Double.NaN);
        }
    }

    /** A blob that passed the colour and shape tests: centroid (px) and mean saturation. */
    record Blob(double xPx, double yPx, int areaPx, double meanSaturation, double hueDeg) {
    }

    private final Settings settings;
    /** The markers' hue in OpenCV units (0..180), NaN until known. */
    private double hueCv;
    private final List<Double> times = new ArrayList<>();
    private final List<double[]> hips = new ArrayList<>();
    private final List<double[]> found = new ArrayList<>();
    private double[] offsetLeft;
    private double[] offsetRight;
    private double[] lastHips;

    public MarkerTracker(Settings settings) {
        OpenCvNatives.load();
        this.settings = settings;
        this.hueCv = Double.isNaN(settings.hueDeg()) ? Double.NaN : ((settings.hueDeg() % 360 + 360) % 360) / 2;
    }

    /** The markers of a whole video, with the hip keypoints of each of its frames (in frame order). */
    public static PelvisMarkerTrack track(Path video, List<Pose> hipsPerFrame, Settings settings)
            throws VideoException {
        return track(video, hipsPerFrame, settings, () -> false);
    }

    /**
     * As {@link #track(Path, List, Settings)}, asking {@code stop} before every frame.
     *
     * @return null when {@code stop} said true (the caller was cancelled)
     */
    public static PelvisMarkerTrack track(Path video, List<Pose> hipsPerFrame, Settings settings,
            java.util.function.BooleanSupplier stop) throws VideoException {
        MarkerTracker tracker = new MarkerTracker(settings);
        try (VideoReader reader = VideoReader.open(video)) {
            for (Pose pose : hipsPerFrame) {
                if (stop.getAsBoolean()) {
                    return null;
                }
                VideoFrame frame = reader.next();
                if (frame == null) {
                    tracker.addMissing(Double.NaN, pose);
                    continue;
                }
                try (frame) {
                    tracker.add(frame.timestampSeconds(), frame.bgr(), pose);
                }
            }
        }
        return tracker.finish();
    }

    /**
     * Looks for the markers on the next frame.
     *
     * @param bgr  the frame, {@code CV_8UC3}
     * @param pose the pose model's keypoints on it (only the hips are used; NaN hips: the last known ones)
     */
    public void add(double timestampSeconds, Mat bgr, Pose pose) {
        double[] h = hipsOf(pose);
        times.add(timestampSeconds);
        hips.add(h);
        double[] result = {Double.NaN, Double.NaN, Double.NaN, Double.NaN};
        found.add(result);
        if (h == null) {
            return;
        }
        double width = Math.hypot(h[0] - h[2], h[1] - h[3]);
        if (!(width >= 4)) {
            return;
        }
        double margin = SEARCH_MARGIN_HIP_WIDTHS * width;
        int x0 = clamp((int) Math.floor(Math.min(h[0], h[2]) - margin), 0, bgr.cols());
        int y0 = clamp((int) Math.floor(Math.min(h[1], h[3]) - margin), 0, bgr.rows());
        int x1 = clamp((int) Math.ceil(Math.max(h[0], h[2]) + margin), 0, bgr.cols());
        int y1 = clamp((int) Math.ceil(Math.max(h[1], h[3]) + margin), 0, bgr.rows());
        if (x1 - x0 < 2 || y1 - y0 < 2) {
            return;
        }
        Rect window = new Rect(x0, y0, x1 - x0, y1 - y0);
        Mat hsv = new Mat();
        Mat pixels = bgr.submat(window);
        try {
            Imgproc.cvtColor(pixels, hsv, Imgproc.COLOR_BGR2HSV);
            if (Double.isNaN(hueCv) && !learnHue(hsv, x0, y0, width)) {
                return;
            }
            List<Blob> blobs = blobs(hsv, pixels, x0, y0, width, false);
            assign(blobs, h, width, result);
        } finally {
            hsv.release();
            pixels.release();
        }
    }

    /** A frame that could not be read: no markers on it. */
    void addMissing(double timestampSeconds, Pose pose) {
        times.add(timestampSeconds);
        hips.add(hipsOf(pose));
        found.add(new double[] {Double.NaN, Double.NaN, Double.NaN, Double.NaN});
    }

    /** The track so far, with short gaps filled (see the class comment). */
    public PelvisMarkerTrack finish() {
        int n = found.size();
        double[][] filled = new double[n][];
        for (int i = 0; i < n; i++) {
            filled[i] = found.get(i).clone();
        }
        fill(filled, 0);
        fill(filled, 2);
        List<PelvisMarkerFrame> frames = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            double[] f = filled[i];
            boolean leftSeen = Double.isFinite(found.get(i)[0]);
            boolean rightSeen = Double.isFinite(found.get(i)[2]);
            boolean both = Double.isFinite(f[0]) && Double.isFinite(f[2]);
            frames.add(both ? new PelvisMarkerFrame(f[0], f[1], f[2], f[3], leftSeen, rightSeen,
                    org.medius.model.PelvisSource.MARKERS)
                    : PelvisMarkerFrame.fallback(f[0], f[1], f[2], f[3], leftSeen, rightSeen));
        }
        return new PelvisMarkerTrack(frames, Double.isNaN(hueCv) ? Double.NaN : 2 * hueCv);
    }

    /** Fills the short gaps of one marker (slot 0: left, 2: right) in place. */
    private void fill(double[][] f, int slot) {
        int n = f.length;
        double hold = settings.maxHoldSeconds() + 1e-9;
        int i = 0;
        while (i < n) {
            if (Double.isFinite(f[i][slot])) {
                i++;
                continue;
            }
            int a = i;
            while (i < n && !Double.isFinite(f[i][slot])) {
                i++;
            }
            int before = a - 1;
            int after = i < n ? i : -1;
            for (int k = a; k < i; k++) {
                double t = times.get(k);
                if (before >= 0 && after >= 0) {
                    double t0 = times.get(before);
                    double t1 = times.get(after);
                    if (t1 - t0 <= hold) {
                        double w = (t - t0) / (t1 - t0);
                        f[k][slot] = f[before][slot] + w * (f[after][slot] - f[before][slot]);
                        f[k][slot + 1] = f[before][slot + 1] + w * (f[after][slot + 1] - f[before][slot + 1]);
                    }
                } else {
                    int ref = before >= 0 ? before : after;
                    if (ref >= 0 && Math.abs(t - times.get(ref)) <= hold && hips.get(k) != null
                            && hips.get(ref) != null) {
                        // held, moved with its hip keypoint
                        f[k][slot] = f[ref][slot] + hips.get(k)[slot] - hips.get(ref)[slot];
                        f[k][slot + 1] = f[ref][slot + 1] + hips.get(k)[slot + 1] - hips.get(ref)[slot + 1];
                    }
                }
            }
        }
    }

    /** {leftX, leftY, rightX, rightY} of the hips, the last known ones when missing, or null. */
    private double[] hipsOf(Pose pose) {
        if (pose != null) {
            double[] h = {pose.xPx(Keypoint.LEFT_HIP), pose.yPx(Keypoint.LEFT_HIP), pose.xPx(Keypoint.RIGHT_HIP),
                pose.yPx(Keypoint.RIGHT_HIP)};
            if (Double.isFinite(h[0]) && Double.isFinite(h[1]) && Double.isFinite(h[2]) && Double.isFinite(h[3])) {
                lastHips = h;
                return h;
            }
        }
        return lastHips;
    }

    /** The two most saturated round blobs near the hips give the colour; false while there are not two. */
    private boolean learnHue(Mat hsv, int x0, int y0, double hipWidth) {
        List<Blob> blobs = blobs(hsv, null, x0, y0, hipWidth, true);
        if (blobs.size() < 2) {
            return false;
        }
        blobs.sort((p, q) -> Double.compare(q.meanSaturation(), p.meanSaturation()));
        double a = blobs.get(0).hueDeg();
        double b = blobs.get(1).hueDeg();
        if (hueDistanceDeg(a, b) > HUE_TOLERANCE_DEG) {
            return false;
        }
        double mean = Math.toDegrees(Math.atan2(Math.sin(Math.toRadians(a)) + Math.sin(Math.toRadians(b)),
                Math.cos(Math.toRadians(a)) + Math.cos(Math.toRadians(b))));
        hueCv = ((mean + 360) % 360) / 2;
        return true;
    }

    static double hueDistanceDeg(double a, double b) {
        double d = Math.abs(a - b) % 360;
        return Math.min(d, 360 - d);
    }

    /**
     * The blobs of the marker colour (learning: of any strong colour) in a window, in frame pixels; with the
     * window's BGR pixels ({@code bgr}, null while learning) each centroid is weighted by colour (see
     * {@link #colourWeightedCentroid}).
     */
    private List<Blob> blobs(Mat hsv, Mat bgr, int x0, int y0, double hipWidth, boolean learning) {
        Mat mask = new Mat();
        Mat labels = new Mat();
        Mat stats = new Mat();
        Mat centroids = new Mat();
        List<Mat> channels = new ArrayList<>();
        try {
            if (learning) {
                Core.inRange(hsv, new Scalar(0, LEARNING_MIN_SATURATION, MIN_VALUE), new Scalar(180, 255, 255), mask);
            } else {
                double tol = HUE_TOLERANCE_DEG / 2;
                double lo = hueCv - tol;
                double hi = hueCv + tol;
                Core.inRange(hsv, new Scalar(Math.max(0, lo), MIN_SATURATION, MIN_VALUE),
                        new Scalar(Math.min(180, hi), 255, 255), mask);
                if (lo < 0 || hi > 180) {
                    Mat wrap = new Mat();
                    Core.inRange(hsv, new Scalar(lo < 0 ? 180 + lo : 0, MIN_SATURATION, MIN_VALUE),
                            new Scalar(lo < 0 ? 180 : hi - 180, 255, 255), wrap);
                    Core.bitwise_or(mask, wrap, mask);
                    wrap.release();
                }
            }
            int count = Imgproc.connectedComponentsWithStats(mask, labels, stats, centroids, 8, CvType.CV_32S);
            Core.split(hsv, channels);
            double maxDiameter = MAX_DIAMETER_HIP_WIDTHS * hipWidth;
            List<Blob> out = new ArrayList<>();
            for (int id = 1; id < count; id++) {
                int bx = (int) stats.get(id, Imgproc.CC_STAT_LEFT)[0];
                int by = (int) stats.get(id, Imgproc.CC_STAT_TOP)[0];
                int bw = (int) stats.get(id, Imgproc.CC_STAT_WIDTH)[0];
                int bh = (int) stats.get(id, Imgproc.CC_STAT_HEIGHT)[0];
                int area = (int) stats.get(id, Imgproc.CC_STAT_AREA)[0];
                if (area < MIN_AREA_PX || Math.max(bw, bh) > maxDiameter
                        || (double) area / (bw * bh) < MIN_FILL
                        || (double) Math.min(bw, bh) / Math.max(bw, bh) < MIN_ASPECT) {
                    continue;
                }
                Rect box = new Rect(bx, by, bw, bh);
                Mat member = new Mat();
                try {
                    Core.compare(labels.submat(box), new Scalar(id), member, Core.CMP_EQ);
                    Moments m = Imgproc.moments(member, true);
                    double cx = x0 + bx + m.m10 / m.m00 + 0.5;
                    double cy = y0 + by + m.m01 / m.m00 + 0.5;
                    double[] weighted = bgr == null ? null : colourWeightedCentroid(bgr, labels, id, box);
                    if (weighted != null) {
                        cx = x0 + weighted[0];
                        cy = y0 + weighted[1];
                    }
                    double sat = Core.mean(channels.get(1).submat(box), member).val[0];
                    double hue = circularMeanHueDeg(channels.get(0).submat(box), member);
                    out.add(new Blob(cx, cy, area, sat, hue));
                } finally {
                    member.release();
                }
            }
            return out;
        } finally {
            mask.release();
            labels.release();
            stats.release();
            centroids.release();
            channels.forEach(Mat::release);
        }
    }

    /** How far around a blob its edge pixels are weighed, px: the width of an anti-aliased and chroma-blurred edge. */
    static final int EDGE_PX = 2;

    /**
     * The centroid of a blob weighted by how much of the marker's colour each pixel holds, in window pixels, or null
     * when no pixel holds any. A pixel's weight is its colour's component along the marker's chroma (its RGB
     * projected on the marker hue's direction with the grey part removed, 0 when negative): on a grey, white or dark
     * background it grows linearly with the part of the pixel the marker covers. The pixels taken are the blob's and
     * those within {@value #EDGE_PX} px of it. A threshold (the blob) puts a partly covered edge pixel wholly in or
     * wholly out, depending on what lies behind it: a marker on the edge between a light waistband and dark shorts
     * had its centroid pulled 0.4 px towards the shorts, 1.3 deg of pelvic obliquity between two PSIS markers 19 px
     * apart. Weights are linear in the cover, so the blur of video coding (chroma at half resolution) moves no
     * weight from one side to the other.
     */
    private double[] colourWeightedCentroid(Mat bgr, Mat labels, int id, Rect box) {
        int ex0 = Math.max(0, box.x - EDGE_PX);
        int ey0 = Math.max(0, box.y - EDGE_PX);
        int ex1 = Math.min(bgr.cols(), box.x + box.width + EDGE_PX);
        int ey1 = Math.min(bgr.rows(), box.y + box.height + EDGE_PX);
        Rect e = new Rect(ex0, ey0, ex1 - ex0, ey1 - ey0);
        Mat member = new Mat();
        Mat near = new Mat();
        Mat kernel = Imgproc.getStructuringElement(Imgproc.MORPH_RECT, new org.opencv.core.Size(2 * EDGE_PX + 1,
                2 * EDGE_PX + 1));
        try {
            Core.compare(labels.submat(e), new Scalar(id), member, Core.CMP_EQ);
            Imgproc.dilate(member, near, kernel);
            double[] axis = chromaAxisBgr();
            byte[] px = new byte[3 * e.width];
            byte[] in = new byte[e.width];
            Mat pixels = bgr.submat(e);
            double sw = 0;
            double sx = 0;
            double sy = 0;
            for (int y = 0; y < e.height; y++) {
                pixels.get(y, 0, px);
                near.get(y, 0, in);
                for (int x = 0; x < e.width; x++) {
                    if (in[x] == 0) {
                        continue;
                    }
                    double w = axis[0] * (px[3 * x] & 255) + axis[1] * (px[3 * x + 1] & 255)
                            + axis[2] * (px[3 * x + 2] & 255);
                    if (w > 0) {
                        sw += w;
                        sx += w * (ex0 + x + 0.5);
                        sy += w * (ey0 + y + 0.5);
                    }
                }
            }
            return sw > 0 ? new double[] {sx / sw, sy / sw} : null;
        } finally {
            member.release();
            near.release();
            kernel.release();
        }
    }

    /** The unit direction of the markers' hue in BGR space with its grey part removed (orthogonal to (1, 1, 1)). */
    private double[] chromaAxisBgr() {
        double h = 2 * hueCv;
        double r = fullSaturation(5, h);
        double g = fullSaturation(3, h);
        double b = fullSaturation(1, h);
        double mean = (r + g + b) / 3;
        double[] axis = {b - mean, g - mean, r - mean};
        double norm = Math.sqrt(axis[0] * axis[0] + axis[1] * axis[1] + axis[2] * axis[2]);
        for (int k = 0; k < 3; k++) {
            axis[k] /= norm;
        }
        return axis;
    }

    /** One channel (n = 5 red, 3 green, 1 blue) of the fully saturated, full-value colour of hue {@code h} deg. */
    private static double fullSaturation(int n, double h) {
        double k = (n + h / 60) % 6;
        return 1 - Math.max(0, Math.min(Math.min(k, 4 - k), 1));
    }

    private static double circularMeanHueDeg(Mat hueCv, Mat member) {
        double s = 0;
        double c = 0;
        byte[] hue = new byte[hueCv.cols()];
        byte[] in = new byte[member.cols()];
        for (int y = 0; y < hueCv.rows(); y++) {
            hueCv.get(y, 0, hue);
            member.get(y, 0, in);
            for (int x = 0; x < hue.length; x++) {
                if (in[x] != 0) {
                    double a = Math.toRadians(2.0 * (hue[x] & 255));
                    s += Math.sin(a);
                    c += Math.cos(a);
                }
            }
        }
        return (Math.toDegrees(Math.atan2(s, c)) + 360) % 360;
    }

    /**
     * Picks the left and right markers among the blobs: the pair, or the single blob, nearest their expected places
     * within the gate, the left one on the left hip's side; writes {leftX, leftY, rightX, rightY} into result.
     */
    private void assign(List<Blob> blobs, double[] h, double width, double[] result) {
        double[] expectL = expected(h, 0, offsetLeft, width);
        double[] expectR = expected(h, 2, offsetRight, width);
        double gate = (offsetLeft == null || offsetRight == null ? 2 : 1) * GATE_HIP_WIDTHS * width;
        double miss = gate * gate;
        double sideX = h[0] - h[2];
        double sideY = h[1] - h[3];
        int bestL = -1;
        int bestR = -1;
        double best = 2 * miss;
        int n = blobs.size();
        for (int l = -1; l < n; l++) {
            for (int r = -1; r < n; r++) {
                if (l >= 0 && l == r) {
                    continue;
                }
                double cost = 0;
                if (l >= 0) {
                    double d = dist2(blobs.get(l), expectL);
                    if (d > miss) {
                        continue;
                    }
                    cost += d;
                } else {
                    cost += miss;
                }
                if (r >= 0) {
                    double d = dist2(blobs.get(r), expectR);
                    if (d > miss) {
                        continue;
                    }
                    cost += d;
                } else {
                    cost += miss;
                }
                if (l >= 0 && r >= 0) {
                    Blob bl = blobs.get(l);
                    Blob br = blobs.get(r);
                    if ((bl.xPx() - br.xPx()) * sideX + (bl.yPx() - br.yPx()) * sideY <= 0) {
                        continue; // the left marker must lie on the left hip's side
                    }
                }
                if (cost < best) {
                    best = cost;
                    bestL = l;
                    bestR = r;
                }
            }
        }
        if (bestL >= 0) {
            Blob b = blobs.get(bestL);
            result[0] = b.xPx();
            result[1] = b.yPx();
            offsetLeft = new double[] {b.xPx() - h[0], b.yPx() - h[1]};
        }
        if (bestR >= 0) {
            Blob b = blobs.get(bestR);
            result[2] = b.xPx();
            result[3] = b.yPx();
            offsetRight = new double[] {b.xPx() - h[2], b.yPx() - h[3]};
        }
    }

    /** Where a marker is expected: its hip plus its last offset, or at first a little above its hip. */
    private static double[] expected(double[] h, int slot, double[] offset, double width) {
        if (offset != null) {
            return new double[] {h[slot] + offset[0], h[slot + 1] + offset[1]};
        }
        return new double[] {h[slot], h[slot + 1] - FIRST_LOOK_ABOVE_HIP_WIDTHS * width};
    }

    private static double dist2(Blob b, double[] p) {
        double dx = b.xPx() - p[0];
        double dy = b.yPx() - p[1];
        return dx * dx + dy * dy;
    }

    private static int clamp(int v, int lo, int hi) {
        return Math.max(lo, Math.min(hi, v));
    }
}
