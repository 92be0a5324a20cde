package org.medius.export;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.ToDoubleFunction;
import javax.imageio.ImageIO;
import org.medius.analysis.AnalysedFrame;
import org.medius.analysis.Analysis;

/**
 * A PNG of the per-frame angles over time, one panel per quantity (pelvic obliquity, knee FPPA left and right,
 * trunk lean), for a quick look without the viewer and for reviewers of an analysis. Frames where FPPA is
 * unreliable (foreshortened thigh) are drawn as hollow points, not joined to the line.
 */
public final class AngleChartPng {
    static final Color LEFT = new Color(0x1f77b4);
    static final Color RIGHT = new Color(0xd62728);
    static final Color NEUTRAL = new Color(0x333333);
    private static final int WIDTH_PX = 1200;
    private static final int PANEL_HEIGHT_PX = 220;
    private static final int MARGIN_LEFT_PX = 70;
    private static final int MARGIN_RIGHT_PX = 20;
    private static final int TITLE_HEIGHT_PX = 52;

    /** One line of a panel. */
    record Series(String label, Color colour, ToDoubleFunction<AnalysedFrame> value,
            java.util.function.Predicate<AnalysedFrame> reliable) {
    }

    /** One panel: a title with unit and sign convention, and its lines. */
    record Panel(String title, List<Series> series) {
    }

    private AngleChartPng() {
    }

    public static void write(Analysis analysis, Path file) throws OutputFileException {
        BufferedImage image = render(analysis);
        AtomicFiles.writeBytes(file, out -> ImageIO.write(image, "png", out));
    }

    static List<Panel> panels() {
        return List.of(
                new Panel("Pelvic obliquity, deg (+ = left hip lower)", List.of(
                        new Series("pelvis", NEUTRAL, f -> f.angles().pelvicObliquityDeg(), f -> true))),
                new Panel("Knee FPPA, deg (+ = valgus)", List.of(
                        new Series("left", LEFT, f -> f.angles().kneeFppaLeftDeg(), f -> f.angles().fppaReliableLeft()),
                        new Series("right", RIGHT, f -> f.angles().kneeFppaRightDeg(),
                                f -> f.angles().fppaReliableRight()))),
                new Panel("Trunk lean, deg (+ = towards the left)", List.of(
                        new Series("trunk", NEUTRAL, f -> f.angles().trunkLeanTowardsLeftDeg(), f -> true))));
    }

