package org.medius.ui.plot;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.DoubleConsumer;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.geometry.Rectangle2D;
import javafx.geometry.VPos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.shape.Line;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.shape.StrokeLineCap;
import javafx.scene.shape.StrokeLineJoin;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;
import javafx.scene.text.TextAlignment;

/**
 * A time-series plot for the viewer: one or more lines of angle against video time, with shaded spans (stance
 * phases, repetitions), event markers, reference bands, a cursor at the video's current time, a hover readout, and
 * click-or-drag to seek.
 *
 * <p><b>Why not LineChart.</b> A 10-minute video at 30 fps gives 20,000 samples per series; a LineChart makes a
 * node per point and relayouts them all whenever anything changes. This plot draws on a {@link Canvas} instead,
 * each series reduced by {@link ColumnDecimator} to at most two vertices per pixel column (so peaks survive), and
 * keeps the things that change every video frame on a second, transparent canvas on top: moving the cursor or the
 * mouse clears and redraws only that layer (a line and a small box), never the data.
 *
 * <p><b>Redrawing.</b> Setters only record what changed and request a layout; the data layer is redrawn once per
 * layout pass when its content or the size changed, however many setters were called. The decimation arrays are
 * reused while the width stays the same.
 *
 * <p><b>Time window.</b> Until {@link #setTimeWindow} is called the window follows the data (first to last
 * sample); the viewer sets it to the video's duration so that all plots share the time axis.
 *
 * <p>Light theme: white background, light grey grid, 11–12 px text; the colours of series, spans, markers and
 * bands are the caller's. Must be used on the JavaFX application thread.
 */
public class TimeSeriesPlot extends Region {
    /** Room left of the data area for the value labels, pixels. */
    static final double LEFT_INSET_PX = 46;
    /** Room above the data area for the title and legend, pixels. */
    static final double TOP_INSET_PX = 22;
    /** Room right of the data area, pixels. */
    static final double RIGHT_INSET_PX = 10;
    /** Room below the data area for the time labels, pixels. */
    static final double BOTTOM_INSET_PX = 18;

    private static final Color BACKGROUND = Color.WHITE;
    private static final Color GRID = Color.rgb(228, 228, 228);
    private static final Color ZERO_LINE = Color.rgb(175, 175, 175);
    private static final Color FRAME = Color.rgb(160, 160, 160);
    private static final Color TEXT = Color.rgb(40, 40, 40);
    private static final Color MUTED_TEXT = Color.rgb(95, 95, 95);
    private static final Color CURSOR = Color.rgb(25, 25, 25);
    private static final Color HOVER_LINE = Color.rgb(120, 120, 120, 0.6);
    private static final Color READOUT_FILL = Color.rgb(255, 255, 255, 0.92);
    private static final Font LABEL_FONT = Font.font(11);
    private static final Font TITLE_FONT = Font.font(Font.getDefault().getFamily(), FontWeight.BOLD, 12);
    private static final double SERIES_LINE_WIDTH_PX = 1.5;
    private static final double MARKER_HALF_WIDTH_PX = 4;
    private static final double MARKER_HEIGHT_PX = 7;
    private static final double READOUT_LINE_HEIGHT_PX = 14;
    private static final double READOUT_PADDING_PX = 4;
    private static final double READOUT_OFFSET_PX = 12;

    private final Canvas dataCanvas = new Canvas();
    private final Canvas overlayCanvas = new Canvas();
    /**
     * The cursor is a line node, not canvas drawing: moving it marks only the line's few pixels dirty, so during
     * playback the renderer repaints two thin strips per plot instead of whole canvases.
     */
    private final Line cursorLine = new Line();
    private final PlotAxes axes = new PlotAxes(LEFT_INSET_PX, TOP_INSET_PX, RIGHT_INSET_PX, BOTTOM_INSET_PX);
    private final ColumnDecimator decimator = new ColumnDecimator();
    private final Text measurer = new Text();

    private final StringProperty title = new SimpleStringProperty(this, "title", "");
    private final DoubleProperty cursorTimeSeconds = new SimpleDoubleProperty(this, "cursorTime", Double.NaN);
    private final ReadOnlyStringWrapper hoverText = new ReadOnlyStringWrapper(this, "hoverText", "");

