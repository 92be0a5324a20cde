package org.medius.model;

import java.util.List;

/**
 * The pelvis skin markers of a whole video, one {@link PelvisMarkerFrame} per decoded frame in order (the frames of
 * the pose stage), as the marker tracker of the video stage found them.
 *
 * @param markerHueDeg the markers' hue, 0..360 degrees (learnt from the video or given)
 */
public record PelvisMarkerTrack(List<PelvisMarkerFrame> frames, double markerHueDeg) {

    public PelvisMarkerTrack {
        frames = List.copyOf(frames);
    }

    /** How many frames read the pelvis from the markers. */
    public int markerFrames() {
        return (int) frames.stream().filter(f -> f.source() == PelvisSource.MARKERS).count();
    }
}
