package org.medius.export;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import java.util.function.ToDoubleFunction;
import org.medius.analysis.AnalysedFrame;
import org.medius.analysis.Analysis;
import org.medius.analysis.EventMeasures;
import org.medius.model.Side;

/**
 * The angle plot of the report and of the PNG export (AngleChartPng): pelvic obliquity, knee FPPA left and right, and trunk lean against time, one panel
 * each, with every stance or repetition shaded and marked by a bar in its side's colour (left blue, right orange:
 * the Okabe-Ito colours the viewer uses, readable for colour-blind readers). Drawn for print: twice the size it is
 * shown at, so 1 px is half a point.
 */
public final class AngleChart {
    static final Color LEFT = new Color(0x0072B2);
    static final Color RIGHT = new Color(0xD55E00);
    static final Color NEUTRAL = new Color(0x222222);
    static final int WIDTH_PX = 1010;
    private static final int PANEL_HEIGHT_PX = 190;
    private static final int LEFT_PX = 64;
    private static final int RIGHT_PX = 14;
    private static final int LEGEND_PX = 40;
    private static final int AXIS_PX = 46;
    private static final Font TITLE = new Font(Font.SANS_SERIF, Font.BOLD, 19);
    private static final Font LABEL = new Font(Font.SANS_SERIF, Font.PLAIN, 17);

    private record Series(String label, Color colour, ToDoubleFunction<AnalysedFrame> value,
            Predicate<AnalysedFrame> reliable) {
    }

    private record Panel(String title, List<Series> series) {
    }

    private AngleChart() {
    }