    private List<PlotSeries> series = List.of();
    private List<PlotInterval> intervals = List.of();
    private List<PlotMarker> markers = List.of();
    private List<PlotBand> bands = List.of();
    private String valueUnit = "°";
    private boolean timeWindowSet;
    private DoubleConsumer onSeek;

    private boolean dataDirty = true;
    private int dataRedrawCount;
    private double hoverXPx = Double.NaN;
    private double hoverYPx = Double.NaN;
    private final List<String> readoutLines = new ArrayList<>();
    private final List<Color> readoutSwatches = new ArrayList<>();
    private double readoutTextWidthPx;

    /** An empty plot without a title. */
    public TimeSeriesPlot() {
        this("");
    }

    /** An empty plot with a title, e.g. "Pelvic obliquity (°) — + = right hip higher". */
    public TimeSeriesPlot(String title) {
        setTitle(title);
        getChildren().addAll(dataCanvas, overlayCanvas, cursorLine);
        overlayCanvas.setMouseTransparent(true);
        cursorLine.setManaged(false);
        cursorLine.setMouseTransparent(true);
        cursorLine.setStroke(CURSOR);
        cursorLine.setStrokeWidth(1.5);
        cursorLine.setVisible(false);
        getStyleClass().add("time-series-plot");
        this.title.addListener((obs, old, now) -> markDataDirty());
        cursorTimeSeconds.addListener((obs, old, now) -> placeCursor());
        addEventHandler(MouseEvent.MOUSE_PRESSED, this::onPressedOrDragged);
        addEventHandler(MouseEvent.MOUSE_DRAGGED, this::onPressedOrDragged);
        addEventHandler(MouseEvent.MOUSE_MOVED, e -> hoverAt(e.getX(), e.getY()));
        addEventHandler(MouseEvent.MOUSE_EXITED, e -> clearHover());
    }

    // ---- content ----------------------------------------------------------------------------------------------

    /** The title text, drawn at the top-left as given. */
    public StringProperty titleProperty() {
        return title;
    }

    /** The title text. */
    public String getTitle() {
        return title.get();
    }

    /** Sets the title text, e.g. "Knee FPPA (°) — + = valgus". */
    public void setTitle(String title) {
        this.title.set(Objects.requireNonNull(title, "title"));
    }

    /** Replaces the lines; refits the automatic value range (and the time window, until one is set). */
    public void setSeries(List<PlotSeries> series) {
        this.series = List.copyOf(series);
        if (!timeWindowSet) {
            fitTimeWindowToData();
        }
        axes.fitValueRange(this.series, bands);
        contentChanged();
    }

    /** The lines, in drawing and legend order. */
    public List<PlotSeries> getSeries() {
        return series;
    }

    /** Replaces the shaded time spans (drawn behind the data in list order). */
    public void setIntervals(List<PlotInterval> intervals) {
        this.intervals = List.copyOf(intervals);
        contentChanged();
    }

    /** The shaded time spans. */
    public List<PlotInterval> getIntervals() {
        return intervals;
    }

    /** Replaces the event markers at the top edge. */
    public void setMarkers(List<PlotMarker> markers) {
        this.markers = List.copyOf(markers);
        contentChanged();
    }

    /** The event markers. */
    public List<PlotMarker> getMarkers() {
        return markers;
    }

    /** Replaces the horizontal reference bands; refits the automatic value range so they stay in view. */
    public void setBands(List<PlotBand> bands) {
        this.bands = List.copyOf(bands);
        axes.fitValueRange(series, this.bands);
        contentChanged();
    }

    /** The horizontal reference bands. */
    public List<PlotBand> getBands() {
        return bands;
    }

    /** The unit appended to values in the hover readout; "°" unless set. */
    public void setValueUnit(String valueUnit) {
        this.valueUnit = Objects.requireNonNull(valueUnit, "valueUnit");
        refreshHover();
    }

    // ---- axes ---------------------------------------------------------------------------------------------------

