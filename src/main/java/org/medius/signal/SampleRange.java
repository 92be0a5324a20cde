package org.medius.signal;

/** Sample indices {@code [startIndex, endIndexExclusive)} of a series. */
public record SampleRange(int startIndex, int endIndexExclusive) {
    public SampleRange {
        if (startIndex < 0 || endIndexExclusive < startIndex) {
            throw new IllegalArgumentException("bad range [" + startIndex + ", " + endIndexExclusive + ")");
        }
    }

    public int length() {
        return endIndexExclusive - startIndex;
    }
}
