package org.medius.ui;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import javafx.scene.Scene;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javax.imageio.ImageIO;
import org.medius.export.AtomicFiles;
import org.medius.export.OutputFileException;

/** Writes what a window shows as a PNG (for reviewers, bug reports and the documentation). FX thread only. */
public final class ScreenshotPng {
    private ScreenshotPng() {
    }

    /** @return the picture written, width x height in pixels */
    public static int[] write(Scene scene, Path file) throws OutputFileException {
        WritableImage shot = scene.snapshot(null);
        int w = (int) shot.getWidth();
        int h = (int) shot.getHeight();
        int[] argb = new int[w * h];
        shot.getPixelReader().getPixels(0, 0, w, h, PixelFormat.getIntArgbInstance(), argb, 0, w);
        BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        image.setRGB(0, 0, w, h, argb, 0, w);
        AtomicFiles.writeBytes(file, out -> {
            if (!ImageIO.write(image, "png", out)) {
                throw new java.io.IOException("no PNG writer");
            }
        });
        return new int[] {w, h};
    }
}