    /** Shows {@code [t0Seconds, t1Seconds]} of the time axis from now on (the data no longer decides it). */
    public void setTimeWindow(double t0Seconds, double t1Seconds) {
        axes.setTimeWindow(t0Seconds, t1Seconds);
        timeWindowSet = true;
        contentChanged();
    }

    /** Start of the visible time window, seconds. */
    public double getTimeWindowStartSeconds() {
        return axes.t0Seconds();
    }

    /** End of the visible time window, seconds. */
    public double getTimeWindowEndSeconds() {
        return axes.t1Seconds();
    }

    /** Fixes the value range, e.g. the same -10..25° on the left and right knee plots. */
    public void setValueRange(double low, double high) {
        axes.setValueRange(low, high);
        contentChanged();
    }

    /** Back to (or away from) the value range that follows the data, the bands and 0. */
    public void setAutoRange(boolean autoRange) {
        axes.setAutoRange(autoRange);
        axes.fitValueRange(series, bands);
        contentChanged();
    }

    /** Whether the value range follows the data. */
    public boolean isAutoRange() {
        return axes.isAutoRange();
    }

    /** Bottom of the value range now shown. */
    public double getValueLow() {
        return axes.valueLow();
    }

    /** Top of the value range now shown. */
    public double getValueHigh() {
        return axes.valueHigh();
    }

    /** The data area in this plot's own coordinates, pixels (as of the last layout). */
    public Rectangle2D plotAreaPx() {
        return new Rectangle2D(axes.plotLeftPx(), axes.plotTopPx(), axes.plotWidthPx(), axes.plotHeightPx());
    }

    /** The x in this plot's coordinates of time {@code tSeconds} (as of the last layout). */
    public double timeToXPx(double tSeconds) {
        return axes.timeToXPx(tSeconds);
    }

    /** The time at x in this plot's coordinates, not clamped to the window (as of the last layout). */
    public double xPxToTime(double xPx) {
        return axes.xPxToTime(xPx);
    }

    // ---- cursor, seeking, hover -------------------------------------------------------------------------------

    /**
     * The video's current time in seconds, where the cursor line is drawn; NaN (the initial value) hides it. The
     * plot only reads it: bind it to the player's time. A change redraws only the cursor layer.
     */
    public DoubleProperty cursorTimeProperty() {
        return cursorTimeSeconds;
    }

    /** The x of the cursor line in this plot's coordinates; NaN when there is none or it is outside the window. */
    public double cursorXPx() {
        double t = cursorTimeSeconds.get();
        if (!Double.isFinite(t) || t < axes.t0Seconds() || t > axes.t1Seconds()) {
            return Double.NaN;
        }
        return axes.timeToXPx(t);
    }

    /**
     * Called with the time under the mouse, clamped to the window, when the primary button is pressed or dragged
     * on the plot; the viewer seeks the video there (and the cursor follows through {@link #cursorTimeProperty}).
     * {@code null} for none.
     */
    public void setOnSeek(DoubleConsumer onSeek) {
        this.onSeek = onSeek;
    }

    /**
     * The hover readout's text, one line each: the time under the mouse, then each series' name and value at its
     * nearest sample ("Left 12.3°", "Right no value"), then the labels of the spans and markers there. Empty while
     * the mouse is outside the plot.
     */
    public ReadOnlyStringProperty hoverTextProperty() {
        return hoverText.getReadOnlyProperty();
    }

    /** How often the data layer has been drawn; lets tests check that cursor moves do not redraw it. */
    int dataRedrawCount() {
        return dataRedrawCount;
    }

    private void onPressedOrDragged(MouseEvent event) {
        if (event.getButton() == MouseButton.PRIMARY || event.isPrimaryButtonDown()) {
            if (onSeek != null && axes.plotWidthPx() > 0) {
                onSeek.accept(axes.clampTime(axes.xPxToTime(event.getX())));
            }
        }
        hoverAt(event.getX(), event.getY());
    }

    private void hoverAt(double xPx, double yPx) {
        hoverXPx = xPx;
        hoverYPx = yPx;
        refreshHover();
    }

    private void clearHover() {
        hoverXPx = Double.NaN;
        hoverYPx = Double.NaN;
        refreshHover();
    }

