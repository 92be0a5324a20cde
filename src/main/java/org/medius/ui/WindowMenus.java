package org.medius.ui;

import java.io.File;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.TextInputDialog;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCombination;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import org.medius.analysis.Analysis;
import org.medius.analysis.MarkerMode;
import org.medius.analysis.RollChoice;
import org.medius.events.ViewChoice;
import org.medius.export.AnalysisFiles;
import org.medius.export.AngleChartPng;
import org.medius.export.HeightCalibration;
import org.medius.export.report.ReportFields;
import org.medius.export.OutputFileException;
import org.medius.session.Correction;

/** The menu bar and the small dialogs behind it (exclude frames, camera roll, exports, help). */
final class WindowMenus {
    private final MenuHost window;
    private final ViewerModel model;
    private final VideoPane videoPane;
    private final MenuBar bar = new MenuBar();
    private final Menu recent = new Menu("Open Recent");
    private final Menu samples = new Menu("Open Sample");

    WindowMenus(MenuHost window, ViewerModel model, VideoPane videoPane) {
        this.window = window;
        this.model = model;
        this.videoPane = videoPane;
        bar.setId("menuBar");
        bar.getMenus().addAll(fileMenu(), editMenu(), viewMenu(), helpMenu());
    }

    MenuBar menuBar() {
        return bar;
    }

    private Menu fileMenu() {
        MenuItem open = item("Open Video…", "Shortcut+O", window::openWithChooser);
        recent.setOnShowing(e -> fillRecent());
        fillRecent();
        fillSamples();
        MenuItem analyse = item("Analyse Again", null, model::reanalyse);
        analyse.disableProperty().bind(model.videoProperty().isNull().or(model.busyProperty()));
        MenuItem csv = item("Export CSV…", "Shortcut+E", () -> exportFolder(EnumSet.of(AnalysisFiles.Format.CSV)));
        MenuItem json = item("Export JSON…", null, () -> exportFolder(EnumSet.of(AnalysisFiles.Format.JSON)));
        MenuItem png = item("Export Plots as PNG…", null, this::exportPng);
        MenuItem research = item("Export TRC and MOT (OpenSim)…", null, this::exportResearch);
        MenuItem report = item("Export Clinical Report (PDF)…", "Shortcut+P", this::exportReport);
        MenuItem overlay = item("Export Video with Overlay (MP4)…", null, this::exportOverlayVideo);
        for (MenuItem m : List.of(report, overlay)) {
            m.disableProperty().bind(model.analysisProperty().isNull().or(model.busyProperty()));
        }
        for (MenuItem m : List.of(csv, json, png, research)) {
            m.disableProperty().bind(model.analysisProperty().isNull());
        }
        MenuItem quit = item("Quit", "Shortcut+Q", () -> window.owner().hide());
        return new Menu("File", null, open, recent, samples, analyse, new SeparatorMenuItem(), report, overlay,
                new SeparatorMenuItem(), csv, json, png, research, new SeparatorMenuItem(), quit);
    }

    private void fillRecent() {
        recent.getItems().clear();
        for (Path p : model.services().recentFiles().list()) {
            recent.getItems().add(item(p.toString(), null, () -> model.open(p)));
        }
        if (recent.getItems().isEmpty()) {
            MenuItem none = new MenuItem("(none yet)");
            none.setDisable(true);
            recent.getItems().add(none);
        }
    }

    /** The rendered clips in samples/, each opened with its task (and sex), so a new user has something to see. */
    private void fillSamples() {
        for (SampleVideos.Sample s : SampleVideos.in(SampleVideos.directory())) {
            samples.getItems().add(item(s.label(), null, () -> {
                model.taskProperty().set(s.task());
                model.sexProperty().set(s.sex());
                model.open(s.file(), true, s.markers());
            }));
        }
        if (samples.getItems().isEmpty()) {
            MenuItem none = new MenuItem("(no samples/ folder beside the program)");
            none.setDisable(true);
            samples.getItems().add(none);
        }
    }

