package org.medius.ui;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Separator;
import javafx.scene.control.SplitPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import org.medius.events.ViewChoice;
import org.medius.model.MoveNetVariant;
import org.medius.model.Sex;
import org.medius.model.Task;
import org.medius.session.Correction;

/**
 * The main window: menus and tool bar on top; the video with its playback bar and the plots on the left; the
 * results on the right; status, progress and cancel at the bottom. Builds the views, wires them to one
 * {@link ViewerModel}, and shows errors as one-sentence dialogs.
 */
public final class MainWindow {
    private final Stage stage;
    private final ViewerModel model;
    private final Playback playback;
    private final VideoPane videoPane = new VideoPane();
    private final FrameFeed feed;
    private final BorderPane root = new BorderPane();
    private final PlotsPane plots;
    private final ResultsPanel results;
    private final WindowMenus menus;
    private boolean showErrorDialogs = true;
    private String lastError;

    public MainWindow(Stage stage, ViewerModel model) {
        this.stage = stage;
        this.model = model;
        this.playback = new Playback(model.currentFrameProperty(), model::frameTimesSeconds);
        this.plots = new PlotsPane(model, playback);
        this.results = new ResultsPanel(model);
        this.feed = new FrameFeed(model, videoPane, playback);
        this.menus = new WindowMenus(new MenuHost() {
            @Override
            public javafx.stage.Window owner() {
                return stage;
            }

            @Override
            public void openWithChooser() {
                MainWindow.this.openWithChooser();
            }

            @Override
            public void showError(String message) {
                MainWindow.this.showError(message);
            }
        }, model, videoPane);
        model.setErrorSink(this::showError);

        VBox videoAndBar = new VBox(videoPane, new PlaybackBar(model, playback));
        VBox.setVgrow(videoPane, Priority.ALWAYS);
        SplitPane left = new SplitPane(videoAndBar, plots);
        left.setOrientation(Orientation.VERTICAL);
        left.setDividerPositions(0.55);
        // the results scroll when the window is small (1280 x 800): the score never pushes the table out of reach
        javafx.scene.control.ScrollPane resultsScroll = new javafx.scene.control.ScrollPane(results);
        resultsScroll.setId("resultsScroll");
        resultsScroll.setFitToWidth(true);
        resultsScroll.setFitToHeight(true);
        resultsScroll.setHbarPolicy(javafx.scene.control.ScrollPane.ScrollBarPolicy.NEVER);
        SplitPane main = new SplitPane(left, resultsScroll);
        main.setDividerPositions(0.69);
        SplitPane.setResizableWithParent(resultsScroll, false);
        root.setTop(new VBox(menus.menuBar(), toolBar()));
        root.setCenter(main);
        root.setBottom(statusBar());
        videoPane.setOnKeypointMoved((k, x, y) -> model.apply(
                new Correction.KeypointMove(frameIndexShown(), k, x, y)));
        videoPane.setOnMarkerMoved((side, x, y) -> model.apply(
                new Correction.MarkerMove(frameIndexShown(), side, x, y)));
        videoPane.setOnSubjectPicked((x, y) -> model.apply(new Correction.SubjectPick(x, y)));

        Scene scene = new Scene(root, 1440, 900);
        scene.addEventFilter(KeyEvent.KEY_PRESSED, this::key);
        scene.setOnDragOver(e -> {
            if (e.getDragboard().hasFiles()) {
                e.acceptTransferModes(TransferMode.COPY);
            }
            e.consume();
        });
        scene.setOnDragDropped(e -> {
            List<File> files = e.getDragboard().getFiles();
            if (files != null && !files.isEmpty()) {
                model.open(files.get(0).toPath());
            }
            e.setDropCompleted(files != null && !files.isEmpty());
            e.consume();
        });
        stage.setScene(scene);
        stage.setTitle("Medius");
        model.videoProperty().addListener((o, a, b) -> stage.setTitle(b == null ? "Medius"
                : "Medius — " + b.getFileName()));
        stage.setOnHidden(e -> {
            feed.close();
            model.shutdown();
        });
    }

