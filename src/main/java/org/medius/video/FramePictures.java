package org.medius.video;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SortedMap;

/**
 * Single frames of a video as {@link BufferedImage}s, for reports and key-frame pictures. Frames are found by the
 * time and index an earlier full pass gave them (an analysis), with {@link VideoReader#seek}, so the picture is the
 * very frame the numbers were computed from even in variable-frame-rate footage.
 */
public final class FramePictures {

    private FramePictures() {
    }

    /**
     * The upright picture of one frame.
     *
     * @param frameIndex       the frame's index from the full pass (0-based)
     * @param timestampSeconds its time from the full pass
     * @throws VideoException when the video cannot be read, or holds no frame at that time
     */
    public static BufferedImage picture(Path video, int frameIndex, double timestampSeconds) throws VideoException {
        return pictures(video, new java.util.TreeMap<>(Map.of(frameIndex, timestampSeconds))).get(frameIndex);
    }

    /**
     * Several frames in one pass over the file: in index order, each reached by decoding forward from the previous
     * one when that is cheaper than seeking (see {@link VideoReader#seek}).
     *
     * @param frameTimes frame index to its time in seconds, from the full pass
     * @return frame index to picture, in index order; every requested frame is present
     * @throws VideoException when the video cannot be read, or holds no frame at one of the times
     */
    public static Map<Integer, BufferedImage> pictures(Path video, SortedMap<Integer, Double> frameTimes)
            throws VideoException {
        Map<Integer, BufferedImage> out = new LinkedHashMap<>();
        if (frameTimes.isEmpty()) {
            return out;
        }
        try (VideoReader reader = VideoReader.open(video)) {
            for (Map.Entry<Integer, Double> e : frameTimes.entrySet()) {
                reader.seek(e.getValue(), e.getKey());
                try (VideoFrame frame = reader.next()) {
                    if (frame == null) {
                        throw new VideoException(VideoException.Kind.TRUNCATED, reader.info().file(),
                                "The video " + reader.info().file() + " has no frame at " + e.getValue()
                                        + " s (frame " + e.getKey() + "): it is shorter than when it was analysed."
                                        + " Analyse it again");
                    }
                    out.put(e.getKey(), frame.toBufferedImage());
                }
            }
        }
        return out;
    }
}
