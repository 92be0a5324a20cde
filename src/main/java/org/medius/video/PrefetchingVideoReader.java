package org.medius.video;

import java.nio.file.Path;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A {@link VideoReader} that decodes ahead on one background daemon thread into a small bounded queue, so decoding
 * overlaps with whatever the consumer does with each frame (pose inference). Same contract as
 * {@link VideoReader#next()}: frames in order, {@code null} at the end, and a decoding failure surfaces at the
 * consumer's next call as the same {@link VideoException}. {@link #close()} stops the thread promptly and frees
 * the frames still queued; a consumer may stop early at any time. Use from one consumer thread.
 */
public final class PrefetchingVideoReader implements VideoSource {

    /** Default number of decoded frames held ahead of the consumer. */
    public static final int DEFAULT_CAPACITY = 4;
    private static final long CLOSE_WAIT_MILLIS = 5_000;
    private static final long OFFER_POLL_MILLIS = 50;
    private static final long TAKE_POLL_MILLIS = 100;
    private static final AtomicInteger THREADS = new AtomicInteger();

    /** One queue entry: a frame, the end of the stream, or the failure that ended it. */
    private record Item(VideoFrame frame, VideoException failure, RuntimeException crash) {
        static final Item END = new Item(null, null, null);
    }

    private final VideoReader reader;
    private final VideoInfo info;
    private final BlockingQueue<Item> queue;
    private final Thread decoder;
    private volatile boolean closed;
    private boolean ended;
    private Item terminal;

    private PrefetchingVideoReader(VideoReader reader, int capacity) {
        this.reader = reader;
        this.info = reader.info();
        this.queue = new ArrayBlockingQueue<>(capacity);
        this.decoder = new Thread(this::decodeLoop, "medius-video-decode-" + THREADS.incrementAndGet());
        this.decoder.setDaemon(true);
    }

    /** Opens the file (on the caller's thread, so open errors are thrown here) and starts decoding ahead. */
    public static PrefetchingVideoReader open(Path file) throws VideoException {
        return open(file, DEFAULT_CAPACITY);
    }

    /**
     * @param capacity number of decoded frames held ahead of the consumer, at least 1
     */
    public static PrefetchingVideoReader open(Path file, int capacity) throws VideoException {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be at least 1, was " + capacity);
        }
        VideoReader reader = VideoReader.open(file);
        try {
            PrefetchingVideoReader prefetching = new PrefetchingVideoReader(reader, capacity);
            prefetching.decoder.start();
            return prefetching;
        } catch (RuntimeException | Error e) {
            reader.close();
            throw e;
        }
    }

    @Override
    public VideoInfo info() {
        return info;
    }

    @Override
    public VideoFrame next() throws VideoException {
        if (closed) {
            throw new IllegalStateException("PrefetchingVideoReader for " + info.file() + " is closed");
        }
        if (ended) {
            return rethrow(terminal);
        }
        Item item = take();
        if (item.frame() != null) {
            return item.frame();
        }
        ended = true;
        terminal = item;
        return rethrow(item);
    }

    /** Waits for the next item, noticing a close() from another thread or a decoding thread that died silently. */
    private Item take() {
        try {
            while (true) {
                Item item = queue.poll(TAKE_POLL_MILLIS, TimeUnit.MILLISECONDS);
                if (item != null) {
                    return item;
                }
                if (closed) {
                    throw new IllegalStateException("PrefetchingVideoReader for " + info.file() + " was closed");
                }
                if (!decoder.isAlive()) {
                    item = queue.poll();
                    return item != null ? item : new Item(null, null, new IllegalStateException(
                            "the video decoding thread for " + info.file() + " ended without a result"));
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for a frame of " + info.file(), e);
        }
    }

    private static VideoFrame rethrow(Item item) throws VideoException {
        if (item.failure() != null) {
            throw item.failure();
        }
        if (item.crash() != null) {
            throw item.crash();
        }
        return null;
    }

    /** Stops the decoding thread (waiting at most a few seconds for a frame in progress) and frees queued frames. */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        decoder.interrupt();
        drain();
        try {
            decoder.join(CLOSE_WAIT_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        drain(); // a frame the thread offered while we were draining
    }

    /** Whether the background thread is still running (for tests and diagnostics). */
    boolean decoderAlive() {
        return decoder.isAlive();
    }

    private void drain() {
        Item item;
        while ((item = queue.poll()) != null) {
            if (item.frame() != null) {
                item.frame().close();
            }
        }
    }

    private void decodeLoop() {
        try {
            while (!closed) {
                VideoFrame frame;
                try {
                    frame = reader.next();
                } catch (VideoException e) {
                    put(new Item(null, e, null));
                    return;
                }
                if (frame == null) {
                    put(Item.END);
                    return;
                }
                if (!put(new Item(frame, null, null))) {
                    frame.close();
                    return;
                }
            }
        } catch (RuntimeException | Error e) {
            RuntimeException crash = e instanceof RuntimeException r ? r
                    : new IllegalStateException("video decoding thread failed for " + info.file() + ": " + e, e);
            put(new Item(null, null, crash));
            if (e instanceof Error err) {
                throw err;
            }
        } finally {
            // The thread owns the native decoder; it is freed here so it is never used by two threads at once.
            reader.close();
            if (closed) {
                drain();
            }
        }
    }

    /** Blocks until the item is queued or the reader is closed; false if closed. */
    private boolean put(Item item) {
        while (!closed) {
            try {
                if (queue.offer(item, OFFER_POLL_MILLIS, TimeUnit.MILLISECONDS)) {
                    return true;
                }
            } catch (InterruptedException e) {
                // close() interrupts to wake us; the loop condition decides
            }
        }
        return false;
    }
}
