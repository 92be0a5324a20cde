package org.medius.ui;

import java.nio.ByteBuffer;
import java.util.function.BiConsumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.geometry.Point2D;
import javafx.scene.Cursor;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.ImageView;
import java.nio.ByteOrder;
import java.nio.IntBuffer;
import javafx.scene.image.PixelBuffer;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import org.medius.model.Keypoint;
import org.medius.model.PelvisMarkerFrame;
import org.medius.model.Pose;
import org.medius.model.Side;

/**
 * The video frame, scaled to fit with its aspect kept, and an overlay canvas with the skeleton and the angle
 * values, and the pelvis markers when the analysis uses them. In keypoint-editing mode a keypoint or a pelvis marker
 * can be dragged; in subject-picking mode a click names the person
 * to analyse. Reports both in pixels of the displayed (upright) video frame.
 */
public final class VideoPane extends Region {

    /** What a mouse press on the video does. */
    public enum Mode { VIEW, EDIT_KEYPOINTS, PICK_SUBJECT }

    /** How close (view pixels) a press must be to a keypoint to grab it. */
    static final double GRAB_RADIUS_PX = 14;

    private final ImageView imageView = new ImageView();
    private final Canvas overlay = new Canvas();
    private final BooleanProperty showSkeleton = new SimpleBooleanProperty(this, "showSkeleton", true);
    private final BooleanProperty showAngles = new SimpleBooleanProperty(this, "showAngles", true);
    private final ObjectProperty<Mode> mode = new SimpleObjectProperty<>(this, "mode", Mode.VIEW);
    private PixelBuffer<IntBuffer> pixels;
    private int imageWidthPx;
    private int imageHeightPx;
    private int shownFrame = -1;
    private FrameOverlay content;
    private Keypoint dragged;
    private Side draggedMarker;
    private Point2D dragAtImagePx;
    private KeypointMoved onKeypointMoved = (k, x, y) -> { };
    private MarkerMoved onMarkerMoved = (side, x, y) -> { };
    private BiConsumer<Double, Double> onSubjectPicked = (x, y) -> { };

    /** Told when the user drops a dragged keypoint, in image pixels. */
    @FunctionalInterface
    public interface KeypointMoved {
        void moved(Keypoint keypoint, double xPx, double yPx);
    }

    /** Told when the user drops a dragged pelvis marker, in image pixels. */
    @FunctionalInterface
    public interface MarkerMoved {
        void moved(Side side, double xPx, double yPx);
    }

    public VideoPane() {
        setId("videoPane");
        imageView.setPreserveRatio(false); // sized to the frame's area by layoutChildren
        imageView.setSmooth(true);
        getChildren().addAll(imageView, overlay);
        setStyle("-fx-background-color: #1b1d21;");
        setMinSize(200, 150);
        showSkeleton.addListener((o, a, b) -> redraw());
        showAngles.addListener((o, a, b) -> redraw());
        mode.addListener((o, a, b) -> setCursor(b == Mode.VIEW ? Cursor.DEFAULT : Cursor.CROSSHAIR));
        overlay.addEventHandler(MouseEvent.MOUSE_PRESSED, this::pressed);
        overlay.addEventHandler(MouseEvent.MOUSE_DRAGGED, this::dragged);
        overlay.addEventHandler(MouseEvent.MOUSE_RELEASED, this::released);
    }

    public BooleanProperty showSkeletonProperty() {
        return showSkeleton;
    }

    public BooleanProperty showAnglesProperty() {
        return showAngles;
    }

    public ObjectProperty<Mode> modeProperty() {
        return mode;
    }

    public void setOnKeypointMoved(KeypointMoved handler) {
        onKeypointMoved = handler;
    }

    public void setOnMarkerMoved(MarkerMoved handler) {
        onMarkerMoved = handler;
    }

    public void setOnSubjectPicked(BiConsumer<Double, Double> handler) {
        onSubjectPicked = handler;
    }

    /** The frame index of the picture on screen, -1 before the first. */
    public int shownFrame() {
        return shownFrame;
    }

