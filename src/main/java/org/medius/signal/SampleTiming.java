package org.medius.signal;


/**
 * How a series was sampled, read from its real timestamps: the median frame interval and the largest deviation of
 * any interval from it. Phones record variable frame rate, so the rate is the reciprocal of the median interval,
 * never a rounded nominal fps.
 *
 * @param medianIntervalSeconds median of {@code t[i+1] - t[i]}
 * @param maxIntervalDeviationSeconds max over i of {@code |(t[i+1] - t[i]) - median|}
 */
public record SampleTiming(double medianIntervalSeconds, double maxIntervalDeviationSeconds) {
    /** Intervals deviating from the median by more than this fraction of it make the timing irregular. */
    public static final double IRREGULAR_FRACTION = 0.10;

    public SampleTiming {
        if (!(medianIntervalSeconds > 0) || !Double.isFinite(medianIntervalSeconds)) {
            throw new IllegalArgumentException("median interval must be positive and finite: " + medianIntervalSeconds);
        }
        if (!(maxIntervalDeviationSeconds >= 0)) {
            throw new IllegalArgumentException("interval deviation must be >= 0: " + maxIntervalDeviationSeconds);
        }
    }

    /** Reads the timing of strictly increasing timestamps (at least two). */
    public static SampleTiming of(double[] timesSeconds) {
        if (timesSeconds.length < 2) {
            throw new IllegalArgumentException("need at least two timestamps to know the sample rate, got "
                    + timesSeconds.length);
        }
        Series.requireStrictlyIncreasing(timesSeconds);
        double[] dt = new double[timesSeconds.length - 1];
        for (int i = 0; i < dt.length; i++) {
            dt[i] = timesSeconds[i + 1] - timesSeconds[i];
        }
        double median = Quantiles.median(dt.clone());
        double maxDeviation = 0;
        for (double d : dt) {
            maxDeviation = Math.max(maxDeviation, Math.abs(d - median));
        }
        return new SampleTiming(median, maxDeviation);
    }

    /** The sample rate implied by the median interval, {@code 1 / median dt}. */
    public double rateHz() {
        return 1.0 / medianIntervalSeconds;
    }

    /** True when some interval deviates from the median by more than 10% of it; uniform-rate filters then resample. */
    public boolean isIrregular() {
        return maxIntervalDeviationSeconds > IRREGULAR_FRACTION * medianIntervalSeconds;
    }

}
