package org.medius.score;

import java.util.Locale;

/** What a reference row states (the file's role column). */
public enum ReferenceRole {
    /** Healthy-group mean and SD, degrees ({@code mean_deg}, {@code sd_deg}). */
    HEALTHY,
    /** Symptomatic-group mean (and SD), degrees. */
    SYMPTOMATIC,
    /** Smallest detectable difference, degrees ({@code value}). */
    SDD,
    /** Weight of a score component, >= 0, dimensionless ({@code value}). */
    WEIGHT,
    /** Odds ratio per degree ({@code value}); information only, never a band. */
    ODDS_RATIO_PER_DEG;

    /** The spelling in the file: healthy, symptomatic, sdd, weight, odds_ratio_per_deg. */
    public String fileName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The role with the given file spelling (case-insensitive). */
    public static ReferenceRole parse(String s) {
        String t = s.trim().toLowerCase(Locale.ROOT);
        for (ReferenceRole r : values()) {
            if (r.fileName().equals(t)) {
                return r;
            }
        }
        throw new IllegalArgumentException("unknown role '" + s
                + "': use healthy, symptomatic, sdd, weight or odds_ratio_per_deg");
    }
}