    /** Rebuilds the readout for the remembered mouse position (the data or window may have changed) and redraws it. */
    private void refreshHover() {
        readoutLines.clear();
        readoutSwatches.clear();
        if (Double.isNaN(hoverXPx) || axes.plotWidthPx() <= 0) {
            hoverText.set("");
            drawOverlay();
            return;
        }
        double t = axes.clampTime(axes.xPxToTime(hoverXPx));
        addReadoutLine(PlotLabels.readoutTime(t), null);
        for (PlotSeries s : series) {
            int i = ColumnDecimator.nearestIndex(s.timesView(), t);
            double v = i < 0 ? Double.NaN : s.valuesView()[i];
            String value = Double.isFinite(v) ? PlotLabels.value(v, 1) + valueUnit : "no value";
            addReadoutLine(s.name() + " " + value, s.color());
        }
        for (PlotInterval interval : intervals) {
            if (interval.contains(t) && !interval.label().isEmpty()) {
                addReadoutLine(interval.label(), interval.fill());
            }
        }
        double x = axes.timeToXPx(t);
        for (PlotMarker marker : markers) {
            if (Math.abs(axes.timeToXPx(marker.timeSeconds()) - x) <= MARKER_HALF_WIDTH_PX
                    && !marker.label().isEmpty()) {
                addReadoutLine(marker.label(), marker.color());
            }
        }
        hoverText.set(String.join("\n", readoutLines));
        readoutTextWidthPx = 0;
        for (String line : readoutLines) {
            readoutTextWidthPx = Math.max(readoutTextWidthPx, textWidth(line, LABEL_FONT));
        }
        drawOverlay();
    }

    private void addReadoutLine(String line, Color swatch) {
        readoutLines.add(line);
        readoutSwatches.add(swatch);
    }

    // ---- layout and drawing -----------------------------------------------------------------------------------

    private void fitTimeWindowToData() {
        double first = Double.POSITIVE_INFINITY;
        double last = Double.NEGATIVE_INFINITY;
        for (PlotSeries s : series) {
            double[] t = s.timesView();
            if (t.length > 0) {
                first = Math.min(first, t[0]);
                last = Math.max(last, t[t.length - 1]);
            }
        }
        if (first == Double.POSITIVE_INFINITY) {
            axes.setTimeWindow(0, 1);
        } else {
            axes.setTimeWindow(first, last > first ? last : first + 1);
        }
    }

    private void contentChanged() {
        markDataDirty();
        refreshHover();
    }

    private void markDataDirty() {
        dataDirty = true;
        requestLayout();
    }

    @Override
    protected double computePrefWidth(double height) {
        return 600;
    }

    @Override
    protected double computePrefHeight(double width) {
        return 180;
    }

    @Override
    protected double computeMinWidth(double height) {
        return LEFT_INSET_PX + RIGHT_INSET_PX + 40;
    }

    @Override
    protected double computeMinHeight(double width) {
        return TOP_INSET_PX + BOTTOM_INSET_PX + 30;
    }

    @Override
    protected void layoutChildren() {
        double w = snapSizeX(getWidth());
        double h = snapSizeY(getHeight());
        if (w != dataCanvas.getWidth() || h != dataCanvas.getHeight()) {
            dataCanvas.setWidth(w);
            dataCanvas.setHeight(h);
            overlayCanvas.setWidth(w);
            overlayCanvas.setHeight(h);
            axes.setSizePx(w, h);
            dataDirty = true;
        }
        if (dataDirty) {
            drawData();
            refreshHover();
        }
        placeCursor();
    }

