package org.medius.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.medius.events.ViewChoice;
import org.medius.session.Correction.FrameExclusion;
import org.medius.session.Correction.ViewOverride;

class CorrectionHistoryTest {
    private static final Correction A = new FrameExclusion(40, 55);
    private static final Correction B = new ViewOverride(ViewChoice.SAGITTAL);
    private static final Correction C = new FrameExclusion(1, 1);

    @Test
    void aNewHistoryHasNothingToUndoOrRedo() {
        CorrectionHistory h = new CorrectionHistory();
        assertFalse(h.canUndo());
        assertFalse(h.canRedo());
        assertEquals(Optional.empty(), h.undo());
        assertEquals(Optional.empty(), h.redo());
        assertEquals(Optional.empty(), h.undoDescription());
        assertEquals(Optional.empty(), h.redoDescription());
        assertTrue(h.current().isEmpty());
    }

    @Test
    void undoAndRedoWalkBackAndForth() {
        CorrectionHistory h = new CorrectionHistory();
        h.apply(A);
        h.apply(B);
        assertEquals(List.of(A, B), h.current().list());
        assertEquals(Optional.of("View: sagittal"), h.undoDescription());

        assertEquals(Optional.of(B), h.undo());
        assertEquals(List.of(A), h.current().list());
        assertTrue(h.canRedo());
        assertEquals(Optional.of("View: sagittal"), h.redoDescription());
        assertEquals(Optional.of("Exclude frames 40\u201355"), h.undoDescription());

        assertEquals(Optional.of(A), h.undo());
        assertTrue(h.current().isEmpty());
        assertFalse(h.canUndo());
        assertEquals(Optional.empty(), h.undo());

        assertEquals(Optional.of(A), h.redo());
        assertEquals(Optional.of(B), h.redo());
        assertEquals(List.of(A, B), h.current().list());
        assertFalse(h.canRedo());
        assertEquals(Optional.empty(), h.redo());
    }

    @Test
    void aNewCorrectionClearsRedo() {
        CorrectionHistory h = new CorrectionHistory();
        h.apply(A);
        h.apply(B);
        h.undo();
        h.apply(C);
        assertFalse(h.canRedo());
        assertEquals(List.of(A, C), h.current().list());
        assertEquals(Optional.of(C), h.undo());
        assertEquals(Optional.of(A), h.undo());
        assertEquals(Optional.of(A), h.redo());
        assertEquals(Optional.of(C), h.redo());
    }

    @Test
    void correctionsLoadedWithASessionCanBeUndone() {
        CorrectionHistory h = new CorrectionHistory(Corrections.of(List.of(A, B)));
        assertTrue(h.canUndo());
        assertEquals(Optional.of(B), h.undo());
        assertEquals(List.of(A), h.current().list());
    }
}
