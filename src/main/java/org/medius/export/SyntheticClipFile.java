package org.medius.export;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import org.medius.model.FramePose;
import org.medius.synth.SyntheticTrack;
import org.medius.synth.TruthCsv;
import org.medius.synth.render.FigureRenderer;
import org.medius.synth.render.Outfit;
import org.medius.synth.render.PelvisMarkers;
import org.medius.video.VideoWriteException;
import org.medius.video.VideoWriter;

/** A rendered figure's clip (H.264) and its truth ({@code NAME.truth.csv} beside it), as {@code medius synth} writes them. */
public final class SyntheticClipFile {
    private SyntheticClipFile() {
    }

    /**
     * Renders every noise-free frame of the track and writes the clip, then the truth.
     *
     * @return the truth file
     */
    public static Path write(SyntheticTrack track, Path clip, int widthPx, int heightPx, double fps)
            throws OutputFileException {
        return write(track, clip, widthPx, heightPx, fps, null);
    }

    /**
     * The same with two skin markers on the pelvis ({@code markers} null: none); the truth then holds their true
     * image positions.
     */
    public static Path write(SyntheticTrack track, Path clip, int widthPx, int heightPx, double fps,
            PelvisMarkers markers) throws OutputFileException {
        FigureRenderer plain = FigureRenderer.forTruth(track.truth(), Outfit.standard());
        FigureRenderer renderer = markers == null ? plain : plain.withMarkers(markers);
        try (VideoWriter writer = VideoWriter.open(clip, widthPx, heightPx, fps)) {
            for (FramePose frame : track.truth().noiseFreeFrames()) {
                BufferedImage image = renderer.render(frame.pose());
                writer.write(image, frame.timestampSeconds());
            }
            writer.finish();
        } catch (VideoWriteException e) {
            throw new OutputFileException(e.file(), e.problem(), e);
        }
        String name = clip.getFileName().toString();
        int dot = name.lastIndexOf('.');
        Path truthFile = clip.resolveSibling((dot > 0 ? name.substring(0, dot) : name) + ".truth.csv");
        AtomicFiles.writeText(truthFile, w -> TruthCsv.write(track.truth(), markers == null ? null
                : renderer::markerTruthPx, w));
        return truthFile;
    }
}