    private void drawData() {
        dataDirty = false;
        dataRedrawCount++;
        GraphicsContext gc = dataCanvas.getGraphicsContext2D();
        double w = dataCanvas.getWidth();
        double h = dataCanvas.getHeight();
        gc.setFill(BACKGROUND);
        gc.fillRect(0, 0, w, h);
        drawTitleAndLegend(gc);
        if (axes.plotWidthPx() < 1 || axes.plotHeightPx() < 1) {
            return;
        }
        double left = axes.plotLeftPx();
        double top = axes.plotTopPx();
        double pw = axes.plotWidthPx();
        double ph = axes.plotHeightPx();

        gc.save();
        gc.beginPath();
        gc.rect(left, top, pw, ph);
        gc.clip();
        for (PlotBand band : bands) {
            double y1 = axes.valueToYPx(band.high());
            double y2 = axes.valueToYPx(band.low());
            gc.setFill(band.fill());
            gc.fillRect(left, y1, pw, Math.max(1, y2 - y1));
        }
        for (PlotInterval interval : intervals) {
            double x1 = axes.timeToXPx(interval.startSeconds());
            double x2 = axes.timeToXPx(interval.endSeconds());
            gc.setFill(interval.fill());
            gc.fillRect(x1, top, Math.max(1, x2 - x1), ph);
        }
        double[] valueTicks = axes.valueTicks(Math.max(3, (int) (ph / 22)));
        double[] timeTicks = axes.timeTicks(Math.max(2, (int) (pw / 80)));
        drawGrid(gc, valueTicks, timeTicks);
        for (PlotSeries s : series) {
            drawSeries(gc, s);
        }
        drawBandLabels(gc);
        gc.restore();

        drawMarkers(gc);
        gc.setStroke(FRAME);
        gc.setLineWidth(1);
        gc.strokeRect(crisp(left), crisp(top), Math.round(pw), Math.round(ph));
        drawTickLabels(gc, valueTicks, timeTicks);
    }

    private void drawGrid(GraphicsContext gc, double[] valueTicks, double[] timeTicks) {
        double left = axes.plotLeftPx();
        double right = axes.plotRightPx();
        double top = axes.plotTopPx();
        double bottom = axes.plotBottomPx();
        gc.setLineWidth(1);
        gc.setStroke(GRID);
        for (double v : valueTicks) {
            double y = crisp(axes.valueToYPx(v));
            gc.strokeLine(left, y, right, y);
        }
        for (double t : timeTicks) {
            double x = crisp(axes.timeToXPx(t));
            gc.strokeLine(x, top, x, bottom);
        }
        if (axes.valueLow() < 0 && axes.valueHigh() > 0) {
            double y = crisp(axes.valueToYPx(0));
            gc.setStroke(ZERO_LINE);
            gc.strokeLine(left, y, right, y);
        }
    }

    /** Band labels go over the data, on a light backing, since dense data would otherwise hide them. */
    private void drawBandLabels(GraphicsContext gc) {
        gc.setFont(LABEL_FONT);
        gc.setTextAlign(TextAlignment.RIGHT);
        gc.setTextBaseline(VPos.TOP);
        double right = axes.plotRightPx() - 4;
        for (PlotBand band : bands) {
            if (!band.label().isEmpty()) {
                double y = axes.valueToYPx(band.high()) + 1;
                double width = textWidth(band.label(), LABEL_FONT);
                gc.setFill(READOUT_FILL);
                gc.fillRect(right - width - 2, y, width + 4, READOUT_LINE_HEIGHT_PX);
                gc.setFill(MUTED_TEXT);
                gc.fillText(band.label(), right, y);
            }
        }
    }

