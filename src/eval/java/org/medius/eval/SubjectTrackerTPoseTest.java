package org.medius.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.medius.model.MoveNetVariant;
import org.medius.pose.MoveNetModel;
import org.medius.pose.SubjectStatus;
import org.medius.pose.SubjectTracker;
import org.medius.pose.VideoPoseRunner;
import org.medius.testing.SharedData;
import org.medius.video.VideoInfo;

/**
 * A regression found on {@code pose2sim-static/cam02.mp4} (a man alone, in a T-pose, seen from behind): the
 * first pose came from a search square that missed his arms, and the gate then rejected the full poses of the
 * next frames (their box, arms included, no longer matched), so he was "missing" on 9 of 11 frames. The first
 * pose is now refined through MoveNet's own crop and the box leaves out arms and head.
 */
class SubjectTrackerTPoseTest {

    @Test
    void aManAloneInATPoseIsTrackedOnEveryFrame() throws Exception {
        Path video = SharedData.require("pose2sim-static/cam02.mp4");
        List<SubjectStatus> statuses = new ArrayList<>();
        try (SubjectTracker t = new SubjectTracker(MoveNetModel.load(MoveNetVariant.THUNDER), true)) {
            t.setStatusListener(statuses::add);
            VideoPoseRunner.run(video, t, fp -> { }, new VideoPoseRunner.Listener() {
                @Override
                public void started(VideoInfo info) {
                }
            });
        }
        assertEquals(11, statuses.size());
        assertEquals(List.of(SubjectStatus.TRACKED), statuses.stream().distinct().toList(), statuses.toString());
    }
}
