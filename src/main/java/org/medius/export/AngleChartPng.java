package org.medius.export;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.medius.analysis.Analysis;

/**
 * A PNG of the per-frame angles over time ({@link AngleChart}: pelvic obliquity, knee FPPA left and right, trunk
 * lean, with the stances or repetitions shaded by side), for a quick look without the viewer and for reviewers of
 * an analysis. The same picture as in the clinical report. Written atomically.
 */
public final class AngleChartPng {

    private AngleChartPng() {
    }

    public static void write(Analysis analysis, Path file) throws OutputFileException {
        BufferedImage image = render(analysis);
        AtomicFiles.writeBytes(file, out -> ImageIO.write(image, "png", out));
    }

    public static BufferedImage render(Analysis a) {
        return AngleChart.render(a);
    }
}
