package org.medius.analysis;

import java.util.Locale;

/**
 * How camera roll (phone tilt, which adds 1:1 to pelvic obliquity and trunk lean) is handled: estimated from the
 * video, ignored, or given by the user in degrees (sign as in {@link org.medius.kinematics.RollCorrection}).
 */
public record RollChoice(Mode mode, double userRollDeg) {

    public enum Mode { AUTO, NONE, USER }

    public RollChoice {
        if (mode == Mode.USER && !Double.isFinite(userRollDeg)) {
            throw new IllegalArgumentException("a user roll must be a finite number of degrees");
        }
    }

    public static RollChoice auto() {
        return new RollChoice(Mode.AUTO, 0);
    }

    public static RollChoice none() {
        return new RollChoice(Mode.NONE, 0);
    }

    public static RollChoice user(double rollDeg) {
        return new RollChoice(Mode.USER, rollDeg);
    }

    /** Parses "auto", "none" or a number of degrees. */
    public static RollChoice parse(String s) {
        String t = s.trim().toLowerCase(Locale.ROOT);
        if (t.equals("auto")) {
            return auto();
        }
        if (t.equals("none") || t.equals("off")) {
            return none();
        }
        try {
            return user(Double.parseDouble(t));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("roll must be auto, none or a number of degrees, not '" + s + "'");
        }
    }
}
