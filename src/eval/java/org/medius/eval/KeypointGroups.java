package org.medius.eval;

import org.medius.model.Keypoint;

/** The keypoint groups the evaluations report on. */
final class KeypointGroups {
    static final Keypoint[] HIPS = {Keypoint.LEFT_HIP, Keypoint.RIGHT_HIP};
    static final Keypoint[] KNEES = {Keypoint.LEFT_KNEE, Keypoint.RIGHT_KNEE};
    static final Keypoint[] ANKLES = {Keypoint.LEFT_ANKLE, Keypoint.RIGHT_ANKLE};
    static final Keypoint[] LOWER_LIMBS = {
        Keypoint.LEFT_HIP, Keypoint.RIGHT_HIP, Keypoint.LEFT_KNEE, Keypoint.RIGHT_KNEE,
        Keypoint.LEFT_ANKLE, Keypoint.RIGHT_ANKLE};

    private KeypointGroups() {
    }
}
