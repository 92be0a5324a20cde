package org.medius.analysis;

import java.util.Locale;

/**
 * Whether skin markers stand in for keypoints: {@link #NONE}, or {@link #PELVIS}: pelvic obliquity (and so CPD) is
 * read from two markers on the pelvis (both ASIS from the front, both PSIS from behind; docs/markers.md) wherever
 * the marker tracker found them, and from the hip keypoints elsewhere. Steps and repetitions still come from the
 * keypoints.
 */
public enum MarkerMode {
    NONE,
    PELVIS;

    /** The word on the command line and in the JSON: {@code none} or {@code pelvis}. */
    public String cliName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** {@code none} or {@code pelvis}, any case. */
    public static MarkerMode parse(String text) {
        for (MarkerMode m : values()) {
            if (m.cliName().equals(text.strip().toLowerCase(Locale.ROOT))) {
                return m;
            }
        }
        throw new IllegalArgumentException("expected none or pelvis, not '" + text + "'");
    }
}
