package org.medius.session;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.medius.analysis.Analysis;
import org.medius.model.FramePose;
import org.medius.model.Keypoint;
import org.medius.model.MoveNetVariant;
import org.medius.model.Sex;
import org.medius.model.Side;
import org.medius.model.Task;
import org.medius.model.VideoMetadata;
import org.medius.synth.SyntheticTrack;

/**
 * A measurement, not a pass/fail timing: a 10-minute session (18,000 frames at 30 frames/s, synthetic walking):
 * the cache file's size, the time to save and load it, and the time to re-run the pipeline after a correction
 * (what the viewer does on each correction). Writes {@code target/eval/session-scale.md}.
 * Command: {@code mvn -o -q test-compile surefire:test@bench -Dtest=SessionScaleBench}.
 */
class SessionScaleBench {
    @TempDir
    Path dir;

    @Test
    void tenMinutesOfWalking() throws Exception {
        List<FramePose> poses = SyntheticTrack.walk().fps(30).steps(1200).noisePx(1.5).seed(5).generate().frames();
        List<FramePose> tenMinutes = poses.subList(0, Math.min(18_000, poses.size()));
        VideoMetadata video = new VideoMetadata("long.mp4", 1920, 1080, 0, "h264", 30, tenMinutes.size() / 30.0);
        Session s = Session.create(new VideoFingerprint(1, "ab".repeat(32)), video, "/videos/long.mp4",
                "MoveNet (synthetic)", MoveNetVariant.THUNDER, Task.WALK, Sex.UNKNOWN, null, tenMinutes);
        Path file = dir.resolve("long.medius.json.gz");

        long t0 = System.nanoTime();
        SessionStore.save(file, s);
        long t1 = System.nanoTime();
        Session loaded = SessionStore.load(file);
        long t2 = System.nanoTime();
        Analysis first = loaded.analyse("check");
        long t3 = System.nanoTime();
        FramePose fp = tenMinutes.get(9000);
        Analysis corrected = loaded.withCorrections(List.of(new Correction.KeypointMove(fp.frameIndex(),
                Keypoint.LEFT_KNEE, fp.pose().xPx(Keypoint.LEFT_KNEE) + 20, fp.pose().yPx(Keypoint.LEFT_KNEE))))
                .analyse("check");
        long t4 = System.nanoTime();
        assertEquals(tenMinutes.size(), corrected.frames().size());
        assertEquals(s, loaded);

        String report = String.format(Locale.ROOT, "# A 10-minute session (%d frames)%n%n| measure | value |%n|---|---|%n"
                + "| cache file (gzip JSON) | %.1f MB |%n| save | %.0f ms |%n| load | %.0f ms |%n"
                + "| pipeline, first run (filters, angles, events, score) | %.0f ms |%n"
                + "| pipeline after one keypoint correction | %.0f ms |%n| steps found | %d |%n%n"
                + "Command: `mvn -o -q test-compile surefire:test@bench -Dtest=SessionScaleBench` (%d cores).%n", tenMinutes.size(),
                Files.size(file) / 1e6, (t1 - t0) / 1e6, (t2 - t1) / 1e6, (t3 - t2) / 1e6, (t4 - t3) / 1e6,
                first.events().stepCount(), Runtime.getRuntime().availableProcessors());
        Files.createDirectories(Path.of("target", "eval"));
        Files.writeString(Path.of("target", "eval", "session-scale.md"), report);
    }
}
