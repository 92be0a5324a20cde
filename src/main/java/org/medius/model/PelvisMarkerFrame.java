package org.medius.model;

/**
 * The two pelvis skin markers on one frame (the person's left and right ASIS or PSIS), image pixels of the upright
 * frame; NaN where not known.
 *
 * @param leftDetected  the left marker was found on this frame (false: interpolated or held over a short gap, or
 *                      not known)
 * @param rightDetected the same, right
 * @param source        {@link PelvisSource#MARKERS} when both positions are known (found, or filled over a gap no
 *                      longer than the tracker's hold time); {@link PelvisSource#KEYPOINTS} when a marker was
 *                      missing for longer, so this frame's pelvis is to be read from the hip keypoints
 */
public record PelvisMarkerFrame(double leftXPx, double leftYPx, double rightXPx, double rightYPx,
        boolean leftDetected, boolean rightDetected, PelvisSource source) {

    public PelvisMarkerFrame {
        java.util.Objects.requireNonNull(source, "source");
        if (source == PelvisSource.MARKERS && !(Double.isFinite(leftXPx) && Double.isFinite(leftYPx)
                && Double.isFinite(rightXPx) && Double.isFinite(rightYPx))) {
            throw new IllegalArgumentException("a markers frame needs both marker positions");
        }
    }

    /** A frame on which the pelvis falls back to the hip keypoints, with whatever marker position is known. */
    public static PelvisMarkerFrame fallback(double leftXPx, double leftYPx, double rightXPx, double rightYPx,
            boolean leftDetected, boolean rightDetected) {
        return new PelvisMarkerFrame(leftXPx, leftYPx, rightXPx, rightYPx, leftDetected, rightDetected,
                PelvisSource.KEYPOINTS);
    }
}
