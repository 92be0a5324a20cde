package org.medius.ui;

import java.util.Locale;

/** Times as the viewer writes them: "0:07.40" (minutes, seconds and hundredths). */
public final class TimeText {
    private TimeText() {
    }

    public static String of(double seconds) {
        if (!Double.isFinite(seconds)) {
            return "–";
        }
        long hundredths = Math.round(Math.max(0, seconds) * 100);
        return String.format(Locale.ROOT, "%d:%02d.%02d", hundredths / 6000, (hundredths / 100) % 60, hundredths % 100);
    }

    /** "12.3°", or "–" for NaN. */
    public static String degrees(double value) {
        return Double.isFinite(value) ? String.format(Locale.ROOT, "%.1f°", value) : "–";
    }
}
