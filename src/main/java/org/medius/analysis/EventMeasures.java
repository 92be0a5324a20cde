package org.medius.analysis;

import org.medius.events.MovementEvent;

/**
 * What one stance or repetition measured, read from the analysed frames as docs/measurement.md ("Events")
 * says: CPD and trunk lean as their peak within the event, FPPA and FPKD at its deepest frame (mid-hip lowest
 * for a stance, the bottom for a repetition). Frame numbers are positions in {@link Analysis#frames()}.
 *
 * @param event              the stance or repetition
 * @param startSeconds       time of its first frame
 * @param endSeconds         time of its last frame
 * @param frontalPlane       false in a side view, where the frontal-plane angles are not measurable (NaN)
 * @param cpdPeakFrame       frame of the CPD peak, -1 when none
 * @param cpdPeakDeg         peak contralateral pelvic drop with {@code event.side()} as the stance side, + = drop
 * @param deepestFrame       the frame FPPA and FPKD are read on
 * @param fppaDeg            knee FPPA of {@code event.side()} there, + = valgus; NaN when unreliable there
 * @param fpkd               knee displacement / leg length there, + = medial; NaN when unreliable
 * @param fppaStatus         whether FPPA and FPKD were measured there, and if not, why
 * @param kneeAnkleSeparationRatio knees' distance over ankles' distance at the deepest frame of a two-legged
 *                           squat seen from the front or back ({@link org.medius.kinematics.KneeAnkleSeparation});
 *                           NaN for every other event
 * @param trunkLeanPeakFrame frame of the trunk-lean peak, -1 when none
 * @param trunkLeanPeakDeg   peak lateral trunk lean, + = towards {@code event.side()}
 * @param meanConfidence     mean model confidence of hips, knees and ankles over the event's frames
 * @param cpdMedianDeg       a hold of the single-leg stance test: the median CPD over its frontal-plane frames (the
 *                           drop the person kept, where the peak may be one wobble); NaN for other events
 * @param trunkLeanMedianDeg a hold: the median trunk lean towards the stance side over its frontal-plane frames; NaN
 *                           for other events
 */
public record EventMeasures(MovementEvent event, double startSeconds, double endSeconds, boolean frontalPlane,
        int cpdPeakFrame, double cpdPeakDeg, int deepestFrame, double fppaDeg, double fpkd, FppaStatus fppaStatus, double kneeAnkleSeparationRatio, int trunkLeanPeakFrame,
        double trunkLeanPeakDeg, double meanConfidence, double cpdMedianDeg, double trunkLeanMedianDeg) {
}
