package org.medius.ui.player;

import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Consumer;
import org.medius.video.VideoException;
import org.medius.video.VideoFrame;
import org.medius.video.VideoInfo;
import org.medius.video.VideoReader;

/**
 * Decodes the frames a video player asks for, on one background daemon thread ({@value #THREAD_NAME}), and hands
 * them as BGRA pixels to a sink on the player's own thread. Free of any toolkit, so it is testable headless.
 *
 * <p>The player drives time: it calls {@link #request(int)} with the frame it wants shown (at each animation
 * pulse while playing, or when the user scrubs or steps). The latest request wins: requests made while the
 * thread is busy replace each other, and only the newest is decoded. A frame whose delivery task runs after a
 * request for a different frame is not shown. Requesting again the frame last handed to the sink does nothing.
 *
 * <p>Strategy: the frame right after the decoder's position is simply decoded; any other goes through
 * {@link VideoReader#seek}, which decodes forward when no keyframe lies between and otherwise seeks back to the
 * keyframe before the target, skipping frames without colour conversion (cost: up to one group of pictures).
 * While {@link #setPlaying playing}, the thread decodes up to {@value #READ_AHEAD_FRAMES} frames ahead, so the
 * next request is answered at once and decoding keeps pace as long as it is faster than real time on average.
 *
 * <p>Frames are numbered as by a full pass of {@link VideoReader}. Seeking needs each frame's time: pass the
 * timestamps from that pass when known; without them, frame {@code i} is taken to be at {@code i / nominalFps},
 * which is exact only for constant frame rate video.
 *
 * <p>Pixel buffers come from a pool of {@value #READ_AHEAD_FRAMES} + {@value #IN_FLIGHT_FRAMES} direct buffers
 * ({@code width * height * 4} bytes each); see {@link DecodedFrame} for how long a sink may use one.
 */
public final class FrameSource implements AutoCloseable {

    /** Name of the decode thread. */
    public static final String THREAD_NAME = "medius-decoder";
    /** Frames decoded ahead while playing. */
    static final int READ_AHEAD_FRAMES = 3;
    /** Frames that may wait in the delivery executor before the decoder waits for the consumer. */
    static final int IN_FLIGHT_FRAMES = 2;
    /** Frame rate assumed for a video that declares none, when no timestamps are given. */
    static final double FALLBACK_FPS = 30;
    private static final long CLOSE_WAIT_MILLIS = 5_000;
    private static final int NONE = -1;

    /** A frame decoded ahead, waiting for its request. */
    private record Ready(int index, double timestampSeconds, int widthPx, int heightPx, ByteBuffer bgra) {
    }

    /** A frame handed to the delivery executor; {@code dropped} (guarded by the lock) once superseded there. */
    private static final class Delivery {
        final int index;
        boolean dropped;

        Delivery(int index) {
            this.index = index;
        }
    }

    private final VideoReader reader;
    private final VideoInfo info;
    private final double[] timestampsSeconds;
    private final double fps;
    private final Executor deliverOn;
    private final Consumer<DecodedFrame> sink;
    private final Consumer<VideoException> onError;
    private final Object lock = new Object();
    private final BgraBufferPool pool;
    /** Size of the delivered pictures: the frame's, or smaller to fit the limit given at opening. */
    private volatile int outWidthPx;
    private volatile int outHeightPx;
    private final Thread thread;

    // guarded by lock
    private int pendingRequest = NONE;
    private boolean playing;
    /** The newest frame asked for; a delivery of another frame is dropped. */
    private int latestRequest = NONE;
    /** The last frame handed to the executor. */
    private Delivery lastDelivery;
    /** Set under the lock; volatile so the decode loop can poll it cheaply. */
    private volatile boolean closed;

    // decode thread only
    private final ArrayDeque<Ready> readAhead = new ArrayDeque<>();
    private int nextIndex;
    private boolean atEnd;

    private FrameSource(VideoReader reader, double[] timestampsSeconds, Executor deliverOn,
            Consumer<DecodedFrame> sink, Consumer<VideoException> onError, int maxWidthPx, int maxHeightPx) {
        this.reader = reader;
        this.info = reader.info();
        setDisplayLimit(maxWidthPx, maxHeightPx);
        this.timestampsSeconds = timestampsSeconds == null ? null : timestampsSeconds.clone();
        this.fps = info.nominalFps() > 0 ? info.nominalFps() : FALLBACK_FPS;
        this.deliverOn = deliverOn;
        this.sink = sink;
        this.onError = onError;
        this.pool = new BgraBufferPool(READ_AHEAD_FRAMES + IN_FLIGHT_FRAMES,
                info.widthPx() * info.heightPx() * VideoFrame.BGRA_BYTES_PER_PIXEL, lock);
        this.thread = new Thread(this::run, THREAD_NAME);
        this.thread.setDaemon(true);
    }

