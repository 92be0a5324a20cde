package org.medius.export.overlay;

/**
 * Sizes of the overlay's lines, points and text in pixels, proportional to the picture's shorter side (its height in
 * landscape), so a 480p clip and a 4K one look alike when shown at the same size. Floors keep tiny pictures legible.
 *
 * @param pictureWidthPx  width of the picture drawn on
 * @param pictureHeightPx height of the picture drawn on
 * @param lineWidthPx     width of a bone
 * @param pointRadiusPx   radius of a keypoint dot
 * @param fontPx          size of the angle labels' text
 */
public record OverlayScale(int pictureWidthPx, int pictureHeightPx, double lineWidthPx, double pointRadiusPx,
        double fontPx) {

    /** Bone width as a fraction of the shorter side: 3 px at 480p, 7 px at 1080p. */
    static final double LINE_FRACTION = 0.0065;
    /** Label text size as a fraction of the shorter side: 12.5 px at 480p, 28 px at 1080p. */
    static final double FONT_FRACTION = 0.026;

    /** The sizes for a picture of the given size. */
    public static OverlayScale of(int pictureWidthPx, int pictureHeightPx) {
        double side = Math.min(pictureWidthPx, pictureHeightPx);
        double line = Math.max(2, LINE_FRACTION * side);
        return new OverlayScale(pictureWidthPx, pictureHeightPx, line, 1.3 * line + 1,
                Math.max(11, FONT_FRACTION * side));
    }
}
