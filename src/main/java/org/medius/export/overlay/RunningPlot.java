package org.medius.export.overlay;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.RoundRectangle2D;
import java.util.Locale;

/**
 * A small plot in the picture's lower-left (or lower-right) corner (30 % of its width and 22 % of its height in landscape; 55 % and
 * 13 % in portrait, where 30 % of the width would be too narrow to read) on a semi-transparent
 * white ground: left and right knee FPPA and pelvic obliquity over the {@value #HALF_WINDOW_SECONDS} s before and
 * after the current frame, with a cursor line at the current time in the middle. The vertical scale is fixed for the
 * whole video ({@link OverlaySeries#rangeDeg()}).
 */
public final class RunningPlot {

    /** Seconds shown on each side of the current time. */
    public static final double HALF_WINDOW_SECONDS = 3.0;
    static final double WIDTH_FRACTION = 0.30;
    static final double HEIGHT_FRACTION = 0.22;
    static final double PORTRAIT_WIDTH_FRACTION = 0.55;
    static final double PORTRAIT_HEIGHT_FRACTION = 0.13;
    /** Pelvic obliquity's line: the centre's light grey would vanish on the white ground. */
    static final Color PELVIS = new Color(0x44, 0x44, 0x44);
    private static final Color GROUND = new Color(255, 255, 255, 200);
    private static final Color GRID = new Color(0, 0, 0, 60);
    private static final Color CURSOR = new Color(0, 0, 0, 200);
    private static final Color TEXT = new Color(40, 40, 40);

    private final OverlaySeries series;
    private final boolean right;

    /**
     * @param series       the curves
     * @param lowerRight   true to draw in the lower-right corner instead (chosen once per video, where the person's
     *                     feet are less often: see {@link #personMostlyOnTheLeft})
     */
    public RunningPlot(OverlaySeries series, boolean lowerRight) {
        this.series = series;
        this.right = lowerRight;
    }

    /**
     * True when the person's ankles are more often in the picture's left {@value #WIDTH_FRACTION} than in its right
     * one: the plot then goes to the lower right so as to hide less of the feet.
     */
    public static boolean personMostlyOnTheLeft(org.medius.analysis.Analysis analysis) {
        double w = analysis.video().widthPx();
        int left = 0;
        int rightCount = 0;
        for (org.medius.analysis.AnalysedFrame f : analysis.frames()) {
            for (org.medius.model.Keypoint k : new org.medius.model.Keypoint[] {
                org.medius.model.Keypoint.LEFT_ANKLE, org.medius.model.Keypoint.RIGHT_ANKLE}) {
                double x = f.filteredPose().xPx(k);
                if (x < WIDTH_FRACTION * w) {
                    left++;
                } else if (x > (1 - WIDTH_FRACTION) * w) {
                    rightCount++;
                }
            }
        }
        return left > rightCount;
    }

    /** Where the plot lies in a picture of the given size, in pixels. */
    public java.awt.geom.Rectangle2D bounds(OverlayScale scale) {
        double margin = 0.02 * Math.min(scale.pictureWidthPx(), scale.pictureHeightPx());
        boolean portrait = scale.pictureHeightPx() > scale.pictureWidthPx();
        double w = (portrait ? PORTRAIT_WIDTH_FRACTION : WIDTH_FRACTION) * scale.pictureWidthPx();
        double h = (portrait ? PORTRAIT_HEIGHT_FRACTION : HEIGHT_FRACTION) * scale.pictureHeightPx();
        double x = right ? scale.pictureWidthPx() - margin - w : margin;
        return new java.awt.geom.Rectangle2D.Double(x, scale.pictureHeightPx() - margin - h, w, h);
    }

