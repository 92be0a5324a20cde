package org.medius.pose;

import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.medius.model.MoveNetVariant;
import org.medius.video.VideoInfo;

/**
 * Where the subject tracker's inferences go on one video: per frame status, how many model runs each frame cost.
 * A tool run by hand ({@code bash tools/bench/run.sh SubjectSearchCount VIDEO [thunder|lightning] [--frames]}),
 * never by the build; counts, not times, are its point.
 */
public final class SubjectSearchCount {
    private SubjectSearchCount() {
    }

    public static void main(String[] args) throws Exception {
        Path video = Path.of(args[0]);
        MoveNetVariant variant = args.length > 1 ? MoveNetVariant.parse(args[1]) : MoveNetVariant.THUNDER;
        boolean perFrame = args.length > 2 && args[2].equals("--frames");
        Map<SubjectStatus, int[]> byStatus = new EnumMap<>(SubjectStatus.class);
        Map<Integer, Integer> histogram = new TreeMap<>();
        int[] frames = new int[1];
        long[] inferences = new long[1];
        StringBuilder timeline = new StringBuilder();
        long start = System.nanoTime();
        try (MoveNetModel model = MoveNetModel.load(variant);
                SubjectTracker tracker = new SubjectTracker(model, false, null, 30)) {
            tracker.setStatusListener(s -> {
                int n = tracker.lastInferenceCount();
                byStatus.computeIfAbsent(s, k -> new int[2]);
                byStatus.get(s)[0]++;
                byStatus.get(s)[1] += n;
                histogram.merge(n, 1, Integer::sum);
                inferences[0] += n;
                if (perFrame) {
                    timeline.append(String.format(Locale.ROOT, "%d %s %d%n", frames[0], s, n));
                }
                frames[0]++;
            });
            VideoPoseRunner.run(video, tracker, fp -> { }, new VideoPoseRunner.Listener() {
                @Override
                public void started(VideoInfo info) {
                }
            });
        }
        double s = (System.nanoTime() - start) / 1e9;
        System.out.print(timeline);
        System.out.printf(Locale.ROOT, "%s %s: %d frames, %d inferences (%.3f per frame), %.1f s%n",
                video.getFileName(), variant.displayName(), frames[0], inferences[0], (double) inferences[0] / frames[0], s);
        byStatus.forEach((k, v) -> System.out.printf(Locale.ROOT, "  %-10s %4d frames, %5d inferences%n", k, v[0], v[1]));
        System.out.println("  inferences per frame -> frames: " + histogram);
    }
}
