package org.medius.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.medius.kinematics.RollCorrection;
import org.medius.model.FramePose;
import org.medius.model.Keypoint;
import org.medius.model.PelvisMarkerFrame;
import org.medius.model.PelvisMarkerTrack;
import org.medius.model.PelvisSource;
import org.medius.model.Pose;
import org.medius.model.VideoMetadata;
import org.medius.signal.FilterSettings;
import org.medius.signal.KeypointTrackFilter;

/**
 * The pelvis as the skin markers show it ({@link MarkerMode#PELVIS}): each marker coordinate goes through the same
 * signal stages as a keypoint coordinate (gate, gap fill, Hampel, zero-lag Butterworth on the real timestamps), then
 * the same camera-roll correction; the two markers stand in for the two hips of the pose, so pelvic obliquity and
 * CPD keep their definitions and signs (docs/measurement.md). A frame on which the tracker fell back to the hip
 * keypoints, or whose filtered marker is missing, reads its pelvis from the keypoints.
 */
final class MarkerPelvis {
    private MarkerPelvis() {
    }

    /**
     * Per frame a pose whose two hips are the filtered, roll-corrected markers (no other keypoint), or null where the
     * frame reads its pelvis from the keypoints. Null instead of the list when there is no usable marker track; a
     * note says why, or on how many frames the markers were used.
     */
    static List<Pose> poses(PelvisMarkerTrack markers, List<FramePose> poses, double[] times, FilterSettings filter,
            RollCorrection roll, VideoMetadata video, List<String> warnings) {
        int n = poses.size();
        if (markers == null) {
            warnings.add("Pelvis markers were asked for but not tracked (this run had no video frames, e.g. a re-run"
                    + " on saved poses); pelvic obliquity comes from the hip keypoints.");
            return null;
        }
        if (markers.frames().size() != n) {
            warnings.add(String.format(Locale.ROOT, "The marker track has %d frames, the poses %d; pelvic obliquity"
                    + " comes from the hip keypoints.", markers.frames().size(), n));
            return null;
        }
        double[][] coords = new double[4][n];
        double[] confidence = new double[n];
        for (int i = 0; i < n; i++) {
            PelvisMarkerFrame f = markers.frames().get(i);
            boolean use = f.source() == PelvisSource.MARKERS;
            coords[0][i] = use ? f.leftXPx() : Double.NaN;
            coords[1][i] = use ? f.leftYPx() : Double.NaN;
            coords[2][i] = use ? f.rightXPx() : Double.NaN;
            coords[3][i] = use ? f.rightYPx() : Double.NaN;
            confidence[i] = use ? 1 : 0;
        }
        double[][] smooth = new double[4][];
        for (int c = 0; c < 4; c++) {
            smooth[c] = KeypointTrackFilter.apply(coords[c], confidence, times, filter).values();
        }
        List<Pose> out = new ArrayList<>(n);
        int used = 0;
        for (int i = 0; i < n; i++) {
            boolean ok = confidence[i] > 0;
            for (int c = 0; c < 4; c++) {
                ok &= Double.isFinite(smooth[c][i]);
            }
            if (!ok) {
                out.add(null);
                continue;
            }
            double[] x = new double[Keypoint.COUNT];
            double[] y = new double[Keypoint.COUNT];
            double[] conf = new double[Keypoint.COUNT];
            Arrays.fill(x, Double.NaN);
            Arrays.fill(y, Double.NaN);
            x[Keypoint.LEFT_HIP.ordinal()] = smooth[0][i];
            y[Keypoint.LEFT_HIP.ordinal()] = smooth[1][i];
            x[Keypoint.RIGHT_HIP.ordinal()] = smooth[2][i];
            y[Keypoint.RIGHT_HIP.ordinal()] = smooth[3][i];
            conf[Keypoint.LEFT_HIP.ordinal()] = 1;
            conf[Keypoint.RIGHT_HIP.ordinal()] = 1;
            Pose p = Pose.of(x, y, conf);
            out.add(roll.rollDeg() != 0 ? roll.correct(p, video.widthPx(), video.heightPx()) : p);
            used++;
        }
        warnings.add(String.format(Locale.ROOT, "Pelvic obliquity was read from the pelvis markers on %d of %d frames"
                + " (%.0f%%), from the hip keypoints on the others (column pelvis_source).", used, n,
                100.0 * used / n));
        return out;
    }
}
