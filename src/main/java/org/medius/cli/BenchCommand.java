package org.medius.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.medius.analysis.SpeedBenchmark;
import org.medius.model.MediusException;
import org.medius.model.MoveNetVariant;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code medius bench VIDEO}: measures milliseconds per frame of decoding alone, of pose inference alone
 * (crop + model on frames already in memory) and of the two together as {@code keypoints} runs them (decoding
 * overlapped with inference). A benchmark, not a test: it prints numbers and asserts nothing. The models come from
 * the usual models directory; {@code MEDIUS_MODELS=DIR} (or {@code -Dmedius.models=DIR}) times other files, such as
 * the variants of {@code tools/movenet/variants.sh}.
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
    public Integer call() throws MediusException {
        if (threads != null) {
            System.setProperty("ai.djl.pytorch.num_threads", threads.toString());
        }
        List<MoveNetVariant> variants;
        try {
            variants = "both".equalsIgnoreCase(model)
                    ? List.of(MoveNetVariant.THUNDER, MoveNetVariant.LIGHTNING) : List.of(MoveNetVariant.parse(model));
        } catch (IllegalArgumentException e) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
        PrintWriter out = spec.commandLine().getOut();
        SpeedBenchmark bench = new SpeedBenchmark(video, frames, warmup, rounds).cancelWhen(Interruption::requested);
        SpeedBenchmark.Decoding d = bench.decoding();
        out.printf(Locale.ROOT, "video: %s  %dx%d  %s  %d cores, libtorch threads %s%n", d.fileName(), d.widthPx(),
                d.heightPx(), d.codecName(), Runtime.getRuntime().availableProcessors(),
                System.getProperty("ai.djl.pytorch.num_threads", "default"));
        out.printf(Locale.ROOT, "decode only (to BGR frame in memory): %s ms/frame over %d frames%n", d.msPerFrame(),
                d.framesDecoded());
        for (MoveNetVariant v : variants) {
            SpeedBenchmark.ModelSpeeds m = bench.model(v);
            out.printf(Locale.ROOT, "%s (%s), ms/frame as median [min-max] of %d rounds:%n", v.displayName(),
                    m.modelFile(), rounds);
            out.printf(Locale.ROOT, "  model forward only           %s%n", m.forwardOnly());
            out.printf(Locale.ROOT, "  crop + model                 %s%n", m.cropAndModel());
            out.printf(Locale.ROOT, "  decode + crop + model        %s  (decoding overlapped on a second thread)%n",
                    m.decodeCropModelOverlapped());
            out.printf(Locale.ROOT, "  decode + crop + model        %s  (one thread)%n", m.decodeCropModelOneThread());
            out.flush();
        }
        out.flush();
        return ExitCodes.OK;
    }
}
