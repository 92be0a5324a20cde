package org.medius.session;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;

/**
 * Undo and redo over the user's corrections: {@link #current()} is what the analysis should show. A new
 * correction clears what could be redone, as in any editor. Not thread-safe: the viewer calls it from its one
 * UI thread.
 */
public final class CorrectionHistory {
    private Corrections current;
    private final Deque<Correction> redo = new ArrayDeque<>();

    /** A history with nothing to undo. */
    public CorrectionHistory() {
        this(Corrections.none());
    }

    /**
     * A history starting from corrections made earlier (e.g. loaded with a session); each of them can be undone,
     * last first.
     */
    public CorrectionHistory(Corrections start) {
        this.current = java.util.Objects.requireNonNull(start, "start");
    }

    /** Adds a correction; nothing can be redone afterwards. */
    public void apply(Correction c) {
        current = current.with(c);
        redo.clear();
    }

    /** Takes back the latest correction; empty when there is none. */
    public Optional<Correction> undo() {
        if (!canUndo()) {
            return Optional.empty();
        }
        java.util.List<Correction> l = current.list();
        Correction last = l.get(l.size() - 1);
        current = Corrections.of(l.subList(0, l.size() - 1));
        redo.push(last);
        return Optional.of(last);
    }

    /** Makes the latest undone correction again; empty when there is none. */
    public Optional<Correction> redo() {
        if (!canRedo()) {
            return Optional.empty();
        }
        Correction c = redo.pop();
        current = current.with(c);
        return Optional.of(c);
    }

    public boolean canUndo() {
        return !current.isEmpty();
    }

    public boolean canRedo() {
        return !redo.isEmpty();
    }

    /** The corrections in effect now. */
    public Corrections current() {
        return current;
    }

    /** What {@link #undo()} would take back, for the Undo menu item. */
    public Optional<String> undoDescription() {
        return canUndo() ? Optional.of(current.list().get(current.size() - 1).description()) : Optional.empty();
    }

    /** What {@link #redo()} would make again, for the Redo menu item. */
    public Optional<String> redoDescription() {
        return canRedo() ? Optional.of(redo.peek().description()) : Optional.empty();
    }
}
