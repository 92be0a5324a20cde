package org.medius.export.overlay;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.medius.analysis.Analysis;
import org.medius.analysis.AnalysisPipeline;
import org.medius.analysis.AnalysisSettings;
import org.medius.analysis.Progress;
import org.medius.analysis.RollChoice;
import org.medius.model.FramePose;
import org.medius.model.Task;
import org.medius.model.VideoMetadata;
import org.medius.synth.SyntheticTrack;
import org.medius.video.VideoFrame;
import org.medius.video.VideoInfo;
import org.medius.video.VideoReader;

/**
 * Measures the overlay video's speed on a real video without the pose model: a synthetic side-view walker sized to
 * the video stands in for the analysis (drawing costs the same whatever the pose), then the video is decoded alone
 * and rendered (decode, draw, encode). Not a test: a benchmark, run by hand.
 *
 * <p>{@code bash tools/bench/run.sh OverlayRenderBench VIDEO OUT.mp4}
 */
public final class OverlayRenderBench {

    private OverlayRenderBench() {
    }

    public static void main(String[] args) throws Exception {
        Path video = Path.of(args[0]);
        Path out = Path.of(args[1]);
        List<Double> times = new ArrayList<>();
        long decodeStart = System.nanoTime();
        VideoInfo info;
        try (VideoReader reader = VideoReader.open(video)) {
            info = reader.info();
            VideoFrame f;
            while ((f = reader.next()) != null) {
                try (VideoFrame frame = f) {
                    times.add(frame.timestampSeconds());
                }
            }
        }
        double decodeSeconds = (System.nanoTime() - decodeStart) / 1e9;
        int n = times.size();
        SyntheticTrack track = SyntheticTrack.sagittalWalk().fps(info.nominalFps() > 0 ? info.nominalFps() : 30)
                .steps(Math.max(8, (int) Math.ceil(n / 10.0))).imageSizePx(info.widthPx(), info.heightPx())
                .bodyHeightPx(0.6 * info.heightPx()).generate();
        if (track.frames().size() < n) {
            throw new IllegalStateException("synthetic track too short: " + track.frames().size() + " < " + n);
        }
        List<FramePose> poses = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            poses.add(new FramePose(i, times.get(i), track.frames().get(i).pose()));
        }
        Analysis a = AnalysisPipeline.analyse(poses, new VideoMetadata(video.getFileName().toString(), info.widthPx(),
                info.heightPx(), info.rotationDegrees(), info.codecName(), info.nominalFps(), info.durationSeconds()),
                "synthetic", "bench", AnalysisSettings.defaults(Task.WALK).withRoll(RollChoice.none()));
        long start = System.nanoTime();
        OverlayVideo.Written w = OverlayVideo.write(a, video, out, Progress.NONE);
        double renderSeconds = (System.nanoTime() - start) / 1e9;
        System.out.printf(Locale.ROOT, "%s %dx%d, %d frames: decode alone %.1f ms/frame; overlay video (decode, draw,"
                + " %s encode) %.1f ms/frame, %.2f s; output %d bytes%n", video.getFileName(), info.widthPx(),
                info.heightPx(), n, 1000 * decodeSeconds / n, w.encoderName(), 1000 * renderSeconds / n, renderSeconds,
                Files.size(out));
    }
}
