package org.medius.analysis;

/**
 * Whether an event's knee FPPA at its deepest frame was measured, and if not, why (issue 14: a screener must see why
 * a value is missing). The code goes into the events CSV ({@code fppa_status}) and JSON ({@code fppaStatus}).
 */
public enum FppaStatus {
    /** FPPA and FPKD were read on the deepest frame. */
    MEASURED("measured"),
    /** The event or its deepest frame does not show the person's front or back (a side view, a turn). */
    NOT_FRONTAL("not_frontal"),
    /** The hip, knee or ankle of the side was not found on the deepest frame. */
    LEG_NOT_SEEN("leg_not_seen"),
    /**
     * The thigh or shank was too short in the picture (pointing towards the camera, lying level, or folded):
     * {@link org.medius.kinematics.FppaReliability}.
     */
    FORESHORTENED("foreshortened");

    private final String code;

    FppaStatus(String code) {
        this.code = code;
    }

    /** The lower-case code written to the CSV and JSON files. */
    public String code() {
        return code;
    }
}
