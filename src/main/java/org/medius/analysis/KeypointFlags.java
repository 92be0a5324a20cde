package org.medius.analysis;

/**
 * Quality flags of one keypoint on one frame, from the signal stages (a flag is set when it applies to x or y).
 *
 * @param gated          the model's confidence was below the gate: the raw point was not used
 * @param gapFilled      the point was missing and was interpolated across a short gap
 * @param outlierReplaced the Hampel filter replaced the raw point as an outlier
 */
public record KeypointFlags(boolean gated, boolean gapFilled, boolean outlierReplaced) {
    public static final KeypointFlags NONE = new KeypointFlags(false, false, false);
}
