package org.medius.ui;

import java.time.LocalDate;
import java.util.Optional;
import javafx.geometry.Insets;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;
import org.medius.export.report.ReportFields;

/** Asks for what the report's header says about the person and the session; every field may stay empty. */
final class ReportDialog {
    private ReportDialog() {
    }

    static Optional<ReportFields> ask(Window owner) {
        Dialog<ReportFields> d = new Dialog<>();
        d.initOwner(owner);
        d.setTitle("Clinical report");
        d.setHeaderText("What the report should say about the person and the session (all optional).");
        TextField subject = new TextField();
        subject.setId("reportSubject");
        subject.setPromptText("name or study ID");
        DatePicker date = new DatePicker(LocalDate.now());
        date.setId("reportDate");
        ComboBox<String> side = new ComboBox<>();
        side.setId("reportComplaintSide");
        side.getItems().setAll("none", "left", "right", "both");
        side.setValue("none");
        TextArea notes = new TextArea();
        notes.setId("reportNotes");
        notes.setPrefRowCount(4);
        notes.setWrapText(true);
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(8);
        grid.setPadding(new Insets(10));
        grid.addRow(0, new Label("Subject"), subject);
        grid.addRow(1, new Label("Session date"), date);
        grid.addRow(2, new Label("Side of complaint"), side);
        grid.addRow(3, new Label("Notes"), notes);
        d.getDialogPane().setContent(grid);
        d.getDialogPane().getButtonTypes().setAll(ButtonType.OK, ButtonType.CANCEL);
        d.setResultConverter(b -> b != ButtonType.OK ? null : new ReportFields(subject.getText(),
                date.getValue() == null ? null : date.getValue().toString(), side.getValue(), notes.getText()));
        return d.showAndWait();
    }
}
