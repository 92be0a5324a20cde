package org.medius.pose;

import java.util.List;
import org.medius.model.Keypoint;
import org.medius.model.Pose;

/**
 * A set of left/right keypoint pairs whose labels a pose model exchanges together, repaired as one unit by
 * {@link SwapRepair}. The face points are never touched.
 *
 * <p>The shoulder and hip girdles are groups of their own, apart from the limbs hanging from them: MoveNet decides
 * the hips and shoulders from the whole torso and rarely confuses them, while the knees/ankles (legs crossing in a
 * side view, or passing at mid-stance in a frontal view) and the elbows/wrists (arms crossing the trunk) swap far
 * more often. Tying a hip pair that the model got right to a knee/ankle pair that it swapped would make the hips
 * argue against the repair; separate groups let each be judged on its own continuity.
 */
public enum SwapGroup {
    SHOULDERS(Keypoint.LEFT_SHOULDER),
    ARMS(Keypoint.LEFT_ELBOW, Keypoint.LEFT_WRIST),
    HIPS(Keypoint.LEFT_HIP),
    LEGS(Keypoint.LEFT_KNEE, Keypoint.LEFT_ANKLE);

    private final List<Keypoint> left;

    SwapGroup(Keypoint... left) {
        this.left = List.of(left);
    }

    /** The left keypoint of each pair, distal last; the right one is {@link Keypoint#mirrored()}. */
    public List<Keypoint> leftKeypoints() {
        return left;
    }

    /** The pose with this group's left and right labels exchanged (x, y and confidence move together). */
    public Pose swap(Pose pose) {
        return swapAll(pose, List.of(this));
    }

    /** The pose with the labels of every given group exchanged. An empty list gives an equal pose. */
    public static Pose swapAll(Pose pose, List<SwapGroup> groups) {
        double[] x = new double[Keypoint.COUNT];
        double[] y = new double[Keypoint.COUNT];
        double[] c = new double[Keypoint.COUNT];
        for (Keypoint k : Keypoint.values()) {
            x[k.ordinal()] = pose.xPx(k);
            y[k.ordinal()] = pose.yPx(k);
            c[k.ordinal()] = pose.confidence(k);
        }
        for (SwapGroup g : groups) {
            for (Keypoint l : g.left) {
                Keypoint r = l.mirrored();
                x[l.ordinal()] = pose.xPx(r);
                y[l.ordinal()] = pose.yPx(r);
                c[l.ordinal()] = pose.confidence(r);
                x[r.ordinal()] = pose.xPx(l);
                y[r.ordinal()] = pose.yPx(l);
                c[r.ordinal()] = pose.confidence(l);
            }
        }
        return Pose.of(x, y, c);
    }
}
