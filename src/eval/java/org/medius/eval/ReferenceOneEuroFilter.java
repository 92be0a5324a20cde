package org.medius.eval;

/**
 * The one-euro filter of the TFJS pose-detection reference ({@code calculators/one_euro_filter.ts} with its
 * {@code low_pass_filter.ts}), reproduced only so that the evaluation can tell how much of the difference to
 * the reference output is its keypoint smoothing. Not production code: Medius filters in its signal stage.
 *
 * <p>Details kept on purpose: the value is filtered in whatever unit the caller uses (the reference filters
 * coordinates normalised to the frame, which matters because the threshold is absolute); a timestamp that does
 * not advance returns the raw value unfiltered and leaves the state untouched (so the reference's first frame,
 * at timestamp 0, is passed through); the low-pass step is damped by {@code threshold * asinh(d / threshold)}.
 */
final class ReferenceOneEuroFilter {

    /** A KEYPOINT_FILTER_CONFIG of tfjs-models pose-detection/src/movenet/constants.ts. */
    record Config(String name, double frequency, double minCutOff, double beta, double derivateCutOff,
            double thresholdCutOff, double thresholdBeta) {
    }

    /** The values in the brief (an earlier tfjs-models version): 6.36 / 636.61 / 4.77. */
    static final Config EARLY = new Config("minCutOff 6.36, beta 636.61, derivateCutOff 4.77", 30, 6.36, 636.61,
            4.77, 0.5, 5.0);
    /** tfjs-models at the commit our copy of the data comes from (2024): 2.5 / 300 / 2.5, no value scaling. */
    static final Config LATER = new Config("minCutOff 2.5, beta 300, derivateCutOff 2.5", 30, 2.5, 300, 2.5, 0.5, 5.0);

    private final Config config;
    private double frequency;
    private long lastMicros;
    private final LowPass x = new LowPass();
    private final LowPass dx = new LowPass();

    ReferenceOneEuroFilter(Config config) {
        this.config = config;
        this.frequency = config.frequency();
    }

    double apply(double value, long micros) {
        if (lastMicros >= micros) {
            return value;
        }
        if (lastMicros != 0 && micros != 0) {
            frequency = 1 / ((micros - lastMicros) * 1e-6);
        }
        lastMicros = micros;
        double dValue = x.initialised ? (value - x.raw) * frequency : 0;
        double edValue = dx.apply(dValue, alpha(config.derivateCutOff()), Double.NaN);
        double cutOff = config.minCutOff() + config.beta() * Math.abs(edValue);
        double threshold = config.thresholdCutOff() + config.thresholdBeta() * Math.abs(edValue);
        return x.apply(value, alpha(cutOff), threshold);
    }

    private double alpha(double cutOff) {
        return 1.0 / (1.0 + frequency / (2 * Math.PI * cutOff));
    }

    private static final class LowPass {
        boolean initialised;
        double raw;
        double stored;

        /** {@code threshold} NaN: the plain exponential step. */
        double apply(double value, double alpha, double threshold) {
            double result;
            if (!initialised) {
                result = value;
                initialised = true;
            } else if (Double.isNaN(threshold)) {
                result = stored + alpha * (value - stored);
            } else {
                result = stored + alpha * threshold * asinh((value - stored) / threshold);
            }
            raw = value;
            stored = result;
            return result;
        }

        private static double asinh(double v) {
            double a = Math.abs(v);
            return Math.copySign(Math.log(a + Math.sqrt(a * a + 1)), v);
        }
    }
}
