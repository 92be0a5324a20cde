package org.medius.signal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Stage 4 of docs/measurement.md: zero-lag 4th-order Butterworth low-pass of a series with real timestamps.
 *
 * <ul>
 *   <li>Filter: one 2nd-order section run forward and backward with Winter's cut-off correction
 *       ({@link ButterworthDesign#zeroLagSection}), so the combined response is
 *       {@code G(f) = 1 / (1 + (√2 - 1) (tan(π f / fs) / tan(π fc / fs))⁴)}: exactly 1/√2 at fc, no phase shift.
 *       Edges: odd padding and steady-state start ({@link ForwardBackwardFilter}).</li>
 *   <li>The cut-off must be below 0.4 x the sample rate (docs/measurement.md), the rate being
 *       {@code 1 / median dt} (a relative slack of 1e-9 absorbs timestamp rounding, so 12 Hz at 30 fps is
 *       refused); otherwise {@link IllegalArgumentException}.</li>
 *   <li>Missing data: each maximal run of finite samples is filtered on its own; NaN samples stay NaN. A run with
 *       fewer than {@value #MIN_SEGMENT_SAMPLES} samples (on the grid it is filtered on) is left as it is and
 *       reported.</li>
 *   <li>Irregular timestamps ({@link SampleTiming#isIrregular()}: some dt deviates from the median dt by more than
 *       10%): each run is linearly interpolated onto a uniform grid spanning it with the step closest to the
 *       median dt, filtered there, and linearly interpolated back to its own timestamps; the result says
 *       {@code resampled}.</li>
 * </ul>
 */
public final class ButterworthLowPass {
    /**
     * Shortest run that is filtered: SciPy's {@code filtfilt} needs more samples than its 9-sample default pad.
     */
    public static final int MIN_SEGMENT_SAMPLES = 10;
    /** The cut-off must stay below this fraction of the sample rate. */
    public static final double MAX_CUTOFF_FRACTION_OF_RATE = 0.4;

    /** Relative slack on the limit so that 12 Hz at a nominal 30 fps is refused despite timestamp rounding. */
    private static final double RATE_TOLERANCE = 1e-9;

    private ButterworthLowPass() {
    }

    /**
     * The low-passed series.
     *
     * @param values           filtered values; NaN where the input was NaN; unfiltered runs copied as they were
     * @param sampleRateHz     the rate the filter was designed for, {@code 1 / median dt}
     * @param resampled        true when irregular timestamps made the stage filter on a uniform grid
     * @param unfilteredRuns   runs of finite samples too short to filter, left unchanged
     */
    public record LowPass(double[] values, double sampleRateHz, boolean resampled, List<SampleRange> unfilteredRuns) {
        public LowPass {
            unfilteredRuns = List.copyOf(unfilteredRuns);
        }
    }

    /**
     * Low-passes {@code values} sampled at {@code timesSeconds} with a combined -3 dB point at {@code cutoffHz}.
     *
     * @throws IllegalArgumentException when {@code cutoffHz >= 0.4 x rate}, or the timestamps are not strictly
     *                                  increasing (at least two)
     */
    public static LowPass apply(double[] values, double[] timesSeconds, double cutoffHz) {
        Series.requireSameLength("timesSeconds", timesSeconds, values.length);
        SampleTiming timing = SampleTiming.of(timesSeconds);
        double rateHz = timing.rateHz();
        requireCutoffBelowLimit(cutoffHz, rateHz);
        boolean resample = timing.isIrregular();
        double[] out = values.clone();
        List<SampleRange> unfiltered = new ArrayList<>();
        for (SampleRange run : finiteRuns(values)) {
            boolean done = resample
                    ? filterResampled(values, timesSeconds, run, timing.medianIntervalSeconds(), cutoffHz, out)
                    : filterUniform(values, run, rateHz, cutoffHz, out);
            if (!done) {
                unfiltered.add(run);
            }
        }
        return new LowPass(out, rateHz, resample, unfiltered);
    }

    private static void requireCutoffBelowLimit(double cutoffHz, double rateHz) {
        double limitHz = MAX_CUTOFF_FRACTION_OF_RATE * rateHz;
        if (!(cutoffHz > 0) || !Double.isFinite(cutoffHz)) {
            throw new IllegalArgumentException("low-pass cut-off must be a positive number of Hz, got " + cutoffHz);
        }
        if (!(cutoffHz < limitHz * (1 - RATE_TOLERANCE))) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "low-pass cut-off %.3g Hz is not below 0.4 x the sample rate (%.3g Hz x 0.4 = %.3g Hz): "
                            + "lower the cut-off or record at a higher frame rate", cutoffHz, rateHz, limitHz));
        }
    }

    private static boolean filterUniform(double[] values, SampleRange run, double rateHz, double cutoffHz,
                                         double[] out) {
        if (run.length() < MIN_SEGMENT_SAMPLES) {
            return false;
        }
        double[] segment = Arrays.copyOfRange(values, run.startIndex(), run.endIndexExclusive());
        double[] filtered = filtfilt(segment, rateHz, cutoffHz);
        System.arraycopy(filtered, 0, out, run.startIndex(), filtered.length);
        return true;
    }

    private static boolean filterResampled(double[] values, double[] times, SampleRange run, double stepSeconds,
                                           double cutoffHz, double[] out) {
        int s = run.startIndex();
        int e = run.endIndexExclusive();
        if (e - s < 2) {
            return false;
        }
        double start = times[s];
        double end = times[e - 1];
        int gridCount = (int) Math.round((end - start) / stepSeconds) + 1;
        if (gridCount < MIN_SEGMENT_SAMPLES) {
            return false;
        }
        double[] runTimes = Arrays.copyOfRange(times, s, e);
        double[] grid = LinearResampler.uniformGrid(start, end, gridCount);
        double[] onGrid = LinearResampler.interpolate(runTimes, Arrays.copyOfRange(values, s, e), grid);
        double gridRateHz = (gridCount - 1) / (end - start);
        double[] filtered = filtfilt(onGrid, gridRateHz, cutoffHz);
        double[] back = LinearResampler.interpolate(grid, filtered, runTimes);
        System.arraycopy(back, 0, out, s, back.length);
        return true;
    }

    private static double[] filtfilt(double[] x, double rateHz, double cutoffHz) {
        SecondOrderSection section = ButterworthDesign.zeroLagSection(cutoffHz, rateHz);
        return ForwardBackwardFilter.apply(section, x, ForwardBackwardFilter.padLength(cutoffHz, rateHz));
    }

    /** Maximal runs of finite samples. */
    static List<SampleRange> finiteRuns(double[] values) {
        List<SampleRange> runs = new ArrayList<>();
        int i = 0;
        while (i < values.length) {
            if (!Double.isFinite(values[i])) {
                i++;
                continue;
            }
            int start = i;
            while (i < values.length && Double.isFinite(values[i])) {
                i++;
            }
            runs.add(new SampleRange(start, i));
        }
        return runs;
    }
}
