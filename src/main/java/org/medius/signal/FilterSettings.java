package org.medius.signal;

/**
 * Settings of {@link KeypointTrackFilter}, validated on construction. Defaults from docs/measurement.md:
 * confidence gate 0.3, gaps up to 0.15 s, Hampel window about 7 frames at 30 fps scaled with the frame rate,
 * low-pass cut-off 6 Hz for walking and 10 Hz for running and fast movements.
 *
 * @param confidenceThreshold keypoint confidence below which a coordinate is missing, in [0, 1]
 * @param maxGapSeconds       longest gap (time between the valid samples around it) filled by PCHIP, >= 0
 * @param hampelHalfWindow    Hampel half-width k in samples, or {@link #HAMPEL_FROM_FRAME_RATE} (0) for
 *                            {@code k = max(1, round(3 fps / 30))} from the series' median frame rate
 * @param cutoffHz            combined -3 dB point of the zero-lag Butterworth low-pass, > 0 (and below
 *                            0.4 x the frame rate, checked when the rate is known)
 */
public record FilterSettings(double confidenceThreshold, double maxGapSeconds, int hampelHalfWindow,
                             double cutoffHz) {
    /** Marks a Hampel half-width derived from the frame rate. */
    public static final int HAMPEL_FROM_FRAME_RATE = 0;
    /** Low-pass cut-off for walking. */
    public static final double WALKING_CUTOFF_HZ = 6.0;
    /** Low-pass cut-off for running and fast movements (landings, jumps). */
    public static final double RUNNING_CUTOFF_HZ = 10.0;

    public FilterSettings {
        if (!(confidenceThreshold >= 0 && confidenceThreshold <= 1)) {
            throw new IllegalArgumentException("confidence threshold must lie in [0, 1], got " + confidenceThreshold);
        }
        if (!(maxGapSeconds >= 0) || !Double.isFinite(maxGapSeconds)) {
            throw new IllegalArgumentException("longest gap to fill must be a finite number of seconds >= 0, got "
                    + maxGapSeconds);
        }
        if (hampelHalfWindow < 0) {
            throw new IllegalArgumentException("Hampel half-window must be >= 1 sample, or 0 to derive it from the "
                    + "frame rate, got " + hampelHalfWindow);
        }
        if (!(cutoffHz > 0) || !Double.isFinite(cutoffHz)) {
            throw new IllegalArgumentException("low-pass cut-off must be a positive number of Hz, got " + cutoffHz);
        }
    }

    /** Walking: defaults with a 6 Hz cut-off. */
    public static FilterSettings walking() {
        return withCutoff(WALKING_CUTOFF_HZ);
    }

    /** Running: defaults with a 10 Hz cut-off. */
    public static FilterSettings running() {
        return withCutoff(RUNNING_CUTOFF_HZ);
    }

    /** Fast movements (drop jump, landing, hopping): defaults with a 10 Hz cut-off. */
    public static FilterSettings fastMovement() {
        return withCutoff(RUNNING_CUTOFF_HZ);
    }

    /** Default gate, gap and Hampel settings with the given cut-off. */
    public static FilterSettings withCutoff(double cutoffHz) {
        return new FilterSettings(ConfidenceGate.DEFAULT_THRESHOLD, GapFiller.DEFAULT_MAX_GAP_SECONDS,
                HAMPEL_FROM_FRAME_RATE, cutoffHz);
    }

    /** The Hampel half-width to use at a frame rate: the fixed one, or the one derived from the rate. */
    public int hampelHalfWindowAt(double frameRateHz) {
        return hampelHalfWindow == HAMPEL_FROM_FRAME_RATE
                ? HampelFilter.halfWindowForRate(frameRateHz)
                : hampelHalfWindow;
    }
}
