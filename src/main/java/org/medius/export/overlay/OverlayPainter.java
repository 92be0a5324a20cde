package org.medius.export.overlay;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import org.medius.analysis.Analysis;

/**
 * Draws an analysis' overlay onto frames of its video: skeleton, angle labels and, optionally, the running plot.
 * Built once per analysis (the plot's curves are taken then); cheap per frame.
 */
public final class OverlayPainter {

    private final Analysis analysis;
    private final RunningPlot plot;

    public OverlayPainter(Analysis analysis) {
        this.analysis = analysis;
        this.plot = new RunningPlot(OverlaySeries.of(analysis), RunningPlot.personMostlyOnTheLeft(analysis));
    }

    /**
     * Draws on {@code picture}, the upright frame at {@code position} (0-based in {@code analysis.frames()}).
     *
     * @param withPlot whether to add the running plot (a video wants it; a still picture for a report may not)
     * @throws IndexOutOfBoundsException when the analysis has no such frame
     */
    public void paint(BufferedImage picture, int position, boolean withPlot) {
        OverlayContent content = OverlayContent.of(analysis, position);
        OverlayScale scale = OverlayScale.of(picture.getWidth(), picture.getHeight());
        Graphics2D g = picture.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
            SkeletonDrawing.drawSkeleton(g, content, scale);
            SkeletonDrawing.drawLabels(g, content, scale);
            if (withPlot) {
                plot.draw(g, position, scale);
            }
        } finally {
            g.dispose();
        }
    }
}
