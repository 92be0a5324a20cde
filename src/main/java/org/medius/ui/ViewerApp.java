package org.medius.ui;

import java.nio.file.Path;
import javafx.application.Application;
import javafx.stage.Stage;
import org.medius.model.MoveNetVariant;
import org.medius.model.Sex;
import org.medius.model.Task;

/**
 * The JavaFX application behind {@code medius view [VIDEO]}. Started by {@link #launch(Path, String)}; the
 * first parameter, when given, is the video to open.
 */
public final class ViewerApp extends Application {
    private static volatile String softwareVersion = "development build";
    private static volatile Start startWith = new Start(null, null, null, null);

    /**
     * What to open and with which choices; each may be null (no video; the defaults, or what the video's saved
     * analysis used).
     */
    public record Start(Path video, Task task, MoveNetVariant model, Sex sex) {
    }

    /** Starts the viewer and blocks until its window is closed. */
    public static void launch(Start start, String version) {
        softwareVersion = version;
        startWith = start;
        Application.launch(ViewerApp.class);
    }

    @Override
    public void start(Stage stage) {
        ViewerModel model = new ViewerModel(ViewerServices.standard(softwareVersion), new FxTaskExecutor());
        MainWindow window = new MainWindow(stage, model);
        stage.show();
        Start s = startWith;
        if (s.task() != null) {
            model.taskProperty().set(s.task());
        }
        if (s.model() != null) {
            model.modelProperty().set(s.model());
        }
        if (s.sex() != null) {
            model.sexProperty().set(s.sex());
        }
        if (s.video() != null) {
            model.open(s.video(), s.task() != null || s.sex() != null);
        }
        window.scene().getRoot().requestFocus();
    }
}