    /** Draws the plot for the frame at {@code position} (0-based in the analysis). */
    public void draw(Graphics2D g, int position, OverlayScale scale) {
        java.awt.geom.Rectangle2D box = bounds(scale);
        // the legend (three entries) must fit the width, the legend and axis rows must leave room for the curves
        double fontPx = Math.max(9, Math.min(0.085 * box.getHeight(), box.getWidth() / 19));
        Font font = new Font(Font.SANS_SERIF, Font.BOLD, (int) Math.round(fontPx));
        g.setFont(font);
        FontMetrics m = g.getFontMetrics();
        double arc = 0.6 * fontPx;
        g.setColor(GROUND);
        g.fill(new RoundRectangle2D.Double(box.getX(), box.getY(), box.getWidth(), box.getHeight(), arc, arc));

        double pad = 0.5 * fontPx;
        double legendH = m.getHeight();
        double x0 = box.getX() + pad;
        double x1 = box.getMaxX() - pad;
        double y0 = box.getY() + pad + legendH;
        double y1 = box.getMaxY() - pad - legendH;
        double now = series.timesSeconds()[position];
        double range = series.rangeDeg();
        Mapping map = new Mapping(now - HALF_WINDOW_SECONDS, now + HALF_WINDOW_SECONDS, x0, x1, range, y0, y1);

        float thin = (float) Math.max(1, 0.08 * fontPx);
        g.setStroke(new BasicStroke(thin));
        g.setColor(GRID);
        g.draw(new Line2D.Double(x0, map.y(0), x1, map.y(0)));
        g.draw(new Line2D.Double(x0, y0, x1, y0));
        g.draw(new Line2D.Double(x0, y1, x1, y1));

        int from = Math.max(0, series.firstAtOrAfter(now - HALF_WINDOW_SECONDS) - 1);
        int to = Math.min(series.timesSeconds().length, series.firstAtOrAfter(now + HALF_WINDOW_SECONDS) + 1);
        java.awt.Shape clip = g.getClip();
        g.clip(new java.awt.geom.Rectangle2D.Double(x0, y0 - thin, x1 - x0, y1 - y0 + 2 * thin));
        g.setStroke(new BasicStroke((float) Math.max(1.5, 0.17 * fontPx), BasicStroke.CAP_ROUND,
                BasicStroke.JOIN_ROUND));
        drawCurve(g, series.pelvicObliquityDeg(), from, to, map, PELVIS);
        drawCurve(g, series.kneeFppaLeftDeg(), from, to, map, BodySide.LEFT.colour());
        drawCurve(g, series.kneeFppaRightDeg(), from, to, map, BodySide.RIGHT.colour());
        g.setClip(clip);
        g.setColor(CURSOR);
        g.setStroke(new BasicStroke((float) Math.max(1, 0.12 * fontPx)));
        g.draw(new Line2D.Double(map.x(now), y0 - 0.2 * pad, map.x(now), y1 + 0.2 * pad));

        double legendBase = box.getY() + pad + m.getAscent() * 0.9;
        double x = x0;
        x = legend(g, "L FPPA", BodySide.LEFT.colour(), x, legendBase, fontPx);
        x = legend(g, "R FPPA", BodySide.RIGHT.colour(), x, legendBase, fontPx);
        legend(g, "Pelvis", PELVIS, x, legendBase, fontPx);
        g.setColor(TEXT);
        Font small = font.deriveFont((float) (0.8 * fontPx));
        g.setFont(small);
        FontMetrics sm = g.getFontMetrics();
        g.drawString(String.format(Locale.ROOT, "+%.0f°", range), (float) (x0 + 0.2 * pad), (float) (y0 + sm.getAscent()));
        g.drawString(String.format(Locale.ROOT, "−%.0f°", range), (float) (x0 + 0.2 * pad), (float) (y1 - sm.getDescent()));
        g.setFont(font);
        double axisBase = box.getMaxY() - pad - m.getDescent() * 0.5;
        g.drawString("−3 s", (float) x0, (float) axisBase);
        String plus = "+3 s";
        g.drawString(plus, (float) (x1 - m.stringWidth(plus)), (float) axisBase);
    }

    private static double legend(Graphics2D g, String text, Color colour, double x, double baseline, double fontPx) {
        double swatch = 0.9 * fontPx;
        g.setColor(colour);
        g.fill(new java.awt.geom.Rectangle2D.Double(x, baseline - 0.75 * fontPx, swatch, 0.7 * fontPx));
        g.setColor(TEXT);
        g.drawString(text, (float) (x + swatch + 0.25 * fontPx), (float) baseline);
        return x + swatch + 0.25 * fontPx + g.getFontMetrics().stringWidth(text) + 0.8 * fontPx;
    }

    /** One curve, broken where values are missing; a lone value between gaps becomes a short dash. */
    private void drawCurve(Graphics2D g, double[] values, int from, int to, Mapping map, Color colour) {
        double[] t = series.timesSeconds();
        Path2D.Double path = new Path2D.Double();
        boolean open = false;
        for (int i = from; i < to; i++) {
            if (!Double.isFinite(values[i])) {
                open = false;
                continue;
            }
            double x = map.x(t[i]);
            double y = map.y(values[i]);
            if (open) {
                path.lineTo(x, y);
            } else {
                path.moveTo(x, y);
                path.lineTo(x + 0.5, y);
                open = true;
            }
        }
        g.setColor(colour);
        g.draw((Shape) path);
    }

    /** From seconds and degrees to pixels. */
    private record Mapping(double fromSeconds, double toSeconds, double x0, double x1, double rangeDeg, double yTop,
            double yBottom) {
        double x(double seconds) {
            return x0 + (seconds - fromSeconds) / (toSeconds - fromSeconds) * (x1 - x0);
        }

        double y(double deg) {
            return (yTop + yBottom) / 2 - deg / rangeDeg * (yBottom - yTop) / 2;
        }
    }
}
