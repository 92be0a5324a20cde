package org.medius.pose;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.junit.jupiter.api.Test;

class CropAndResizeTest {

    @Test
    void identityCropOfSameSizeImageReturnsThePixelsInRgbOrder() {
        int s = 4;
        byte[] bgr = new byte[s * s * 3];
        for (int i = 0; i < s * s; i++) {
            bgr[3 * i] = (byte) i;            // B
            bgr[3 * i + 1] = (byte) (100 + i); // G
            bgr[3 * i + 2] = (byte) (200 + i); // R
        }
        float[] out = new float[s * s * 3];
        CropAndResize.into(new FrameImage(s, s, bgr), new CropRegion(0, 0, 1, 1), s, out);
        for (int i = 0; i < s * s; i++) {
            assertEquals(200 + i, out[3 * i], "R of pixel " + i);
            assertEquals(100 + i, out[3 * i + 1], "G of pixel " + i);
            assertEquals(i, out[3 * i + 2], "B of pixel " + i);
        }
    }

    @Test
    void interpolatesBilinearlyAndTruncatesLikeTheInt32Cast() {
        // 2x1 image, values 0 and 255 in every channel; a crop of 3 samples takes 0, 127.5 -> 127, 255
        byte[] bgr = {0, 0, 0, (byte) 255, (byte) 255, (byte) 255};
        float[] out = new float[3 * 3 * 3];
        CropAndResize.into(new FrameImage(2, 1, bgr), new CropRegion(0, 0, 0, 1), 3, out);
        assertEquals(0f, out[0]);
        assertEquals(127f, out[3]);
        assertEquals(255f, out[6]);
    }

    @Test
    void samplesOutsideTheFrameAreBlackPadding() {
        byte[] bgr = new byte[10 * 10 * 3];
        java.util.Arrays.fill(bgr, (byte) 200);
        float[] out = new float[8 * 8 * 3];
        // a square twice as tall as the frame: the top and bottom quarter of the crop lie outside
        CropAndResize.into(new FrameImage(10, 10, bgr), new CropRegion(-0.5, 0, 1.5, 1), 8, out);
        assertEquals(0f, out[0], "first row is above the frame");
        assertEquals(0f, out[out.length - 1], "last row is below the frame");
        assertEquals(200f, out[4 * 8 * 3], "middle row is inside the frame");
    }

    @Test
    void fastLoopMatchesANaiveImplementationOfTheTensorFlowFormula() {
        Random rnd = new Random(42);
        int w = 37;
        int h = 23;
        byte[] bgr = new byte[w * h * 3];
        rnd.nextBytes(bgr);
        FrameImage img = new FrameImage(w, h, bgr);
        CropRegion box = new CropRegion(-0.2, 0.1, 0.9, 0.8);
        int size = 16;
        float[] fast = new float[size * size * 3];
        CropAndResize.into(img, box, size, fast);
        assertArrayEquals(naive(img, box, size), fast);
    }

    /** TensorFlow's crop_and_resize written plainly, one output value at a time. */
    private static float[] naive(FrameImage img, CropRegion box, int size) {
        int w = img.widthPx();
        int h = img.heightPx();
        float[] out = new float[size * size * 3];
        double y1 = (float) box.yMin();
        double y2 = (float) box.yMax();
        double x1 = (float) box.xMin();
        double x2 = (float) box.xMax();
        for (int y = 0; y < size; y++) {
            for (int x = 0; x < size; x++) {
                for (int c = 0; c < 3; c++) {
                    double yIn = y1 * (h - 1) + y * ((y2 - y1) * (h - 1) / (size - 1));
                    double xIn = x1 * (w - 1) + x * ((x2 - x1) * (w - 1) / (size - 1));
                    float v;
                    if (yIn < 0 || yIn > h - 1 || xIn < 0 || xIn > w - 1) {
                        v = 0;
                    } else {
                        int t = (int) Math.floor(yIn);
                        int b = (int) Math.ceil(yIn);
                        int l = (int) Math.floor(xIn);
                        int r = (int) Math.ceil(xIn);
                        int bgrChannel = 2 - c;
                        double tl = img.bgr()[(t * w + l) * 3 + bgrChannel] & 0xff;
                        double tr = img.bgr()[(t * w + r) * 3 + bgrChannel] & 0xff;
                        double bl = img.bgr()[(b * w + l) * 3 + bgrChannel] & 0xff;
                        double br = img.bgr()[(b * w + r) * 3 + bgrChannel] & 0xff;
                        double top = tl + (tr - tl) * (xIn - l);
                        double bottom = bl + (br - bl) * (xIn - l);
                        v = (int) (float) (top + (bottom - top) * (yIn - t));
                    }
                    out[(y * size + x) * 3 + c] = v;
                }
            }
        }
        return out;
    }
}