    /**
     * Draws one series from its decimated columns: each non-empty column is a vertical stroke from its minimum to
     * its maximum, joined to the previous column unless a NaN lies between; the lead-in and lead-out carry the
     * line to the window's edges.
     */
    private void drawSeries(GraphicsContext gc, PlotSeries s) {
        int columns = axes.plotColumns();
        if (columns <= 0) {
            return;
        }
        decimator.decimate(s.timesView(), s.valuesView(), axes.t0Seconds(), axes.t1Seconds(), columns);
        double columnWidthPx = axes.plotWidthPx() / columns;
        double left = axes.plotLeftPx();
        gc.setStroke(s.color());
        gc.setLineWidth(SERIES_LINE_WIDTH_PX);
        gc.setLineCap(StrokeLineCap.ROUND);
        gc.setLineJoin(StrokeLineJoin.ROUND);
        gc.beginPath();
        boolean penDown = false;
        for (int c = 0; c < columns; c++) {
            if (decimator.isEmpty(c)) {
                continue;
            }
            double x = left + (c + 0.5) * columnWidthPx;
            double yMin = axes.valueToYPx(decimator.min(c));
            double yMax = axes.valueToYPx(decimator.max(c));
            double yFirst = axes.valueToYPx(decimator.firstValue(c));
            // enter at the extreme nearer the column's first sample, leave at the other
            boolean enterAtMin = Math.abs(yFirst - yMin) <= Math.abs(yFirst - yMax);
            double yEnter = enterAtMin ? yMin : yMax;
            double yLeave = enterAtMin ? yMax : yMin;
            if (decimator.joinsPrevious(c) && (penDown || decimator.hasLeadIn())) {
                if (!penDown) {
                    gc.moveTo(axes.timeToXPx(decimator.leadInTimeSeconds()),
                            axes.valueToYPx(decimator.leadInValue()));
                }
                gc.lineTo(x, yEnter);
            } else {
                gc.moveTo(x, yEnter);
                if (yLeave == yEnter) {
                    gc.lineTo(x + 0.5, yEnter); // a lone sample between NaNs still shows as a dot
                }
            }
            if (yLeave != yEnter) {
                gc.lineTo(x, yLeave);
            }
            penDown = true;
        }
        if (decimator.hasLeadOut()) {
            if (!penDown && decimator.hasLeadIn()) {
                gc.moveTo(axes.timeToXPx(decimator.leadInTimeSeconds()), axes.valueToYPx(decimator.leadInValue()));
                penDown = true;
            }
            if (penDown) {
                gc.lineTo(axes.timeToXPx(decimator.leadOutTimeSeconds()), axes.valueToYPx(decimator.leadOutValue()));
            }
        }
        gc.stroke();
    }

    private void drawMarkers(GraphicsContext gc) {
        double top = axes.plotTopPx();
        for (PlotMarker marker : markers) {
            double t = marker.timeSeconds();
            if (t < axes.t0Seconds() || t > axes.t1Seconds()) {
                continue;
            }
            double x = axes.timeToXPx(t);
            gc.setFill(marker.color());
            gc.fillPolygon(new double[] {x - MARKER_HALF_WIDTH_PX, x + MARKER_HALF_WIDTH_PX, x},
                    new double[] {top, top, top + MARKER_HEIGHT_PX}, 3);
        }
    }

    private void drawTickLabels(GraphicsContext gc, double[] valueTicks, double[] timeTicks) {
        gc.setFont(LABEL_FONT);
        gc.setFill(TEXT);
        gc.setTextAlign(TextAlignment.RIGHT);
        gc.setTextBaseline(VPos.CENTER);
        int valueDecimals = PlotAxes.decimalsFor(tickStep(valueTicks));
        for (double v : valueTicks) {
            gc.fillText(PlotLabels.value(v, valueDecimals), axes.plotLeftPx() - 4, axes.valueToYPx(v));
        }
        gc.setTextBaseline(VPos.TOP);
        double step = tickStep(timeTicks);
        double canvasRight = dataCanvas.getWidth() - 1;
        for (double t : timeTicks) {
            String label = PlotLabels.tickTime(t, step);
            double x = axes.timeToXPx(t);
            boolean fitsCentred = x + textWidth(label, LABEL_FONT) / 2 <= canvasRight;
            gc.setTextAlign(fitsCentred ? TextAlignment.CENTER : TextAlignment.RIGHT);
            gc.fillText(label, fitsCentred ? x : canvasRight, axes.plotBottomPx() + 3);
        }
    }

    private static double tickStep(double[] ticks) {
        return ticks.length > 1 ? ticks[1] - ticks[0] : 1;
    }

