package org.medius.analysis;

import java.util.List;
import org.medius.kinematics.ContralateralPelvicDrop;
import org.medius.model.PelvisMarkerFrame;
import org.medius.model.PelvisSource;
import org.medius.model.Pose;
import org.medius.model.Side;

/**
 * One frame of an analysis: the model's raw pose, the filtered (and roll-corrected) pose the angles are computed
 * from, the quality flags per keypoint (in {@link org.medius.model.Keypoint} order), whether left/right labels
 * were exchanged on this frame to undo a model swap, the angles, and where the pelvic obliquity was read from.
 *
 * @param pelvisSource  {@link PelvisSource#MARKERS} when the pelvic obliquity (and CPD) of this frame comes from the
 *                      pelvis skin markers ({@code --markers pelvis}), else {@link PelvisSource#KEYPOINTS}
 * @param pelvisMarkers what the marker tracker gave on this frame (before filtering); null without markers
 */
public record AnalysedFrame(int frameIndex, double timestampSeconds, Pose rawPose, Pose filteredPose,
        List<KeypointFlags> flags, boolean leftRightSwapRepaired, FrameAngles angles, PelvisSource pelvisSource,
        PelvisMarkerFrame pelvisMarkers) {

    public AnalysedFrame {
        flags = List.copyOf(flags);
        java.util.Objects.requireNonNull(pelvisSource, "pelvisSource");
    }

    /** A frame whose pelvis is read from the hip keypoints, without markers. */
    public AnalysedFrame(int frameIndex, double timestampSeconds, Pose rawPose, Pose filteredPose,
            List<KeypointFlags> flags, boolean leftRightSwapRepaired, FrameAngles angles) {
        this(frameIndex, timestampSeconds, rawPose, filteredPose, flags, leftRightSwapRepaired, angles,
                PelvisSource.KEYPOINTS, null);
    }

    /** Contralateral pelvic drop with {@code stance} as the stance side, from the source of this frame's pelvis. */
    public double cpdDeg(Side stance) {
        if (pelvisSource == PelvisSource.MARKERS) {
            double obliquity = angles.pelvicObliquityDeg();
            return stance == Side.RIGHT ? obliquity : -obliquity;
        }
        return ContralateralPelvicDrop.cpdDeg(filteredPose, stance);
    }
}
