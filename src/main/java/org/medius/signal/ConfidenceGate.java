package org.medius.signal;

/**
 * Stage 1 of docs/measurement.md: a coordinate whose keypoint confidence is below a threshold (default 0.3) is
 * treated as missing (NaN). A NaN confidence counts as below any threshold.
 */
public final class ConfidenceGate {
    /** The default threshold of docs/measurement.md. */
    public static final double DEFAULT_THRESHOLD = 0.3;

    private ConfidenceGate() {
    }

    /**
     * The gated series.
     *
     * @param values the input with every gated sample set to NaN
     * @param gated  per sample, true where the confidence failed the gate ({@code confidence < threshold} or NaN),
     *               whether or not the coordinate itself was present
     */
    public record Gated(double[] values, boolean[] gated) {
    }

    /**
     * Sets {@code values[i]} to NaN wherever {@code confidence[i] < threshold} (or is NaN). The inputs are not
     * changed.
     *
     * @param threshold in [0, 1]; 0 gates only NaN confidences
     */
    public static Gated apply(double[] values, double[] confidence, double threshold) {
        Series.requireSameLength("confidence", confidence, values.length);
        if (!(threshold >= 0 && threshold <= 1)) {
            throw new IllegalArgumentException("confidence threshold must lie in [0, 1], got " + threshold);
        }
        double[] out = values.clone();
        boolean[] gated = new boolean[values.length];
        for (int i = 0; i < values.length; i++) {
            if (!(confidence[i] >= threshold)) {
                out[i] = Double.NaN;
                gated[i] = true;
            }
        }
        return new Gated(out, gated);
    }

    /** {@link #apply(double[], double[], double)} with the default threshold 0.3. */
    public static Gated apply(double[] values, double[] confidence) {
        return apply(values, confidence, DEFAULT_THRESHOLD);
    }
}
