package org.medius.ui.player;

import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import org.medius.video.VideoFrame;
import org.medius.video.VideoReader;

/**
 * Benchmark, not a test: how fast {@link FrameSource} decodes and converts a video, and whether it keeps real
 * time. Usage: {@code FrameSourceBench VIDEO [maxFrames]}. Prints:
 * <ol>
 *   <li>a plain {@link VideoReader} pass: ms/frame for decode + BGR, and for {@link VideoFrame#copyBgraTo};
 *   <li>FrameSource as fast as possible (playing, each frame requested once the previous one arrived): ms/frame;
 *   <li>FrameSource in real time (frame i requested at its own timestamp, as an animation timer would): frames
 *       shown late (delivered more than one frame period after their time) and never shown (skipped);
 *   <li>random scrubbing: ms from request to delivery.
 * </ol>
 * The sink runs on a single "ui" thread and copies the pixels into an array, as a PixelWriter would.
 */
public final class FrameSourceBench {

    private FrameSourceBench() {
    }

    public static void main(String[] args) throws Exception {
        Path video = Path.of(args[0]);
        int maxFrames = args.length > 1 ? Integer.parseInt(args[1]) : Integer.MAX_VALUE;
        double[] times = plainPass(video, maxFrames);
        int n = times.length;
        ExecutorService ui = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "bench-ui");
            t.setDaemon(true);
            return t;
        });
        try {
            asFastAsPossible(video, times, ui);
            realTime(video, times, ui);
            scrubbing(video, times, ui, 30);
        } finally {
            ui.shutdownNow();
        }
        System.out.printf(Locale.ROOT, "frames: %d, cores: %d%n", n, Runtime.getRuntime().availableProcessors());
    }

    private static double[] plainPass(Path video, int maxFrames) throws Exception {
        List<Double> times = new ArrayList<>();
        long decodeNanos = 0;
        long bgraNanos = 0;
        ByteBuffer bgra = null;
        try (VideoReader reader = VideoReader.open(video)) {
            System.out.printf(Locale.ROOT, "video: %s %dx%d %s %.3f fps%n", video, reader.info().widthPx(),
                    reader.info().heightPx(), reader.info().codecName(), reader.info().nominalFps());
            while (times.size() < maxFrames) {
                long t0 = System.nanoTime();
                VideoFrame f = reader.next();
                long t1 = System.nanoTime();
                if (f == null) {
                    break;
                }
                try (f) {
                    if (bgra == null) {
                        bgra = ByteBuffer.allocateDirect(f.bgraSizeBytes());
                    }
                    f.copyBgraTo(bgra);
                    bgraNanos += System.nanoTime() - t1;
                    decodeNanos += t1 - t0;
                    times.add(f.timestampSeconds());
                }
            }
        }
        int n = times.size();
        System.out.printf(Locale.ROOT, "plain VideoReader: decode+BGR %.2f ms/frame, copyBgraTo %.2f ms/frame%n",
                decodeNanos / 1e6 / n, bgraNanos / 1e6 / n);
        return times.stream().mapToDouble(Double::doubleValue).toArray();
    }

    private static void asFastAsPossible(Path video, double[] times, ExecutorService ui) throws Exception {
        Semaphore arrived = new Semaphore(0);
        byte[][] copy = new byte[1][];
        try (FrameSource source = FrameSource.open(video, times, ui, f -> {
            copyOut(f, copy);
            arrived.release();
        }, e -> System.out.println("error: " + e.getMessage()))) {
            source.setPlaying(true);
            long t0 = System.nanoTime();
            for (int i = 0; i < times.length; i++) {
                source.request(i);
                if (!arrived.tryAcquire(10, TimeUnit.SECONDS)) {
                    throw new IllegalStateException("frame " + i + " never arrived");
                }
            }
            double ms = (System.nanoTime() - t0) / 1e6;
            System.out.printf(Locale.ROOT, "FrameSource as fast as possible: %.2f ms/frame (%.1f fps) "
                    + "decode+BGRA+delivery+copy%n", ms / times.length, times.length / ms * 1000);
        }
    }

    private static void realTime(Path video, double[] times, ExecutorService ui) throws Exception {
        int n = times.length;
        long[] deliveredAt = new long[n];
        byte[][] copy = new byte[1][];
        double periodSeconds = n > 1 ? (times[n - 1] - times[0]) / (n - 1) : 1 / 30.0;
        try (FrameSource source = FrameSource.open(video, times, ui, f -> {
            copyOut(f, copy);
            deliveredAt[f.frameIndex()] = System.nanoTime();
        }, e -> System.out.println("error: " + e.getMessage()))) {
            source.request(0);
            Thread.sleep(500); // the first frame is shown before play starts, as in a player
            source.setPlaying(true);
            long start = System.nanoTime();
            long[] due = new long[n];
            for (int i = 1; i < n; i++) {
                due[i] = start + (long) ((times[i] - times[1]) * 1e9);
                long wait = due[i] - System.nanoTime();
                if (wait > 0) {
                    LockSupport.parkNanos(wait);
                }
                source.request(i);
            }
            Thread.sleep(500);
            long lateLimit = (long) (periodSeconds * 1e9);
            int late = 0;
            int skipped = 0;
            double[] latencyMs = new double[n - 1];
            int m = 0;
            for (int i = 1; i < n; i++) {
                if (deliveredAt[i] == 0) {
                    skipped++;
                    continue;
                }
                long latency = deliveredAt[i] - due[i];
                latencyMs[m++] = latency / 1e6;
                if (latency > lateLimit) {
                    late++;
                }
            }
            double[] sorted = Arrays.copyOf(latencyMs, m);
            Arrays.sort(sorted);
            System.out.printf(Locale.ROOT, "FrameSource real time: %d frames, %d late (> %.1f ms after due), "
                    + "%d skipped; request-to-delivery median %.2f ms, p95 %.2f ms, max %.2f ms%n", n - 1, late,
                    periodSeconds * 1000, skipped, percentile(sorted, 0.5), percentile(sorted, 0.95),
                    percentile(sorted, 1.0));
        }
    }

    private static void scrubbing(Path video, double[] times, ExecutorService ui, int requests) throws Exception {
        Semaphore arrived = new Semaphore(0);
        byte[][] copy = new byte[1][];
        Random random = new Random(1);
        double[] ms = new double[requests];
        try (FrameSource source = FrameSource.open(video, times, ui, f -> {
            copyOut(f, copy);
            arrived.release();
        }, e -> System.out.println("error: " + e.getMessage()))) {
            int last = -1;
            for (int r = 0; r < requests; r++) {
                int k;
                do {
                    k = random.nextInt(times.length);
                } while (k == last);
                last = k;
                long t0 = System.nanoTime();
                source.request(k);
                if (!arrived.tryAcquire(10, TimeUnit.SECONDS)) {
                    throw new IllegalStateException("frame " + k + " never arrived");
                }
                ms[r] = (System.nanoTime() - t0) / 1e6;
            }
        }
        Arrays.sort(ms);
        System.out.printf(Locale.ROOT, "FrameSource random scrubbing (%d requests): median %.1f ms, p95 %.1f ms, "
                + "max %.1f ms%n", requests, percentile(ms, 0.5), percentile(ms, 0.95), percentile(ms, 1.0));
    }

    /** What a JavaFX sink does: copy the pixels out before returning. */
    private static void copyOut(DecodedFrame f, byte[][] into) {
        ByteBuffer b = f.bgra();
        if (into[0] == null || into[0].length != b.remaining()) {
            into[0] = new byte[b.remaining()];
        }
        b.get(b.position(), into[0]);
    }

    private static double percentile(double[] sorted, double q) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(q * sorted.length) - 1 < 0 ? 0
                : (int) Math.ceil(q * sorted.length) - 1)];
    }
}