    /**
     * Opens the video (on the caller's thread, so opening errors are thrown here) and starts the decode thread.
     * Nothing is delivered until the first {@link #request}.
     *
     * @param video                  the video file
     * @param frameTimestampsSeconds every frame's time from an earlier full pass, or null when not known yet
     * @param deliverOn              runs the sink and error callbacks, in order (e.g. {@code Platform::runLater})
     * @param sink                   receives the requested frames; must copy the pixels before returning
     * @param onError                receives decoding failures met after opening (e.g. a file damaged half way);
     *                               the source stays usable for other frames
     */
    public static FrameSource open(Path video, double[] frameTimestampsSeconds, Executor deliverOn,
            Consumer<DecodedFrame> sink, Consumer<VideoException> onError) throws VideoException {
        return open(video, frameTimestampsSeconds, deliverOn, sink, onError, Integer.MAX_VALUE, Integer.MAX_VALUE);
    }

    /**
     * The same, delivering pictures no larger than {@code maxWidthPx x maxHeightPx} (shrunk with the aspect kept,
     * on the decode thread); the frame numbers and {@link #info()} still describe the full-size video.
     */
    public static FrameSource open(Path video, double[] frameTimestampsSeconds, Executor deliverOn,
            Consumer<DecodedFrame> sink, Consumer<VideoException> onError, int maxWidthPx, int maxHeightPx)
            throws VideoException {
        Objects.requireNonNull(deliverOn, "deliverOn");
        Objects.requireNonNull(sink, "sink");
        Objects.requireNonNull(onError, "onError");
        VideoReader reader = VideoReader.open(video);
        try {
            FrameSource source = new FrameSource(reader, frameTimestampsSeconds, deliverOn, sink, onError, maxWidthPx,
                    maxHeightPx);
            source.thread.start();
            return source;
        } catch (RuntimeException | Error e) {
            reader.close();
            throw e;
        }
    }

    /**
     * Changes the largest picture delivered from now on (e.g. when the player's window is resized); pictures are
     * shrunk to fit with the aspect kept, never enlarged. Frames already decoded ahead keep their size.
     */
    public void setDisplayLimit(int maxWidthPx, int maxHeightPx) {
        double shrink = Math.min(1, Math.min((double) maxWidthPx / info.widthPx(),
                (double) maxHeightPx / info.heightPx()));
        int w = Math.max(1, (int) Math.round(info.widthPx() * shrink));
        int h = Math.max(1, (int) Math.round(info.heightPx() * shrink));
        outHeightPx = h;
        outWidthPx = w;
    }

    /** Bytes for the largest picture this source delivers: the full frame, so a buffer fits any display limit. */
    private int maxBytes() {
        return info.widthPx() * info.heightPx() * VideoFrame.BGRA_BYTES_PER_PIXEL;
    }

    /** What the file declares, and the upright picture size (delivered frames may be smaller, see open). */
    public VideoInfo info() {
        return info;
    }

    /** Number of frames when timestamps were given, else the container's estimate (0 when unknown). */
    public long frameCount() {
        return timestampsSeconds != null ? timestampsSeconds.length : info.frameCountEstimate();
    }

    /**
     * Asks for frame {@code frameIndex} to be delivered; returns at once. With timestamps, an index past the
     * last frame means the last frame; without, such a request delivers nothing.
     *
     * @throws IllegalArgumentException if {@code frameIndex} is negative
     */
    public void request(int frameIndex) {
        if (frameIndex < 0) {
            throw new IllegalArgumentException("frame index must be at least 0, was " + frameIndex);
        }
        int index = timestampsSeconds != null && timestampsSeconds.length > 0
                ? Math.min(frameIndex, timestampsSeconds.length - 1) : frameIndex;
        synchronized (lock) {
            if (closed) {
                return;
            }
            latestRequest = index;
            pendingRequest = index;
            lock.notifyAll();
        }
    }

    /** While playing, frames after the last requested one are decoded ahead. */
    public void setPlaying(boolean playing) {
        synchronized (lock) {
            this.playing = playing;
            lock.notifyAll();
        }
    }

