package org.medius.analysis;

import java.util.List;
import org.medius.model.Pose;

/**
 * One frame of an analysis: the model's raw pose, the filtered (and roll-corrected) pose the angles are computed
 * from, the quality flags per keypoint (in {@link org.medius.model.Keypoint} order), whether left/right labels
 * were exchanged on this frame to undo a model swap, and the angles.
 */
public record AnalysedFrame(int frameIndex, double timestampSeconds, Pose rawPose, Pose filteredPose,
        List<KeypointFlags> flags, boolean leftRightSwapRepaired, FrameAngles angles) {

    public AnalysedFrame {
        flags = List.copyOf(flags);
    }
}
