package org.medius.events;

/**
 * What one frame says about the view, before any smoothing over time. Scores are weighted means of cues, each in
 * [-1, 1]; NaN where no cue was available.
 *
 * @param frameIndex     the frame
 * @param planeScore     + frontal (left/right hips and shoulders apart in x), - sagittal (they coincide)
 * @param anteriorScore  + anterior, - posterior
 * @param leftSideScore  + the camera sees the person's left side (faces image left), - their right side
 * @param view           this frame's own label, or null when it has too little evidence
 * @param weight         0..1 vote weight: mean torso confidence x |planeScore| x |side or AP score|
 * @param torsoConfidence mean confidence of the gated shoulders and hips (0 when none)
 */
public record FrameViewCues(int frameIndex, double planeScore, double anteriorScore, double leftSideScore, View view,
        double weight, double torsoConfidence) {
}
