package org.medius.kinematics;

import org.medius.model.Keypoint;
import org.medius.model.Pose;

/**
 * The knee-to-ankle separation ratio (KASR) of a two-legged squat or landing seen from the front or back: the
 * distance between the knees over the distance between the ankles, in the image. Under 1 the knees come closer
 * together than the feet (dynamic valgus of both knees); 1 or more, they stay over or outside the feet. It needs
 * no thigh length, so it stays meaningful at the bottom of a deep squat where FPPA does not.
 *
 * <p>Source: Mizner RL, Chmielewski TL, Toepke JJ, Tofte KB (2012), "Comparison of 2-dimensional measurement
 * techniques for predicting knee angle and moment during a drop vertical jump", described with its companions
 * (normalised knee and ankle separation, Noyes et al. 2005, Barber-Westin et al. 2005) as 2D-video measures for
 * bilateral movements. Read in the documentation of the mocapr R package (add_knee_ankle_hip_ratios), not in the
 * paper itself: no reference values are taken from it, so the ratio is reported, never scored.
 */
public final class KneeAnkleSeparation {
    private KneeAnkleSeparation() {
    }

    /** |K_left - K_right| / |A_left - A_right|; NaN when a knee or an ankle is missing or the ankles coincide. */
    public static double ratio(Pose pose) {
        double knees = Vec2.of(pose, Keypoint.LEFT_KNEE).minus(Vec2.of(pose, Keypoint.RIGHT_KNEE)).length();
        double ankles = Vec2.of(pose, Keypoint.LEFT_ANKLE).minus(Vec2.of(pose, Keypoint.RIGHT_ANKLE)).length();
        return ankles > 0 ? knees / ankles : Double.NaN;
    }
}
