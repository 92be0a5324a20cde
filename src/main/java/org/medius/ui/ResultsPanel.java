package org.medius.ui;

import java.util.List;
import java.util.Locale;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.medius.analysis.Analysis;
import org.medius.analysis.EventMeasures;
import org.medius.events.EventKind;
import org.medius.model.Side;
import org.medius.model.Task;
import org.medius.score.Asymmetry;
import org.medius.score.ComponentStatus;
import org.medius.score.Metric;
import org.medius.score.MetricSummary;
import org.medius.score.ScoreComponent;
import org.medius.score.ScoreResult;
import org.medius.score.Exercises;
import org.medius.score.ScoreWords;
import org.medius.score.SideScore;

/**
 * The results beside the video: counts, the weakness score per side with each component's band, source and
 * uncertainty, per-side medians with the asymmetry against its SDD, notes, the not-a-strength-test line, and one
 * table row per stance or repetition (selecting a row shows its peak frame).
 */
final class ResultsPanel extends VBox {
    /** The events table keeps about six rows in view; when the window is smaller, the panel scrolls. */
    static final double EVENT_TABLE_MIN_HEIGHT_PX = 190;

    private static final List<Metric> SHOWN = List.of(Metric.CPD, Metric.FPPA, Metric.TRUNK_LEAN);

    private final Label headline = new Label("No analysis yet.");
    private final HBox scores = new HBox(8);
    private final GridPane perSide = new GridPane();
    private final Label notes = new Label();
    private final Label statement = new Label();
    private final TableView<EventMeasures> events = new TableView<>();
    private boolean seekingFromTable;
    /** The stance or repetition the current frame lies in (the first, for a squat's two legs); null outside any. */
    private final javafx.beans.property.ObjectProperty<EventMeasures> currentEvent =
            new javafx.beans.property.SimpleObjectProperty<>(this, "currentEvent");
    private final Label asymmetryKey = new Label("Red: the sides differ by more than the smallest detectable"
            + " difference (SDD) of that measure. Hover a value for its quartiles and count.");

    ResultsPanel(ViewerModel model) {
        super(8);
        setId("resultsPanel");
        setPadding(new Insets(8));
        setMinWidth(340);
        setPrefWidth(430);
        headline.setId("headline");
        headline.setWrapText(true);
        headline.setStyle("-fx-font-size: 15px; -fx-font-weight: bold;");
        scores.setId("scores");
        perSide.setId("perSide");
        perSide.setHgap(10);
        perSide.setVgap(3);
        notes.setId("notes");
        notes.setWrapText(true);
        notes.setStyle("-fx-text-fill: #8a5a00;");
        statement.setId("statement");
        statement.setWrapText(true);
        statement.setStyle("-fx-font-style: italic; -fx-text-fill: #444;");
        for (Label l : List.of(headline, notes, statement)) {
            l.setMinHeight(Region.USE_PREF_SIZE); // wrapped text is never cut: the table below gives way
        }
        events.setId("eventTable");
        events.setPlaceholder(new Label("No stances, repetitions or holds found."));
        events.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY);
        addColumns();
        VBox.setVgrow(events, Priority.ALWAYS);
        events.setMinHeight(EVENT_TABLE_MIN_HEIGHT_PX); // the panel scrolls rather than squeeze the table away
        Label eventsTitle = new Label("Stances, repetitions or holds (select one to see its peak)");
        eventsTitle.setStyle("-fx-font-weight: bold;");
        asymmetryKey.setWrapText(true);
        asymmetryKey.setMinHeight(Region.USE_PREF_SIZE);
        asymmetryKey.setStyle("-fx-font-size: 11px; -fx-text-fill: #555;");
        getChildren().addAll(headline, scores, perSide, asymmetryKey, statement, notes, eventsTitle, events);

