package org.medius.cli;

import java.io.PrintWriter;
import java.util.Locale;

/**
 * A one-line progress bar on stderr: percentage, frames, speed and time remaining. Redrawn at most 5 times a
 * second; silent when stderr is not a terminal unless forced (so logs are not filled with carriage returns).
 */
final class ProgressBar implements org.medius.analysis.Progress {
    private static final int WIDTH = 30;
    private final PrintWriter err;
    private final boolean enabled;
    private final long startNanos = System.nanoTime();
    private long lastDrawNanos;
    private long total;
    private String stage;

    ProgressBar(PrintWriter err, boolean enabled) {
        this.err = err;
        this.enabled = enabled;
    }

    static boolean terminalAttached() {
        return System.console() != null;
    }

    /** Shows overall progress as a fraction (the analysis reports stages, not frames). */
    @Override
    public void update(String stage, double fraction) {
        this.stage = stage;
        total(1000);
        update(Math.round(fraction * 1000));
    }

    @Override
    public boolean cancelled() {
        return Interruption.requested(); // Ctrl-C: stop after the current frame (see Interruption)
    }

    /** Completes the line of a fraction-based bar. */
    void finish() {
        finish(total);
    }

    void total(long totalFrames) {
        this.total = totalFrames;
    }

    void update(long done) {
        long now = System.nanoTime();
        if (!enabled || now - lastDrawNanos < 200_000_000L) {
            return;
        }
        lastDrawNanos = now;
        err.print('\r' + line(done, (now - startNanos) / 1e9));
        err.flush();
    }

    void finish(long done) {
        if (enabled) {
            err.print('\r' + line(done, (System.nanoTime() - startNanos) / 1e9) + System.lineSeparator());
            err.flush();
        }
    }

    /** The text of the bar after {@code done} frames in {@code elapsedSeconds}. */
    String line(long done, double elapsedSeconds) {
        double fps = elapsedSeconds > 0 ? done / elapsedSeconds : 0;
        if (total <= 0) {
            return String.format(Locale.ROOT, "%d frames  %.1f frames/s", done, fps);
        }
        if (stage != null) {
            double fraction = Math.min(1.0, (double) done / total);
            int filled = (int) Math.round(fraction * WIDTH);
            String left = fraction > 0.01 && fraction < 1
                    ? String.format(Locale.ROOT, "  %ds left", Math.round(elapsedSeconds * (1 - fraction) / fraction)) : "";
            return String.format(Locale.ROOT, "[%s] %3d%%  %s%s", "#".repeat(filled) + ".".repeat(WIDTH - filled),
                    Math.round(fraction * 100), stage, left);
        }
        double fraction = Math.min(1.0, (double) done / total);
        int filled = (int) Math.round(fraction * WIDTH);
        String bar = "#".repeat(filled) + ".".repeat(WIDTH - filled);
        String eta = fps > 0 && done < total ? String.format(Locale.ROOT, "  %ds left", Math.round((total - done) / fps)) : "";
        return String.format(Locale.ROOT, "[%s] %3d%%  %d/%d frames  %.1f frames/s%s",
                bar, Math.round(fraction * 100), done, total, fps, eta);
    }
}
