package org.medius.analysis;

import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.medius.model.Keypoint;

/**
 * Keypoints a person placed by hand on a frame. The pipeline keeps them where they were put: the outlier filter
 * and the low-pass filter, which treat one corrected frame among many wrong ones as noise, do not move them.
 * Frames are named by {@link org.medius.model.FramePose#frameIndex()}.
 */
public record KeypointPins(Map<Integer, Set<Keypoint>> byFrameIndex) {

    public KeypointPins {
        Map<Integer, Set<Keypoint>> copy = new HashMap<>();
        byFrameIndex.forEach((frame, keypoints) -> copy.put(frame, Set.copyOf(keypoints)));
        byFrameIndex = Map.copyOf(copy);
    }

    public static KeypointPins none() {
        return new KeypointPins(Map.of());
    }

    /** These pins and one more. */
    public KeypointPins with(int frameIndex, Keypoint keypoint) {
        Map<Integer, Set<Keypoint>> m = new HashMap<>(byFrameIndex);
        Set<Keypoint> s = EnumSet.of(keypoint);
        s.addAll(m.getOrDefault(frameIndex, Set.of()));
        m.put(frameIndex, s);
        return new KeypointPins(m);
    }

    public boolean pinned(int frameIndex, Keypoint keypoint) {
        Set<Keypoint> s = byFrameIndex.get(frameIndex);
        return s != null && s.contains(keypoint);
    }

    public boolean isEmpty() {
        return byFrameIndex.isEmpty();
    }
}
