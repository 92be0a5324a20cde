package org.medius.ui;

import java.nio.file.Path;
import javafx.application.Platform;
import org.medius.analysis.Analysis;
import org.medius.ui.player.DecodedFrame;
import org.medius.ui.player.FrameSource;
import org.medius.video.VideoException;

/**
 * Keeps the video pane showing the current frame: opens a {@link FrameSource} for the model's video (again with
 * the exact frame times once the analysis knows them), asks it for the current frame whenever that changes, lets
 * it decode ahead while playing, and puts each picture on screen together with that frame's skeleton, so that
 * picture and overlay always belong to the same frame.
 */
final class FrameFeed {

    private final ViewerModel model;
    private final VideoPane pane;
    private FrameSource source;
    private Path sourceVideo;
    private boolean sourceHasTimes;
    private int lastDelivered = -1;
    private long deliveredCount;

    FrameFeed(ViewerModel model, VideoPane pane, Playback playback) {
        this.model = model;
        this.pane = pane;
        model.videoProperty().addListener((o, was, now) -> reopen(now, null));
        model.analysisProperty().addListener((o, was, now) -> analysisChanged(now));
        model.previewProperty().addListener((o, was, now) -> previewChanged());
        model.currentFrameProperty().addListener((o, was, now) -> request(now.intValue()));
        pane.widthProperty().addListener((o, was, now) -> fitToPane());
        pane.heightProperty().addListener((o, was, now) -> fitToPane());
        playback.playingProperty().addListener((o, was, now) -> {
            if (source != null) {
                source.setPlaying(now);
            }
        });
    }

    /** How many pictures have been put on screen since the viewer started (for playback measurements). */
    long deliveredCount() {
        return deliveredCount;
    }

    /** The frame index of the last picture put on screen, -1 before any. */
    int lastDelivered() {
        return lastDelivered;
    }

    void close() {
        if (source != null) {
            source.close();
            source = null;
        }
    }

    private void analysisChanged(Analysis a) {
        if (a != null && (!sourceHasTimes || !model.videoProperty().get().equals(sourceVideo))) {
            reopen(model.videoProperty().get(), model.frameTimesSeconds());
        } else {
            request(model.currentFrameProperty().get());
        }
        if (a != null && pane.shownFrame() >= 0 && pane.shownFrame() < a.frames().size()) {
            pane.setOverlay(FrameOverlay.of(a, pane.shownFrame()));
        }
        if (a == null) {
            pane.setOverlay(null);
        }
    }

    /** The analysis of the frames done so far grew: the frame on screen may now have its skeleton. */
    private void previewChanged() {
        int shown = pane.shownFrame();
        Analysis a = model.shownAnalysis();
        if (model.analysis() == null && shown >= 0) {
            pane.setOverlay(a != null && shown < a.frames().size() ? FrameOverlay.of(a, shown) : null);
        }
    }

    private void reopen(Path video, double[] times) {
        close();
        sourceVideo = video;
        sourceHasTimes = times != null;
        lastDelivered = -1;
        if (video == null) {
            return;
        }
        try {
            source = FrameSource.open(video, times, Platform::runLater, this::show, this::failed);
            pane.setFrameSize(source.info().widthPx(), source.info().heightPx());
            fitToPane();
            source.request(Math.max(0, model.currentFrameProperty().get()));
        } catch (VideoException e) {
            // the analysis job reports the same file problem in its dialog; nothing to show here
            source = null;
        }
    }

    /**
     * Pictures are decoded at the size they are shown: a 1080p or 4K frame in a smaller pane is shrunk on the
     * decode thread, so neither the UI thread's copy nor the renderer handles pixels nobody sees.
     */
    private void fitToPane() {
        int[] size = pane.displayedSizePx();
        if (source != null && size[0] > 0 && size[1] > 0) {
            source.setDisplayLimit(size[0], size[1]);
        }
    }

    private void request(int frame) {
        if (source != null && frame >= 0) {
            source.request(frame);
        }
    }

    private void show(DecodedFrame f) {
        pane.showPicture(f.frameIndex(), f.widthPx(), f.heightPx(), f.bgra());
        lastDelivered = f.frameIndex();
        deliveredCount++;
        Analysis a = model.shownAnalysis();
        pane.setOverlay(a != null && f.frameIndex() < a.frames().size() ? FrameOverlay.of(a, f.frameIndex()) : null);
    }

    private void failed(VideoException e) {
        model.reportError(e.getMessage());
    }
}
