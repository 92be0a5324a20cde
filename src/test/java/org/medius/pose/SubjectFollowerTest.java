package org.medius.pose;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.medius.pose.SubjectGateTest.seen;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Scenes of two people drawn frame by frame (30 fps, 1920 x 1080): the subject, torso 120 px, walks right to left
 * at hip height 700 px at 2 torso lengths per second; a bystander stands still. What the "model" returns on the
 * tracking crop and on the search crops is scripted per frame.
 */
class SubjectFollowerTest {
    static final double FPS = 30;
    static final double SPEED = 240; // px/s

    static double subjectX(int frame) {
        return 1600 - SPEED * frame / FPS;
    }

    /** Counts how often the search was asked for. */
    private int searches;

    private SubjectFollower.Step frame(SubjectFollower f, int i, SubjectObservation trackingCrop, List<SubjectObservation> search) {
        return f.step(i / FPS, () -> trackingCrop, () -> {
            searches++;
            return search;
        });
    }

    @Test
    void followsTheSubjectPastAStandingBystanderEvenWhenTheCropDriftsToThem() {
        SubjectObservation bystander = seen(900, 450, 70); // further back, standing on a box
        SubjectFollower f = new SubjectFollower();
        f.start(0, seen(subjectX(0), 700, 120));
        for (int i = 1; i <= 150; i++) {
            SubjectObservation subject = seen(subjectX(i), 700 + 4 * Math.sin(i / 3.0), 120);
            boolean passing = Math.abs(subjectX(i) - 900) < 300;
            // while passing, every other frame the model in the tracking crop prefers the bystander
            SubjectObservation crop = passing && i % 2 == 0 ? bystander : subject;
            SubjectFollower.Step s = frame(f, i, crop, List.of(bystander, subject));
            assertSame(subject, s.subject(), "frame " + i);
            assertEquals(SubjectStatus.TRACKED, s.status(), "frame " + i);
        }
        assertTrue(searches > 10, "the search ran on the drifted frames");
    }

    @Test
    void aSuddenJumpToTheBystanderIsMissingNotTheBystander() {
        SubjectObservation bystander = seen(700, 700, 120); // same size, same depth
        SubjectFollower f = new SubjectFollower();
        f.start(0, seen(subjectX(0), 700, 120));
        List<SubjectStatus> statuses = new ArrayList<>();
        for (int i = 1; i <= 40; i++) {
            SubjectObservation subject = seen(subjectX(i), 700, 120);
            boolean hidden = i >= 10 && i < 16; // the subject is hidden; only the bystander is found
            SubjectFollower.Step s = hidden
                    ? frame(f, i, bystander, List.of(bystander))
                    : frame(f, i, subject, List.of(subject, bystander));
            statuses.add(s.status());
            if (hidden) {
                assertNull(s.subject(), "frame " + i);
            } else {
                assertSame(subject, s.subject(), "frame " + i);
            }
        }
        assertEquals(SubjectStatus.MISSING, statuses.get(9));
        assertEquals(SubjectStatus.MISSING, statuses.get(14));
        assertEquals(SubjectStatus.REACQUIRED, statuses.get(15));
        assertEquals(SubjectStatus.TRACKED, statuses.get(16));
    }

    @Test
    void leavingTheFrameIsMissingThenReacquiredWhereItLeft() {
        // a bystander of the subject's size stands 4 torso lengths from where the subject leaves: within the
        // search radius after 0.6 s, but remembered as someone else
        SubjectObservation bystander = seen(480, 700, 120);
        SubjectFollower f = new SubjectFollower();
        int i = 0;
        f.start(0, seen(subjectX(0), 700, 120));
        // walks out at the left edge: 1600 px at 240 px/s = 200 frames to x = 0
        for (i = 1; subjectX(i) > 0; i++) {
            SubjectObservation subject = seen(subjectX(i), 700, 120);
            assertSame(subject, frame(f, i, subject, List.of(subject, bystander)).subject(), "frame " + i);
        }
        int left = i;
        List<SubjectStatus> statuses = new ArrayList<>();
        for (; i < left + 90; i++) { // 3 s out of view: only the bystander is ever found
            SubjectFollower.Step s = frame(f, i, bystander, List.of(bystander));
            assertNull(s.subject(), "frame " + i + ": the bystander is not the subject");
            statuses.add(s.status());
        }
        assertTrue(statuses.stream().allMatch(s -> s == SubjectStatus.MISSING));
        // comes back where it left, walking left to right
        SubjectFollower.Step back = frame(f, i, null, List.of(bystander, seen(60, 705, 125)));
        assertEquals(SubjectStatus.REACQUIRED, back.status());
        assertEquals(60, back.subject().hipX(), 1e-9);
        i++;
        SubjectObservation next = seen(68, 705, 125);
        SubjectFollower.Step after = frame(f, i, next, List.of());
        assertEquals(SubjectStatus.TRACKED, after.status());
        assertSame(next, after.subject());
    }

    @Test
    void aPersonFarFromWhereTheSubjectLeftIsNeverTaken() {
        SubjectFollower f = new SubjectFollower();
        f.start(0, seen(100, 700, 120));
        SubjectObservation farAway = seen(1500, 700, 120); // 11.7 torso lengths away, beyond the 6-torso cap
        for (int i = 1; i < 30 * 20; i++) {
            assertNull(frame(f, i, farAway, List.of(farAway)).subject(), "frame " + i);
        }
    }

    @Test
    void aSearchThatFindsBothPicksTheOneNearestThePrediction() {
        SubjectFollower f = new SubjectFollower();
        f.start(0, seen(1000, 700, 120));
        SubjectObservation near = seen(1010, 700, 120);
        SubjectObservation other = seen(1060, 700, 120);
        SubjectFollower.Step s = frame(f, 1, null, List.of(other, near));
        assertSame(near, s.subject());
    }
}
