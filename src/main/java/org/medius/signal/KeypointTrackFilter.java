package org.medius.signal;

import java.util.List;

/**
 * The signal stages of docs/measurement.md for one coordinate series of one keypoint (x or y), in order:
 * {@link ConfidenceGate} -> {@link GapFiller} -> {@link HampelFilter} -> {@link ButterworthLowPass}.
 */
public final class KeypointTrackFilter {
    private KeypointTrackFilter() {
    }

    /**
     * One filtered coordinate series and what each stage did to it; each flag array has one entry per sample.
     *
     * @param values           the filtered coordinate; NaN where data stay missing (gaps too long to fill)
     * @param gated            confidence below the threshold (the raw value was discarded)
     * @param gapFilled        value supplied by PCHIP gap filling
     * @param outlierReplaced  value replaced by the Hampel filter's window median
     * @param hampelHalfWindow the half-width k used, in samples
     * @param sampleRateHz     the median frame rate, {@code 1 / median dt}
     * @param resampled        true when irregular timestamps made the low-pass filter on a uniform grid
     * @param unfilteredRuns   runs of samples too short to low-pass, left as they were after the Hampel stage
     */
    public record FilteredTrack(double[] values, boolean[] gated, boolean[] gapFilled, boolean[] outlierReplaced,
                                int hampelHalfWindow, double sampleRateHz, boolean resampled,
                                List<SampleRange> unfilteredRuns) {
        public FilteredTrack {
            unfilteredRuns = List.copyOf(unfilteredRuns);
        }
    }

    /** Runs the stages with no gait-event barriers. */
    public static FilteredTrack apply(double[] values, double[] confidence, double[] timesSeconds,
                                      FilterSettings settings) {
        return apply(values, confidence, timesSeconds, settings, new boolean[values.length]);
    }

    /**
     * Runs the stages.
     *
     * @param values       one coordinate of one keypoint per frame, in pixels; NaN where not found
     * @param confidence   the keypoint's confidence per frame
     * @param timesSeconds real, strictly increasing frame timestamps
     * @param barrier      per frame, true where gap filling must not bridge (a detected gait event)
     * @throws IllegalArgumentException when lengths differ, timestamps do not increase, or the cut-off is not below
     *                                  0.4 x the frame rate
     */
    public static FilteredTrack apply(double[] values, double[] confidence, double[] timesSeconds,
                                      FilterSettings settings, boolean[] barrier) {
        Series.requireSameLength("confidence", confidence, values.length);
        Series.requireSameLength("timesSeconds", timesSeconds, values.length);
        double rateHz = SampleTiming.of(timesSeconds).rateHz();
        int halfWindow = settings.hampelHalfWindowAt(rateHz);

        ConfidenceGate.Gated gated = ConfidenceGate.apply(values, confidence, settings.confidenceThreshold());
        GapFiller.GapFill filled = GapFiller.fill(gated.values(), timesSeconds, settings.maxGapSeconds(), barrier);
        HampelFilter.Hampel hampel = HampelFilter.apply(filled.values(), halfWindow);
        ButterworthLowPass.LowPass lowPass = ButterworthLowPass.apply(hampel.values(), timesSeconds,
                settings.cutoffHz());

        return new FilteredTrack(lowPass.values(), gated.gated(), filled.filled(), hampel.replaced(), halfWindow,
                lowPass.sampleRateHz(), lowPass.resampled(), lowPass.unfilteredRuns());
    }
}
