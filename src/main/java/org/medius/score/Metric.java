package org.medius.score;

import java.util.List;
import java.util.Locale;

/**
 * The per-event quantities and the reference-table metrics. All are angles in degrees except {@link #FPKD}, a
 * fraction of leg length. Signs as in docs/measurement.md: CPD + = the other side's hip drops; FPPA + = valgus;
 * FPKD + = knee medial; trunk lean + = towards the stance (working) side.
 */
public enum Metric {
    /** Peak contralateral pelvic drop in a stance or repetition, degrees. Score component. */
    CPD("cpd", true, "Pelvic drop", "Pelvic drop (CPD) peak"),
    /** Knee frontal plane projection angle at the deepest frame, degrees. Score component. */
    FPPA("fppa", true, "Knee FPPA", "Knee FPPA at depth"),
    /** Frontal-plane knee displacement / leg length at the deepest frame, dimensionless. */
    FPKD("fpkd", false, "Knee FPKD", "Knee FPKD at depth"),
    /** Peak lateral trunk lean, degrees. Score component. */
    TRUNK_LEAN("trunk_lean", true, "Trunk lean", "Trunk lean peak"),
    /** Hip adduction, degrees. In the reference table (an SDD) but not measured per event yet. */
    HIP_ADDUCTION("hip_adduction", true, "Hip adduction", "Hip adduction"),
    /** 3D knee abduction of a lab study, degrees. Reference information only: 2D FPPA is not 3D abduction. */
    KNEE_ABDUCTION_3D("knee_abduction_3d", true, "3D knee abduction", "3D knee abduction");

    private final String fileName;
    private final boolean degrees;
    private final String shortName;
    private final String eventName;

    Metric(String fileName, boolean degrees, String shortName, String eventName) {
        this.fileName = fileName;
        this.degrees = degrees;
        this.shortName = shortName;
        this.eventName = eventName;
    }

    /** The one plain name of the metric, e.g. "Pelvic drop" (the viewer's score panel and plots). */
    public String shortName() {
        return shortName;
    }

    /** The name of its per-event value, e.g. "Pelvic drop (CPD) peak" (tables of the summary and the report). */
    public String eventName() {
        return eventName;
    }

    /** The components of the weakness score, in the order they are reported: CPD, FPPA, trunk lean. */
    public static List<Metric> scoreComponents() {
        return List.of(CPD, FPPA, TRUNK_LEAN);
    }

    /** The spelling in the reference file's metric column, e.g. trunk_lean. */
    public String fileName() {
        return fileName;
    }

    /** True when the metric is an angle in degrees. */
    public boolean inDegrees() {
        return degrees;
    }

    /** The metric with the given file spelling (case-insensitive). */
    public static Metric parse(String s) {
        String t = s.trim().toLowerCase(Locale.ROOT);
        for (Metric m : values()) {
            if (m.fileName.equals(t)) {
                return m;
            }
        }
        throw new IllegalArgumentException("unknown metric '" + s
                + "': use cpd, fppa, fpkd, trunk_lean, hip_adduction or knee_abduction_3d");
    }
}
