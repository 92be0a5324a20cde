package org.medius.pose;

import java.util.ArrayList;
import java.util.List;
import org.medius.model.SubjectHint;

/** Where to look for people: the crops (square in pixels, possibly reaching past the frame) given to the model. */
final class SubjectCrops {
    /** The search grid: 3 x 3 overlapping squares of 2/3 of the frame's shorter side. */
    static final int GRID = 3;
    static final double GRID_SIDE = 2.0 / 3.0;

    private SubjectCrops() {
    }

    /** A square of half-side {@code halfPx} centred on (cx, cy), in pixels. */
    static CropRegion around(double cx, double cy, double halfPx, int widthPx, int heightPx) {
        return new CropRegion((cy - halfPx) / heightPx, (cx - halfPx) / widthPx,
                (cy + halfPx) / heightPx, (cx + halfPx) / widthPx);
    }

    /** The grid squares, row by row. */
    static List<CropRegion> grid(int widthPx, int heightPx) {
        double side = GRID_SIDE * Math.min(widthPx, heightPx);
        List<CropRegion> crops = new ArrayList<>();
        for (int row = 0; row < GRID; row++) {
            double top = (heightPx - side) * row / (GRID - 1);
            for (int col = 0; col < GRID; col++) {
                double left = (widthPx - side) * col / (GRID - 1);
                crops.add(around(left + side / 2, top + side / 2, side / 2, widthPx, heightPx));
            }
        }
        return crops;
    }

    /** The whole frame padded, then the grid: every place a person could stand. */
    static List<CropRegion> initial(int widthPx, int heightPx) {
        List<CropRegion> crops = new ArrayList<>();
        crops.add(CropRegion.wholeFramePadded(widthPx, heightPx));
        crops.addAll(grid(widthPx, heightPx));
        return crops;
    }

    /** The whole frame and the grid squares that contain the hint's centre. */
    static List<CropRegion> forHint(SubjectHint hint, int widthPx, int heightPx) {
        double cx = (hint.xMinPx() + hint.xMaxPx()) / 2;
        double cy = (hint.yMinPx() + hint.yMaxPx()) / 2;
        List<CropRegion> crops = new ArrayList<>();
        crops.add(CropRegion.wholeFramePadded(widthPx, heightPx));
        for (CropRegion c : grid(widthPx, heightPx)) {
            if (containsPx(c, cx, cy, widthPx, heightPx)) {
                crops.add(c);
            }
        }
        return crops;
    }

    /** The grid squares that reach within {@code radiusPx} of (cx, cy). */
    static List<CropRegion> gridNear(double cx, double cy, double radiusPx, int widthPx, int heightPx) {
        List<CropRegion> crops = new ArrayList<>();
        for (CropRegion c : grid(widthPx, heightPx)) {
            double nx = clamp(cx, c.xMin() * widthPx, c.xMax() * widthPx);
            double ny = clamp(cy, c.yMin() * heightPx, c.yMax() * heightPx);
            if (Math.hypot(nx - cx, ny - cy) <= radiusPx) {
                crops.add(c);
            }
        }
        return crops;
    }

    static boolean containsPx(CropRegion c, double x, double y, int widthPx, int heightPx) {
        return x >= c.xMin() * widthPx && x <= c.xMax() * widthPx && y >= c.yMin() * heightPx && y <= c.yMax() * heightPx;
    }

    private static double clamp(double v, double lo, double hi) {
        return Math.max(lo, Math.min(hi, v));
    }
}
