package org.medius.ui;

import java.util.List;
import java.util.Optional;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.medius.session.Correction;
import org.medius.session.CorrectionHistory;
import org.medius.session.Corrections;

/**
 * The user's corrections with undo and redo, and what the Edit menu shows of them ("Undo View: posterior", enabled
 * or not), kept in step after every change.
 */
final class UndoState {
    private CorrectionHistory history = new CorrectionHistory();
    private final ReadOnlyStringWrapper undoText;
    private final ReadOnlyStringWrapper redoText;
    private final ReadOnlyBooleanWrapper canUndo;
    private final ReadOnlyBooleanWrapper canRedo;

    /** @param bean the model whose properties these are */
    UndoState(Object bean) {
        undoText = new ReadOnlyStringWrapper(bean, "undoText", "");
        redoText = new ReadOnlyStringWrapper(bean, "redoText", "");
        canUndo = new ReadOnlyBooleanWrapper(bean, "canUndo");
        canRedo = new ReadOnlyBooleanWrapper(bean, "canRedo");
    }

    ReadOnlyStringProperty undoTextProperty() {
        return undoText.getReadOnlyProperty();
    }

    ReadOnlyStringProperty redoTextProperty() {
        return redoText.getReadOnlyProperty();
    }

    ReadOnlyBooleanProperty canUndoProperty() {
        return canUndo.getReadOnlyProperty();
    }

    ReadOnlyBooleanProperty canRedoProperty() {
        return canRedo.getReadOnlyProperty();
    }

    /** The corrections in force, in the order they were made. */
    List<Correction> corrections() {
        return history.current().list();
    }

    /** The subject picked by the corrections in force, if one was. */
    Optional<Correction.SubjectPick> subject() {
        return history.current().subject();
    }

    /** Starts again from these corrections (none for a new video; those saved with earlier results), last first to undo. */
    void reset(List<Correction> inForce) {
        history = inForce.isEmpty() ? new CorrectionHistory() : new CorrectionHistory(Corrections.of(inForce));
        update();
    }

    void apply(Correction c) {
        history.apply(c);
        update();
    }

    /** @return the correction taken back, if there was one */
    Optional<Correction> undo() {
        Optional<Correction> c = history.undo();
        update();
        return c;
    }

    /** @return the correction made again, if there was one */
    Optional<Correction> redo() {
        Optional<Correction> c = history.redo();
        update();
        return c;
    }

    private void update() {
        canUndo.set(history.canUndo());
        canRedo.set(history.canRedo());
        undoText.set(history.canUndo() ? "Undo " + history.undoDescription().orElse("") : "Undo");
        redoText.set(history.canRedo() ? "Redo " + history.redoDescription().orElse("") : "Redo");
    }
}
