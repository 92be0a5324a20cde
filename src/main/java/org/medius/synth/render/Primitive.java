package org.medius.synth.render;

/**
 * A closed analytic surface hit by the camera rays: each pixel's ray is the line (px, py, z) for all z, travelling
 * along +z, so a hit is the nearest depth at that pixel.
 */
interface Primitive {
    /** The smallest screen box that holds the primitive's projection: {minX, minY, maxX, maxY} in pixels. */
    double[] screenBoundsPx();

    /** The depth of the nearest surface point on the ray through (xPx, yPx), or NaN when the ray misses. */
    double hitDepth(double xPx, double yPx);

    /** The outward unit normal at a surface point. */
    Vec3 normal(Vec3 surfacePoint);

    /** Where a surface point lies along the main axis, 0..1 (see {@link Material#rgb}). */
    double alongAxis(Vec3 surfacePoint);

    Material material();
}