    public static BufferedImage render(Analysis a) {
        List<Panel> panels = List.of(
                new Panel("Pelvic obliquity, \u00b0 (+ = left hip lower)", List.of(
                        new Series("pelvis", NEUTRAL, f -> f.angles().pelvicObliquityDeg(), f -> true))),
                new Panel("Knee FPPA, \u00b0 (+ = valgus)", List.of(
                        new Series("left knee", LEFT, f -> f.angles().kneeFppaLeftDeg(),
                                f -> f.angles().fppaReliableLeft()),
                        new Series("right knee", RIGHT, f -> f.angles().kneeFppaRightDeg(),
                                f -> f.angles().fppaReliableRight()))),
                new Panel("Trunk lean, \u00b0 (+ = towards the left)", List.of(
                        new Series("trunk", NEUTRAL, f -> f.angles().trunkLeanTowardsLeftDeg(), f -> true))));
        int height = LEGEND_PX + panels.size() * PANEL_HEIGHT_PX + AXIS_PX;
        BufferedImage img = new BufferedImage(WIDTH_PX, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, WIDTH_PX, height);
            boolean unreliable = a.frames().stream().anyMatch(f -> !f.angles().fppaReliableLeft()
                    && Double.isFinite(f.angles().kneeFppaLeftDeg()) || !f.angles().fppaReliableRight()
                    && Double.isFinite(f.angles().kneeFppaRightDeg()));
            legend(g, a.settings().task().holds() ? "hold" : a.settings().task().repetitive() ? "repetition"
                    : "stance", unreliable);
            List<AnalysedFrame> frames = a.frames();
            double t0 = frames.isEmpty() ? 0 : frames.get(0).timestampSeconds();
            double t1 = frames.isEmpty() ? 1 : Math.max(frames.get(frames.size() - 1).timestampSeconds(), t0 + 1e-3);
            for (int i = 0; i < panels.size(); i++) {
                int top = LEGEND_PX + i * PANEL_HEIGHT_PX;
                drawPanel(g, a, panels.get(i), top, t0, t1, i == panels.size() - 1);
            }
            g.setColor(Color.BLACK);
            g.setFont(LABEL);
            g.drawString("time in the video, s", WIDTH_PX / 2 - 70, height - 6);
        } finally {
            g.dispose();
        }
        return img;
    }

    private static void legend(Graphics2D g, String event, boolean unreliableFppa) {
        g.setFont(LABEL);
        int x = LEFT_PX;
        for (Side side : Side.values()) {
            Color c = colour(side);
            g.setColor(shade(c));
            g.fillRect(x, 10, 26, 18);
            g.setColor(c);
            g.fillRect(x, 10, 26, 5);
            g.setColor(Color.BLACK);
            String text = side.name().toLowerCase(Locale.ROOT) + " " + event;
            g.drawString(text, x + 32, 25);
            x += 32 + g.getFontMetrics().stringWidth(text) + 28;
        }
        if (!unreliableFppa) {
            return;
        }
        g.setColor(Color.GRAY);
        g.drawString("hollow points: FPPA not reliable (thigh foreshortened)", x + 10, 25);
    }

    private static void drawPanel(Graphics2D g, Analysis a, Panel panel, int top, double t0, double t1,
            boolean last) {
        int plotTop = top + 28;
        int plotHeight = PANEL_HEIGHT_PX - 48;
        int plotWidth = WIDTH_PX - LEFT_PX - RIGHT_PX;
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (Series s : panel.series()) {
            for (AnalysedFrame f : a.frames()) {
                double v = s.value().applyAsDouble(f);
                if (Double.isFinite(v)) {
                    lo = Math.min(lo, v);
                    hi = Math.max(hi, v);
                }
            }
        }
        double[] range = AxisRange.of(lo, hi);
        lo = range[0];
        hi = range[1];
        for (EventMeasures m : a.eventMeasures()) { // shading first, under the grid and the lines
            int x0 = xPx(m.startSeconds(), t0, t1, plotWidth);
            int x1 = Math.max(x0 + 1, xPx(m.endSeconds(), t0, t1, plotWidth));
            Color c = colour(m.event().side());
            g.setColor(new Color(c.getRed(), c.getGreen(), c.getBlue(), 34));
            g.fillRect(x0, plotTop, x1 - x0, plotHeight);
            g.setColor(c);
            g.fillRect(x0, plotTop + (m.event().side() == Side.LEFT ? 0 : 5), x1 - x0, 5);
        }
        g.setFont(TITLE);
        g.setColor(Color.BLACK);
        g.drawString(panel.title(), LEFT_PX, top + 21);
        int legendX = LEFT_PX + g.getFontMetrics().stringWidth(panel.title()) + 30;
        g.setFont(LABEL);
        if (panel.series().size() > 1) {
            for (Series s : panel.series()) {
                g.setColor(s.colour());
                g.fillRect(legendX, top + 11, 22, 5);
                g.drawString(s.label(), legendX + 28, top + 20);
                legendX += 28 + g.getFontMetrics().stringWidth(s.label()) + 24;
            }
        }
        double step = range[2];
        for (double v = lo; v <= hi + 1e-9; v += step) {
            int y = yPx(v, lo, hi, plotTop, plotHeight);
            g.setColor(Math.abs(v) < 1e-9 ? Color.GRAY : new Color(0xdddddd));
            g.drawLine(LEFT_PX, y, LEFT_PX + plotWidth, y);
            g.setColor(Color.DARK_GRAY);
            String label = String.format(Locale.ROOT, "%.0f", v);
            g.drawString(label, LEFT_PX - 8 - g.getFontMetrics().stringWidth(label), y + 6);
        }
        double tStep = AxisRange.step((t1 - t0) / 10);
        for (double t = Math.ceil(t0 / tStep) * tStep; t <= t1 + 1e-9; t += tStep) {
            int x = xPx(t, t0, t1, plotWidth);
            g.setColor(new Color(0xdddddd));
            g.drawLine(x, plotTop, x, plotTop + plotHeight);
            if (last) {
                g.setColor(Color.DARK_GRAY);
                String label = AxisRange.label(t, tStep);
                g.drawString(label, x - g.getFontMetrics().stringWidth(label) / 2, plotTop + plotHeight + 20);
            }
        }
        g.setColor(Color.GRAY);
        g.drawRect(LEFT_PX, plotTop, plotWidth, plotHeight);
        for (Series s : panel.series()) {
            drawSeries(g, a.frames(), s, lo, hi, plotTop, plotHeight, t0, t1, plotWidth);
        }
    }

    private static void drawSeries(Graphics2D g, List<AnalysedFrame> frames, Series s, double lo, double hi,
            int plotTop, int plotHeight, double t0, double t1, int plotWidth) {
        g.setColor(s.colour());
        g.setStroke(new BasicStroke(2.4f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        Path2D.Double line = new Path2D.Double();
        boolean penDown = false;
        for (AnalysedFrame f : frames) {
            double v = s.value().applyAsDouble(f);
            if (!Double.isFinite(v)) {
                penDown = false;
                continue;
            }
            int x = xPx(f.timestampSeconds(), t0, t1, plotWidth);
            int y = yPx(v, lo, hi, plotTop, plotHeight);
            if (!s.reliable().test(f)) {
                g.setStroke(new BasicStroke(1.4f));
                g.drawOval(x - 4, y - 4, 8, 8);
                g.setStroke(new BasicStroke(2.4f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
                penDown = false;
                continue;
            }
            if (penDown) {
                line.lineTo(x, y);
            } else {
                line.moveTo(x, y);
                g.fillOval(x - 2, y - 2, 4, 4); // a lone reliable point still shows
            }
            penDown = true;
        }
        g.draw(line);
        g.setStroke(new BasicStroke(1f));
    }

    static Color colour(Side side) {
        return side == Side.LEFT ? LEFT : RIGHT;
    }

    private static Color shade(Color c) {
        return new Color(255 - (255 - c.getRed()) * 34 / 255, 255 - (255 - c.getGreen()) * 34 / 255,
                255 - (255 - c.getBlue()) * 34 / 255);
    }

    private static int xPx(double t, double t0, double t1, int plotWidth) {
        return LEFT_PX + (int) Math.round((t - t0) / (t1 - t0) * plotWidth);
    }

    private static int yPx(double v, double lo, double hi, int plotTop, int plotHeight) {
        return plotTop + (int) Math.round((hi - v) / (hi - lo) * plotHeight);
    }
}
