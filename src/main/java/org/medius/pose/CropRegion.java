package org.medius.pose;

/**
 * A square region of the frame, in coordinates normalised by the frame's width (x) and height (y), that is
 * resized into the model input. It may extend past the frame: the outside is fed to the model as black
 * padding (MoveNet's letterbox), and {@link #toFramePx} undoes both padding and scale.
 */
public record CropRegion(double yMin, double xMin, double yMax, double xMax) {

    public double height() {
        return yMax - yMin;
    }

    public double width() {
        return xMax - xMin;
    }

    /**
     * The region used when there is no track to follow.
     *
     * @param firstFrame true on the very first frame of a video: MoveNet then guesses a centred square that
     *                   fills the frame's shorter side; afterwards (person lost) it uses the whole frame
     *                   padded to a square.
     */
    public static CropRegion initial(boolean firstFrame, int widthPx, int heightPx) {
        double w = widthPx;
        double h = heightPx;
        boolean landscape = widthPx > heightPx;
        if (firstFrame == landscape) {
            // a square as wide as the frame is high, centred horizontally (for a portrait frame after a loss
            // this reaches past the left and right edges: padding)
            double boxWidth = h / w;
            double xMin = (w / 2 - h / 2) / w;
            return new CropRegion(0.0, xMin, 1.0, xMin + boxWidth);
        }
        double boxHeight = w / h;
        double yMin = (h / 2 - w / 2) / h;
        return new CropRegion(yMin, 0.0, yMin + boxHeight, 1.0);
    }

    /** The whole frame padded to a square (the letterbox of a single still image). */
    public static CropRegion wholeFramePadded(int widthPx, int heightPx) {
        return initial(false, widthPx, heightPx);
    }

    /** Maps a point given in the model's normalised input coordinates to frame pixels. */
    public double xToFramePx(double xNormalisedInCrop, int frameWidthPx) {
        return (xMin + xNormalisedInCrop * width()) * frameWidthPx;
    }

    public double yToFramePx(double yNormalisedInCrop, int frameHeightPx) {
        return (yMin + yNormalisedInCrop * height()) * frameHeightPx;
    }
}