    private void drawTitleAndLegend(GraphicsContext gc) {
        double y = TOP_INSET_PX / 2;
        gc.setTextAlign(TextAlignment.LEFT);
        gc.setTextBaseline(VPos.CENTER);
        gc.setFont(TITLE_FONT);
        gc.setFill(TEXT);
        double x = 6;
        String titleText = title.get();
        if (!titleText.isEmpty()) {
            gc.fillText(titleText, x, y);
            x += textWidth(titleText, TITLE_FONT) + 16;
        }
        gc.setFont(LABEL_FONT);
        gc.setLineWidth(2.5);
        gc.setLineCap(StrokeLineCap.BUTT);
        for (PlotSeries s : series) {
            gc.setStroke(s.color());
            gc.strokeLine(x, y, x + 14, y);
            x += 18;
            gc.setFill(s.color());
            gc.fillText(s.name(), x, y);
            x += textWidth(s.name(), LABEL_FONT) + 12;
        }
    }

    /** Moves the cursor line to the cursor time; hides it when there is none or it is outside the window. */
    private void placeCursor() {
        double x = cursorXPx();
        boolean shown = !Double.isNaN(x) && axes.plotHeightPx() >= 1;
        cursorLine.setVisible(shown);
        if (shown) {
            cursorLine.setStartX(x);
            cursorLine.setEndX(x);
            cursorLine.setStartY(axes.plotTopPx());
            cursorLine.setEndY(axes.plotBottomPx());
        }
    }

    /** Clears the top layer and draws the hover line and readout on it; the data layer is untouched. */
    private void drawOverlay() {
        GraphicsContext gc = overlayCanvas.getGraphicsContext2D();
        double w = overlayCanvas.getWidth();
        double h = overlayCanvas.getHeight();
        gc.clearRect(0, 0, w, h);
        if (axes.plotWidthPx() < 1 || axes.plotHeightPx() < 1) {
            return;
        }
        double top = axes.plotTopPx();
        double bottom = axes.plotBottomPx();
        if (!Double.isNaN(hoverXPx)) {
            double x = crisp(axes.timeToXPx(axes.clampTime(axes.xPxToTime(hoverXPx))));
            gc.setStroke(HOVER_LINE);
            gc.setLineWidth(1);
            gc.strokeLine(x, top, x, bottom);
        }
        if (!readoutLines.isEmpty()) {
            drawReadout(gc, w, h);
        }
    }

    private void drawReadout(GraphicsContext gc, double w, double h) {
        double swatchPx = 8;
        double boxW = readoutTextWidthPx + swatchPx + 4 + 2 * READOUT_PADDING_PX;
        double boxH = readoutLines.size() * READOUT_LINE_HEIGHT_PX + 2 * READOUT_PADDING_PX;
        double boxX = hoverXPx + READOUT_OFFSET_PX;
        if (boxX + boxW > w) {
            boxX = hoverXPx - READOUT_OFFSET_PX - boxW;
        }
        boxX = Math.max(0, boxX);
        double boxY = Math.max(0, Math.min(hoverYPx + READOUT_OFFSET_PX, h - boxH));
        gc.setFill(READOUT_FILL);
        gc.fillRect(boxX, boxY, boxW, boxH);
        gc.setStroke(FRAME);
        gc.setLineWidth(1);
        gc.strokeRect(crisp(boxX), crisp(boxY), Math.round(boxW), Math.round(boxH));
        gc.setFont(LABEL_FONT);
        gc.setTextAlign(TextAlignment.LEFT);
        gc.setTextBaseline(VPos.CENTER);
        double textX = boxX + READOUT_PADDING_PX + swatchPx + 4;
        for (int i = 0; i < readoutLines.size(); i++) {
            double y = boxY + READOUT_PADDING_PX + (i + 0.5) * READOUT_LINE_HEIGHT_PX;
            Color swatch = readoutSwatches.get(i);
            if (swatch != null) {
                gc.setFill(swatch);
                gc.fillRect(boxX + READOUT_PADDING_PX, y - swatchPx / 2, swatchPx, swatchPx);
            }
            gc.setFill(TEXT);
            gc.fillText(readoutLines.get(i), textX, y);
        }
    }

    private double textWidth(String text, Font font) {
        measurer.setFont(font);
        measurer.setText(text);
        return measurer.getLayoutBounds().getWidth();
    }

    /** The centre of the pixel containing {@code px}, so 1-pixel lines are sharp. */
    private static double crisp(double px) {
        return Math.floor(px) + 0.5;
    }
}
