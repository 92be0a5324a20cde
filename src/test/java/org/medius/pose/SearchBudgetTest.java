package org.medius.pose;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The subject search's budget: credits follow the video's time, at most one per frame, saved up to a cap. */
class SearchBudgetTest {

    @Test
    void startsWithTwoFullSearchesSavedAndNeverSavesMore() {
        SearchBudget b = new SearchBudget();
        assertEquals(20, b.credits(), 1e-12);
        for (int i = 0; i < 100; i++) {
            b.earn(i / 30.0);
        }
        assertEquals(20, b.credits(), 1e-12);
    }

    @Test
    void earnsTenPerSecondOfVideoAtThirtyFramesPerSecond() {
        SearchBudget b = new SearchBudget();
        b.spend(20);
        for (int i = 0; i <= 30; i++) { // the first frame earns nothing: no time has passed
            b.earn(i / 30.0);
        }
        assertEquals(10, b.credits(), 1e-9);
        assertTrue(b.affords(10));
        assertFalse(b.affords(11));
    }

    @Test
    void earnsAtMostOnePerFrameAtALowFrameRate() {
        SearchBudget b = new SearchBudget();
        b.spend(20);
        for (int i = 0; i <= 10; i++) { // 5 frames/s: 2 s of video, 10 frames after the first
            b.earn(i / 5.0);
        }
        assertEquals(10, b.credits(), 1e-9);
    }

    @Test
    void framesWithoutTimeBetweenThemEarnNothing() {
        SearchBudget b = new SearchBudget();
        b.spend(20);
        b.earn(1.0);
        b.earn(1.0);
        b.earn(0.5); // a timestamp going back
        assertEquals(0, b.credits(), 1e-12);
    }
}