    public Scene scene() {
        return stage.getScene();
    }

    public ViewerModel model() {
        return model;
    }

    public Playback playback() {
        return playback;
    }

    public VideoPane videoPane() {
        return videoPane;
    }

    PlotsPane plots() {
        return plots;
    }

    ResultsPanel results() {
        return results;
    }

    FrameFeed feed() {
        return feed;
    }

    Stage stage() {
        return stage;
    }

    /** Tests read errors here instead of closing dialogs. */
    void setShowErrorDialogs(boolean show) {
        showErrorDialogs = show;
    }

    String lastError() {
        return lastError;
    }

    /** The frame number (as the analysis numbers it) of the current position. */
    private int frameIndexShown() {
        var a = model.analysis();
        int f = model.currentFrameProperty().get();
        return a == null ? f : a.frames().get(f).frameIndex();
    }

    void showError(String message) {
        lastError = message;
        if (!showErrorDialogs) {
            return;
        }
        Alert alert = new Alert(Alert.AlertType.ERROR, message, ButtonType.OK);
        alert.setHeaderText(null);
        alert.setTitle("Medius");
        alert.initOwner(stage);
        alert.getDialogPane().setMinWidth(480);
        alert.getDialogPane().setId("errorDialog");
        alert.show();
    }

    void openWithChooser() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Open a video");
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter("Videos", "*.mp4", "*.mov", "*.m4v", "*.avi", "*.mkv", "*.webm",
                        "*.MP4", "*.MOV"),
                new FileChooser.ExtensionFilter("All files", "*"));
        Path current = model.videoProperty().get();
        if (current != null && current.getParent() != null) {
            chooser.setInitialDirectory(current.getParent().toFile());
        }
        File f = chooser.showOpenDialog(stage);
        if (f != null) {
            model.open(f.toPath());
        }
    }

    private ToolBar toolBar() {
        Button open = new Button("Open…");
        open.setId("openButton");
        open.setOnAction(e -> openWithChooser());
        ComboBox<Task> task = new ComboBox<>();
        task.setId("taskChoice");
        task.getItems().setAll(Task.values());
        task.valueProperty().bindBidirectional(model.taskProperty());
        task.setConverter(Converters.task());
        task.setTooltip(new Tooltip("What the person does: sets the filter, the events (steps, repetitions or holds) and"
                + " the reference values"));
        ComboBox<MoveNetVariant> net = new ComboBox<>();
        net.setId("modelChoice");
        net.getItems().setAll(MoveNetVariant.values());
        net.valueProperty().bindBidirectional(model.modelProperty());
        net.setConverter(Converters.model());
        net.setTooltip(new Tooltip("Pose model: Thunder is more accurate, Lightning about three times faster"));
        ComboBox<Sex> sex = new ComboBox<>();
        sex.setId("sexChoice");
        sex.getItems().setAll(Sex.values());
        sex.valueProperty().bindBidirectional(model.sexProperty());
        sex.setConverter(Converters.sex());
        sex.setTooltip(new Tooltip("Picks sex-specific reference values where the literature gives them"));
        ComboBox<ViewChoice> view = new ComboBox<>();
        view.setId("viewChoice");
        view.getItems().setAll(ViewChoice.values());
        view.setValue(ViewChoice.AUTO);
        view.setConverter(Converters.viewShort());
        view.setTooltip(new Tooltip("Where the camera was: detected automatically, or fixed by you (a correction,"
                + " undone with Ctrl+Z)"));
        boolean[] showing = new boolean[1];
        Runnable showView = () -> {
            showing[0] = true;
            view.setValue(model.analysis() == null ? ViewChoice.AUTO : model.analysis().settings().view());
            showing[0] = false;
        };
        model.analysisProperty().addListener((o, a, b) -> showView.run());
        model.busyProperty().addListener((o, a, b) -> showView.run()); // also after a change that was taken back
        view.valueProperty().addListener((o, a, b) -> {
            if (!showing[0] && b != null && model.analysis() != null && b != model.analysis().settings().view()) {
                model.apply(new Correction.ViewOverride(b));
            }
        });
        view.disableProperty().bind(model.analysisProperty().isNull());
        ToggleButton edit = new ToggleButton("Correct keypoints");
        edit.setId("editKeypoints");
        edit.setTooltip(new Tooltip("Drag a keypoint to where it really is on this frame (K). Undo with Ctrl+Z."));
        edit.selectedProperty().addListener((o, a, b) -> videoPane.modeProperty().set(b
                ? VideoPane.Mode.EDIT_KEYPOINTS : VideoPane.Mode.VIEW));
        videoPane.modeProperty().addListener((o, a, b) -> edit.setSelected(b == VideoPane.Mode.EDIT_KEYPOINTS));
        Button pick = new Button("Pick subject");
        pick.setId("pickSubject");
        pick.setTooltip(new Tooltip("Several people in view? Click this, then click the person to analyse"));
        pick.setOnAction(e -> videoPane.modeProperty().set(VideoPane.Mode.PICK_SUBJECT));
        Button exclude = new Button("Exclude frames…");
        exclude.setId("excludeFrames");
        exclude.setOnAction(e -> menus.excludeFrames());
        for (javafx.scene.Node n : List.of(edit, pick, exclude, net)) { // task and sex may change while analysing
            ((javafx.scene.control.Control) n).disableProperty().bind(model.busyProperty());
        }
        edit.disableProperty().unbind();
        edit.disableProperty().bind(model.analysisProperty().isNull());
        pick.disableProperty().unbind();
        pick.disableProperty().bind(model.analysisProperty().isNull().or(model.busyProperty()));
        exclude.disableProperty().unbind();
        exclude.disableProperty().bind(model.analysisProperty().isNull());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        return new ToolBar(open, new Separator(), new Label("Task"), task, new Label("Model"), net,
                new Label("Sex"), sex, new Label("Camera"), view, new Separator(), edit, pick, exclude, spacer);
    }

    private HBox statusBar() {
        Label status = new Label();
        status.setId("status");
        status.textProperty().bind(model.statusProperty());
        status.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(status, Priority.ALWAYS);
        ProgressBar bar = new ProgressBar();
        bar.setId("progress");
        bar.setPrefWidth(220);
        bar.progressProperty().bind(model.progressProperty());
        bar.visibleProperty().bind(model.busyProperty());
        Button cancel = new Button("Cancel");
        cancel.setId("cancel");
        cancel.visibleProperty().bind(model.busyProperty());
        cancel.setOnAction(e -> model.cancel());
        HBox box = new HBox(8, status, bar, cancel);
        box.setAlignment(Pos.CENTER_LEFT);
        box.setPadding(new Insets(3, 8, 3, 8));
        box.setStyle("-fx-background-color: #eceff1; -fx-border-color: #cfd8dc; -fx-border-width: 1 0 0 0;");
        return box;
    }

    private void key(KeyEvent e) {
        if (e.getTarget() instanceof javafx.scene.control.TextInputControl || e.isShortcutDown()) {
            return;
        }
        if (e.getCode() == KeyCode.SPACE) {
            playback.togglePlay();
        } else if (e.getCode() == KeyCode.RIGHT) {
            playback.step(e.isShiftDown() ? 10 : 1);
        } else if (e.getCode() == KeyCode.LEFT) {
            playback.step(e.isShiftDown() ? -10 : -1);
        } else if (e.getCode() == KeyCode.K && model.analysis() != null) {
            videoPane.modeProperty().set(videoPane.modeProperty().get() == VideoPane.Mode.EDIT_KEYPOINTS
                    ? VideoPane.Mode.VIEW : VideoPane.Mode.EDIT_KEYPOINTS);
        } else if (e.getCode() == KeyCode.ESCAPE) {
            videoPane.modeProperty().set(VideoPane.Mode.VIEW);
        } else {
            return;
        }
        e.consume();
    }
}