    /**
     * Copies a decoded picture (BGRA, premultiplied alpha = opaque) onto the screen. It may be smaller than the
     * frame (shrunk for display): it is stretched over the frame's area, and keypoints stay in frame pixels.
     * Call on the FX thread.
     */
    public void showPicture(int frameIndex, int widthPx, int heightPx, ByteBuffer bgra) {
        if (pixels == null || widthPx != pixels.getWidth() || heightPx != pixels.getHeight()) {
            IntBuffer store = ByteBuffer.allocateDirect(widthPx * heightPx * 4).order(ByteOrder.nativeOrder())
                    .asIntBuffer();
            pixels = new PixelBuffer<>(widthPx, heightPx, store, PixelFormat.getIntArgbPreInstance());
            imageView.setImage(new WritableImage(pixels));
            if (imageWidthPx <= 0) {
                imageWidthPx = widthPx;
                imageHeightPx = heightPx;
            }
            requestLayout();
        }
        // B, G, R, A bytes read as little-endian ints are 0xAARRGGBB, the renderers' own IntArgbPre (alpha is
        // 255): one bulk copy into the image's buffer, no per-pixel conversion on this thread or the renderer's.
        IntBuffer argb = bgra.duplicate().rewind().order(ByteOrder.LITTLE_ENDIAN).asIntBuffer();
        pixels.updateBuffer(pb -> {
            IntBuffer store = pb.getBuffer();
            store.rewind();
            store.put(argb);
            store.rewind();
            return null;
        });
        shownFrame = frameIndex;
    }

    /** The frame size in the pixels keypoints are given in (pictures may arrive smaller). */
    public void setFrameSize(int widthPx, int heightPx) {
        imageWidthPx = widthPx;
        imageHeightPx = heightPx;
        requestLayout();
    }

    /** The skeleton and labels of the current frame, or null for none. */
    public void setOverlay(FrameOverlay frameOverlay) {
        content = frameOverlay;
        if (dragged == null && draggedMarker == null) {
            redraw();
        }
    }

    FrameOverlay overlayContent() {
        return content;
    }

    /**
     * The size the frame is shown at on screen, in device pixels (pane size x the window's render scale on HiDPI
     * screens): pictures larger than this would only be shrunk again by the renderer. {0, 0} before a frame size.
     */
    public int[] displayedSizePx() {
        SkeletonPainter.Placement p = placement();
        double renderScale = getScene() != null && getScene().getWindow() != null
                ? getScene().getWindow().getRenderScaleX() : 1;
        return new int[] {(int) Math.ceil(imageWidthPx * p.scale() * renderScale),
            (int) Math.ceil(imageHeightPx * p.scale() * renderScale)};
    }

    /** Where an image pixel is in this pane's coordinates. */
    public Point2D imageToView(double xPx, double yPx) {
        SkeletonPainter.Placement p = placement();
        return new Point2D(p.x(xPx), p.y(yPx));
    }

    @Override
    protected void layoutChildren() {
        double w = getWidth();
        double h = getHeight();
        overlay.setWidth(w);
        overlay.setHeight(h);
        SkeletonPainter.Placement p = placement();
        imageView.setFitWidth(imageWidthPx * p.scale());
        imageView.setFitHeight(imageHeightPx * p.scale());
        imageView.relocate(p.offsetXPx(), p.offsetYPx());
        redraw();
    }

    private SkeletonPainter.Placement placement() {
        if (imageWidthPx <= 0 || imageHeightPx <= 0) {
            return new SkeletonPainter.Placement(1, 0, 0);
        }
        double scale = Math.min(getWidth() / imageWidthPx, getHeight() / imageHeightPx);
        return new SkeletonPainter.Placement(scale, (getWidth() - imageWidthPx * scale) / 2,
                (getHeight() - imageHeightPx * scale) / 2);
    }

    private void redraw() {
        GraphicsContext g = overlay.getGraphicsContext2D();
        g.clearRect(0, 0, overlay.getWidth(), overlay.getHeight());
        if (content == null || imageWidthPx <= 0) {
            return;
        }
        SkeletonPainter.Placement at = placement();
        Pose pose = content.pose();
        if (dragged != null) {
            pose = moved(pose, dragged, dragAtImagePx.getX(), dragAtImagePx.getY());
        }
        if (showSkeleton.get()) {
            SkeletonPainter.drawSkeleton(g, pose, content.trusted(), at);
        }
        PelvisMarkerFrame markers = content.markers();
        if (markers != null && draggedMarker != null) {
            markers = movedMarker(markers, draggedMarker, dragAtImagePx.getX(), dragAtImagePx.getY());
        }
        if (markers != null) {
            SkeletonPainter.drawMarkers(g, markers, at);
        }
        if (showAngles.get() && dragged == null && draggedMarker == null) {
            for (SkeletonPainter.AngleLabel l : content.labels()) {
                SkeletonPainter.drawLabel(g, l, at);
            }
        }
        if (mode.get() == Mode.PICK_SUBJECT) {
            g.setFill(Color.rgb(0, 0, 0, 0.55));
            g.fillRect(0, 0, overlay.getWidth(), 28);
            g.setFill(Color.WHITE);
            g.fillText("Click the person to analyse (on a frame where they are in view)", 10, 18);
        }
    }

