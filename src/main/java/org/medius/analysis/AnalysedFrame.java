package org.medius.analysis;

import java.util.List;
import org.medius.model.Pose;

/**
 * One frame of an analysis: the model's raw pose, the filtered pose the angles are computed from, the quality
 * flags per keypoint (in {@link org.medius.model.Keypoint} order) and the angles.
 */
public record AnalysedFrame(int frameIndex, double timestampSeconds, Pose rawPose, Pose filteredPose,
        List<KeypointFlags> flags, FrameAngles angles) {

    public AnalysedFrame {
        flags = List.copyOf(flags);
    }
}
