package org.medius.export.overlay;

import java.awt.Color;
import org.medius.model.Keypoint;

/**
 * Which side of the person a keypoint or a value belongs to, with its colour: left and right in Okabe-Ito-like blue
 * and orange that stay distinct for colour-blind viewers (the viewer's colours), the centre in light grey.
 */
public enum BodySide {
    LEFT(new Color(0x3D, 0x9B, 0xE9)),
    RIGHT(new Color(0xE8, 0x74, 0x3B)),
    CENTRE(new Color(0xF2, 0xF2, 0xF2));

    private final Color colour;

    BodySide(Color colour) {
        this.colour = colour;
    }

    /** The colour the skeleton and labels use for this side. */
    public Color colour() {
        return colour;
    }

    /** The person's side a keypoint belongs to (nose, eyes' midline: centre). */
    public static BodySide of(Keypoint k) {
        String name = k.name();
        return name.startsWith("LEFT") ? LEFT : name.startsWith("RIGHT") ? RIGHT : CENTRE;
    }
}
