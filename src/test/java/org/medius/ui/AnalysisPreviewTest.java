package org.medius.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.medius.analysis.Analysis;
import org.medius.analysis.AnalysisSettings;
import org.medius.model.FramePose;
import org.medius.model.Side;
import org.medius.model.Task;
import org.medius.model.VideoMetadata;
import org.medius.synth.SyntheticTrack;

/** The preview of the frames done: made as soon as the pipeline can run, then no more often than every 0.5 s. */
class AnalysisPreviewTest {

    @Test
    void aPreviewComesAsSoonAsPossibleThenAtMostEveryHalfSecond() {
        SyntheticTrack track = SyntheticTrack.squat().reps(2).repSeconds(2).pauseSeconds(0.5).fps(30)
                .imageSizePx(640, 360).bodyHeightPx(300).fppaDeg(Side.LEFT, 12).seed(7).generate();
        VideoMetadata video = new VideoMetadata("squats.mp4", 640, 360, 0, "h264", 30, track.frames().size() / 30.0);
        long frameNanos = 40_000_000L; // a frame every 40 ms, as the pose model takes
        long[] clock = {0};
        AnalysisPreview preview = new AnalysisPreview(AnalysisSettings.defaults(Task.SQUAT), "test", () -> clock[0]);
        List<Integer> madeAt = new ArrayList<>();
        Analysis last = null;
        for (int i = 0; i < track.frames().size(); i++) {
            FramePose p = track.frames().get(i);
            clock[0] = i * frameNanos;
            Analysis a = preview.add(video, p);
            if (a != null) {
                madeAt.add(i);
                assertEquals(i + 1, a.frames().size(), "the frames done so far");
                last = a;
            }
        }
        assertNotNull(last);
        assertEquals(2, (int) madeAt.get(0), "first as soon as the pipeline takes the frames (3 frames)");
        for (int k = 1; k < madeAt.size(); k++) {
            assertEquals(true, (madeAt.get(k) - madeAt.get(k - 1)) * frameNanos >= 500_000_000L,
                    "at least 0.5 s apart: " + madeAt);
        }
        assertEquals(true, madeAt.size() >= 5, "renewed through the clip: " + madeAt);
    }

    @Test
    void noPersonYetGivesNoPreview() {
        VideoMetadata video = new VideoMetadata("empty.mp4", 640, 360, 0, "h264", 30, 1);
        AnalysisPreview preview = new AnalysisPreview(AnalysisSettings.defaults(Task.WALK), "test");
        for (int i = 0; i < 30; i++) {
            assertNull(preview.add(video, new FramePose(i, i / 30.0, org.medius.model.Pose.empty())));
        }
    }
}
