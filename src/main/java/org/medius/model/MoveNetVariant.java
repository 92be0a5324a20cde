package org.medius.model;

import java.util.Locale;

/** The two single-person MoveNet models Medius ships in {@code models/}. */
public enum MoveNetVariant {
    /** Slower, more accurate; 256x256 input. */
    THUNDER(256, "movenet-thunder.pt"),
    /** Faster; 192x192 input. */
    LIGHTNING(192, "movenet-lightning.pt");

    private final int inputSizePx;
    private final String fileName;

    MoveNetVariant(int inputSizePx, String fileName) {
        this.inputSizePx = inputSizePx;
        this.fileName = fileName;
    }

    public int inputSizePx() {
        return inputSizePx;
    }

    public String fileName() {
        return fileName;
    }

    /** Parses "thunder" or "lightning" (any case). */
    public static MoveNetVariant parse(String name) {
        for (MoveNetVariant v : values()) {
            if (v.name().equalsIgnoreCase(name.trim())) {
                return v;
            }
        }
        throw new IllegalArgumentException("unknown model '" + name + "': use thunder or lightning");
    }

    public String displayName() {
        return "MoveNet SinglePose " + name().charAt(0) + name().substring(1).toLowerCase(Locale.ROOT);
    }
}
