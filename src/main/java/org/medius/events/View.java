package org.medius.events;

/**
 * Where the camera stands relative to the person (their own body axes, not the image).
 *
 * <ul>
 *   <li>{@link #ANTERIOR}: the camera sees the person's front; their left is on the image right.</li>
 *   <li>{@link #POSTERIOR}: the camera sees the person's back; their left is on the image left.</li>
 *   <li>{@link #SAGITTAL_LEFT}: the camera sees the person's <em>left</em> side (the left side is the one nearer
 *       the camera). For an upright person walking forwards this is the person facing and walking towards the
 *       <em>image left</em>.</li>
 *   <li>{@link #SAGITTAL_RIGHT}: the camera sees the person's right side; walking forwards, they face and walk
 *       towards the image right.</li>
 * </ul>
 */
public enum View {
    ANTERIOR, POSTERIOR, SAGITTAL_LEFT, SAGITTAL_RIGHT;

    /** ANTERIOR or POSTERIOR: the frontal plane faces the camera. */
    public boolean isFrontal() {
        return this == ANTERIOR || this == POSTERIOR;
    }

    /** SAGITTAL_LEFT or SAGITTAL_RIGHT: the sagittal plane faces the camera. */
    public boolean isSagittal() {
        return !isFrontal();
    }
}