    private static Pose moved(Pose p, Keypoint k, double x, double y) {
        double[] xs = new double[Keypoint.COUNT];
        double[] ys = new double[Keypoint.COUNT];
        double[] cs = new double[Keypoint.COUNT];
        for (Keypoint j : Keypoint.values()) {
            xs[j.ordinal()] = j == k ? x : p.xPx(j);
            ys[j.ordinal()] = j == k ? y : p.yPx(j);
            cs[j.ordinal()] = j == k ? 1 : p.confidence(j);
        }
        return Pose.of(xs, ys, cs);
    }

    /** How a marker frame looks while one marker is dragged: that marker found where the mouse is. */
    private static PelvisMarkerFrame movedMarker(PelvisMarkerFrame m, Side side, double x, double y) {
        boolean left = side == Side.LEFT;
        return new PelvisMarkerFrame(left ? x : m.leftXPx(), left ? y : m.leftYPx(), left ? m.rightXPx() : x,
                left ? m.rightYPx() : y, left || m.leftDetected(), !left || m.rightDetected(), m.source());
    }

    private Point2D toImage(MouseEvent e) {
        SkeletonPainter.Placement p = placement();
        return new Point2D((e.getX() - p.offsetXPx()) / p.scale(), (e.getY() - p.offsetYPx()) / p.scale());
    }

    private void pressed(MouseEvent e) {
        if (mode.get() == Mode.PICK_SUBJECT) {
            Point2D at = toImage(e);
            mode.set(Mode.VIEW);
            redraw();
            onSubjectPicked.accept(at.getX(), at.getY());
            return;
        }
        if (mode.get() != Mode.EDIT_KEYPOINTS || content == null) {
            return;
        }
        Keypoint nearest = null;
        double best = GRAB_RADIUS_PX;
        for (Keypoint k : Keypoint.values()) {
            double x = content.pose().xPx(k);
            if (!Double.isFinite(x)) {
                continue;
            }
            Point2D v = imageToView(x, content.pose().yPx(k));
            double d = v.distance(e.getX(), e.getY());
            if (d <= best) {
                best = d;
                nearest = k;
            }
        }
        Side marker = nearestMarker(e, best);
        if (marker != null) {
            draggedMarker = marker;
            dragAtImagePx = toImage(e);
            redraw();
        } else if (nearest != null) {
            dragged = nearest;
            dragAtImagePx = toImage(e);
            redraw();
        }
    }

    /** The pelvis marker within {@code withinPx} view pixels of the press and nearer than any keypoint, if any. */
    private Side nearestMarker(MouseEvent e, double withinPx) {
        PelvisMarkerFrame m = content.markers();
        if (m == null) {
            return null;
        }
        Side nearest = null;
        double best = withinPx;
        for (Side side : Side.values()) {
            double x = side == Side.LEFT ? m.leftXPx() : m.rightXPx();
            double y = side == Side.LEFT ? m.leftYPx() : m.rightYPx();
            if (!Double.isFinite(x) || !Double.isFinite(y)) {
                continue;
            }
            double d = imageToView(x, y).distance(e.getX(), e.getY());
            if (d <= best) {
                best = d;
                nearest = side;
            }
        }
        return nearest;
    }

    private void dragged(MouseEvent e) {
        if (dragged != null || draggedMarker != null) {
            dragAtImagePx = toImage(e);
            redraw();
        }
    }

    private void released(MouseEvent e) {
        Point2D at = toImage(e);
        if (draggedMarker != null) {
            Side side = draggedMarker;
            draggedMarker = null;
            redraw();
            onMarkerMoved.moved(side, at.getX(), at.getY());
            return;
        }
        if (dragged == null) {
            return;
        }
        Keypoint k = dragged;
        dragged = null;
        redraw();
        onKeypointMoved.moved(k, at.getX(), at.getY());
    }
}
