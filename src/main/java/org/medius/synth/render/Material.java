package org.medius.synth.render;

/** The base colour (before shading) of a surface point; one per primitive, e.g. a sleeve that ends half-way. */
interface Material {
    /**
     * @param point     the surface point (image x, y and depth, pixels)
     * @param alongAxis where the point lies along the primitive's main axis, 0 at its start, 1 at its end
     * @param normal    the outward unit surface normal
     * @return 0xRRGGBB
     */
    int rgb(Vec3 point, double alongAxis, Vec3 normal);

    static Material solid(int rgb) {
        return (point, along, normal) -> rgb;
    }

    /** One colour up to {@code split} along the axis, another after it (a sleeve, the hem of shorts). */
    static Material split(int beforeRgb, double split, int afterRgb) {
        return (point, along, normal) -> along < split ? beforeRgb : afterRgb;
    }

    /**
     * A garment edge that follows a plane rather than the primitive's axis: {@code above} on the side the plane's
     * normal points to, {@code below} on the other, and a band of {@code bandRgb} {@code bandPx} wide just below the
     * plane (the waistband of shorts, which tilts with the pelvis, not with the trunk).
     */
    static Material plane(Vec3 planePoint, Vec3 planeNormal, Material above, int bandRgb, double bandPx,
            Material below) {
        Vec3 n = planeNormal.unit();
        return (point, along, normal) -> {
            double height = point.minus(planePoint).dot(n);
            if (height >= 0) {
                return above.rgb(point, along, normal);
            }
            return height > -bandPx ? bandRgb : below.rgb(point, along, normal);
        };
    }
}
