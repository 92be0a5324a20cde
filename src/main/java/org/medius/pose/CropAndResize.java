package org.medius.pose;

/**
 * Bilinear crop-and-resize into a square NHWC RGB float buffer, the same sampling as TensorFlow's
 * {@code tf.image.cropAndResize(..., 'bilinear', extrapolationValue 0)} followed by the cast to int32 that
 * MoveNet's reference implementation applies (values are truncated to whole numbers 0..255). Points outside
 * the frame become 0 (black letterbox padding).
 */
final class CropAndResize {
    private CropAndResize() {
    }

    /**
     * @param out receives size*size*3 values in R, G, B order
     */
    static void into(FrameImage image, CropRegion box, int size, float[] out) {
        int w = image.widthPx();
        int h = image.heightPx();
        byte[] bgr = image.bgr();
        // the reference passes the box as a float32 tensor
        double y1 = (float) box.yMin();
        double x1 = (float) box.xMin();
        double y2 = (float) box.yMax();
        double x2 = (float) box.xMax();
        double heightScale = (y2 - y1) * (h - 1) / (size - 1);
        double widthScale = (x2 - x1) * (w - 1) / (size - 1);
        int o = 0;
        for (int y = 0; y < size; y++) {
            double yIn = y1 * (h - 1) + y * heightScale;
            if (yIn < 0 || yIn > h - 1) {
                java.util.Arrays.fill(out, o, o + size * 3, 0f);
                o += size * 3;
                continue;
            }
            int top = (int) Math.floor(yIn);
            int bottom = (int) Math.ceil(yIn);
            double yLerp = yIn - top;
            int topRow = top * w * 3;
            int bottomRow = bottom * w * 3;
            for (int x = 0; x < size; x++) {
                double xIn = x1 * (w - 1) + x * widthScale;
                if (xIn < 0 || xIn > w - 1) {
                    out[o++] = 0f;
                    out[o++] = 0f;
                    out[o++] = 0f;
                    continue;
                }
                int left = (int) Math.floor(xIn);
                int right = (int) Math.ceil(xIn);
                double xLerp = xIn - left;
                for (int c = 2; c >= 0; c--) { // BGR in, RGB out
                    int tl = bgr[topRow + left * 3 + c] & 0xff;
                    int tr = bgr[topRow + right * 3 + c] & 0xff;
                    int bl = bgr[bottomRow + left * 3 + c] & 0xff;
                    int br = bgr[bottomRow + right * 3 + c] & 0xff;
                    // float32 storage of the interpolated value, then the int32 cast (truncation)
                    double topValue = tl + (tr - tl) * xLerp;
                    double bottomValue = bl + (br - bl) * xLerp;
                    float v = (float) (topValue + (bottomValue - topValue) * yLerp);
                    out[o++] = (int) v;
                }
            }
        }
    }
}
