package org.medius.model;

import java.util.Locale;

/**
 * The subject's sex as a scoring setting, and the sex a reference row applies to. Some references exist for one
 * sex only (Herrington 2014 studied women); see {@link ReferenceTable#find}.
 */
public enum Sex {
    FEMALE, MALE, UNKNOWN;

    /** The spelling in the reference file and on the command line: female, male, unknown. */
    public String fileName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** "women" or "men" (or "unknown sex"), for messages. */
    public String people() {
        return switch (this) {
            case FEMALE -> "women";
            case MALE -> "men";
            case UNKNOWN -> "unknown sex";
        };
    }

    /** Parses female/f, male/m, unknown (or an empty string); case-insensitive. */
    public static Sex parse(String s) {
        String t = s == null ? "" : s.trim().toLowerCase(Locale.ROOT);
        return switch (t) {
            case "female", "f", "woman", "women" -> FEMALE;
            case "male", "m", "man", "men" -> MALE;
            case "", "unknown", "any" -> UNKNOWN;
            default -> throw new IllegalArgumentException("unknown sex '" + s + "': use female, male or unknown");
        };
    }
}
