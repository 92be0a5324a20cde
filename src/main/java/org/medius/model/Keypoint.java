package org.medius.model;

/**
 * The COCO-17 keypoint layout used by MoveNet. The ordinal is the slot index in every {@link Pose}; a keypoint
 * keeps its slot even when it was not seen (then its coordinates are NaN).
 */
public enum Keypoint {
    NOSE, LEFT_EYE, RIGHT_EYE, LEFT_EAR, RIGHT_EAR,
    LEFT_SHOULDER, RIGHT_SHOULDER, LEFT_ELBOW, RIGHT_ELBOW, LEFT_WRIST, RIGHT_WRIST,
    LEFT_HIP, RIGHT_HIP, LEFT_KNEE, RIGHT_KNEE, LEFT_ANKLE, RIGHT_ANKLE;

    public static final int COUNT = values().length;

    /** The snake_case name used by COCO and by the TFJS reference outputs, e.g. {@code left_hip}. */
    public String cocoName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    /** The same joint on the other side of the body (NOSE maps to itself). */
    public Keypoint mirrored() {
        String n = name();
        if (n.startsWith("LEFT_")) {
            return valueOf("RIGHT_" + n.substring(5));
        }
        if (n.startsWith("RIGHT_")) {
            return valueOf("LEFT_" + n.substring(6));
        }
        return this;
    }
}
