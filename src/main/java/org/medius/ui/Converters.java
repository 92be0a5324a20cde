package org.medius.ui;

import java.util.Locale;
import java.util.function.Function;
import javafx.util.StringConverter;
import org.medius.events.ViewChoice;
import org.medius.model.MoveNetVariant;
import org.medius.model.Sex;
import org.medius.model.Task;

/** How the choice boxes name tasks, models, sexes and views (display only; never parsed back). */
final class Converters {
    private Converters() {
    }

    static StringConverter<Task> task() {
        return of(t -> t == Task.STANCE ? "Single-leg stance (Trendelenburg)" : capital(t.cliName().replace('-', ' ')));
    }

    static StringConverter<MoveNetVariant> model() {
        return of(m -> "MoveNet " + capital(m.name().toLowerCase(Locale.ROOT)));
    }

    static StringConverter<Sex> sex() {
        return of(s -> capital(s.name().toLowerCase(Locale.ROOT)));
    }

    static String view(ViewChoice v) {
        return switch (v) {
            case AUTO -> "Detect automatically";
            case ANTERIOR -> "Anterior (camera in front)";
            case POSTERIOR -> "Posterior (camera behind)";
            case SAGITTAL -> "Side (either side)";
            case SAGITTAL_LEFT -> "Side, person's left towards the camera";
            case SAGITTAL_RIGHT -> "Side, person's right towards the camera";
        };
    }

    /** Short names for the tool bar. */
    static StringConverter<ViewChoice> viewShort() {
        return of(v -> switch (v) {
            case AUTO -> "Auto";
            case ANTERIOR -> "Front";
            case POSTERIOR -> "Back";
            case SAGITTAL -> "Side";
            case SAGITTAL_LEFT -> "Left side";
            case SAGITTAL_RIGHT -> "Right side";
        });
    }

    private static <T> StringConverter<T> of(Function<T, String> name) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? "" : name.apply(value);
            }

            @Override
            public T fromString(String s) {
                throw new UnsupportedOperationException("display only");
            }
        };
    }

    static String capital(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
