package org.medius.ui;

import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;
import javafx.scene.text.TextAlignment;
import org.medius.model.Bone;
import org.medius.model.Keypoint;
import org.medius.model.PelvisMarkerFrame;
import org.medius.model.PelvisSource;
import org.medius.model.Pose;
import org.medius.model.Side;

/**
 * Draws a skeleton and the live angle values on the video overlay. Left and right in two colours that stay
 * distinct for colour-blind viewers (Okabe-Ito blue and vermillion); a keypoint the model was unsure of (or
 * that the filter filled in) is drawn hollow with dashed bones, so the user sees what to distrust.
 */
final class SkeletonPainter {
    static final Color LEFT = Color.web("#3D9BE9");
    static final Color RIGHT = Color.web("#E8743B");
    static final Color CENTRE = Color.web("#F2F2F2");
    private static final Font LABEL_FONT = Font.font("System", FontWeight.BOLD, 13);

    /** Where and how big the frame is drawn in the view: view = offset + scale x image pixels. */
    record Placement(double scale, double offsetXPx, double offsetYPx) {
        double x(double imageXPx) {
            return offsetXPx + scale * imageXPx;
        }

        double y(double imageYPx) {
            return offsetYPx + scale * imageYPx;
        }
    }

    /** One angle to write beside a joint: text, the joint it belongs to, its colour. */
    record AngleLabel(String text, double imageXPx, double imageYPx, Color color, boolean towardsLeftOfJoint) {
    }

    private SkeletonPainter() {
    }

    static Color colour(Keypoint k) {
        String name = k.name();
        return name.startsWith("LEFT") ? LEFT : name.startsWith("RIGHT") ? RIGHT : CENTRE;
    }

    /**
     * @param trusted per keypoint (in {@link Keypoint} order): confidently seen by the model and not filled in
     */
    static void drawSkeleton(GraphicsContext g, Pose pose, boolean[] trusted, Placement at) {
        double lineWidth = Math.max(2.0, 3.0 * Math.min(1.5, at.scale() * 2));
        g.setLineWidth(lineWidth);
        for (Bone bone : Bone.SKELETON) {
            Keypoint a = bone.from();
            Keypoint b = bone.to();
            if (!Double.isFinite(pose.xPx(a)) || !Double.isFinite(pose.xPx(b))) {
                continue;
            }
            boolean sure = trusted[a.ordinal()] && trusted[b.ordinal()];
            g.setStroke(colour(a) == colour(b) ? colour(a) : CENTRE);
            g.setLineDashes(sure ? null : new double[] {6, 5});
            g.setGlobalAlpha(sure ? 0.95 : 0.7);
            g.strokeLine(at.x(pose.xPx(a)), at.y(pose.yPx(a)), at.x(pose.xPx(b)), at.y(pose.yPx(b)));
        }
        g.setLineDashes(null);
        g.setGlobalAlpha(1);
        double r = lineWidth + 2;
        for (Keypoint k : Keypoint.values()) {
            if (!Double.isFinite(pose.xPx(k))) {
                continue;
            }
            double x = at.x(pose.xPx(k));
            double y = at.y(pose.yPx(k));
            if (trusted[k.ordinal()]) {
                g.setFill(colour(k));
                g.fillOval(x - r, y - r, 2 * r, 2 * r);
                g.setStroke(Color.rgb(0, 0, 0, 0.6));
                g.setLineWidth(1);
                g.strokeOval(x - r, y - r, 2 * r, 2 * r);
            } else {
                g.setStroke(colour(k));
                g.setLineWidth(2);
                g.strokeOval(x - r, y - r, 2 * r, 2 * r);
            }
            g.setLineWidth(lineWidth);
        }
    }

    /**
     * The two pelvis markers as rings in the side's colour, with an L or R: solid where the tracker found the marker
     * on this frame (or the user put it there), dashed where it was held over a short gap or the frame reads its
     * pelvis from the keypoints. The line between them is the pelvis line the analysis uses.
     */
    static void drawMarkers(GraphicsContext g, PelvisMarkerFrame m, Placement at) {
        boolean used = m.source() == PelvisSource.MARKERS;
        if (used) {
            g.setStroke(Color.WHITE);
            g.setLineWidth(2);
            g.setLineDashes(null);
            g.strokeLine(at.x(m.leftXPx()), at.y(m.leftYPx()), at.x(m.rightXPx()), at.y(m.rightYPx()));
        }
        marker(g, Side.LEFT, m.leftXPx(), m.leftYPx(), m.leftDetected() && used, at);
        marker(g, Side.RIGHT, m.rightXPx(), m.rightYPx(), m.rightDetected() && used, at);
        g.setLineDashes(null);
    }

    private static void marker(GraphicsContext g, Side side, double xPx, double yPx, boolean found, Placement at) {
        if (!Double.isFinite(xPx) || !Double.isFinite(yPx)) {
            return;
        }
        double r = MARKER_RING_PX;
        double x = at.x(xPx);
        double y = at.y(yPx);
        Color c = side == Side.LEFT ? LEFT : RIGHT;
        g.setStroke(Color.rgb(0, 0, 0, 0.7));
        g.setLineWidth(4.5);
        g.setLineDashes(found ? null : new double[] {4, 3});
        g.strokeOval(x - r, y - r, 2 * r, 2 * r);
        g.setStroke(c);
        g.setLineWidth(2.5);
        g.strokeOval(x - r, y - r, 2 * r, 2 * r);
        g.setFill(c);
        g.setFont(LABEL_FONT);
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.BOTTOM);
        g.fillText(side == Side.LEFT ? "L" : "R", x, y - r - 2);
    }

    /** Radius of the ring drawn around a pelvis marker, view pixels. */
    static final double MARKER_RING_PX = 9;

    /** Writes each label on a dark rounded box beside its joint, so it stays readable on any background. */
    static void drawLabel(GraphicsContext g, AngleLabel label, Placement at) {
        if (!Double.isFinite(label.imageXPx()) || !Double.isFinite(label.imageYPx())) {
            return;
        }
        Text probe = new Text(label.text());
        probe.setFont(LABEL_FONT);
        double w = probe.getLayoutBounds().getWidth() + 10;
        double h = probe.getLayoutBounds().getHeight() + 4;
        double gap = 14;
        double x = at.x(label.imageXPx()) + (label.towardsLeftOfJoint() ? -gap - w : gap);
        double y = at.y(label.imageYPx()) - h / 2;
        g.setFill(Color.rgb(20, 20, 20, 0.72));
        g.fillRoundRect(x, y, w, h, 8, 8);
        g.setStroke(label.color());
        g.setLineWidth(1.5);
        g.strokeRoundRect(x, y, w, h, 8, 8);
        g.setFill(Color.WHITE);
        g.setFont(LABEL_FONT);
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.CENTER);
        g.fillText(label.text(), x + 5, y + h / 2);
    }
}
