package org.medius.pose;

import java.util.Locale;
import org.medius.model.MoveNetVariant;

/**
 * The bare forward pass's time on different inputs (all black, all grey, a pattern): a black picture once looked
 * much slower than a real one. A tool run by hand: {@code bash tools/bench/run.sh ForwardInputBench [thunder|lightning] [N]}.
 */
public final class ForwardInputBench {
    private ForwardInputBench() {
    }

    public static void main(String[] args) {
        MoveNetVariant variant = args.length > 0 ? MoveNetVariant.parse(args[0]) : MoveNetVariant.THUNDER;
        int n = args.length > 1 ? Integer.parseInt(args[1]) : 20;
        try (MoveNetModel m = MoveNetModel.load(variant)) {
            int s = variant.inputSizePx();
            float[] black = new float[s * s * 3];
            float[] grey = new float[s * s * 3];
            float[] pattern = new float[s * s * 3];
            for (int i = 0; i < pattern.length; i++) {
                grey[i] = 128;
                pattern[i] = (i * 31) % 256;
            }
            for (int round = 0; round < 2; round++) {
                for (var e : new Object[][] {{"pattern", pattern}, {"black", black}, {"grey", grey}}) {
                    float[] in = (float[]) e[1];
                    m.inferRaw(in);
                    long start = System.nanoTime();
                    long cpu0 = cpu();
                    for (int i = 0; i < n; i++) {
                        m.inferRaw(in);
                    }
                    System.out.printf(Locale.ROOT, "%-8s %7.1f ms wall/inference, process cpu %7.1f ms/inference%n",
                            e[0], (System.nanoTime() - start) / 1e6 / n, (cpu() - cpu0) / 1e6 / n);
                }
            }
        }
    }

    private static long cpu() {
        var os = java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        return os instanceof com.sun.management.OperatingSystemMXBean o ? o.getProcessCpuTime() : 0;
    }
}
