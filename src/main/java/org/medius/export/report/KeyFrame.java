package org.medius.export.report;

import java.util.Locale;
import org.medius.events.EventKind;
import org.medius.model.Side;

/**
 * A frame the report shows, with why it was chosen.
 *
 * @param what          what it shows, e.g. "Largest pelvic drop (CPD)"
 * @param framePosition position in {@code Analysis.frames()}
 * @param eventNumber   the event's number in the event table (1 = first), as in the exports
 * @param kind          stance or repetition
 * @param side          the event's side (stance leg or working leg)
 * @param valueDeg      the value shown, degrees (a plain ratio for {@link #KNEE_ANKLE_SEPARATION})
 * @param valueName     what the value is, e.g. "CPD", "knee FPPA" or {@link #KNEE_ANKLE_SEPARATION}
 * @param timeSeconds   the frame's time in the video
 */
record KeyFrame(String what, int framePosition, int eventNumber, EventKind kind, Side side, double valueDeg,
        String valueName, double timeSeconds) {
    /** The value name of the knee-to-ankle separation ratio, which is not an angle. */
    static final String KNEE_ANKLE_SEPARATION = "knee-to-ankle separation";

    /** E.g. "Largest pelvic drop (CPD): 6.1° with the left leg in stance; repetition 2, at 3.40 s". */
    String caption() {
        String leg = side.name().toLowerCase(Locale.ROOT);
        String event = switch (kind) {
            case STANCE -> "stance " + eventNumber + " (" + leg + " foot on the ground)";
            case HOLD -> "hold " + eventNumber + " (standing on the " + leg + " leg)";
            case REPETITION -> "repetition " + eventNumber + " (" + leg + " leg)";
        };
        if (valueName.equals(KNEE_ANKLE_SEPARATION)) {
            return String.format(Locale.ROOT, "%s: knees %.2f x the ankles' distance apart (FPPA left out); %s at"
                    + " %.2f s.", what, valueDeg, event, timeSeconds);
        }
        String sense = valueName.equals("knee FPPA") ? (valueDeg >= 0 ? " valgus" : " varus") : "";
        return String.format(Locale.ROOT, "%s: %s %.1f\u00b0%s, %s side; %s at %.2f s.", what, valueName,
                valueDeg, sense, leg, event, timeSeconds);
    }
}
