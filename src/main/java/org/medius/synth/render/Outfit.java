package org.medius.synth.render;

/**
 * The colours of the figure, 0xRRGGBB. Medius choices, picked so that the body parts contrast with each other and with
 * the backdrop the way gym clothing does: a coloured short-sleeved top, dark shorts or trousers, skin, dark hair,
 * light shoes.
 *
 * @param shorts true: the thighs show skin below the hem (mid-thigh); false: trousers down to the shoes
 */
public record Outfit(int topRgb, int bottomRgb, int skinRgb, int hairRgb, int shoeRgb, boolean shorts) {

    /** A teal top, navy shorts, light skin, dark brown hair, light grey shoes. */
    public static Outfit standard() {
        return new Outfit(0x2A8C9E, 0x4E5A78, 0xD8A47F, 0x3A2A1E, 0x33363B, true);
    }

    /** The same with trousers. */
    public Outfit withTrousers() {
        return new Outfit(topRgb, bottomRgb, skinRgb, hairRgb, shoeRgb, false);
    }
}
