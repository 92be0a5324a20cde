package org.medius.ui.player;

import java.nio.ByteBuffer;
import java.util.ArrayDeque;

/**
 * A fixed number of direct BGRA buffers shared by the decode thread (which fills them) and the delivery thread
 * (which hands them back after the sink returns), so playback allocates nothing per frame. Waiting for a free
 * buffer is how a slow consumer slows the decoder down.
 */
final class BgraBufferPool {

    private final ArrayDeque<ByteBuffer> free = new ArrayDeque<>();
    private final Object signal;

    /**
     * @param count  number of buffers
     * @param bytes  size of each, normally width * height * 4 of the video
     * @param signal monitor notified whenever a buffer comes back (the decode thread waits on it)
     */
    BgraBufferPool(int count, int bytes, Object signal) {
        this.signal = signal;
        for (int i = 0; i < count; i++) {
            free.add(ByteBuffer.allocateDirect(bytes));
        }
    }

    /** A free buffer with at least {@code bytes} capacity, position 0 and limit {@code bytes}; null if none. */
    ByteBuffer poll(int bytes) {
        ByteBuffer b;
        synchronized (signal) {
            b = free.poll();
        }
        if (b == null) {
            return null;
        }
        if (b.capacity() < bytes) { // the picture size changed mid-stream: replace this buffer for good
            b = ByteBuffer.allocateDirect(bytes);
        }
        return b.clear().limit(bytes);
    }

    /** True when a buffer is free; call while holding the signal monitor. */
    boolean hasFree() {
        return !free.isEmpty();
    }

    /** Returns a buffer and wakes the decode thread. */
    void release(ByteBuffer b) {
        synchronized (signal) {
            free.add(b);
            signal.notifyAll();
        }
    }
}
