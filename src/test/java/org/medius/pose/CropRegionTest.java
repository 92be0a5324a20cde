package org.medius.pose;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class CropRegionTest {
    private static final double EPS = 1e-12;

    @Test
    void firstFrameOfLandscapeVideoIsCentredSquareOfFullHeight() {
        CropRegion r = CropRegion.initial(true, 1920, 1080);
        assertEquals(0.0, r.yMin(), EPS);
        assertEquals(1.0, r.yMax(), EPS);
        assertEquals((960 - 540) / 1920.0, r.xMin(), EPS);
        assertEquals(1080 / 1920.0, r.width(), EPS);
    }

    @Test
    void firstFrameOfPortraitVideoIsCentredSquareOfFullWidth() {
        CropRegion r = CropRegion.initial(true, 720, 1280);
        assertEquals(0.0, r.xMin(), EPS);
        assertEquals(1.0, r.xMax(), EPS);
        assertEquals((640 - 360) / 1280.0, r.yMin(), EPS);
        assertEquals(720 / 1280.0, r.height(), EPS);
    }

    @Test
    void wholeFramePaddedCoversTheFrameAndPadsTheShortSide() {
        CropRegion landscape = CropRegion.wholeFramePadded(1920, 1080);
        assertEquals(0.0, landscape.xMin(), EPS);
        assertEquals(1.0, landscape.xMax(), EPS);
        assertEquals((540 - 960) / 1080.0, landscape.yMin(), EPS);
        assertEquals(1920 / 1080.0, landscape.height(), EPS);
        CropRegion portrait = CropRegion.wholeFramePadded(720, 1280);
        assertEquals(0.0, portrait.yMin(), EPS);
        assertEquals((360 - 640) / 720.0, portrait.xMin(), EPS);
        assertEquals(1280 / 720.0, portrait.width(), EPS);
    }

    @Test
    void mapsCropCoordinatesBackToFramePixelsUndoingPadding() {
        // 1920x1080 padded to a 1920x1920 square: the model's (0.5, 0.5) is the frame centre,
        // and the model's top edge (y=0) is 420 px above the frame.
        CropRegion r = CropRegion.wholeFramePadded(1920, 1080);
        assertEquals(960.0, r.xToFramePx(0.5, 1920), 1e-9);
        assertEquals(540.0, r.yToFramePx(0.5, 1080), 1e-9);
        assertEquals(-420.0, r.yToFramePx(0.0, 1080), 1e-9);
        assertEquals(1500.0, r.yToFramePx(1.0, 1080), 1e-9);
    }
}
