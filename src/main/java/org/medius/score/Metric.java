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
    CPD("cpd", true),
    /** Knee frontal plane projection angle at the deepest frame, degrees. Score component. */
    FPPA("fppa", true),
    /** Frontal-plane knee displacement / leg length at the deepest frame, dimensionless. */
    FPKD("fpkd", false),
    /** Peak lateral trunk lean, degrees. Score component. */
    TRUNK_LEAN("trunk_lean", true),
    /** Hip adduction, degrees. In the reference table (an SDD) but not measured per event yet. */
    HIP_ADDUCTION("hip_adduction", true),
    /** 3D knee abduction of a lab study, degrees. Reference information only: 2D FPPA is not 3D abduction. */
    KNEE_ABDUCTION_3D("knee_abduction_3d", true);

    private final String fileName;
    private final boolean degrees;

    Metric(String fileName, boolean degrees) {
        this.fileName = fileName;
        this.degrees = degrees;
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
