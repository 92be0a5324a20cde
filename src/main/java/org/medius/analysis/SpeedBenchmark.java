package org.medius.analysis;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.medius.model.MediusException;
import org.medius.model.MoveNetVariant;
import org.medius.pose.FrameImage;
import org.medius.pose.MoveNetModel;
import org.medius.pose.MoveNetTracker;
import org.medius.pose.VideoPoseRunner;
import org.medius.video.VideoFrame;
import org.medius.video.VideoInfo;
import org.medius.video.VideoReader;

/**
 * What {@code medius bench} measures: milliseconds per frame of decoding alone, of the bare model, of pose inference
 * alone (crop + model on frames already in memory) and of decoding and inference together as an analysis runs them.
 * A benchmark, not a test: it returns numbers and asserts nothing. Each measurement runs {@code rounds} times and
 * is reported as median [min-max].
 */
public final class SpeedBenchmark {
    /** Frames kept in memory for the inference-only timing. */
    private static final int KEPT_FRAMES = 60;

    private final Path video;
    private final int frames;
    private final int warmup;
    private final int rounds;
    private final List<FrameImage> kept = new ArrayList<>();
    private java.util.function.BooleanSupplier cancelled = () -> false;

    /** Median and spread of one measurement over its rounds, ms/frame. */
    public record Spread(double medianMs, double minMs, double maxMs) {
        @Override
        public String toString() {
            return String.format(Locale.ROOT, "%6.2f [%.2f-%.2f]", medianMs, minMs, maxMs);
        }
    }

    /** The video and the speed of decoding it. */
    public record Decoding(String fileName, int widthPx, int heightPx, String codecName, int framesDecoded,
            Spread msPerFrame) {
    }

    /** One model's speeds, ms/frame, and the model file they were measured on. */
    public record ModelSpeeds(MoveNetVariant variant, Path modelFile, Spread forwardOnly, Spread cropAndModel,
            Spread decodeCropModelOverlapped, Spread decodeCropModelOneThread) {
    }

    private interface Measurement {
        double msPerFrame() throws MediusException;
    }

    /**
     * @param frames frames timed per measurement
     * @param warmup untimed inferences first
     * @param rounds repetitions of each measurement
     */
    public SpeedBenchmark(Path video, int frames, int warmup, int rounds) {
        this.video = video;
        this.frames = frames;
        this.warmup = warmup;
        this.rounds = Math.max(1, rounds);
    }

    /** Asked before every frame and inference: once true, the measurement throws {@link AnalysisCancelledException}. */
    public SpeedBenchmark cancelWhen(java.util.function.BooleanSupplier check) {
        this.cancelled = check;
        return this;
    }

    private void checkCancelled() throws AnalysisCancelledException {
        if (cancelled.getAsBoolean()) {
            throw new AnalysisCancelledException();
        }
    }

    /** Decoding alone; keeps the first frames in memory for {@link #model}. Run it first. */
    public Decoding decoding() throws MediusException {
        int[] decoded = new int[1];
        Spread ms = repeat(() -> decode(decoded));
        try (VideoReader r = VideoReader.open(video)) {
            VideoInfo info = r.info();
            return new Decoding(video.getFileName().toString(), info.widthPx(), info.heightPx(), info.codecName(),
                    decoded[0], ms);
        }
    }

    /** One model: forward pass alone, crop + model, and decode + crop + model with and without a decoding thread. */
    public ModelSpeeds model(MoveNetVariant variant) throws MediusException {
        if (kept.isEmpty()) {
            decoding();
        }
        try (MoveNetModel m = MoveNetModel.load(variant); MoveNetTracker tracker = new MoveNetTracker(m, false)) {
            return new ModelSpeeds(variant, m.file(), repeat(() -> modelOnly(m)), repeat(() -> inference(tracker)),
                    repeat(() -> endToEnd(tracker, true)), repeat(() -> endToEnd(tracker, false)));
        }
    }

    private Spread repeat(Measurement m) throws MediusException {
        double[] ms = new double[rounds];
        for (int i = 0; i < ms.length; i++) {
            ms[i] = m.msPerFrame();
        }
        Arrays.sort(ms);
        return new Spread(ms[ms.length / 2], ms[0], ms[ms.length - 1]);
    }

    private double decode(int[] count) throws MediusException {
        kept.clear();
        try (VideoReader warm = VideoReader.open(video)) { // loads the native libraries before timing
            VideoFrame first = warm.next();
            if (first != null) {
                first.close();
            }
        }
        long start = System.nanoTime();
        int n = 0;
        try (VideoReader reader = VideoReader.open(video)) {
            VideoFrame f;
            while (n < frames && (f = reader.next()) != null) {
                checkCancelled();
                try (VideoFrame frame = f) {
                    FrameImage img = FrameImage.fromFrame(frame, null);
                    if (kept.size() < KEPT_FRAMES) {
                        kept.add(img);
                    }
                }
                n++;
            }
        }
        if (n == 0) {
            throw new IllegalStateException("no frame decoded from " + video);
        }
        count[0] = n;
        return (System.nanoTime() - start) / 1e6 / n;
    }

    private double inference(MoveNetTracker tracker) throws AnalysisCancelledException {
        tracker.reset();
        for (int i = 0; i < warmup; i++) {
            checkCancelled();
            tracker.estimate(kept.get(i % kept.size()));
        }
        tracker.reset();
        long start = System.nanoTime();
        for (int i = 0; i < frames; i++) {
            checkCancelled();
            tracker.estimate(kept.get(i % kept.size()));
        }
        return (System.nanoTime() - start) / 1e6 / frames;
    }

    private double modelOnly(MoveNetModel m) throws AnalysisCancelledException {
        int s = m.variant().inputSizePx();
        float[] input = new float[s * s * 3];
        for (int i = 0; i < input.length; i++) {
            input[i] = (i * 31) % 256;
        }
        for (int i = 0; i < warmup; i++) {
            checkCancelled();
            m.inferRaw(input);
        }
        long start = System.nanoTime();
        for (int i = 0; i < frames; i++) {
            checkCancelled();
            m.inferRaw(input);
        }
        return (System.nanoTime() - start) / 1e6 / frames;
    }

    private double endToEnd(MoveNetTracker tracker, boolean prefetch) throws MediusException {
        long start = System.nanoTime();
        int n = VideoPoseRunner.run(video, tracker, fp -> { }, new VideoPoseRunner.Listener() {
            @Override
            public void started(VideoInfo info) {
            }

            @Override
            public boolean keepGoing(int done) {
                return done < frames && !cancelled.getAsBoolean();
            }
        }, prefetch);
        checkCancelled();
        return (System.nanoTime() - start) / 1e6 / n;
    }
}
