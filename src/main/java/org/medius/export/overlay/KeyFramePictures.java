package org.medius.export.overlay;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import org.medius.analysis.AnalysedFrame;
import org.medius.analysis.Analysis;
import org.medius.video.FramePictures;
import org.medius.video.VideoException;

/**
 * Single frames of the analysed video with the skeleton and angle labels drawn on (no running plot), for a report's
 * key moments (e.g. the deepest point of each repetition). Each frame is found by the time the analysis gave it, so
 * the picture is the very frame the numbers came from.
 *
 * <p>{@link #frameWithSkeleton(int)} has the shape a report asks of its key-frame source, so it can be handed over
 * as a method reference. A report is still useful without a picture, so a video that cannot be read gives an empty
 * result rather than an exception; {@link #lastFailure()} says why.
 */
public final class KeyFramePictures {

    private final Analysis analysis;
    private final Path video;
    private final OverlayPainter painter;
    private VideoException lastFailure;

    /**
     * @param analysis the analysis of {@code video}
     * @param video    the video that was analysed
     */
    public KeyFramePictures(Analysis analysis, Path video) {
        this.analysis = analysis;
        this.video = video;
        this.painter = new OverlayPainter(analysis);
    }

    /**
     * The upright frame at {@code framePosition} (0-based in {@code analysis.frames()}) with the skeleton and the
     * angle labels drawn on; empty when there is no such frame or the video cannot be read (see
     * {@link #lastFailure()}).
     */
    public Optional<BufferedImage> frameWithSkeleton(int framePosition) {
        if (framePosition < 0 || framePosition >= analysis.frames().size()) {
            return Optional.empty();
        }
        AnalysedFrame frame = analysis.frames().get(framePosition);
        try {
            BufferedImage picture = FramePictures.picture(video, frame.frameIndex(), frame.timestampSeconds());
            painter.paint(picture, framePosition, false);
            return Optional.of(picture);
        } catch (VideoException e) {
            lastFailure = e;
            return Optional.empty();
        }
    }

    /**
     * Several frames in one pass over the video (cheaper than one {@link #frameWithSkeleton} each when they are
     * many); positions outside the analysis are left out.
     *
     * @throws VideoException when the video cannot be read
     */
    public Map<Integer, BufferedImage> framesWithSkeleton(SortedSet<Integer> framePositions) throws VideoException {
        SortedMap<Integer, Double> times = new TreeMap<>();
        Map<Integer, Integer> positionOfIndex = new LinkedHashMap<>();
        for (int p : framePositions) {
            if (p >= 0 && p < analysis.frames().size()) {
                AnalysedFrame f = analysis.frames().get(p);
                times.put(f.frameIndex(), f.timestampSeconds());
                positionOfIndex.put(f.frameIndex(), p);
            }
        }
        Map<Integer, BufferedImage> out = new TreeMap<>();
        for (Map.Entry<Integer, BufferedImage> e : FramePictures.pictures(video, times).entrySet()) {
            int position = positionOfIndex.get(e.getKey());
            painter.paint(e.getValue(), position, false);
            out.put(position, e.getValue());
        }
        return out;
    }

    /** Why the last {@link #frameWithSkeleton} call came back empty for an unreadable video, if it did. */
    public Optional<String> lastFailure() {
        return Optional.ofNullable(lastFailure).map(VideoException::getMessage);
    }
}