        model.analysisProperty().addListener((o, was, now) -> show(now));
        events.setRowFactory(t -> new CurrentEventRow(currentEvent));
        model.currentFrameProperty().addListener((o, was, now) -> followFrame(now.intValue()));
        events.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> {
            if (now != null && !seekingFromTable) {
                model.currentFrameProperty().set(AnalysisFrames.peakFrame(now));
            }
        });
        show(model.analysis());
    }

    /** Marks the row of the event the frame lies in, so playback shows which stance or repetition it is in. */
    private void followFrame(int frame) {
        EventMeasures now = null;
        for (EventMeasures m : events.getItems()) {
            if (m.event().contains(frame)) {
                now = m;
                break;
            }
        }
        currentEvent.set(now);
    }

    EventMeasures currentEvent() {
        return currentEvent.get();
    }

    /**
     * A table row marked (bold, an amber bar at its left) while the current frame lies in its stance, or in its
     * repetition (both legs' rows of a squat).
     */
    private static final class CurrentEventRow extends javafx.scene.control.TableRow<EventMeasures> {
        private static final String MARKED = "-fx-font-weight: bold; -fx-border-color: #E8A33B;"
                + " -fx-border-width: 0 0 0 4;";
        private final javafx.beans.InvalidationListener update;

        CurrentEventRow(javafx.beans.value.ObservableObjectValue<EventMeasures> current) {
            update = o -> setStyle(marks(getItem(), current.get()) ? MARKED : "");
            current.addListener(new javafx.beans.WeakInvalidationListener(update));
            itemProperty().addListener(update);
        }

        private static boolean marks(EventMeasures row, EventMeasures current) {
            if (row == null || current == null) {
                return false;
            }
            return row == current || row.event().kind() == EventKind.REPETITION
                    && current.event().kind() == EventKind.REPETITION
                    && row.event().startFrame() == current.event().startFrame();
        }
    }

    TableView<EventMeasures> eventTable() {
        return events;
    }

    private void addColumns() {
        events.getColumns().add(column("#", this::number, 50));
        events.getColumns().add(column("Side", m -> m.event().side().name().charAt(0)
                + m.event().side().name().substring(1).toLowerCase(Locale.ROOT), 50));
        events.getColumns().add(column("Start", m -> TimeText.of(m.startSeconds()), 70));
        events.getColumns().add(column("Drop", m -> TimeText.degrees(m.cpdPeakDeg()), 55));
        events.getColumns().add(column("FPPA", m -> TimeText.degrees(m.fppaDeg()), 55));
        events.getColumns().add(column("Trunk", m -> TimeText.degrees(m.trunkLeanPeakDeg()), 55));
    }

    /** "Rep 2", "Hold 1" or "Step 5": a squat's repetition has a row per leg, both with the repetition's number. */
    private String number(EventMeasures m) {
        int n = 0;
        int lastStart = Integer.MIN_VALUE;
        for (EventMeasures e : events.getItems()) {
            boolean sameRep = e.event().kind() == EventKind.REPETITION && e.event().startFrame() == lastStart;
            if (!sameRep) {
                n++;
            }
            lastStart = e.event().startFrame();
            if (e == m) {
                break;
            }
        }
        return switch (m.event().kind()) {
            case REPETITION -> "Rep ";
            case HOLD -> "Hold ";
            case STANCE -> "Step ";
        } + n;
    }

    private static TableColumn<EventMeasures, String> column(String title,
            java.util.function.Function<EventMeasures, String> text, double width) {
        TableColumn<EventMeasures, String> c = new TableColumn<>(title);
        c.setCellValueFactory(d -> new ReadOnlyObjectWrapper<>(text.apply(d.getValue())));
        c.setPrefWidth(width);
        c.setSortable(false);
        return c;
    }

    private void show(Analysis a) {
        scores.getChildren().clear();
        perSide.getChildren().clear();
        asymmetryKey.setVisible(a != null);
        asymmetryKey.setManaged(a != null);
        events.setPlaceholder(new Label(a == null ? "The table fills when the analysis is done."
                : "No stances, repetitions or holds found."));
        if (a == null) {
            headline.setText("No analysis yet.");
            notes.setText("");
            statement.setText("");
            events.getItems().clear();
            return;
        }
        var ev = a.events();
        String task = a.settings().task().cliName().replace('-', ' ');
        headline.setText(a.settings().task().holds()
                ? String.format(Locale.ROOT, "Single-leg stance (Trendelenburg test) · %d hold%s",
                        a.eventMeasures().size(), a.eventMeasures().size() == 1 ? "" : "s")
                : a.settings().task().repetitive()
                ? String.format(Locale.ROOT, "%s · %d repetition%s", capital(task), ev.repetitionCount(),
                        ev.repetitionCount() == 1 ? "" : "s")
                : String.format(Locale.ROOT, "%s · %d step%s · %s", capital(task), ev.stepCount(),
                        ev.stepCount() == 1 ? "" : "s", Double.isFinite(ev.cadenceStepsPerMin())
                                ? String.format(Locale.ROOT, "cadence %.0f steps/min", ev.cadenceStepsPerMin())
                                : "cadence n/a"));
        headline.setText(headline.getText() + " · " + AnalysisJob.viewText(a));
        ScoreResult s = a.score();
        for (Side side : Side.values()) {
            VBox card = scoreCard(s, side);
            HBox.setHgrow(card, Priority.ALWAYS);
            scores.getChildren().add(card);
        }
        fillPerSide(s);
        statement.setText(s.statement());
        List<String> all = new java.util.ArrayList<>();
        if (a.eventMeasures().isEmpty()) {
            all.add("Nothing was found for the task '" + task + "'. If the person does something else (walks, runs,"
                    + " squats, lunges, single-leg squats, stands on one leg), choose it under Task above: the results update at once,"
                    + " without running the pose model again.");
        }
        for (org.medius.score.TrendelenburgVerdict v : s.trendelenburg()) {
            all.add("Trendelenburg test, " + v.stanceSide().name().toLowerCase(Locale.ROOT) + " leg: "
                    + v.outcome().word() + ". " + v.sentence());
        }
        all.addAll(ev.notes());
        all.addAll(a.warnings());
        notes.setText(all.isEmpty() ? "" : "• " + String.join("\n• ", all));
        seekingFromTable = true;
        try {
            events.getItems().setAll(a.eventMeasures());
        } finally {
            seekingFromTable = false;
        }
    }

    private static VBox scoreCard(ScoreResult result, Side side) {
        SideScore sc = result.score(side);
        VBox card = new VBox(3);
        card.setPrefWidth(160);
        card.setMaxWidth(Double.MAX_VALUE);
        card.setId("score" + capital(sc.side().name().toLowerCase(Locale.ROOT)));
        card.setPadding(new Insets(6));
        card.setStyle("-fx-background-color: #f4f6f8; -fx-background-radius: 6; -fx-border-color: "
                + (sc.side() == Side.LEFT ? "#3D9BE9" : "#E8743B") + "; -fx-border-radius: 6; -fx-border-width: 0 0 0 4;");
        Label title = new Label(capital(sc.side().name().toLowerCase(Locale.ROOT)) + " weakness score");
        title.setStyle("-fx-font-weight: bold;");
        Label value = new Label(Double.isNaN(sc.score()) ? "n/a"
                : String.format(Locale.ROOT, "%.0f / 100%s", sc.score(), sc.uncertain() ? " (uncertain)" : ""));
        value.setId("scoreValue" + capital(sc.side().name().toLowerCase(Locale.ROOT)));
        value.setStyle("-fx-font-size: 18px;");
        Label sentence = wrapped(ScoreWords.sentence(result, side), "");
        sentence.setId("scoreSentence" + capital(sc.side().name().toLowerCase(Locale.ROOT)));
        card.getChildren().addAll(title, value, sentence);
        // the numbers and sources one click away, so the plain sentence and the events table stay in view
        VBox details = new VBox(2);
        for (ScoreComponent c : sc.components()) {
            details.getChildren().add(wrapped(componentText(c, result.task()), "-fx-font-size: 11px;"));
        }
        javafx.scene.control.TitledPane more = new javafx.scene.control.TitledPane("Numbers and sources", details);
        more.setExpanded(false);
        more.setAnimated(false);
        card.getChildren().add(more);
        if (Exercises.shownFor(sc)) {
            card.getChildren().add(exercises());
        }
        return card;
    }

    /** The gluteus medius progression, marked as education, with its source; collapsed until asked for. */
    private static javafx.scene.control.TitledPane exercises() {
        VBox list = new VBox(2);
        list.getChildren().add(wrapped(Exercises.CAVEAT, "-fx-font-style: italic; -fx-font-size: 11px;"));
        for (Exercises.Exercise e : Exercises.PROGRESSION) {
            list.getChildren().add(wrapped("• " + e.name() + ": " + e.howTo(), "-fx-font-size: 11px;"));
        }
        list.getChildren().add(wrapped(Exercises.SOURCE, "-fx-font-size: 10px; -fx-text-fill: #555;"));
        javafx.scene.control.TitledPane pane = new javafx.scene.control.TitledPane("Exercises (education)", list);
        pane.setExpanded(false);
        pane.setAnimated(false);
        return pane;
    }

    /** A label whose text wraps and is never cut: the panel scrolls instead. */
    private static Label wrapped(String text, String style) {
        Label l = new Label(text);
        l.setWrapText(true);
        l.setMinHeight(Region.USE_PREF_SIZE);
        l.setStyle(style);
        return l;
    }

    static String componentText(ScoreComponent c, Task task) {
        return ScoreWords.componentDetail(c, task);
    }

    private void fillPerSide(ScoreResult s) {
        ColumnConstraints first = new ColumnConstraints();
        first.setMinWidth(90);
        perSide.getColumnConstraints().setAll(first);
        String[] head = {"median per event", "left", "right", "right − left"};
        for (int c = 0; c < head.length; c++) {
            Label l = new Label(head[c]);
            l.setStyle("-fx-font-weight: bold;");
            perSide.add(l, c, 0);
        }
        int row = 1;
        for (Metric m : SHOWN) {
            perSide.add(new Label(metricName(m)), 0, row);
            perSide.add(cell(s.summary(Side.LEFT).get(m)), 1, row);
            perSide.add(cell(s.summary(Side.RIGHT).get(m)), 2, row);
            Asymmetry a = s.asymmetry(m);
            Label asym = new Label(Double.isFinite(a.rightMinusLeftDeg())
                    ? String.format(Locale.ROOT, "%+.1f°", a.rightMinusLeftDeg()) : "n/a");
            asym.setTooltip(new Tooltip(asymmetryText(a)));
            if (a.exceedsSdd()) {
                asym.setStyle("-fx-text-fill: #b00020; -fx-font-weight: bold;");
            }
            perSide.add(asym, 3, row);
            row++;
        }
    }

    static String metricName(Metric m) {
        return m.shortName();
    }

    private static Label cell(MetricSummary m) {
        Label l = new Label(m.count() == 0 ? "n/a" : TimeText.degrees(m.median()));
        l.setTooltip(new Tooltip(m.count() == 0 ? "no event with a value"
                : String.format(Locale.ROOT, "median %.1f°, quartiles %.1f° to %.1f°, %d event%s", m.median(), m.q1(),
                        m.q3(), m.count(), m.count() == 1 ? "" : "s")));
        return l;
    }

    static String asymmetryText(Asymmetry a) {
        if (!Double.isFinite(a.rightMinusLeftDeg())) {
            return "needs a value on both sides";
        }
        if (!a.enoughEvents()) {
            return a.tooFewEventsText();
        }
        if (!Double.isFinite(a.sddDeg())) {
            return "no smallest detectable difference (SDD) known for this measure";
        }
        return String.format(Locale.ROOT, "%s the smallest detectable difference of %.1f°%s",
                a.exceedsSdd() ? "more than" : "within", a.sddDeg(),
                a.sddReference().map(r -> " (" + r.citation() + ")").orElse(""));
    }

    private static String capital(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
