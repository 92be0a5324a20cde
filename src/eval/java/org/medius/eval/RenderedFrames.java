package org.medius.eval;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.io.IOException;
import org.medius.model.Pose;
import org.medius.pose.FrameImage;
import org.medius.pose.MoveNetModel;
import org.medius.pose.SubjectTracker;
import org.medius.synth.Truth;
import org.medius.synth.render.FigureRenderer;
import org.medius.synth.render.Outfit;

/** Renders every frame of a synthetic track and runs MoveNet on it, with one subject tracker for the whole track. */
final class RenderedFrames {
    /** What each frame gave. */
    interface Sink {
        void accept(int frame, Pose truth, BufferedImage image, Pose estimate) throws IOException;
    }

    private RenderedFrames() {
    }

    /** @return the time spent rendering, nanoseconds */
    static long estimate(MoveNetModel model, Truth truth, Outfit outfit, Sink sink) throws IOException {
        FigureRenderer renderer = FigureRenderer.forTruth(truth, outfit);
        int w = (int) Math.round(truth.imageWidthPx());
        int h = (int) Math.round(truth.imageHeightPx());
        long renderNanos = 0;
        try (SubjectTracker tracker = new SubjectTracker(model, false, null, 30)) {
            for (int f = 0; f < truth.noiseFreeFrames().size(); f++) {
                Pose t = truth.noiseFreePose(f);
                long start = System.nanoTime();
                BufferedImage image = renderer.render(t);
                renderNanos += System.nanoTime() - start;
                byte[] bgr = ((DataBufferByte) image.getRaster().getDataBuffer()).getData();
                sink.accept(f, t, image, tracker.estimate(new FrameImage(w, h, bgr),
                        truth.noiseFreeFrames().get(f).timestampSeconds()));
            }
        }
        return renderNanos;
    }
}
