package org.medius.ui;

import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.util.StringConverter;

/**
 * Play/pause, frame step, speed, and the scrub slider with the time and frame number. The slider is in frames,
 * so every frame of a variable frame rate video can be reached.
 */
final class PlaybackBar extends HBox {
    private final Slider slider = new Slider(0, 0, 0);
    private final Label time = new Label("0:00.00 / 0:00.00");

    PlaybackBar(ViewerModel model, Playback playback) {
        super(6);
        setId("playbackBar");
        setPadding(new Insets(4, 8, 4, 8));
        setAlignment(Pos.CENTER_LEFT);
        Button back = new Button("◀|");
        back.setId("stepBack");
        back.setTooltip(new Tooltip("One frame back (Left arrow)"));
        back.setOnAction(e -> playback.step(-1));
        Button play = new Button("▶");
        play.setId("play");
        play.setMinWidth(40);
        play.textProperty().bind(Bindings.when(playback.playingProperty()).then("❚❚").otherwise("▶"));
        play.setTooltip(new Tooltip("Play or pause (Space)"));
        play.setOnAction(e -> playback.togglePlay());
        Button forward = new Button("|▶");
        forward.setId("stepForward");
        forward.setTooltip(new Tooltip("One frame forward (Right arrow)"));
        forward.setOnAction(e -> playback.step(1));
        ComboBox<Double> speed = new ComboBox<>();
        speed.setId("speed");
        for (double s : Playback.SPEEDS) {
            speed.getItems().add(s);
        }
        speed.setValue(1.0);
        speed.setConverter(new StringConverter<>() {
            @Override
            public String toString(Double v) {
                return v == null ? "" : (v == Math.rint(v) ? String.valueOf(v.intValue()) : String.valueOf(v)) + "×";
            }

            @Override
            public Double fromString(String s) {
                return Double.valueOf(s.replace("×", ""));
            }
        });
        speed.setTooltip(new Tooltip("Playback speed"));
        speed.valueProperty().addListener((o, a, b) -> playback.speedProperty().set(b));
        slider.setId("scrub");
        slider.setFocusTraversable(false);
        HBox.setHgrow(slider, Priority.ALWAYS);
        time.setId("timeLabel");
        time.setMinWidth(230);
        time.setStyle("-fx-font-family: monospace;");
        getChildren().addAll(back, play, forward, speed, slider, time);

        slider.valueProperty().addListener((o, a, b) -> {
            int f = (int) Math.round(b.doubleValue());
            if (f != model.currentFrameProperty().get()) {
                model.currentFrameProperty().set(f);
            }
        });
        model.currentFrameProperty().addListener((o, a, b) -> update(model));
        model.frameTimesProperty().addListener((o, a, b) -> update(model));
        // playable as soon as a video is open, while its analysis runs
        disableProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(
                () -> model.frameTimesProperty().get().length == 0, model.frameTimesProperty()));
    }

    private void update(ViewerModel model) {
        double[] t = model.frameTimesSeconds();
        int n = t.length;
        slider.setMax(Math.max(0, n - 1));
        int f = Math.min(model.currentFrameProperty().get(), Math.max(0, n - 1));
        if (Math.round(slider.getValue()) != f) {
            slider.setValue(f);
        }
        time.setText(n == 0 ? "–" : TimeText.of(t[f]) + " / " + TimeText.of(t[n - 1]) + "   frame " + (f + 1) + "/" + n);
    }
}
