package org.medius.pose;

import org.medius.model.Keypoint;
import org.medius.model.Pose;

/**
 * A pose with a confidently seen torso, reduced to what identity decisions use: the mid-hip, the torso length
 * (mid-shoulder to mid-hip, the body's own length unit, which scales every threshold), and the bounding box of
 * the confident shoulders, hips, knees and ankles. Arms and head are left out of the box: they move freely (a
 * T-pose, a reach, an arm first missed and then found would change the box without the person moving).
 */
record SubjectObservation(Pose pose, double hipX, double hipY, double torsoPx, SubjectBox box, double quality) {

    /** A keypoint at or above this confidence counts as seen (torso, box). */
    static final double MIN_KEYPOINT_CONFIDENCE = 0.3;
    /** The keypoints whose bounding box is the observation's box. */
    static final java.util.Set<Keypoint> BODY = java.util.EnumSet.of(Keypoint.LEFT_SHOULDER, Keypoint.RIGHT_SHOULDER,
            Keypoint.LEFT_HIP, Keypoint.RIGHT_HIP, Keypoint.LEFT_KNEE, Keypoint.RIGHT_KNEE, Keypoint.LEFT_ANKLE,
            Keypoint.RIGHT_ANKLE);
    /** Torso shorter than this many pixels is noise, not a person. */
    static final double MIN_TORSO_PX = 8;

    /** The observation of {@code pose}, or null when its torso is not confidently seen. */
    static SubjectObservation of(Pose pose) {
        boolean hip = seen(pose, Keypoint.LEFT_HIP) || seen(pose, Keypoint.RIGHT_HIP);
        boolean shoulder = seen(pose, Keypoint.LEFT_SHOULDER) || seen(pose, Keypoint.RIGHT_SHOULDER);
        if (!hip || !shoulder) {
            return null;
        }
        double hx = mid(pose, Keypoint.LEFT_HIP, Keypoint.RIGHT_HIP, true);
        double hy = mid(pose, Keypoint.LEFT_HIP, Keypoint.RIGHT_HIP, false);
        double sx = mid(pose, Keypoint.LEFT_SHOULDER, Keypoint.RIGHT_SHOULDER, true);
        double sy = mid(pose, Keypoint.LEFT_SHOULDER, Keypoint.RIGHT_SHOULDER, false);
        double torso = Math.hypot(sx - hx, sy - hy);
        if (!(torso >= MIN_TORSO_PX)) {
            return null;
        }
        double xMin = Double.POSITIVE_INFINITY;
        double yMin = Double.POSITIVE_INFINITY;
        double xMax = Double.NEGATIVE_INFINITY;
        double yMax = Double.NEGATIVE_INFINITY;
        double sum = 0;
        int n = 0;
        for (Keypoint k : Keypoint.values()) {
            if (!seen(pose, k)) {
                continue;
            }
            if (BODY.contains(k)) {
                xMin = Math.min(xMin, pose.xPx(k));
                yMin = Math.min(yMin, pose.yPx(k));
                xMax = Math.max(xMax, pose.xPx(k));
                yMax = Math.max(yMax, pose.yPx(k));
            }
            sum += pose.confidence(k);
            n++;
        }
        // quality: how complete and how sure; prefers the whole person to a crop's partial view of them
        return new SubjectObservation(pose, hx, hy, torso, new SubjectBox(xMin, yMin, xMax, yMax), sum / Keypoint.COUNT * n / Keypoint.COUNT);
    }

    private static boolean seen(Pose p, Keypoint k) {
        return p.confidence(k) >= MIN_KEYPOINT_CONFIDENCE && Double.isFinite(p.xPx(k)) && Double.isFinite(p.yPx(k));
    }

    /** Mean of the seen ones of a left/right pair (one of them is seen). */
    private static double mid(Pose p, Keypoint a, Keypoint b, boolean x) {
        double va = x ? p.xPx(a) : p.yPx(a);
        double vb = x ? p.xPx(b) : p.yPx(b);
        boolean sa = seen(p, a);
        boolean sb = seen(p, b);
        return sa && sb ? (va + vb) / 2 : sa ? va : vb;
    }

    double distanceTo(double x, double y) {
        return Math.hypot(hipX - x, hipY - y);
    }
}