    /**
     * Stops the decode thread (waiting up to a few seconds for a decode in progress to finish) and frees the
     * decoder; nothing is delivered afterwards. Idempotent; may be called from the sink.
     */
    @Override
    public void close() {
        synchronized (lock) {
            if (closed) {
                return;
            }
            closed = true;
            lock.notifyAll();
        }
        if (Thread.currentThread() != thread) {
            try {
                thread.join(CLOSE_WAIT_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** The decode thread, for tests. */
    Thread decodeThread() {
        return thread;
    }

    // ------------------------------------------------------------------------------------------ decode thread

    private void run() {
        try {
            while (true) {
                int work = awaitWork();
                if (closed) {
                    return;
                }
                try {
                    if (work == NONE) {
                        readAheadOne();
                    } else {
                        serve(work);
                    }
                } catch (VideoException e) {
                    clearReadAhead();
                    atEnd = true; // no reading ahead into the damage
                    nextIndex = Integer.MAX_VALUE; // the next request seeks, which clears the failure
                    report(e);
                }
            }
        } finally {
            clearReadAhead();
            reader.close();
        }
    }

    /** Waits for a request (returned) or, while playing, room to decode ahead ({@link #NONE}), or closing. */
    private int awaitWork() {
        synchronized (lock) {
            while (!closed) {
                if (pendingRequest != NONE) {
                    int r = pendingRequest;
                    pendingRequest = NONE;
                    return r;
                }
                if (playing && !atEnd && readAhead.size() < READ_AHEAD_FRAMES && pool.hasFree()) {
                    return NONE;
                }
                try {
                    lock.wait();
                } catch (InterruptedException e) {
                    closed = true; // nobody else interrupts this thread: treat it as a request to stop
                }
            }
            return NONE;
        }
    }

    private void serve(int index) throws VideoException {
        synchronized (lock) {
            if (lastDelivery != null && lastDelivery.index == index && !lastDelivery.dropped) {
                return; // the sink has it, or will have it when the queued delivery runs
            }
        }
        while (!readAhead.isEmpty() && readAhead.peekFirst().index() < index) {
            pool.release(readAhead.pollFirst().bgra());
        }
        if (!readAhead.isEmpty() && readAhead.peekFirst().index() == index) {
            handOver(readAhead.pollFirst());
            return;
        }
        clearReadAhead();
        if (atEnd && index >= nextIndex) {
            return; // past the last frame: nothing to show
        }
        if (index != nextIndex) {
            reader.seek(timeOf(index), index); // decodes forward or seeks back, whichever is cheaper
            nextIndex = index;
            atEnd = false;
        }
        Ready r = decodeNext(() -> awaitBuffer(maxBytes()));
        if (r != null) {
            handOver(r);
        }
    }

    private void readAheadOne() throws VideoException {
        // a buffer is always free here: awaitWork saw one, and only this thread takes them
        Ready r = decodeNext(() -> pool.poll(maxBytes()));
        if (r != null) {
            readAhead.addLast(r);
        }
    }

    /** The next frame in a buffer from {@code buffers}; null at the end (then {@code atEnd}) or without a buffer. */
    private Ready decodeNext(java.util.function.Supplier<ByteBuffer> buffers) throws VideoException {
        VideoFrame f = reader.next();
        if (f == null) {
            atEnd = true;
            return null;
        }
        try (f) {
            nextIndex = f.index() + 1;
            ByteBuffer buffer = buffers.get();
            return buffer == null ? null : fill(f, buffer);
        }
    }

    private Ready fill(VideoFrame f, ByteBuffer buffer) {
        int w = outWidthPx;
        int h = outHeightPx;
        buffer.limit(w * h * VideoFrame.BGRA_BYTES_PER_PIXEL);
        f.copyBgraTo(buffer, w, h);
        return new Ready(f.index(), f.timestampSeconds(), w, h, buffer);
    }

    /** A free buffer, waiting while the consumer still holds them all; null when closed meanwhile. */
    private ByteBuffer awaitBuffer(int bytes) {
        synchronized (lock) {
            while (!closed && !pool.hasFree()) {
                try {
                    lock.wait();
                } catch (InterruptedException e) {
                    closed = true;
                }
            }
            return closed ? null : pool.poll(bytes);
        }
    }

    private void handOver(Ready ready) {
        Delivery delivery = new Delivery(ready.index());
        synchronized (lock) {
            lastDelivery = delivery;
        }
        DecodedFrame frame = new DecodedFrame(ready.index(), ready.timestampSeconds(), ready.widthPx(),
                ready.heightPx(), ready.bgra());
        try {
            deliverOn.execute(() -> deliver(frame, delivery));
        } catch (RejectedExecutionException e) {
            synchronized (lock) {
                delivery.dropped = true;
            }
            pool.release(ready.bgra());
        }
    }

    /** Runs on the delivery executor. */
    private void deliver(DecodedFrame frame, Delivery delivery) {
        try {
            boolean show;
            synchronized (lock) {
                show = !closed && latestRequest == frame.frameIndex();
                delivery.dropped = !show;
            }
            if (show) {
                sink.accept(frame);
            }
        } finally {
            pool.release(frame.bgra());
        }
    }

    private void report(VideoException e) {
        try {
            deliverOn.execute(() -> {
                if (!closed) {
                    onError.accept(e);
                }
            });
        } catch (RejectedExecutionException ignored) {
            // the consumer is shutting down: nobody is left to tell
        }
    }

    private void clearReadAhead() {
        while (!readAhead.isEmpty()) {
            pool.release(readAhead.pollFirst().bgra());
        }
    }

    private double timeOf(int index) {
        if (timestampsSeconds != null && index < timestampsSeconds.length) {
            return timestampsSeconds[index];
        }
        return index / fps;
    }
}
