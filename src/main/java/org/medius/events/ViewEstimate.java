package org.medius.events;

import java.util.List;
import java.util.Objects;

/**
 * The camera view of one video.
 *
 * @param overall      the view of the video as a whole (the best-supported segment view); when nothing could be
 *                     detected it is {@link ViewDetector#DEFAULT_VIEW} (or {@link ViewDetector#DEFAULT_SAGITTAL_VIEW}
 *                     under a plain sagittal override) with confidence 0
 * @param confidence   0..1; 1 for a full user override; 0 means "not detected, default used"
 * @param segments     consecutive, non-overlapping runs covering every frame of the track from its first to its last
 *                     frame index (empty only for an empty track)
 * @param userOverride true when the user's {@link ViewChoice} fixed the view or the plane
 */
public record ViewEstimate(View overall, double confidence, List<ViewSegment> segments, boolean userOverride) {
    public ViewEstimate {
        Objects.requireNonNull(overall, "overall");
        segments = List.copyOf(segments);
        if (!(confidence >= 0 && confidence <= 1)) {
            throw new IllegalArgumentException("confidence must be in [0, 1]: " + confidence);
        }
    }

    /** The view on one frame: its segment's view, or {@link #overall()} outside every segment. */
    public View viewAt(int frameIndex) {
        for (ViewSegment s : segments) {
            if (s.contains(frameIndex)) {
                return s.view();
            }
        }
        return overall;
    }

    /** True when the view changes within the video (e.g. the person turned round). */
    public boolean changesView() {
        return segments.stream().map(ViewSegment::view).distinct().count() > 1;
    }
}
