/**
 * Per-frame angle definitions of docs/measurement.md, as pure functions of one {@link org.medius.model.Pose}.
 *
 * <p>Conventions shared by every class here:
 * <ul>
 *   <li>Input: keypoint pixels of the displayed (upright) frame, y down. Angles use {@code atan2} on those
 *       pixels, never on coordinates normalised separately by width and height.</li>
 *   <li>Left/right ({@link org.medius.model.Side}) are the person's own, from the keypoint labels. Where a
 *       definition needs an image direction for "medial" or "towards the left", it is taken from the two hip
 *       keypoints (medial = towards mid-hip x = towards the other hip), so the signed values are the same from in
 *       front (person's left on image right) and from behind. When both hips have the same x the frontal-plane
 *       side is undefined and those values are NaN.</li>
 *   <li>All angles in degrees, signed as in measurement.md: CPD + = swing-side hip lower; obliquity + = left hip
 *       lower; FPPA/FPKD + = knee medial (valgus); trunk lean + = towards the stance side (raw lean + = towards
 *       the person's left); hip adduction + = knee towards the midline; camera roll + = scene turned clockwise on
 *       screen.</li>
 *   <li>A missing keypoint (NaN coordinates) or an undefined direction (two keypoints on the same pixel) gives
 *       NaN, never an exception and never a fake 0. Confidence gating is the signal stage's job, not this
 *       package's.</li>
 * </ul>
 */
package org.medius.kinematics;
