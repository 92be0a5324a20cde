package org.medius.ui.plot;

import java.util.Locale;

/**
 * Text for tick labels and the hover readout: values with as many decimals as the tick step needs, times as
 * seconds below a minute ("12 s", "2.5 s") and as minutes:seconds from a minute on ("1:05"), the way a video
 * player shows them. Locale-independent (always a decimal point), and never "-0". Pure Java.
 */
public final class PlotLabels {
    private PlotLabels() {
    }

    /** {@code value} with {@code decimals} decimals, e.g. 12.5 with 1 → "12.5"; rounding to zero gives "0". */
    public static String value(double value, int decimals) {
        if (Double.isNaN(value)) {
            return "no value";
        }
        return String.format(Locale.ROOT, "%." + decimals + "f", noNegativeZero(value, decimals));
    }

    /**
     * A time tick label for ticks {@code stepSeconds} apart: "12 s" or "0.5 s" below 60 s, "1:05" or "1:05.5"
     * from 60 s on, "1:02:05" from an hour on.
     */
    public static String tickTime(double seconds, double stepSeconds) {
        return time(seconds, PlotAxes.decimalsFor(stepSeconds));
    }

    /** A time for the hover readout, to the hundredth of a second: "12.35 s", "1:05.23". */
    public static String readoutTime(double seconds) {
        return time(seconds, 2);
    }

    private static String time(double seconds, int decimals) {
        double t = noNegativeZero(seconds, decimals);
        double scale = Math.pow(10, decimals);
        double rounded = Math.round(Math.abs(t) * scale) / scale;
        String sign = t < 0 ? "-" : "";
        if (rounded < 60) {
            return sign + String.format(Locale.ROOT, "%." + decimals + "f s", rounded);
        }
        long wholeSeconds = (long) Math.floor(rounded);
        double fraction = rounded - wholeSeconds;
        long hours = wholeSeconds / 3600;
        long minutes = wholeSeconds / 60 % 60;
        double secs = wholeSeconds % 60 + fraction;
        int width = decimals == 0 ? 2 : 3 + decimals;
        String secondsText = String.format(Locale.ROOT, "%0" + width + "." + decimals + "f", secs);
        return hours > 0
                ? String.format(Locale.ROOT, "%s%d:%02d:%s", sign, hours, minutes, secondsText)
                : String.format(Locale.ROOT, "%s%d:%s", sign, minutes, secondsText);
    }

    private static double noNegativeZero(double value, int decimals) {
        return Math.abs(value) < 0.5 * Math.pow(10, -decimals) ? 0.0 : value;
    }
}
