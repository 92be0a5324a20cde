package org.medius.events;

import java.util.List;
import org.medius.model.FramePose;
import org.medius.signal.WindowPercentile;

/**
 * Which frames can carry frontal-plane angles (pelvic obliquity, knee FPPA, lateral trunk lean, hip adduction).
 * A frame counts when all of these hold:
 * <ul>
 *   <li>its view segment is anterior or posterior;</li>
 *   <li>its own plane cue says the body squarely faces the camera or turns its back to it: the median of
 *       {@link FrameViewCues#planeScore()} over +-{@value #SMOOTHING_HALF_S} s is above 0 (the view
 *       detector's own cut between frontal and sagittal);</li>
 *   <li>it is more than {@value #TURN_MARGIN_S} s from a change of view (a walking turn takes one to two
 *       seconds, and the view detector puts the change in its middle: the hips rotate through it);</li>
 *   <li>it lies in a run of such frames at least {@value #MIN_RUN_S} s long (at least a stride of slow walking: a
 *       side-view walker who faces the camera for a moment while turning gives no frontal values).</li>
 * </ul>
 * Elsewhere the hips nearly coincide in the image, or rotate, and their line's angle is not pelvic drop.
 * Under a view given by the user the segment alone decides.
 */
public final class FrontalPlaneFrames {
    /** About a quarter of a walking stride: smooths single-frame keypoint noise, keeps a half-second turn. */
    static final double SMOOTHING_HALF_S = 0.15;
    static final double TURN_MARGIN_S = 0.5;
    static final double MIN_RUN_S = 1.0;

    private FrontalPlaneFrames() {
    }

    /**
     * One flag per frame of {@code frames} (in frame order).
     *
     * @param cues the frames' cues from {@link ViewDetector#cues(List)}, read unless the user gave the view
     */
    public static boolean[] of(List<FramePose> frames, ViewEstimate view, List<FrameViewCues> cues) {
        int n = frames.size();
        boolean[] out = new boolean[n];
        double[] plane = new double[n];
        double[] t = ViewDetector.times(frames);
        for (int i = 0; i < n; i++) {
            plane[i] = view.userOverride() ? 1 : cues.get(i).planeScore();
        }
        double[] smoothed = WindowPercentile.of(plane, t, SMOOTHING_HALF_S, 0.5);
        View[] views = new View[n];
        for (int i = 0; i < n; i++) {
            views[i] = view.viewAt(frames.get(i).frameIndex());
            out[i] = views[i].isFrontal() && smoothed[i] > 0;
        }
        for (int i = 1; i < n; i++) {
            if (views[i] != views[i - 1]) {
                double change = (t[i] + t[i - 1]) / 2;
                for (int j = 0; j < n; j++) {
                    out[j] &= Math.abs(t[j] - change) > TURN_MARGIN_S;
                }
            }
        }
        int i = 0;
        while (i < n) {
            int j = i;
            while (j + 1 < n && out[j + 1] == out[i]) {
                j++;
            }
            if (out[i] && t[j] - t[i] < MIN_RUN_S) {
                java.util.Arrays.fill(out, i, j + 1, false);
            }
            i = j + 1;
        }
        return out;
    }
}
