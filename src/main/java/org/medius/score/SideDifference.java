package org.medius.score;

/**
 * The within-person part of a score component (Medius's own rule, docs/score.md): how much more of the pattern
 * this side shows than the other, against the measure's smallest detectable difference (SDD). It needs no
 * population norm, so every task can be scored by it, and a clear one-sided pelvic drop scores on the weaker side.
 *
 * <p>value = (own - other - SDD) / SDD, clamped to [0, 1]: 0 while this side shows no more than the other plus one
 * SDD (a difference the measure cannot tell from noise), 1 from two SDDs on.
 *
 * @param ownMinusOtherDeg this side's median minus the other side's, degrees (+ = more of the pattern here)
 * @param sddDeg           the SDD used, degrees
 * @param value            0..1
 */
public record SideDifference(double ownMinusOtherDeg, double sddDeg, double value) {
    /** Events with a value needed on each side to compare the sides (as for the asymmetry). */
    public static final int MIN_EVENTS_PER_SIDE = Asymmetry.MIN_EVENTS_PER_SIDE;

    /** The side difference of two summaries of steps or repetitions (at least 3 each), or null. */
    static SideDifference of(MetricSummary own, MetricSummary other, double sddDeg) {
        return of(own, other, sddDeg, MIN_EVENTS_PER_SIDE);
    }

    /** The side difference, or null when a side has fewer than {@code minEvents} events or there is no SDD. */
    static SideDifference of(MetricSummary own, MetricSummary other, double sddDeg, int minEvents) {
        if (own.count() < minEvents || other.count() < minEvents || !(sddDeg > 0)) {
            return null;
        }
        double diff = own.median() - other.median();
        double value = Math.min(1, Math.max(0, (diff - sddDeg) / sddDeg));
        return new SideDifference(diff, sddDeg, value);
    }

    /** True when this side shows more of the pattern than the other by more than the SDD. */
    public boolean detectable() {
        return ownMinusOtherDeg > sddDeg;
    }
}
