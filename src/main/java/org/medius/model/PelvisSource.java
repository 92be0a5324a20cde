package org.medius.model;

/** Where a frame's pelvic obliquity comes from: the hip keypoints of the pose model, or two skin markers. */
public enum PelvisSource {
    KEYPOINTS,
    MARKERS;

    /** The word in the exports: {@code keypoints} or {@code markers}. */
    public String word() {
        return this == MARKERS ? "markers" : "keypoints";
    }
}
