package org.medius.synth.render;

/** The base colour (before shading) of a surface point; one per primitive, e.g. a sleeve that ends half-way. */
interface Material {
    /**
     * @param alongAxis where the point lies along the primitive's main axis, 0 at its start, 1 at its end
     * @param normal    the outward unit surface normal
     * @return 0xRRGGBB
     */
    int rgb(double alongAxis, Vec3 normal);

    static Material solid(int rgb) {
        return (along, normal) -> rgb;
    }

    /** One colour up to {@code split} along the axis, another after it (a sleeve, the hem of shorts). */
    static Material split(int beforeRgb, double split, int afterRgb) {
        return (along, normal) -> along < split ? beforeRgb : afterRgb;
    }
}
