package org.medius.model;

import java.util.List;

/** One segment of the drawn skeleton, between two COCO keypoints. */
public record Bone(Keypoint from, Keypoint to) {

    /** The skeleton every view draws: shoulders, hips, arms, trunk sides, legs and face. */
    public static final List<Bone> SKELETON = List.of(
            new Bone(Keypoint.LEFT_SHOULDER, Keypoint.RIGHT_SHOULDER), new Bone(Keypoint.LEFT_HIP, Keypoint.RIGHT_HIP),
            new Bone(Keypoint.LEFT_SHOULDER, Keypoint.LEFT_ELBOW), new Bone(Keypoint.LEFT_ELBOW, Keypoint.LEFT_WRIST),
            new Bone(Keypoint.RIGHT_SHOULDER, Keypoint.RIGHT_ELBOW),
            new Bone(Keypoint.RIGHT_ELBOW, Keypoint.RIGHT_WRIST),
            new Bone(Keypoint.LEFT_SHOULDER, Keypoint.LEFT_HIP), new Bone(Keypoint.RIGHT_SHOULDER, Keypoint.RIGHT_HIP),
            new Bone(Keypoint.LEFT_HIP, Keypoint.LEFT_KNEE), new Bone(Keypoint.LEFT_KNEE, Keypoint.LEFT_ANKLE),
            new Bone(Keypoint.RIGHT_HIP, Keypoint.RIGHT_KNEE), new Bone(Keypoint.RIGHT_KNEE, Keypoint.RIGHT_ANKLE),
            new Bone(Keypoint.NOSE, Keypoint.LEFT_EYE), new Bone(Keypoint.NOSE, Keypoint.RIGHT_EYE),
            new Bone(Keypoint.LEFT_EYE, Keypoint.LEFT_EAR), new Bone(Keypoint.RIGHT_EYE, Keypoint.RIGHT_EAR));
}
