package org.medius.synth.render;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.util.Arrays;
import java.util.List;
import org.medius.events.View;
import org.medius.model.Keypoint;
import org.medius.model.Pose;
import org.medius.synth.BodyModel;
import org.medius.synth.Truth;

/**
 * Renders a frontal-view pose of the synthetic motion model as a shaded body in a room: a pure-Java ray caster
 * (one ray per pixel, orthographic, along the depth axis) over the volumes of {@link BodyVolumes}, with a z-buffer,
 * the analytic surface normals, Lambert shading from one light plus ambient light, and the {@link Backdrop}.
 * Headless and deterministic: the same pose gives the same bytes.
 *
 * <p>The camera is the motion model's {@code Stage}: one world pixel is one image pixel, so the pose's keypoints are
 * exactly the projected joint centres of the rendered body. With camera roll the pose arrives rolled (as the truth
 * holds it); the renderer turns gravity and the backdrop by the same angle.
 */
public final class FigureRenderer {
    /** Unit vector from a surface towards the light: above, left of and in front of the camera (a Medius choice). */
    private static final Vec3 LIGHT = new Vec3(-0.35, -0.6, -0.72).unit();
    private static final double AMBIENT = 0.38;
    private static final double DIFFUSE = 0.62;

    private final BodyModel body;
    private final View view;
    private final Outfit outfit;
    private final int widthPx;
    private final int heightPx;
    private final double rollDeg;
    private final Backdrop backdrop;
    private final double standingAnkleYPx;
    private final PelvisMarkers markers;

    /**
     * @param floorYPx the image row of the floor before roll (the motion model's {@code Stage.floorYPx})
     * @param rollDeg  the camera roll the poses carry (sign of {@code RollCorrection})
     */
    public FigureRenderer(BodyModel body, View view, Outfit outfit, int widthPx, int heightPx, double floorYPx,
            double rollDeg) {
        this(body, view, outfit, widthPx, heightPx, floorYPx, rollDeg, null);
    }

    private FigureRenderer(BodyModel body, View view, Outfit outfit, int widthPx, int heightPx, double floorYPx,
            double rollDeg, PelvisMarkers markers) {
        if (!view.isFrontal()) {
            throw new IllegalArgumentException("the renderer draws frontal views only, not " + view);
        }
        if (widthPx <= 0 || heightPx <= 0) {
            throw new IllegalArgumentException("image size must be positive: " + widthPx + "x" + heightPx);
        }
        this.body = body;
        this.view = view;
        this.outfit = outfit;
        this.widthPx = widthPx;
        this.heightPx = heightPx;
        this.rollDeg = rollDeg;
        this.backdrop = new Backdrop(floorYPx, body.heightPx(), heightPx);
        this.standingAnkleYPx = floorYPx - body.ankleHeightPx();
        this.markers = markers;
    }

    /** The same renderer drawing two skin markers on the pelvis (ASIS from the front, PSIS from behind). */
    public FigureRenderer withMarkers(PelvisMarkers stickers) {
        return new FigureRenderer(body, view, outfit, widthPx, heightPx, backdrop.floorYPx(), rollDeg,
                java.util.Objects.requireNonNull(stickers, "stickers"));
    }

    /**
     * The true image positions of the pelvis markers' centres on a pose and whether each is seen (see
     * {@link PelvisMarkers#truthPx}): {leftX, leftY, leftVisible, rightX, rightY, rightVisible}.
     */
    public double[] markerTruthPx(Pose pose) {
        double r = Math.toRadians(rollDeg);
        return PelvisMarkers.truthPx(pose, body, view, outfit, -Math.sin(r), Math.cos(r));
    }

    /** A renderer for the frames of a synthetic track: its body, view, image size, floor and roll. */
    public static FigureRenderer forTruth(Truth truth, Outfit outfit) {
        return new FigureRenderer(truth.body(), truth.view(), outfit, (int) Math.round(truth.imageWidthPx()),
                (int) Math.round(truth.imageHeightPx()), truth.floorYPx(), truth.rollDeg());
    }

