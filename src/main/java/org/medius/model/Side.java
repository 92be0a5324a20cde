package org.medius.model;

/** The person's own side, as given by the keypoint labels (never by image position). */
public enum Side {
    LEFT, RIGHT;

    /** The contralateral side. */
    public Side other() {
        return this == LEFT ? RIGHT : LEFT;
    }

    public Keypoint hip() {
        return this == LEFT ? Keypoint.LEFT_HIP : Keypoint.RIGHT_HIP;
    }

    public Keypoint knee() {
        return this == LEFT ? Keypoint.LEFT_KNEE : Keypoint.RIGHT_KNEE;
    }

    public Keypoint ankle() {
        return this == LEFT ? Keypoint.LEFT_ANKLE : Keypoint.RIGHT_ANKLE;
    }

    public Keypoint shoulder() {
        return this == LEFT ? Keypoint.LEFT_SHOULDER : Keypoint.RIGHT_SHOULDER;
    }
}