    private Menu editMenu() {
        MenuItem undo = item("Undo", "Shortcut+Z", model::undo);
        undo.textProperty().bind(model.undoTextProperty());
        undo.disableProperty().bind(model.canUndoProperty().not().or(model.busyProperty()));
        MenuItem redo = item("Redo", "Shortcut+Shift+Z", model::redo);
        redo.textProperty().bind(model.redoTextProperty());
        redo.disableProperty().bind(model.canRedoProperty().not().or(model.busyProperty()));
        MenuItem keypoints = item("Correct Keypoints or Markers (K, then drag on the video)", null,
                () -> videoPane.modeProperty().set(VideoPane.Mode.EDIT_KEYPOINTS));
        MenuItem subject = item("Pick the Subject (click on the video)", null,
                () -> videoPane.modeProperty().set(VideoPane.Mode.PICK_SUBJECT));
        MenuItem exclude = item("Exclude Frames…", null, this::excludeFrames);
        MenuItem roll = item("Camera Roll…", null, this::roll);
        Menu view = new Menu("Camera View");
        ToggleGroup views = new ToggleGroup();
        for (ViewChoice v : ViewChoice.values()) {
            RadioMenuItem r = new RadioMenuItem(Converters.view(v));
            r.setToggleGroup(views);
            r.setOnAction(e -> model.apply(new Correction.ViewOverride(v)));
            view.getItems().add(r);
        }
        view.setOnShowing(e -> {
            Analysis a = model.analysis();
            ViewChoice now = a == null ? ViewChoice.AUTO : a.settings().view();
            views.getToggles().get(now.ordinal()).setSelected(true);
        });
        CheckMenuItem markers = new CheckMenuItem("Pelvis Markers (skin markers on both hip bones)");
        markers.setId("pelvisMarkersItem");
        markers.setOnAction(e -> model.apply(new Correction.PelvisMarkers(
                markers.isSelected() ? MarkerMode.PELVIS : MarkerMode.NONE)));
        for (MenuItem m : List.of(keypoints, subject, exclude, roll, view, markers)) {
            m.disableProperty().bind(model.analysisProperty().isNull().or(model.busyProperty()));
        }
        Menu edit = new Menu("Edit", null, undo, redo, new SeparatorMenuItem(), keypoints, subject, exclude,
                new SeparatorMenuItem(), view, roll, markers);
        edit.setOnShowing(e -> {
            Analysis a = model.analysis();
            markers.setSelected(a != null && a.settings().markers() == MarkerMode.PELVIS);
        });
        return edit;
    }

    private Menu viewMenu() {
        CheckMenuItem skeleton = new CheckMenuItem("Skeleton");
        skeleton.selectedProperty().bindBidirectional(videoPane.showSkeletonProperty());
        CheckMenuItem angles = new CheckMenuItem("Angle Values");
        angles.selectedProperty().bindBidirectional(videoPane.showAnglesProperty());
        return new Menu("View", null, skeleton, angles);
    }

    private Menu helpMenu() {
        MenuItem how = item("How to Use Medius", "F1", () -> info("How to use Medius",
                "Open a video (File > Open, drag it onto the window, or medius view VIDEO; File > Open Sample has"
                        + " rendered clips with known truth). Choose the task; the"
                        + " analysis runs in the background and its results are kept, so the video opens at once next"
                        + " time.\n\nPlay with Space, step with the arrow keys (Shift: 10 frames), click a plot or a"
                        + " row of the table to jump there.\n\nIf the model got something wrong: press K and drag the"
                        + " keypoint; Pick subject and click the right person; Exclude frames where someone walks in"
                        + " front; set the camera view or roll in the Edit menu. Each correction is saved at once and"
                        + " can be undone with Ctrl+Z."));
        MenuItem measures = item("About the Measurements", null, () -> info("About the measurements",
                "Pelvic obliquity: the angle of the hip-to-hip line against the horizontal (+ = left hip lower);"
                        + " per stance, the peak drop of the other side's hip (CPD).\nKnee FPPA: the frontal-plane"
                        + " projection angle of hip-knee-ankle (+ = valgus), read at the deepest point; blank where"
                        + " the thigh is too foreshortened to trust.\nTrunk lean: mid-hip to mid-shoulder against the"
                        + " vertical.\n\nThe weakness score compares each side with published reference bands; the"
                        + " sources are listed with each value. It is not a strength test.\n\nDefinitions:"
                        + " docs/measurement.md, docs/events.md and docs/score.md."));
        return new Menu("Help", null, how, measures);
    }

    void excludeFrames() {
        Analysis a = model.analysis();
        if (a == null) {
            return;
        }
        int n = a.frames().size();
        int from = model.currentFrameProperty().get() + 1;
        TextInputDialog d = new TextInputDialog(from + "-" + Math.min(n, from + 14));
        d.initOwner(window.owner());
        d.setTitle("Exclude frames");
        d.setHeaderText("Frames to leave out of the measurements (1 to " + n + "), e.g. 40-55. They are treated as"
                + " if the person were not seen.");
        d.setContentText("Frames:");
        Optional<String> answer = d.showAndWait();
        answer.ifPresent(text -> {
            try {
                int[] range = FrameRange.parse(text, n);
                model.apply(new Correction.FrameExclusion(a.frames().get(range[0] - 1).frameIndex(),
                        a.frames().get(range[1] - 1).frameIndex()));
            } catch (IllegalArgumentException e) {
                window.showError(e.getMessage());
            }
        });
    }

    private void roll() {
        Analysis a = model.analysis();
        TextInputDialog d = new TextInputDialog(a == null || a.settings().roll().mode() == RollChoice.Mode.AUTO
                ? "auto" : a.settings().roll().mode() == RollChoice.Mode.NONE ? "none"
                : String.valueOf(a.settings().roll().userRollDeg()));
        d.initOwner(window.owner());
        d.setTitle("Camera roll");
        d.setHeaderText("A tilted phone adds its tilt to pelvic obliquity and trunk lean. auto = estimated from the"
                + " planted feet, none = no correction, or the roll in degrees (+ = the image-right end of a level"
                + " line appears lower). In use now: " + (a == null ? "–" : TimeText.degrees(a.roll().rollDeg())));
        d.setContentText("Roll:");
        d.showAndWait().ifPresent(text -> {
            try {
                model.apply(new Correction.RollOverride(RollChoice.parse(text)));
            } catch (IllegalArgumentException e) {
                window.showError("The camera roll must be auto, none or a number of degrees, not '" + text + "'.");
            }
        });
    }

