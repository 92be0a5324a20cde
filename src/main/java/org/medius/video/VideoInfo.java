package org.medius.video;

import java.nio.file.Path;

/**
 * What a video file declares, plus the size of its first decoded picture.
 *
 * @param file               the file, absolute
 * @param widthPx            width of the displayed (upright) picture, after rotation
 * @param heightPx           height of the displayed (upright) picture, after rotation
 * @param rotationDegrees    clockwise rotation (0, 90, 180 or 270) the reader applies to each decoded picture to
 *                           make it upright, from the container's display matrix or legacy {@code rotate} tag
 * @param codecName          FFmpeg's short name of the video codec, e.g. {@code h264}, {@code vp9}
 * @param formatName         FFmpeg's short name of the container format, e.g. {@code mov,mp4,m4a,3gp,3g2,mj2}
 * @param nominalFps         the stream's average frame rate as declared; 0 when the container does not say.
 *                           Informative only: frame times come from {@link VideoFrame#timestampSeconds()}
 * @param durationSeconds    the declared duration of the video stream (or of the file); 0 when unknown
 * @param frameCountEstimate the declared frame count, or duration times fps when not declared; 0 when unknown
 */
public record VideoInfo(
        Path file,
        int widthPx,
        int heightPx,
        int rotationDegrees,
        String codecName,
        String formatName,
        double nominalFps,
        double durationSeconds,
        long frameCountEstimate) {
}
