package org.medius.synth;

/** What a gap puts in place of a keypoint's coordinates (its confidence is {@link Gap#CONFIDENCE} either way). */
public enum GapFill {
    /** NaN coordinates: the keypoint was not found. */
    NAN,
    /** Uniform random coordinates inside the image: a wrong detection. */
    GARBAGE
}