    public static BufferedImage render(Analysis a) {
        List<Panel> panels = panels();
        int height = TITLE_HEIGHT_PX + panels.size() * PANEL_HEIGHT_PX + 30;
        BufferedImage img = new BufferedImage(WIDTH_PX, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, WIDTH_PX, height);
            g.setColor(Color.BLACK);
            g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 14));
            g.drawString(String.format(Locale.ROOT, "%s  -  task %s, view %s", a.video().fileName(),
                    a.settings().task().cliName(), a.view().overall().name().toLowerCase(Locale.ROOT)), 10, 22);
            g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
            g.drawString(String.format(Locale.ROOT, "camera roll correction %.1f deg, low-pass %.2f Hz, %s",
                    a.roll().rollDeg(), a.effectiveCutoffHz(), a.model()), 10, 40);
            double t0 = a.frames().isEmpty() ? 0 : a.frames().get(0).timestampSeconds();
            double t1 = a.frames().isEmpty() ? 1 : a.frames().get(a.frames().size() - 1).timestampSeconds();
            for (int i = 0; i < panels.size(); i++) {
                drawPanel(g, a.frames(), panels.get(i), TITLE_HEIGHT_PX + i * PANEL_HEIGHT_PX, t0, Math.max(t1, t0 + 1e-3));
            }
            g.setColor(Color.BLACK);
            g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
            g.drawString("time, s", WIDTH_PX / 2 - 20, height - 8);
        } finally {
            g.dispose();
        }
        return img;
    }

    private static void drawPanel(Graphics2D g, List<AnalysedFrame> frames, Panel panel, int top, double t0, double t1) {
        int plotTop = top + 22;
        int plotHeight = PANEL_HEIGHT_PX - 50;
        int plotWidth = WIDTH_PX - MARGIN_LEFT_PX - MARGIN_RIGHT_PX;
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (Series s : panel.series()) {
            for (AnalysedFrame f : frames) {
                double v = s.value().applyAsDouble(f);
                if (Double.isFinite(v)) {
                    lo = Math.min(lo, v);
                    hi = Math.max(hi, v);
                }
            }
        }
        double[] range = niceRange(lo, hi);
        lo = range[0];
        hi = range[1];
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 13));
        g.setColor(Color.BLACK);
        g.drawString(panel.title(), MARGIN_LEFT_PX, top + 15);
        int legendX = MARGIN_LEFT_PX + 360;
        for (Series s : panel.series()) {
            g.setColor(s.colour());
            g.fillRect(legendX, top + 6, 14, 4);
            g.drawString(s.label(), legendX + 18, top + 15);
            legendX += 90;
        }
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
        double step = range[2];
        for (double v = lo; v <= hi + 1e-9; v += step) {
            int y = yPx(v, lo, hi, plotTop, plotHeight);
            g.setColor(Math.abs(v) < 1e-9 ? Color.GRAY : new Color(0xe6e6e6));
            g.drawLine(MARGIN_LEFT_PX, y, MARGIN_LEFT_PX + plotWidth, y);
            g.setColor(Color.DARK_GRAY);
            g.drawString(String.format(Locale.ROOT, "%.0f", v), MARGIN_LEFT_PX - 35, y + 4);
        }
        double tStep = niceStep((t1 - t0) / 10);
        for (double t = Math.ceil(t0 / tStep) * tStep; t <= t1 + 1e-9; t += tStep) {
            int x = xPx(t, t0, t1, plotWidth);
            g.setColor(new Color(0xe6e6e6));
            g.drawLine(x, plotTop, x, plotTop + plotHeight);
            g.setColor(Color.DARK_GRAY);
            g.drawString(String.format(Locale.ROOT, "%.1f", t), x - 8, plotTop + plotHeight + 14);
        }
        g.setColor(Color.GRAY);
        g.drawRect(MARGIN_LEFT_PX, plotTop, plotWidth, plotHeight);
        for (Series s : panel.series()) {
            drawSeries(g, frames, s, lo, hi, plotTop, plotHeight, t0, t1, plotWidth);
        }
    }

    private static void drawSeries(Graphics2D g, List<AnalysedFrame> frames, Series s, double lo, double hi,
            int plotTop, int plotHeight, double t0, double t1, int plotWidth) {
        g.setColor(s.colour());
        g.setStroke(new BasicStroke(1.8f));
        Path2D.Double line = new Path2D.Double();
        boolean penDown = false;
        List<int[]> hollow = new ArrayList<>();
        for (AnalysedFrame f : frames) {
            double v = s.value().applyAsDouble(f);
            if (!Double.isFinite(v)) {
                penDown = false;
                continue;
            }
            int x = xPx(f.timestampSeconds(), t0, t1, plotWidth);
            int y = yPx(v, lo, hi, plotTop, plotHeight);
            if (!s.reliable().test(f)) {
                hollow.add(new int[] {x, y});
                penDown = false;
                continue;
            }
            if (penDown) {
                line.lineTo(x, y);
            } else {
                line.moveTo(x, y);
            }
            penDown = true;
            g.fillOval(x - 2, y - 2, 4, 4);
        }
        g.draw(line);
        if (!hollow.isEmpty()) { // unreliable frames exist: say what the hollow points mean
            g.drawString("o = unreliable (foreshortened thigh)", WIDTH_PX - MARGIN_RIGHT_PX - 230, plotTop - 8);
        }
        g.setStroke(new BasicStroke(1f));
        for (int[] p : hollow) {
            g.drawOval(p[0] - 3, p[1] - 3, 6, 6);
        }
    }

    private static int xPx(double t, double t0, double t1, int plotWidth) {
        return MARGIN_LEFT_PX + (int) Math.round((t - t0) / (t1 - t0) * plotWidth);
    }

    private static int yPx(double v, double lo, double hi, int plotTop, int plotHeight) {
        return plotTop + (int) Math.round((hi - v) / (hi - lo) * plotHeight);
    }

    /** Axis limits that include 0 and the data, on round steps: {low, high, step}. */
    static double[] niceRange(double lo, double hi) {
        if (!Double.isFinite(lo)) {
            return new double[] {-5, 5, 5};
        }
        lo = Math.min(lo, 0);
        hi = Math.max(hi, 0);
        if (hi - lo < 10) {
            double mid = (hi + lo) / 2;
            lo = Math.min(lo, mid - 5);
            hi = Math.max(hi, mid + 5);
        }
        double step = niceStep((hi - lo) / 5);
        return new double[] {Math.floor(lo / step) * step, Math.ceil(hi / step) * step, step};
    }

    /** 1, 2 or 5 times a power of ten, at least {@code raw}. */
    static double niceStep(double raw) {
        double p = Math.pow(10, Math.floor(Math.log10(raw)));
        for (double m : new double[] {1, 2, 5, 10}) {
            if (m * p >= raw) {
                return m * p;
            }
        }
        return 10 * p;
    }
}
