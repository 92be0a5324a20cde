package org.medius.ui;

import java.nio.file.Path;
import java.util.List;
import javafx.application.Application;
import javafx.stage.Stage;

/**
 * The JavaFX application behind {@code medius view [VIDEO]}. Started by {@link #launch(Path, String)}; the
 * first parameter, when given, is the video to open.
 */
public final class ViewerApp extends Application {
    private static volatile String softwareVersion = "development build";

    /** Starts the viewer and blocks until its window is closed. */
    public static void launch(Path video, String version) {
        softwareVersion = version;
        Application.launch(ViewerApp.class, video == null ? new String[0] : new String[] {video.toString()});
    }

    @Override
    public void start(Stage stage) {
        ViewerModel model = new ViewerModel(ViewerServices.standard(softwareVersion));
        MainWindow window = new MainWindow(stage, model);
        stage.show();
        List<String> args = getParameters().getRaw();
        if (!args.isEmpty()) {
            model.open(Path.of(args.get(0)));
        }
        window.scene().getRoot().requestFocus();
    }
}
