package org.medius.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.medius.model.FramePose;
import org.medius.model.MoveNetVariant;
import org.medius.model.Pose;
import org.medius.model.Side;
import org.medius.model.Task;
import org.medius.synth.SyntheticTrack;

/** Lightning's poses too thin for an analysis call for Thunder, with a note; anything else does not. */
class ModelFallbackTest {
    private static final AnalysisSettings WALK = AnalysisSettings.defaults(Task.WALK);

    /** A clip whose person is seen on only the first {@code seen} frames (the model lost them after). */
    private static List<FramePose> seenOn(int seen) {
        List<FramePose> clip = SyntheticTrack.squat().reps(2).repSeconds(2).pauseSeconds(0.5).fps(30)
                .imageSizePx(640, 360).bodyHeightPx(300).fppaDeg(Side.LEFT, 5).seed(2).generate().frames();
        List<FramePose> out = new ArrayList<>();
        for (FramePose f : clip) {
            out.add(out.size() < seen ? f : new FramePose(f.frameIndex(), f.timestampSeconds(), Pose.empty()));
        }
        return out;
    }

    @Test
    void lightningThatMissedThePersonCallsForThunderWithANote() {
        List<FramePose> poses = seenOn(8);
        String note = ModelFallback.note(MoveNetVariant.LIGHTNING, poses, WALK, "demo4.mp4");
        assertTrue(note != null && note.startsWith("MoveNet Lightning found the person on only 8 of " + poses.size()
                + " frames of demo4.mp4"), note);
        assertTrue(note.contains("analysed again with MoveNet Thunder"), note);
        assertEquals(MoveNetVariant.THUNDER, ModelFallback.FALLBACK);
    }

    @Test
    void noFallbackWhenThePersonWasSeenOrThunderWasUsedOrTheClipIsTooShort() {
        assertNull(ModelFallback.note(MoveNetVariant.LIGHTNING, seenOn(1000), WALK, "a.mp4"), "seen on every frame");
        assertNull(ModelFallback.note(MoveNetVariant.THUNDER, seenOn(8), WALK, "a.mp4"), "Thunder has no fallback");
        assertNull(ModelFallback.note(MoveNetVariant.LIGHTNING, seenOn(0).subList(0, 2), WALK, "a.mp4"),
                "2 frames: refused for its length, whatever the model");
    }
}