    /** The clinical report: the header fields, then the PDF in the background (key frames read from the video). */
    private void exportReport() {
        Analysis a = model.analysis();
        Path video = model.videoProperty().get();
        Optional<ReportFields> fields = ReportDialog.ask(window.owner());
        if (fields.isEmpty()) {
            return;
        }
        Path pdf = saveAs("Save the report", AnalysisFiles.stem(a.video().fileName()) + ".report.pdf", "PDF", "*.pdf");
        if (pdf == null) {
            return;
        }
        model.runExport("Writing the report", Exports.report(a, video, fields.get(), pdf));
    }

    /** The video with the skeleton, the angles and a running plot, at the source's frame times. */
    private void exportOverlayVideo() {
        Analysis a = model.analysis();
        Path video = model.videoProperty().get();
        Path mp4 = saveAs("Save the video with overlay", AnalysisFiles.stem(a.video().fileName()) + ".overlay.mp4",
                "MP4 video", "*.mp4");
        if (mp4 == null) {
            return;
        }
        model.runExport("Writing the video with overlay", Exports.overlayVideo(a, video, mp4));
    }

    private Path saveAs(String title, String name, String kind, String pattern) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.setInitialFileName(name);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(kind, pattern));
        Path video = model.videoProperty().get();
        if (video != null && video.getParent() != null) {
            chooser.setInitialDirectory(video.getParent().toFile());
        }
        File f = chooser.showSaveDialog(window.owner());
        return f == null ? null : f.toPath();
    }

    /** TRC (keypoints) and MOT (angles); in metres when the person's standing height is given, else pixels. */
    private void exportResearch() {
        TextInputDialog d = new TextInputDialog("");
        d.initOwner(window.owner());
        d.setTitle("Export TRC and MOT");
        d.setHeaderText("The keypoints (TRC) are in pixels, or in metres when you give the person's standing height"
                + " (scaled from the leg length; docs/data-dictionary.md says how and what limits it).");
        d.setContentText("Standing height in metres (empty: pixels):");
        Optional<String> answer = d.showAndWait();
        if (answer.isEmpty()) {
            return;
        }
        Optional<HeightCalibration> calibration = Optional.empty();
        if (!answer.get().isBlank()) {
            try {
                calibration = Optional.of(new HeightCalibration(Double.parseDouble(answer.get().trim().replace(',', '.'))));
            } catch (IllegalArgumentException e) {
                window.showError("The standing height must be a number of metres between 0.5 and 2.6, not '"
                        + answer.get().trim() + "'.");
                return;
            }
        }
        exportFolder(EnumSet.of(AnalysisFiles.Format.TRC, AnalysisFiles.Format.MOT), calibration);
    }

    private void exportFolder(EnumSet<AnalysisFiles.Format> formats) {
        exportFolder(formats, Optional.empty());
    }

    private void exportFolder(EnumSet<AnalysisFiles.Format> formats, Optional<HeightCalibration> calibration) {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle("Export into folder");
        File dir = chooser.showDialog(window.owner());
        if (dir == null) {
            return;
        }
        try {
            List<Path> written = AnalysisFiles.write(model.analysis(), dir.toPath(), formats, calibration);
            info("Exported", "Wrote:\n" + String.join("\n", written.stream().map(Path::toString).toList()));
        } catch (OutputFileException e) {
            window.showError(e.getMessage());
        } catch (IllegalArgumentException e) { // no scale can be measured for metres
            window.showError("Nothing was exported: " + e.getMessage() + ".");
        }
    }

    private void exportPng() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Save plots as PNG");
        chooser.setInitialFileName(AnalysisFiles.stem(model.analysis().video().fileName()) + ".angles.png");
        File f = chooser.showSaveDialog(window.owner());
        if (f == null) {
            return;
        }
        try {
            AngleChartPng.write(model.analysis(), f.toPath());
        } catch (OutputFileException e) {
            window.showError(e.getMessage());
        }
    }

    private void info(String title, String text) {
        Alert alert = new Alert(Alert.AlertType.INFORMATION, text, ButtonType.OK);
        alert.setTitle(title);
        alert.setHeaderText(null);
        alert.initOwner(window.owner());
        alert.getDialogPane().setMinWidth(520);
        alert.show();
    }

    private static MenuItem item(String text, String accelerator, Runnable action) {
        MenuItem m = new MenuItem(text);
        if (accelerator != null) {
            m.setAccelerator(KeyCombination.keyCombination(accelerator));
        }
        m.setOnAction(e -> action.run());
        return m;
    }
}
