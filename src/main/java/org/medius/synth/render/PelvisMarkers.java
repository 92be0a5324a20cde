package org.medius.synth.render;

import org.medius.events.View;
import org.medius.model.Pose;
import org.medius.synth.BodyModel;

/**
 * Two round high-contrast skin markers (stickers) on the pelvis, as a clinician places them to measure pelvic drop
 * on 2D video: on the left and right anterior superior iliac spines (ASIS) in an anterior view, on the posterior
 * superior iliac spines (PSIS) in a posterior view. They lie on the surface of the pelvis volume of
 * {@link BodyVolumes}, so they move and tilt exactly with the prescribed pelvic obliquity, and the ray caster hides
 * them behind whatever is in front (a hand, a thigh).
 *
 * <p>Placement (fractions of body height H; Medius choices from typical adult anatomy, H = 1.75 m): the ASIS lie
 * 0.065 H (11 cm) either side of the midline, the PSIS 0.025 H (4.5 cm); both 0.05 H (9 cm) above the line through
 * the hip joint centres. The sticker's diameter is 0.025 H (4.4 cm) unless given. The line through the two marker
 * centres is parallel to the hip line, so its image slope is the true pelvic obliquity.
 */
public final class PelvisMarkers {
    /** Saturated magenta, a colour no skin, clothing or backdrop of the renderer has. */
    public static final int MAGENTA_RGB = 0xFF00FF;
    /** Sticker diameter, fraction of body height. */
    public static final double DIAMETER = 0.025;
    static final double ASIS_HALF_SPACING = 0.065;
    static final double PSIS_HALF_SPACING = 0.025;
    static final double HEIGHT_ABOVE_HIP_JOINTS = 0.05;

    private final int rgb;
    private final double diameterFraction;

    /**
     * @param rgb              the stickers' colour, 0xRRGGBB
     * @param diameterFraction their diameter, fraction of body height
     */
    public PelvisMarkers(int rgb, double diameterFraction) {
        if (!(diameterFraction > 0 && diameterFraction < 0.2)) {
            throw new IllegalArgumentException("marker diameter must lie within (0, 0.2) of body height: "
                    + diameterFraction);
        }
        this.rgb = rgb & 0xFFFFFF;
        this.diameterFraction = diameterFraction;
    }

    /** Magenta stickers of {@link #DIAMETER}. */
    public static PelvisMarkers standard() {
        return new PelvisMarkers(MAGENTA_RGB, DIAMETER);
    }

    public int rgb() {
        return rgb;
    }

    /** The sticker diameter in pixels for a body. */
    public double diameterPx(BodyModel body) {
        return diameterFraction * body.heightPx();
    }

    /**
     * The 3D centres {left, right} of the markers (the person's left and right) on the camera-facing surface of the
     * pelvis volume: image x, y and depth (smaller depth is nearer the camera).
     */
    static Vec3[] centres(Pose pose, BodyModel body, View view) {
        Ellipsoid pelvis = BodyVolumes.pelvis(pose, body, Material.solid(0));
        double h = body.heightPx();
        double half = (view == View.POSTERIOR ? PSIS_HALF_SPACING : ASIS_HALF_SPACING) * h;
        // the ellipsoid's centre lies PELVIS_CENTRE_HEIGHT H above the hip line along its v axis
        double up = (HEIGHT_ABOVE_HIP_JOINTS - BodyVolumes.PELVIS_CENTRE_HEIGHT) * h;
        double a = half / pelvis.ru();
        double b = up / pelvis.rv();
        double c = Math.sqrt(Math.max(0, 1 - a * a - b * b)) * pelvis.rw();
        Vec3 towardsCamera = pelvis.w().z() <= 0 ? pelvis.w() : pelvis.w().times(-1);
        Vec3 base = pelvis.centre().plus(pelvis.v().times(up)).plus(towardsCamera.times(c));
        // u points from the right hip towards the left hip
        return new Vec3[] {base.plus(pelvis.u().times(half)), base.minus(pelvis.u().times(half))};
    }

    /** The pelvis material with the two stickers on it. */
    Material onto(Material pelvisMaterial, Pose pose, BodyModel body, View view) {
        Vec3[] c = centres(pose, body, view);
        double r = 0.5 * diameterPx(body);
        double r2 = r * r;
        return (point, along, normal) -> {
            for (Vec3 centre : c) {
                Vec3 d = point.minus(centre);
                if (d.dot(d) <= r2) {
                    return rgb;
                }
            }
            return pelvisMaterial.rgb(point, along, normal);
        };
    }

    /**
     * The true image positions of the marker centres and whether each centre is seen:
     * {leftX, leftY, leftVisible (1 or 0), rightX, rightY, rightVisible}, pixels of the image the renderer draws.
     */
    public static double[] truthPx(Pose pose, BodyModel body, View view, Outfit outfit, double downX, double downY) {
        Vec3[] c = centres(pose, body, view);
        java.util.List<Primitive> volumes = BodyVolumes.of(pose, body, view, outfit, downX, downY);
        double[] out = new double[6];
        for (int side = 0; side < 2; side++) {
            Vec3 m = c[side];
            boolean seen = true;
            for (Primitive p : volumes) {
                double z = p.hitDepth(m.x(), m.y());
                if (z < m.z() - 0.5) {
                    seen = false;
                    break;
                }
            }
            out[3 * side] = m.x();
            out[3 * side + 1] = m.y();
            out[3 * side + 2] = seen ? 1 : 0;
        }
        return out;
    }
}
