package org.medius.synth.render;

/**
 * What lies behind the figure: a wall with a gentle vertical gradient and a faint fixed weave, and a floor from a
 * little above the floor line down (the orthographic camera looks horizontally, so the floor would be a line; a band
 * of floor gives the feet something to stand on), with a soft shadow under each foot that fades as the foot lifts.
 * Colours and sizes are Medius choices. Computed in the unrolled scene; the caller maps each image pixel there.
 */
final class Backdrop {
    private static final int WALL_TOP = 0xC9CDD2;
    private static final int WALL_BOTTOM = 0xB3B8BE;
    private static final int FLOOR_NEAR = 0x8C7F70;
    private static final int FLOOR_FAR = 0xA39684;

    private final double floorYPx;
    private final double bodyHeightPx;
    private final double heightPx;
    private final double horizonYPx;

    Backdrop(double floorYPx, double bodyHeightPx, double heightPx) {
        this.floorYPx = floorYPx;
        this.bodyHeightPx = bodyHeightPx;
        this.heightPx = heightPx;
        this.horizonYPx = floorYPx - 0.05 * bodyHeightPx;
    }

    double floorYPx() {
        return floorYPx;
    }

    /**
     * The colour at an unrolled scene point.
     *
     * @param feet per foot {x, height of the ankle above its standing height, px}
     */
    int rgb(double x, double y, double[][] feet) {
        if (y < horizonYPx) {
            double t = clamp(y / horizonYPx);
            double weave = 0.012 * (((int) Math.floor(x / 6) + (int) Math.floor(y / 6)) & 1);
            return mix(WALL_TOP, WALL_BOTTOM, t, 1 - weave);
        }
        double t = clamp((y - horizonYPx) / Math.max(1, heightPx - horizonYPx));
        double shade = 1;
        for (double[] foot : feet) {
            double rx = 0.085 * bodyHeightPx;
            double ry = 0.018 * bodyHeightPx;
            double dx = (x - foot[0]) / rx;
            double dy = (y - (floorYPx - 0.004 * bodyHeightPx)) / ry;
            double strength = 0.45 * Math.exp(-Math.max(0, foot[1]) / (0.05 * bodyHeightPx));
            shade *= 1 - strength * Math.exp(-(dx * dx + dy * dy));
        }
        return mix(FLOOR_FAR, FLOOR_NEAR, t, shade);
    }

    private static double clamp(double t) {
        return Math.max(0, Math.min(1, t));
    }

    private static int mix(int a, int b, double t, double brightness) {
        int r = (int) Math.round((((a >> 16) & 255) * (1 - t) + ((b >> 16) & 255) * t) * brightness);
        int g = (int) Math.round((((a >> 8) & 255) * (1 - t) + ((b >> 8) & 255) * t) * brightness);
        int bl = (int) Math.round(((a & 255) * (1 - t) + (b & 255) * t) * brightness);
        return (Math.min(255, r) << 16) | (Math.min(255, g) << 8) | Math.min(255, bl);
    }
}
