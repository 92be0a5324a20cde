package org.medius.export.report;

import java.awt.image.BufferedImage;
import org.medius.analysis.Analysis;
import org.medius.export.overlay.OverlayContent;
import org.medius.model.Keypoint;
import org.medius.model.Pose;

/**
 * Cuts a key frame down to the person (the box around the drawn keypoints with a margin), so that the person, the
 * skeleton and its labels fill the report's picture box instead of a small figure in a wide room.
 */
final class KeyFrameCrop {
    /** Margin around the keypoints, as a fraction of the box's larger side (room for the angle labels). */
    static final double MARGIN_FRACTION = 0.25;

    private KeyFrameCrop() {
    }

    static BufferedImage aroundPerson(BufferedImage picture, Analysis analysis, int framePosition) {
        Pose p = OverlayContent.of(analysis, framePosition).pose();
        double x0 = Double.POSITIVE_INFINITY;
        double y0 = Double.POSITIVE_INFINITY;
        double x1 = Double.NEGATIVE_INFINITY;
        double y1 = Double.NEGATIVE_INFINITY;
        for (Keypoint k : Keypoint.values()) {
            if (Double.isFinite(p.xPx(k)) && Double.isFinite(p.yPx(k))) {
                x0 = Math.min(x0, p.xPx(k));
                x1 = Math.max(x1, p.xPx(k));
                y0 = Math.min(y0, p.yPx(k));
                y1 = Math.max(y1, p.yPx(k));
            }
        }
        if (!(x1 > x0 && y1 > y0)) {
            return picture; // nobody drawn: the whole frame
        }
        double margin = MARGIN_FRACTION * Math.max(x1 - x0, y1 - y0);
        int left = (int) Math.max(0, Math.floor(x0 - margin));
        int top = (int) Math.max(0, Math.floor(y0 - margin));
        int right = (int) Math.min(picture.getWidth(), Math.ceil(x1 + margin));
        int bottom = (int) Math.min(picture.getHeight(), Math.ceil(y1 + margin));
        if (right - left < 16 || bottom - top < 16) {
            return picture;
        }
        return picture.getSubimage(left, top, right - left, bottom - top);
    }
}
