package org.medius.ui;

import java.util.Arrays;
import java.util.function.Supplier;
import javafx.animation.AnimationTimer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;

/**
 * Plays, pauses, steps and seeks by moving the one current-frame property: while playing, a pulse timer sets it
 * to the frame whose real timestamp is due at the chosen speed (0.25x to 2x), so variable frame rate video plays
 * at its true pace and a slow frame is skipped rather than delaying the rest.
 */
public final class Playback {
    public static final double[] SPEEDS = {0.25, 0.5, 1, 1.5, 2};

    private final IntegerProperty currentFrame;
    private final Supplier<double[]> frameTimes;
    private final BooleanProperty playing = new SimpleBooleanProperty(this, "playing");
    private final DoubleProperty speed = new SimpleDoubleProperty(this, "speed", 1);
    private final AnimationTimer timer;
    private double startMediaSeconds;
    private long startNanos = -1;

    /**
     * @param frameTimes the timestamps of the frames (seconds), in order; read when playback starts
     */
    public Playback(IntegerProperty currentFrame, Supplier<double[]> frameTimes) {
        this.currentFrame = currentFrame;
        this.frameTimes = frameTimes;
        this.timer = new AnimationTimer() {
            @Override
            public void handle(long now) {
                pulse(now);
            }
        };
        playing.addListener((o, was, now) -> {
            if (now) {
                startNanos = -1;
                timer.start();
            } else {
                timer.stop();
            }
        });
        speed.addListener((o, was, now) -> startNanos = -1); // re-anchor the clock at the new speed
    }

    public BooleanProperty playingProperty() {
        return playing;
    }

    public DoubleProperty speedProperty() {
        return speed;
    }

    public void togglePlay() {
        double[] t = frameTimes.get();
        if (!playing.get() && t.length > 0 && currentFrame.get() >= t.length - 1) {
            currentFrame.set(0); // at the end: play from the start
        }
        playing.set(!playing.get() && t.length > 1);
    }

    /** One frame forward (+1) or back (-1); pauses playback. */
    public void step(int frames) {
        playing.set(false);
        int n = frameTimes.get().length;
        if (n > 0) {
            currentFrame.set(Math.max(0, Math.min(n - 1, currentFrame.get() + frames)));
        }
    }

    /** Shows the frame at {@code seconds} (the last frame that starts at or before it). */
    public void seekToTime(double seconds) {
        double[] t = frameTimes.get();
        if (t.length > 0) {
            currentFrame.set(frameAt(t, seconds));
            startNanos = -1;
        }
    }

    /** The last frame whose timestamp is at or before {@code seconds}; 0 before the first. */
    static int frameAt(double[] times, double seconds) {
        int i = Arrays.binarySearch(times, seconds);
        if (i >= 0) {
            return i;
        }
        int insertion = -i - 1;
        return Math.max(0, Math.min(times.length - 1, insertion - 1));
    }

    private void pulse(long nowNanos) {
        double[] t = frameTimes.get();
        if (t.length < 2) {
            playing.set(false);
            return;
        }
        int current = Math.max(0, Math.min(t.length - 1, currentFrame.get()));
        if (startNanos < 0) {
            startNanos = nowNanos;
            startMediaSeconds = t[current];
            return;
        }
        double media = startMediaSeconds + speed.get() * (nowNanos - startNanos) / 1e9;
        int frame = frameAt(t, media);
        if (frame != current) {
            currentFrame.set(frame);
        }
        if (frame >= t.length - 1) {
            playing.set(false);
        }
    }
}