    /** A new 8-bit BGR image ({@link BufferedImage#TYPE_3BYTE_BGR}) of the pose. */
    public BufferedImage render(Pose pose) {
        BufferedImage image = new BufferedImage(widthPx, heightPx, BufferedImage.TYPE_3BYTE_BGR);
        byte[] bgr = ((DataBufferByte) image.getRaster().getDataBuffer()).getData();
        double r = Math.toRadians(rollDeg);
        double cos = Math.cos(r);
        double sin = Math.sin(r);
        double cx = widthPx / 2.0;
        double cy = heightPx / 2.0;

        double[][] feet = new double[2][];
        feet[0] = unrolledFoot(pose, Keypoint.LEFT_ANKLE, cx, cy, cos, sin);
        feet[1] = unrolledFoot(pose, Keypoint.RIGHT_ANKLE, cx, cy, cos, sin);
        for (int y = 0; y < heightPx; y++) {
            for (int x = 0; x < widthPx; x++) {
                double dx = x + 0.5 - cx;
                double dy = y + 0.5 - cy;
                put(bgr, y * widthPx + x, backdrop.rgb(cx + dx * cos + dy * sin, cy - dx * sin + dy * cos, feet));
            }
        }

        double[] depth = new double[widthPx * heightPx];
        Arrays.fill(depth, Double.POSITIVE_INFINITY);
        List<Primitive> volumes = BodyVolumes.of(pose, body, view, outfit, -sin, cos,
                markers == null ? null : m -> markers.onto(m, pose, body, view));
        for (Primitive p : volumes) {
            double[] b = p.screenBoundsPx();
            int x0 = Math.max(0, (int) Math.floor(b[0]));
            int y0 = Math.max(0, (int) Math.floor(b[1]));
            int x1 = Math.min(widthPx - 1, (int) Math.ceil(b[2]));
            int y1 = Math.min(heightPx - 1, (int) Math.ceil(b[3]));
            for (int y = y0; y <= y1; y++) {
                for (int x = x0; x <= x1; x++) {
                    double px = x + 0.5;
                    double py = y + 0.5;
                    double z = p.hitDepth(px, py);
                    int i = y * widthPx + x;
                    if (z < depth[i]) {
                        depth[i] = z;
                        Vec3 hit = new Vec3(px, py, z);
                        Vec3 n = p.normal(hit);
                        double light = AMBIENT + DIFFUSE * Math.max(0, n.dot(LIGHT));
                        put(bgr, i, shade(p.material().rgb(hit, p.alongAxis(hit), n), light));
                    }
                }
            }
        }
        return image;
    }

    /** {x, lift above standing} of an ankle, in the unrolled scene. */
    private double[] unrolledFoot(Pose pose, Keypoint ankle, double cx, double cy, double cos, double sin) {
        double dx = pose.xPx(ankle) - cx;
        double dy = pose.yPx(ankle) - cy;
        double x = cx + dx * cos + dy * sin;
        double y = cy - dx * sin + dy * cos;
        return new double[] {x, standingAnkleYPx - y};
    }

    private static int shade(int rgb, double light) {
        int r = Math.min(255, (int) Math.round(((rgb >> 16) & 255) * light));
        int g = Math.min(255, (int) Math.round(((rgb >> 8) & 255) * light));
        int b = Math.min(255, (int) Math.round((rgb & 255) * light));
        return (r << 16) | (g << 8) | b;
    }

    private static void put(byte[] bgr, int pixel, int rgb) {
        bgr[3 * pixel] = (byte) (rgb & 255);
        bgr[3 * pixel + 1] = (byte) ((rgb >> 8) & 255);
        bgr[3 * pixel + 2] = (byte) ((rgb >> 16) & 255);
    }
}
