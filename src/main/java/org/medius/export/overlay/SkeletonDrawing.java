package org.medius.export.overlay;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.RoundRectangle2D;
import org.medius.model.Bone;
import org.medius.model.Keypoint;
import org.medius.model.Pose;

/**
 * Draws the skeleton of one {@link OverlayContent} and its angle labels with Java2D, by the viewer's rules: bones of
 * the COCO-17 layout in the person's left (blue) and right (orange) colours, the centre light grey; a keypoint that
 * is not trusted is a hollow ring and its bones are dashed, so the viewer sees what to distrust. Every line has a
 * thin dark edge and every label a dark box, so both read on light and dark backgrounds alike.
 */
public final class SkeletonDrawing {

    private static final Color EDGE = new Color(0, 0, 0, 110);
    private static final Color LABEL_BOX = new Color(20, 20, 20, 184);

    private SkeletonDrawing() {
    }

    /** Draws the bones, then the keypoints on top. Expects antialiasing to be set by the caller. */
    public static void drawSkeleton(Graphics2D g, OverlayContent content, OverlayScale scale) {
        Pose pose = content.pose();
        double w = scale.lineWidthPx();
        float[] dash = {(float) (2.2 * w), (float) (1.8 * w)};
        for (Bone bone : Bone.SKELETON) {
            Keypoint a = bone.from();
            Keypoint b = bone.to();
            if (!known(pose, a) || !known(pose, b)) {
                continue;
            }
            boolean sure = content.trusted(a) && content.trusted(b);
            Line2D line = new Line2D.Double(pose.xPx(a), pose.yPx(a), pose.xPx(b), pose.yPx(b));
            g.setColor(EDGE);
            g.setStroke(stroke(w + Math.max(1.5, 0.4 * w), sure ? null : dash));
            g.draw(line);
            BodySide side = BodySide.of(a) == BodySide.of(b) ? BodySide.of(a) : BodySide.CENTRE;
            g.setColor(sure ? side.colour() : translucent(side.colour(), 200));
            g.setStroke(stroke(w, sure ? null : dash));
            g.draw(line);
        }
        double r = scale.pointRadiusPx();
        BasicStroke ring = stroke(Math.max(1.5, 0.45 * w), null);
        BasicStroke edge = stroke(Math.max(1, 0.25 * w), null);
        for (Keypoint k : Keypoint.values()) {
            if (!known(pose, k)) {
                continue;
            }
            Ellipse2D dot = new Ellipse2D.Double(pose.xPx(k) - r, pose.yPx(k) - r, 2 * r, 2 * r);
            Color colour = BodySide.of(k).colour();
            if (content.trusted(k)) {
                g.setColor(colour);
                g.fill(dot);
                g.setColor(EDGE);
                g.setStroke(edge);
                g.draw(dot);
            } else {
                g.setColor(EDGE);
                g.setStroke(stroke(ring.getLineWidth() + 2 * edge.getLineWidth(), null));
                g.draw(dot);
                g.setColor(colour);
                g.setStroke(ring);
                g.draw(dot);
            }
        }
    }

    /**
     * Writes each placed label on a dark rounded box outlined in its side's colour, beside its joint, kept inside
     * the picture; a label whose joint is outside the picture is left out. A box that would cover one already drawn (two knees close together in a side view, or a person
     * at the picture's edge) moves down below it.
     */
    public static void drawLabels(Graphics2D g, OverlayContent content, OverlayScale scale) {
        Font font = new Font(Font.SANS_SERIF, Font.BOLD, (int) Math.round(scale.fontPx()));
        g.setFont(font);
        FontMetrics m = g.getFontMetrics();
        double padX = 0.35 * scale.fontPx();
        double padY = 0.18 * scale.fontPx();
        double gap = 0.8 * scale.fontPx() + scale.pointRadiusPx();
        double margin = 0.2 * scale.fontPx();
        java.util.List<RoundRectangle2D> drawn = new java.util.ArrayList<>();
        for (AngleLabel label : content.labels()) {
            if (!label.placed() || label.jointXPx() < 0 || label.jointYPx() < 0
                    || label.jointXPx() > scale.pictureWidthPx() || label.jointYPx() > scale.pictureHeightPx()) {
                continue; // no joint in view: a label pinned to the edge would point at nothing
            }
            double boxW = m.stringWidth(label.text()) + 2 * padX;
            double boxH = m.getAscent() + m.getDescent() + 2 * padY;
            double x = label.towardsLeftOfJoint() ? label.jointXPx() - gap - boxW : label.jointXPx() + gap;
            double y = label.jointYPx() - boxH / 2;
            x = clamp(x, margin, scale.pictureWidthPx() - boxW - margin);
            y = clamp(y, margin, scale.pictureHeightPx() - boxH - margin);
            double arc = 0.5 * scale.fontPx();
            RoundRectangle2D box = new RoundRectangle2D.Double(x, y, boxW, boxH, arc, arc);
            for (int tries = 0; tries < drawn.size() + 1 && overlapsAny(box, drawn); tries++) {
                double below = drawn.stream().filter(d -> d.intersects(box.getBounds2D()))
                        .mapToDouble(d -> d.getMaxY()).max().orElse(y) + margin;
                box.setRoundRect(x, clamp(below, margin, scale.pictureHeightPx() - boxH - margin), boxW, boxH, arc, arc);
            }
            y = box.getY();
            drawn.add(box);
            g.setColor(LABEL_BOX);
            g.fill(box);
            g.setColor(label.side().colour());
            g.setStroke(stroke(Math.max(1.5, 0.1 * scale.fontPx()), null));
            g.draw(box);
            g.setColor(Color.WHITE);
            g.drawString(label.text(), (float) (x + padX), (float) (y + padY + m.getAscent()));
        }
    }

    private static boolean overlapsAny(RoundRectangle2D box, java.util.List<RoundRectangle2D> drawn) {
        return drawn.stream().anyMatch(d -> d.intersects(box.getBounds2D()));
    }

    private static boolean known(Pose pose, Keypoint k) {
        return Double.isFinite(pose.xPx(k)) && Double.isFinite(pose.yPx(k));
    }

    private static BasicStroke stroke(double widthPx, float[] dash) {
        return new BasicStroke((float) widthPx, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND, 10, dash, 0);
    }

    private static Color translucent(Color c, int alpha) {
        return new Color(c.getRed(), c.getGreen(), c.getBlue(), alpha);
    }

    private static double clamp(double v, double lo, double hi) {
        return Math.max(lo, Math.min(v, Math.max(lo, hi)));
    }
}
