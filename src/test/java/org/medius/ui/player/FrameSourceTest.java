package org.medius.ui.player;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.medius.video.TestVideos;
import org.medius.video.VideoException;
import org.medius.video.VideoFrame;
import org.medius.video.VideoReader;

/**
 * {@link FrameSource} delivers exactly the frame asked for (checked by the painted square found in the BGRA bytes),
 * whatever the order of requests; rapid requests coalesce to the last; errors reach the callback; close stops
 * the thread.
 */
class FrameSourceTest {

    private static final int FRAMES = 40;
    private static final int WIDTH = 160;
    private static final int HEIGHT = 96;
    private static final long WAIT_SECONDS = 20;

    @TempDir
    Path dir;

    private Path video;
    private double[] times;
    private ExecutorService ui;
    private final BlockingQueue<Seen> seen = new LinkedBlockingQueue<>();
    private final BlockingQueue<VideoException> errors = new LinkedBlockingQueue<>();

    /** What the sink saw of one frame: its fields and the square found in its pixels (copied before returning). */
    private record Seen(int index, double timestampSeconds, int[] square, boolean opaque) {
    }

    @BeforeEach
    void writeVideo() throws Exception {
        video = TestVideos.spec().frames(FRAMES).size(WIDTH, HEIGHT).writeTo(dir.resolve("clip.mp4"));
        times = timestamps(video);
        ui = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "test-ui");
            t.setDaemon(true);
            return t;
        });
    }

    @AfterEach
    void stopUi() {
        ui.shutdownNow();
    }

    @Test
    void randomOrderRequestsDeliverTheRequestedFrames() throws Exception {
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < FRAMES; i++) {
            order.add(i);
        }
        Collections.shuffle(order, new Random(7));
        order.add(0);
        order.add(FRAMES - 1);
        order.add(FRAMES - 2);
        try (FrameSource source = FrameSource.open(video, times, ui, this::record, errors::add)) {
            assertEquals(WIDTH, source.info().widthPx());
            assertEquals(FRAMES, source.frameCount());
            for (int k : order) {
                source.request(k);
                expect(k, next());
            }
        }
        assertTrue(errors.isEmpty(), "errors: " + errors);
    }

    @Test
    void picturesLargerThanTheDisplayLimitArriveShrunkWithTheSquareInPlace() throws Exception {
        BlockingQueue<double[]> centres = new LinkedBlockingQueue<>();
        try (FrameSource source = FrameSource.open(video, times, ui, f -> centres.add(new double[] {f.frameIndex(),
                f.widthPx(), f.heightPx(), redCentre(f)[0], redCentre(f)[1]}), errors::add, 80, 1000)) {
            assertEquals(WIDTH, source.info().widthPx(), "info describes the full-size video");
            for (int k : new int[] {7, 30, 2}) {
                source.request(k);
                double[] c = centres.poll(WAIT_SECONDS, TimeUnit.SECONDS);
                assertNotNull(c, "frame " + k + " delivered");
                assertEquals(k, (int) c[0]);
                assertEquals(80, (int) c[1], "width halved to the limit");
                assertEquals(48, (int) c[2], "height halved with it (aspect kept)");
                assertEquals((TestVideos.squareX(k, WIDTH) + TestVideos.SQUARE / 2.0) / 2, c[3], 1.0, "square x");
                assertEquals((TestVideos.squareY(k, HEIGHT) + TestVideos.SQUARE / 2.0) / 2, c[4], 1.0, "square y");
            }
        }
        assertTrue(errors.isEmpty(), "errors: " + errors);
    }

    /** Centre of the red pixels (red channel > 100), in picture pixels. */
    private static double[] redCentre(DecodedFrame f) {
        ByteBuffer b = f.bgra();
        double sx = 0;
        double sy = 0;
        int n = 0;
        for (int y = 0; y < f.heightPx(); y++) {
            for (int x = 0; x < f.widthPx(); x++) {
                if ((b.get(y * f.rowStrideBytes() + x * 4 + 2) & 0xFF) > 100) {
                    sx += x + 0.5;
                    sy += y + 0.5;
                    n++;
                }
            }
        }
        return new double[] {sx / n, sy / n};
    }

    @Test
    void withoutTimestampsFramesAreFoundByNominalRate() throws Exception {
        try (FrameSource source = FrameSource.open(video, null, ui, this::record, errors::add)) {
            for (int k : new int[] {20, 3, 39, 0, 31, 32, 10}) {
                source.request(k);
                expect(k, next());
            }
        }
    }

    @Test
    void playingDeliversEveryFrameInOrder() throws Exception {
        try (FrameSource source = FrameSource.open(video, times, ui, this::record, errors::add)) {
            source.setPlaying(true);
            for (int k = 0; k < FRAMES; k++) {
                source.request(k);
                expect(k, next());
            }
            source.request(FRAMES + 5); // past the end: the last frame, already shown
            assertNull(seen.poll(300, TimeUnit.MILLISECONDS));
            source.request(4); // back after reading ahead to the end
            expect(4, next());
        }
    }

    @Test
    void rapidRequestsCoalesceToTheLast() throws Exception {
        CountDownLatch inSink = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        List<Integer> delivered = Collections.synchronizedList(new ArrayList<>());
        // Delivery on the decode thread itself: while the sink blocks, the thread cannot decode anything.
        try (FrameSource source = FrameSource.open(video, times, Runnable::run, f -> {
            delivered.add(f.frameIndex());
            record(f);
            inSink.countDown();
            await(release);
        }, errors::add)) {
            source.request(0);
            assertTrue(inSink.await(WAIT_SECONDS, TimeUnit.SECONDS));
            Random random = new Random(3);
            int last = -1;
            for (int i = 0; i < 50; i++) {
                last = 1 + random.nextInt(FRAMES - 1);
                source.request(last);
            }
            release.countDown();
            expect(0, next());
            expect(last, next());
            assertNull(seen.poll(300, TimeUnit.MILLISECONDS), "nothing after the last request");
            assertEquals(List.of(0, last), delivered);
        }
    }

    @Test
    void closeIsIdempotentAndStopsTheThread() throws Exception {
        FrameSource source = FrameSource.open(video, times, ui, this::record, errors::add);
        Thread decoder = source.decodeThread();
        assertEquals(FrameSource.THREAD_NAME, decoder.getName());
        assertTrue(decoder.isDaemon());
        source.setPlaying(true);
        source.request(12);
        expect(12, next());
        source.close();
        assertFalse(decoder.isAlive(), "decode thread still running after close");
        source.close();
        source.request(3); // ignored
        assertNull(seen.poll(300, TimeUnit.MILLISECONDS));
    }

    @Test
    void aFileDamagedHalfWayReportsToTheCallbackAndStaysUsable() throws Exception {
        Path whole = TestVideos.spec().frames(3 * FRAMES).size(WIDTH, HEIGHT)
                .formatOption("movflags", "faststart").writeTo(dir.resolve("faststart.mp4"));
        double[] wholeTimes = timestamps(whole);
        Path cut = TestVideos.truncatedCopy(whole, 0.5, dir.resolve("cut.mp4"));
        try (FrameSource source = FrameSource.open(cut, wholeTimes, ui, this::record, errors::add)) {
            source.request(3 * FRAMES - 10); // in the part cut off
            VideoException e = errors.poll(WAIT_SECONDS, TimeUnit.SECONDS);
            assertNotNull(e, "no error reported");
            assertEquals(VideoException.Kind.TRUNCATED, e.kind());
            assertNull(seen.poll(100, TimeUnit.MILLISECONDS));
            source.request(2);
            expect(2, next());
        }
    }

    // ------------------------------------------------------------------------------------------------ helpers

    private void record(DecodedFrame f) {
        seen.add(new Seen(f.frameIndex(), f.timestampSeconds(), findSquare(f), allOpaque(f)));
    }

    private Seen next() throws InterruptedException {
        Seen s = seen.poll(WAIT_SECONDS, TimeUnit.SECONDS);
        assertNotNull(s, "no frame delivered within " + WAIT_SECONDS + " s; errors: " + errors);
        return s;
    }

    private void expect(int k, Seen s) {
        assertEquals(k, s.index(), "frame index");
        assertEquals(times[k], s.timestampSeconds(), 1e-9, "timestamp of frame " + k);
        assertArrayEquals(new int[] {TestVideos.squareX(k, WIDTH), TestVideos.squareY(k, HEIGHT)}, s.square(),
                "square in the BGRA pixels of frame " + k);
        assertTrue(s.opaque(), "alpha 255 everywhere");
    }

    /** Top-left corner of the bright-red square in BGRA bytes, or {-1, -1} when it is not one square. */
    private static int[] findSquare(DecodedFrame f) {
        ByteBuffer b = f.bgra();
        assertEquals(f.widthPx() * f.heightPx() * 4, b.remaining());
        int minX = Integer.MAX_VALUE;
        int minY = Integer.MAX_VALUE;
        int count = 0;
        for (int y = 0; y < f.heightPx(); y++) {
            for (int x = 0; x < f.widthPx(); x++) {
                if ((b.get(y * f.rowStrideBytes() + x * 4 + 2) & 0xFF) > 160) {
                    minX = Math.min(minX, x);
                    minY = Math.min(minY, y);
                    count++;
                }
            }
        }
        int area = TestVideos.SQUARE * TestVideos.SQUARE;
        return count > area / 2 && count < area * 2 ? new int[] {minX, minY} : new int[] {-1, -1};
    }

    private static boolean allOpaque(DecodedFrame f) {
        ByteBuffer b = f.bgra();
        for (int i = 3; i < b.limit(); i += 4) {
            if (b.get(i) != (byte) 0xFF) {
                return false;
            }
        }
        return true;
    }

    private static double[] timestamps(Path file) throws VideoException {
        List<Double> t = new ArrayList<>();
        try (VideoReader reader = VideoReader.open(file)) {
            VideoFrame f;
            while ((f = reader.next()) != null) {
                try (VideoFrame current = f) {
                    t.add(current.timestampSeconds());
                }
            }
        } catch (VideoException e) {
            if (e.kind() != VideoException.Kind.TRUNCATED) {
                throw e;
            }
        }
        return t.stream().mapToDouble(Double::doubleValue).toArray();
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
