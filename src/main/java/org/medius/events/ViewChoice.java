package org.medius.events;

/**
 * The user's say on the camera view. {@link #AUTO} detects everything; {@link #SAGITTAL} fixes the plane but leaves
 * the side (and a turn mid-video) to detection; the others fix the view for the whole video.
 */
public enum ViewChoice {
    AUTO, ANTERIOR, POSTERIOR, SAGITTAL, SAGITTAL_LEFT, SAGITTAL_RIGHT;

    /** The view this choice fixes for the whole video, or null for {@link #AUTO} and {@link #SAGITTAL}. */
    public View fixedView() {
        return switch (this) {
            case ANTERIOR -> View.ANTERIOR;
            case POSTERIOR -> View.POSTERIOR;
            case SAGITTAL_LEFT -> View.SAGITTAL_LEFT;
            case SAGITTAL_RIGHT -> View.SAGITTAL_RIGHT;
            case AUTO, SAGITTAL -> null;
        };
    }
}
