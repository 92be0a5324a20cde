package org.medius.score;

import java.util.Objects;
import org.medius.model.Sex;

/**
 * Settings of the weakness score.
 *
 * @param sex               the subject's sex; UNKNOWN when not given
 * @param minMeanConfidence a scored component whose events' mean keypoint confidence is below this is uncertain,
 *                          in [0, 1]; default {@value #DEFAULT_MIN_MEAN_CONFIDENCE} (a Medius choice)
 */
public record ScoringSettings(Sex sex, double minMeanConfidence) {
    /** Default confidence threshold of the uncertainty check: a Medius choice, the spec says only "low". */
    public static final double DEFAULT_MIN_MEAN_CONFIDENCE = 0.5;

    public ScoringSettings {
        Objects.requireNonNull(sex, "sex");
        if (!(minMeanConfidence >= 0 && minMeanConfidence <= 1)) {
            throw new IllegalArgumentException("minimum mean confidence must lie in [0, 1], got " + minMeanConfidence);
        }
    }

    /** The default threshold with the given sex. */
    public static ScoringSettings of(Sex sex) {
        return new ScoringSettings(sex, DEFAULT_MIN_MEAN_CONFIDENCE);
    }
}
