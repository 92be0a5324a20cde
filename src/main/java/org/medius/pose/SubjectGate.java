package org.medius.pose;

/**
 * Decides whether an observation can be the subject, given the subject's last accepted observation, its
 * velocity and the real time since then. Every distance is in torso lengths of the subject (so the rule holds
 * for any resolution and any distance from the camera) and every allowance grows with the elapsed time (so it
 * holds for any frame rate, dropped frames and gaps):
 * <ul>
 *   <li>position: the mid-hip lies within {@code torso * (slack + maxSpeed * dt)} of the predicted mid-hip
 *       (last position + velocity * min(dt, {@link Limits#predictHorizonS})), capped at
 *       {@code maxRadiusTorsos} torso lengths: farther away it is someone else, however long the gap;</li>
 *   <li>size: the torso length is within a factor {@code 1 + min(sizeTolerance + sizeTolerancePerS * dt,
 *       maxSizeTolerance)} of the subject's (people do not change size from one frame to the next; over a gap
 *       they may walk toward or away from the camera);</li>
 *   <li>shape, on short gaps only ({@code dt <= iouMaxGapS}): the bounding box of the confident keypoints
 *       overlaps the predicted box (last box moved with the mid-hip) with IoU at least {@code minIou}; this
 *       rejects a pose that mixes the subject's hips with another person's limbs.</li>
 * </ul>
 */
final class SubjectGate {

    /**
     * @param slackTorsos          position noise allowed at dt = 0 (keypoint jitter, hip swing): 0.5 torso
     * @param maxSpeedTorsosPerS   fastest plausible mid-hip speed: 6 torso/s, about 3 m/s with a 0.5 m torso
     *                             (beyond brisk walking; the velocity prediction absorbs steady running speed)
     * @param maxRadiusTorsos      the search never reaches farther than this from the last position: 6 torso
     * @param predictHorizonS      the velocity is extrapolated for at most this long
     * @param sizeTolerance        relative torso-length change allowed at dt = 0: 30 %
     * @param sizeTolerancePerS    more per second of gap: 50 %/s
     * @param maxSizeTolerance     at most a factor 2
     * @param minIou               bounding-box IoU with the prediction on short gaps: 0.2
     * @param iouMaxGapS           the IoU test applies up to this gap: 0.25 s
     */
    record Limits(double slackTorsos, double maxSpeedTorsosPerS, double maxRadiusTorsos, double predictHorizonS,
            double sizeTolerance, double sizeTolerancePerS, double maxSizeTolerance, double minIou,
            double iouMaxGapS) {
        static final Limits DEFAULT = new Limits(0.5, 6.0, 6.0, 0.5, 0.3, 0.5, 1.0, 0.2, 0.25);
    }

    /** Why an observation was accepted or not. */
    enum Verdict { ACCEPTED, TOO_FAR, SIZE_CHANGED, SHAPE_MISMATCH }

    private final Limits limits;

    SubjectGate(Limits limits) {
        this.limits = limits;
    }

    SubjectGate() {
        this(Limits.DEFAULT);
    }

    Limits limits() {
        return limits;
    }

    /** Radius in pixels around the predicted mid-hip within which the subject may be, {@code dt} after {@code torsoPx}. */
    double radiusPx(double torsoPx, double dt) {
        double torsos = Math.min(limits.slackTorsos + limits.maxSpeedTorsosPerS * Math.max(dt, 0), limits.maxRadiusTorsos);
        return torsoPx * torsos;
    }

    double predictedX(SubjectObservation last, double vx, double dt) {
        return last.hipX() + vx * Math.min(Math.max(dt, 0), limits.predictHorizonS);
    }

    double predictedY(SubjectObservation last, double vy, double dt) {
        return last.hipY() + vy * Math.min(Math.max(dt, 0), limits.predictHorizonS);
    }

    /**
     * @param last     the subject's last accepted observation
     * @param torsoPx  the subject's (smoothed) torso length
     * @param vx       the subject's mid-hip velocity, px/s
     * @param dt       seconds from {@code last} to {@code candidate}
     */
    Verdict check(SubjectObservation last, double torsoPx, double vx, double vy, double dt, SubjectObservation candidate) {
        double px = predictedX(last, vx, dt);
        double py = predictedY(last, vy, dt);
        if (!(candidate.distanceTo(px, py) <= radiusPx(torsoPx, dt))) {
            return Verdict.TOO_FAR;
        }
        double tolerance = 1 + Math.min(limits.sizeTolerance + limits.sizeTolerancePerS * Math.max(dt, 0), limits.maxSizeTolerance);
        double ratio = candidate.torsoPx() / torsoPx;
        if (!(ratio <= tolerance && ratio >= 1 / tolerance)) {
            return Verdict.SIZE_CHANGED;
        }
        if (dt <= limits.iouMaxGapS) {
            SubjectBox predicted = last.box().shifted(px - last.hipX(), py - last.hipY());
            if (predicted.iou(candidate.box()) < limits.minIou) {
                return Verdict.SHAPE_MISMATCH;
            }
        }
        return Verdict.ACCEPTED;
    }
}
