package org.medius.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.medius.model.Task;
import org.medius.session.Correction;
import org.medius.synth.SyntheticTrack;
import org.medius.video.TestVideos;

/**
 * Issue 19: a viewer session killed with {@code kill -9} while the user makes corrections keeps every correction
 * made before the kill: each is saved as it is made, atomically, so the saved session always loads, and opening the
 * video again brings them back without running the pose model.
 */
class ViewerKillNineTest {
    static SyntheticTrack track() {
        return SquatClip.track();
    }

    /** Run in its own JVM: opens the video, then excludes one frame range after another, saying each one saved. */
    public static final class CorrectingViewer {
        public static void main(String[] args) throws Exception {
            ViewerModel model = new ViewerModel(ViewerServices.withCache(new FakePoseStage(track().frames()),
                    Path.of(args[0]), "test"), new CurrentThreadTaskExecutor());
            model.taskProperty().set(Task.SQUAT);
            model.open(Path.of(args[1]));
            for (int i = 0; ; i++) {
                int from = 1 + (i * 7) % 150;
                model.apply(new Correction.FrameExclusion(from, from + 3));
                System.out.println("saved " + model.corrections().size());
                System.out.flush();
            }
        }
    }

    @Test
    void correctionsMadeBeforeAKillAreThereWhenTheVideoIsOpenedAgain(@TempDir Path dir) throws Exception {
        SyntheticTrack track = track();
        Path video = TestVideos.spec().size(640, 360).frames(track.frames().size()).writeTo(dir.resolve("squats.mp4"));
        Path cache = Files.createDirectories(dir.resolve("cache"));
        Path javaBin = Path.of(System.getProperty("java.home"), "bin", "java");
        int total = 0;
        for (int round = 0; round < 3; round++) {
            Process viewer = new ProcessBuilder(javaBin.toString(), "-cp", System.getProperty("java.class.path"),
                    CorrectingViewer.class.getName(), cache.toString(), video.toString()).redirectErrorStream(true)
                    .start();
            int saved = 0;
            try (BufferedReader lines = new BufferedReader(new InputStreamReader(viewer.getInputStream(),
                    StandardCharsets.UTF_8))) {
                String line;
                int wanted = 3 + 4 * round; // kill at a different moment each round
                while ((line = lines.readLine()) != null) {
                    if (line.startsWith("saved ")) {
                        saved = Integer.parseInt(line.substring(6));
                        if (saved >= total + wanted) {
                            break;
                        }
                    }
                }
                viewer.destroyForcibly(); // SIGKILL, possibly in the middle of the next save
                assertTrue(viewer.waitFor(30, TimeUnit.SECONDS));
            }
            assertTrue(saved > total, "round " + round + ": corrections were made");

            FakePoseStage stage = new FakePoseStage(track.frames());
            ViewerModel reopened = new ViewerModel(ViewerServices.withCache(stage, cache, "test"),
                    new CurrentThreadTaskExecutor());
            reopened.taskProperty().set(Task.SQUAT);
            reopened.open(video);
            assertNotNull(reopened.analysis(), "round " + round);
            assertEquals(0, stage.runs.get(), "round " + round + ": the saved session loads (not damaged)");
            assertTrue(reopened.corrections().size() >= saved, "round " + round + ": " + saved
                    + " corrections saved before the kill, " + reopened.corrections().size() + " reopened");
            total = reopened.corrections().size();
        }
        // a save cut by a kill may leave a hidden partial file; once it is older than a minute (no live save takes
        // that long) the next opening deletes it: make one, age it, open again
        Path saved;
        try (Stream<Path> files = Files.list(cache)) {
            saved = files.filter(p -> p.getFileName().toString().endsWith(".medius.json.gz")).findFirst()
                    .orElseThrow();
        }
        Path leftover = Files.writeString(cache.resolve("." + saved.getFileName() + "123456789.part"), "cut");
        Files.setLastModifiedTime(leftover, java.nio.file.attribute.FileTime.fromMillis(
                System.currentTimeMillis() - 120_000));
        ViewerModel again = new ViewerModel(ViewerServices.withCache(new FakePoseStage(track.frames()), cache, "test"),
                new CurrentThreadTaskExecutor());
        again.taskProperty().set(Task.SQUAT);
        again.open(video);
        try (Stream<Path> files = Files.walk(cache)) {
            List<String> partial = files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".part"))
                    .filter(n -> {
                        try {
                            return Files.getLastModifiedTime(cache.resolve(n)).toMillis()
                                    < System.currentTimeMillis() - 60_000;
                        } catch (java.io.IOException e) {
                            return true;
                        }
                    }).toList();
            assertEquals(List.of(), partial, "no old half-written file left in the cache");
        }
        assertTrue(!Files.exists(leftover), "the aged leftover is gone");
    }
}
