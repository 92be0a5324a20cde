package org.medius.export.overlay;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import org.medius.analysis.AnalysedFrame;
import org.medius.analysis.Analysis;
import org.medius.analysis.AnalysisCancelledException;
import org.medius.analysis.Progress;
import org.medius.export.OutputFileException;
import org.medius.video.PrefetchingVideoReader;
import org.medius.video.VideoException;
import org.medius.video.VideoFrame;
import org.medius.video.VideoWriteException;
import org.medius.video.VideoWriter;

/**
 * Writes the annotated video: every frame of the source with the analysis' skeleton, angle labels and running plot
 * drawn on, encoded as H.264 mp4 at the frames' own times (so variable-frame-rate footage keeps its timing).
 *
 * <p>Streams: one frame is decoded (on a background thread, a few frames ahead), drawn and encoded at a time, into
 * one reused picture, so memory does not grow with the video's length. The file appears only when complete; a
 * failure or a cancel leaves no partial file (and any earlier version untouched).
 */
public final class OverlayVideo {

    /** What was written. */
    public record Written(Path file, int frames, String encoderName) {
    }

    private static final String STAGE = "Drawing the overlay video";

    private OverlayVideo() {
    }

    /**
     * @param analysis    the analysis of {@code sourceVideo}
     * @param sourceVideo the video that was analysed
     * @param outMp4      the file to write (replaced when it exists)
     * @param progress    told the fraction of frames done; a cancel stops the work and deletes the partial output
     * @throws VideoException              when the source cannot be read
     * @throws OutputFileException         when the output cannot be written (missing or unwritable folder, full disk)
     * @throws AnalysisCancelledException  when {@code progress} reports a cancel
     * @throws IllegalArgumentException    when the source's picture size is not the one the analysis was made on
     */
    public static Written write(Analysis analysis, Path sourceVideo, Path outMp4, Progress progress)
            throws VideoException, OutputFileException, AnalysisCancelledException {
        OverlayPainter painter = new OverlayPainter(analysis);
        int analysed = analysis.frames().size();
        progress.update(STAGE, 0);
        try (PrefetchingVideoReader reader = PrefetchingVideoReader.open(sourceVideo)) {
            int w = reader.info().widthPx();
            int h = reader.info().heightPx();
            if (w != analysis.video().widthPx() || h != analysis.video().heightPx()) {
                throw new IllegalArgumentException("the analysis was made on a " + analysis.video().widthPx() + "x"
                        + analysis.video().heightPx() + " video, " + sourceVideo + " is " + w + "x" + h);
            }
            BufferedImage picture = new BufferedImage(w, h, BufferedImage.TYPE_3BYTE_BGR);
            try (VideoWriter writer = VideoWriter.open(outMp4, w, h, reader.info().nominalFps())) {
                int position = 0;
                VideoFrame decoded;
                while ((decoded = reader.next()) != null) {
                    double timeSeconds;
                    try (VideoFrame frame = decoded) {
                        frame.copyTo(picture);
                        timeSeconds = frame.timestampSeconds();
                    }
                    if (position < analysed) { // a source that decodes longer than analysed keeps its extra frames bare
                        AnalysedFrame a = analysis.frames().get(position);
                        timeSeconds = a.timestampSeconds();
                        painter.paint(picture, position, true);
                    }
                    writer.write(picture, timeSeconds);
                    position++;
                    progress.update(STAGE, Math.min(1.0, (double) position / analysed));
                    if (progress.cancelled()) {
                        throw new AnalysisCancelledException();
                    }
                }
                writer.finish();
                return new Written(outMp4, writer.framesWritten(), writer.encoderName());
            } catch (VideoWriteException e) {
                throw new OutputFileException(e.file(), e.problem(), e);
            }
        }
    }
}
