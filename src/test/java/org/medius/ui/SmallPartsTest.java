package org.medius.ui;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The viewer's small pure parts: frame ranges typed by the user, the recent-files list, times, playback lookup. */
class SmallPartsTest {
    @TempDir
    Path dir;

    @Test
    void frameRangesAreReadFromOneAndChecked() {
        assertArrayEquals(new int[] {40, 55}, FrameRange.parse(" 40-55 ", 65));
        assertArrayEquals(new int[] {40, 55}, FrameRange.parse("40 – 55", 65));
        assertArrayEquals(new int[] {7, 7}, FrameRange.parse("7", 65));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> FrameRange.parse("50-40", 65));
        assertEquals("Give the frames to exclude as FROM-TO between 1 and 65 (e.g. 40-55), not '50-40'.", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> FrameRange.parse("0-3", 65));
        assertThrows(IllegalArgumentException.class, () -> FrameRange.parse("60-66", 65));
        assertThrows(IllegalArgumentException.class, () -> FrameRange.parse("abc", 65));
    }

    @Test
    void theShippedSamplesAreListedWithTheirTasks() throws Exception {
        List<SampleVideos.Sample> shipped = SampleVideos.in(Path.of("samples"));
        assertEquals(List.of("lunge-front-alternating-valgus-left.mp4", "run-back-markers-drop-3-9.mp4",
                "run-front-drop-3-9.mp4", "single-leg-squat-left.mp4", "single-leg-squat-right.mp4",
                "stance-front-drop-right.mp4", "stance-front-markers-drop-right.mp4", "walk-back-markers-drop-3-9.mp4",
                "walk-front-drop-3-9.mp4", "walk-front-markers-drop-3-9.mp4"),
                shipped.stream().map(s -> s.file().getFileName().toString()).toList());
        assertEquals(List.of(org.medius.model.Task.LUNGE, org.medius.model.Task.RUN, org.medius.model.Task.RUN,
                org.medius.model.Task.SINGLE_LEG_SQUAT, org.medius.model.Task.SINGLE_LEG_SQUAT, org.medius.model.Task.STANCE,
                org.medius.model.Task.STANCE, org.medius.model.Task.WALK, org.medius.model.Task.WALK, org.medius.model.Task.WALK),
                shipped.stream().map(SampleVideos.Sample::task).toList());
        assertEquals(org.medius.model.Sex.UNKNOWN, shipped.get(0).sex());
        assertEquals(org.medius.model.Sex.FEMALE, shipped.get(3).sex());
        assertTrue(shipped.get(3).label().startsWith("single-leg-squat-left.mp4 ("), shipped.get(3).label());

        Files.writeString(dir.resolve("squat-deep.mp4"), "x");
        Files.writeString(dir.resolve("holiday.mp4"), "x");
        Files.writeString(dir.resolve("walk.truth.csv"), "x");
        assertEquals(List.of(org.medius.model.Task.SQUAT),
                SampleVideos.in(dir).stream().map(SampleVideos.Sample::task).toList(), "only mp4 named after a task");
        assertEquals(List.of(), SampleVideos.in(dir.resolve("absent")));
    }

    @Test
    void recentFilesKeepTheNewestFirstWithoutDuplicatesAndSurviveADamagedList() throws Exception {
        RecentFiles recent = new RecentFiles(dir.resolve("sub/recent.txt"));
        assertEquals(List.of(), recent.list(), "no file yet");
        for (int i = 0; i < 12; i++) {
            recent.add(dir.resolve("v" + i + ".mp4"));
        }
        recent.add(dir.resolve("v5.mp4"));
        List<Path> list = recent.list();
        assertEquals(RecentFiles.MAX, list.size());
        assertEquals(dir.resolve("v5.mp4"), list.get(0));
        assertEquals(dir.resolve("v11.mp4"), list.get(1));
        assertEquals(1, list.stream().filter(p -> p.endsWith("v5.mp4")).count());
        Files.write(dir.resolve("sub/recent.txt"), new byte[] {(byte) 0xff, (byte) 0xfe, 0, 1});
        assertEquals(List.of(), recent.list(), "an unreadable list is treated as empty, never an error");
    }

    @Test
    void timesAndDegreesAreWrittenForPeople() {
        assertEquals("0:07.40", TimeText.of(7.4));
        assertEquals("1:05.00", TimeText.of(65));
        assertEquals("–", TimeText.of(Double.NaN));
        assertEquals("12.3°", TimeText.degrees(12.34));
        assertEquals("–", TimeText.degrees(Double.NaN));
        assertEquals("45 s", AnalysisJob.duration(44.6));
        assertEquals("2 min 05 s", AnalysisJob.duration(125));
    }

    @Test
    void playbackShowsTheLastFrameStartingAtOrBeforeATime() {
        double[] t = {0, 0.033, 0.070, 0.100};
        assertEquals(0, Playback.frameAt(t, -1));
        assertEquals(0, Playback.frameAt(t, 0.02));
        assertEquals(1, Playback.frameAt(t, 0.033));
        assertEquals(2, Playback.frameAt(t, 0.099));
        assertEquals(3, Playback.frameAt(t, 5));
    }

    @Test
    void errorsWrittenForUsersAreShownAsTheyAreOthersSayWhatToDo() {
        assertEquals("Cannot open x.mp4: it is not a video.", ErrorMessages.of(
                new RuntimeException(new java.io.IOException("Cannot open x.mp4: it is not a video."))));
        String internal = ErrorMessages.of(new IllegalStateException("boom"));
        assertTrue(internal.startsWith("Something went wrong inside Medius"), internal);
        assertTrue(internal.contains("Please report it"), internal);
    }
}
