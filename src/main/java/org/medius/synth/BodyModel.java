package org.medius.synth;

/**
 * Stick-figure proportions for a body of the given height, in image pixels.
 *
 * <p>Source of the fractions of body height H: Winter, <i>Biomechanics and Motor Control of Human Movement</i>, 4th ed.
 * (Wiley, 2009), Fig. 4.1 (segment lengths after Drillis &amp; Contini 1966): ankle 0.039 H, knee 0.285 H, hip (greater
 * trochanter) 0.530 H, wrist 0.485 H, elbow 0.630 H, shoulder 0.818 H, eye 0.936 H above the floor; shoulder width
 * 0.259 H, hip width 0.191 H. So the thigh (hip to knee) is 0.245 H and the shank (knee to ankle) 0.246 H.
 *
 * <p>Our own approximations, not from Winter: the hip keypoints sit 60% of his hip width apart (COCO hip points lie
 * between the hip joint centres and the trochanters), the shoulder keypoints 80% of his shoulder width apart (near
 * the acromia, inside the deltoids), the nose at 0.915 H, the ears at 0.925 H and 0.09 H apart, the eyes 0.036 H
 * apart.
 *
 * @param heightPx standing body height, pixels
 */
public record BodyModel(double heightPx) {
    static final double ANKLE = 0.039;
    static final double KNEE = 0.285;
    static final double HIP = 0.530;
    static final double WRIST = 0.485;
    static final double ELBOW = 0.630;
    static final double SHOULDER = 0.818;
    static final double EYE = 0.936;
    static final double NOSE = 0.915;
    static final double EAR = 0.925;

    public BodyModel {
        if (!(heightPx > 0) || Double.isInfinite(heightPx)) {
            throw new IllegalArgumentException("body height must be a positive number of pixels: " + heightPx);
        }
    }

    /** Height of the ankle keypoint above the floor. */
    public double ankleHeightPx() {
        return ANKLE * heightPx;
    }

    /** Hip to knee. */
    public double thighPx() {
        return (HIP - KNEE) * heightPx;
    }

    /** Knee to ankle. */
    public double shankPx() {
        return (KNEE - ANKLE) * heightPx;
    }

    /** Thigh plus shank: the hip-ankle distance of a straight leg. */
    public double legPx() {
        return thighPx() + shankPx();
    }

    /** Half the distance between the two hip keypoints of a level pelvis. */
    public double hipHalfWidthPx() {
        return 0.5 * 0.6 * 0.191 * heightPx;
    }

    /** Half the distance between the two shoulder keypoints. */
    public double shoulderHalfWidthPx() {
        return 0.5 * 0.8 * 0.259 * heightPx;
    }

    /** Mid-hip to mid-shoulder of an upright trunk. */
    public double trunkPx() {
        return (SHOULDER - HIP) * heightPx;
    }

    public double upperArmPx() {
        return (SHOULDER - ELBOW) * heightPx;
    }

    public double forearmPx() {
        return (ELBOW - WRIST) * heightPx;
    }

    double noseAboveShoulderPx() {
        return (NOSE - SHOULDER) * heightPx;
    }

    double eyeAboveShoulderPx() {
        return (EYE - SHOULDER) * heightPx;
    }

    double earAboveShoulderPx() {
        return (EAR - SHOULDER) * heightPx;
    }

    double eyeHalfWidthPx() {
        return 0.018 * heightPx;
    }

    double earHalfWidthPx() {
        return 0.045 * heightPx;
    }
}
