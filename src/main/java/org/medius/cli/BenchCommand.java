package org.medius.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.medius.model.MoveNetVariant;
import org.medius.pose.FrameImage;
import org.medius.pose.MoveNetModel;
import org.medius.pose.MoveNetTracker;
import org.medius.pose.VideoPoseRunner;
import org.medius.video.VideoException;
import org.medius.video.VideoFrame;
import org.medius.video.VideoInfo;
import org.medius.video.VideoReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code medius bench VIDEO}: measures milliseconds per frame of decoding alone, of pose inference alone
 * (crop + model on frames already in memory) and of the two together as {@code keypoints} runs them (decoding
 * overlapped with inference). A benchmark, not a test: it prints numbers and asserts nothing.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Measures decode, inference and decode + inference speed in ms/frame on VIDEO.")
final class BenchCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "VIDEO")
    Path video;

    @Option(names = {"-m", "--model"}, defaultValue = "both", paramLabel = "thunder|lightning|both",
            description = "Model(s) to time (default: ${DEFAULT-VALUE}).")
    String model;

    @Option(names = "--frames", defaultValue = "150", description = "Frames timed per measurement (default: ${DEFAULT-VALUE}).")
    int frames;

    @Option(names = "--warmup", defaultValue = "15", description = "Untimed inferences first (default: ${DEFAULT-VALUE}).")
    int warmup;

    @Option(names = "--rounds", defaultValue = "3",
            description = "Each measurement is repeated this many times; the median is reported, the spread beside it"
                    + " (default: ${DEFAULT-VALUE}).")
    int rounds;

    @Option(names = "--threads", paramLabel = "N",
            description = "libtorch intra-op threads (default: number of cores). Must be set before the first model loads.")
    Integer threads;

    @Override
    public Integer call() throws VideoException {
        if (threads != null) {
            System.setProperty("ai.djl.pytorch.num_threads", threads.toString());
        }
        PrintWriter out = spec.commandLine().getOut();
        List<FrameImage> frames = new ArrayList<>();
        int[] decoded = new int[1];
        String decodeMs = repeat(() -> decode(frames, decoded));
        VideoInfo info;
        try (VideoReader r = VideoReader.open(video)) {
            info = r.info();
        }
        out.printf(Locale.ROOT, "video: %s  %dx%d  %s  %d cores, libtorch threads %s%n", video.getFileName(),
                info.widthPx(), info.heightPx(), info.codecName(), Runtime.getRuntime().availableProcessors(),
                System.getProperty("ai.djl.pytorch.num_threads", "default"));
        out.printf(Locale.ROOT, "decode only (to BGR frame in memory): %s ms/frame over %d frames%n", decodeMs, decoded[0]);
        List<MoveNetVariant> variants;
        try {
            variants = "both".equalsIgnoreCase(model)
                    ? List.of(MoveNetVariant.THUNDER, MoveNetVariant.LIGHTNING) : List.of(MoveNetVariant.parse(model));
        } catch (IllegalArgumentException e) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
        for (MoveNetVariant v : variants) {
            try (MoveNetModel m = MoveNetModel.load(v); MoveNetTracker tracker = new MoveNetTracker(m, false)) {
                out.printf(Locale.ROOT, "%s, ms/frame as median [min-max] of %d rounds:%n", v.displayName(), rounds);
                out.printf(Locale.ROOT, "  model forward only           %s%n", repeat(() -> modelOnly(m)));
                out.printf(Locale.ROOT, "  crop + model                 %s%n", repeat(() -> inference(tracker, frames)));
                out.printf(Locale.ROOT, "  decode + crop + model        %s  (decoding overlapped on a second thread)%n",
                        repeat(() -> endToEnd(tracker, true)));
                out.printf(Locale.ROOT, "  decode + crop + model        %s  (one thread)%n", repeat(() -> endToEnd(tracker, false)));
                out.flush();
            }
        }
        out.flush();
        return ExitCodes.OK;
    }

    private interface Timed {
        double msPerFrame() throws VideoException;
    }

    /** Runs a measurement {@code rounds} times: "median [min-max]". */
    private String repeat(Timed t) throws VideoException {
        double[] ms = new double[Math.max(1, rounds)];
        for (int i = 0; i < ms.length; i++) {
            ms[i] = t.msPerFrame();
        }
        java.util.Arrays.sort(ms);
        return String.format(Locale.ROOT, "%6.2f [%.2f-%.2f]", ms[ms.length / 2], ms[0], ms[ms.length - 1]);
    }

    private double decode(List<FrameImage> keep, int[] count) throws VideoException {
        int keepMax = 60; // frames kept in memory for the inference-only timing
        keep.clear();
        try (VideoReader warm = VideoReader.open(video)) { // loads the native libraries before timing
            warm.next().close();
        }
        long start = System.nanoTime();
        int n = 0;
        try (VideoReader reader = VideoReader.open(video)) {
            VideoFrame f;
            while (n < frames && (f = reader.next()) != null) {
                try (VideoFrame frame = f) {
                    FrameImage img = FrameImage.fromMat(frame.bgr(), null);
                    if (keep.size() < keepMax) {
                        keep.add(img);
                    }
                }
                n++;
            }
        }
        if (n == 0) {
            throw new IllegalStateException("no frame decoded");
        }
        count[0] = n;
        return (System.nanoTime() - start) / 1e6 / n;
    }

    private double inference(MoveNetTracker tracker, List<FrameImage> images) {
        tracker.reset();
        for (int i = 0; i < warmup; i++) {
            tracker.estimate(images.get(i % images.size()));
        }
        tracker.reset();
        long start = System.nanoTime();
        for (int i = 0; i < frames; i++) {
            tracker.estimate(images.get(i % images.size()));
        }
        return (System.nanoTime() - start) / 1e6 / frames;
    }

    private double modelOnly(MoveNetModel m) {
        int s = m.variant().inputSizePx();
        float[] input = new float[s * s * 3];
        for (int i = 0; i < input.length; i++) {
            input[i] = (i * 31) % 256;
        }
        for (int i = 0; i < warmup; i++) {
            m.inferRaw(input);
        }
        long start = System.nanoTime();
        for (int i = 0; i < frames; i++) {
            m.inferRaw(input);
        }
        return (System.nanoTime() - start) / 1e6 / frames;
    }

    private double endToEnd(MoveNetTracker tracker, boolean prefetch) throws VideoException {
        long start = System.nanoTime();
        int n = VideoPoseRunner.run(video, tracker, fp -> { }, new VideoPoseRunner.Listener() {
            @Override
            public void started(VideoInfo info) {
            }

            @Override
            public boolean keepGoing(int done) {
                return done < frames;
            }
        }, prefetch);
        return (System.nanoTime() - start) / 1e6 / n;
    }
}
