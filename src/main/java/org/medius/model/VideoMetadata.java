package org.medius.model;

/**
 * What the analysis records about its source video.
 *
 * @param fileName        the video's file name (no folder: exports may travel without revealing paths)
 * @param widthPx         width of the upright picture
 * @param heightPx        height of the upright picture
 * @param rotationDegrees clockwise rotation applied to make the picture upright
 * @param codecName       FFmpeg's codec name
 * @param nominalFps      declared frame rate (informative; times come from each frame's timestamp)
 * @param durationSeconds declared duration, 0 when unknown
 */
public record VideoMetadata(String fileName, int widthPx, int heightPx, int rotationDegrees, String codecName,
        double nominalFps, double durationSeconds) {
}
