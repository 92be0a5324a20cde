/**
 * Synthetic COCO-17 keypoint tracks with known truth: the motion model behind the test fixtures of the event
 * detectors and the score, and behind the rendered videos of {@code org.medius.synth.render}.
 *
 * <p>Entry point: {@link org.medius.synth.SyntheticTrack} ({@code walk()}, {@code run()}, {@code sagittalWalk()},
 * {@code squat()}, {@code lunge(Side)}, {@code singleLegSquat(Side)}, then builder options, then {@code generate()}),
 * giving the recorded frames and a {@link org.medius.synth.Truth}.
 *
 * <p>How exact it is: every event (strike, toe-off, mid-stance, rep start, bottom, end) is moved onto a frame; the
 * shapes are exactly 1 at that frame; the prescribed CPD, FPPA and trunk lean are built into the image geometry
 * (pelvis segment turned by the angle, knee moved off the hip-ankle line by the closed-form offset, trunk line turned
 * from the vertical), so {@code org.medius.kinematics} reads them back to rounding error (under 1e-11 degrees) on the
 * noise-free poses when there is no roll; with roll the truth holds what the image shows (roll adds 1:1 to CPD and
 * lean, not to FPPA).
 *
 * <p>Limits:
 * <ul>
 *   <li>A stick figure with fixed proportions (Winter 2009, partly approximated, see {@link BodyModel}); no
 *       individual variation, no left-right asymmetry of segment lengths.</li>
 *   <li>Orthographic camera: no perspective. A frontal walker or runner stays on the spot (a treadmill) at a constant
 *       size; a lunge's front foot is not lower in the image than the rear one; forward motions (swing, hips going
 *       back in a squat, trunk flexion) show only as foreshortening. In the side view left and right joints coincide,
 *       so frontal angles are NaN there; the walker may leave the image if made long or large.</li>
 *   <li>Gait shapes are schematic: sin^2 bumps for drop, dip, valgus and lean, confined to single support; the stance
 *       ankle is perfectly still (no heel rise, no roll-over), so a stance is exactly strike to toe-off. In frontal
 *       gait the pelvis is lowest at mid-stance (which the spec's "deepest frame" rule needs), unlike the
 *       inverted-pendulum rise of real walking; the side-view walk does rise at mid-stance. The swing ankle's world
 *       speed does not fall to zero before a strike. The clip starts and ends in steady gait: the other foot's stance at
 *       either edge is partial and not listed as an event.</li>
 *   <li>Repetitions: fixed trunk flexion per task (40, 10, 25 degrees at the bottom), hips move back by half the
 *       descent, arms hang; the single-leg squat's free foot is held still; depth is limited to where the thigh still
 *       points downwards in the image (deeper is refused).</li>
 *   <li>Confidences are one constant (0.9 by default) except in gaps and the low-confidence start; no per-keypoint
 *       confidence pattern, no left-right label swaps, no second person. Noise is white and Gaussian, independent per
 *       coordinate and frame; real pose-model errors are correlated in time and biased (e.g. hips 30-50 mm off).</li>
 *   <li>Frame-time jitter is uniform around a fixed grid, not the bursts and drops of real variable-frame-rate video.</li>
 * </ul>
 */
package org.medius.synth;
