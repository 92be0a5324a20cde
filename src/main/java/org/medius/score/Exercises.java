package org.medius.score;

import java.util.List;

/**
 * Gluteus medius exercises in a progression from lower to higher load, shown when a side scores high. Education,
 * not a prescription: the words say so wherever the list is shown.
 */
public final class Exercises {
    /** A side's score from which the list is shown: half-way to the pattern (Medius's own, docs/score.md). */
    public static final double HIGH_SCORE = 50;
    /**
     * A component value from which the list is shown even when the score is lower: one measure at least half-way
     * to the pattern in full (for the side difference: one and a half SDDs more than the other side). The score
     * averages three measures, so a clear pattern in one of them alone stays below {@link #HIGH_SCORE}.
     */
    public static final double HIGH_COMPONENT_VALUE = 0.5;
    /** Shown above the list. */
    public static final String CAVEAT = "For information, not a prescription: ask a physiotherapist or doctor"
            + " which exercises suit you, how many and how often.";
    /** Where the order comes from. */
    public static final String SOURCE = "Order from lower to higher gluteus medius activity in EMG studies:"
            + " Distefano et al. 2009, J Orthop Sports Phys Ther 39:532 (clam 38-40 % of a maximal contraction);"
            + " load bands of Ebert et al. 2017, J Sport Rehabil 26:418 (low 0-20 %, moderate 21-40 %, high 41-60 %,"
            + " very high over 61 %); hip hitch (pelvic drop) exercises at high activity: the meta-analysis in Int J"
            + " Sports Phys Ther 2020;15:856.";

    /** One exercise: its name and one line on how to do it. */
    public record Exercise(String name, String howTo) {
    }

    /** The progression, easiest first. */
    public static final List<Exercise> PROGRESSION = List.of(
            new Exercise("Side-lying clam", "Lie on your side, hips and knees bent, feet together; lift the top knee"
                    + " without rolling the pelvis back, then lower it slowly."),
            new Exercise("Side plank with clam", "Prop yourself on one forearm with knees bent and lift the hips;"
                    + " then open the top knee as in the clam, keeping the hips up."),
            new Exercise("Lateral band walk", "With a loop band above the knees and knees slightly bent, step"
                    + " sideways keeping the band taut and the pelvis level."),
            new Exercise("Wall hip hike", "Stand side-on to a wall on the outer leg, the inner knee bent against the"
                    + " wall; lift the pelvis on the wall side using the standing hip, hold, lower."),
            new Exercise("Lateral step-down", "Stand on a low step on one leg; slowly lower the other heel to the"
                    + " floor beside the step with the knee over the toes and the pelvis level, then rise."),
            new Exercise("Skater squat", "On one leg, bend hip and knee while the free leg reaches back; keep the"
                    + " knee in line with the foot and the pelvis level, then stand."));

    private Exercises() {
    }

    /** True when a side's score, or one of its measures, is high enough to show the exercises. */
    public static boolean shownFor(SideScore score) {
        return Double.isFinite(score.score()) && (score.score() >= HIGH_SCORE
                || score.scoredComponents().stream().anyMatch(c -> c.value() >= HIGH_COMPONENT_VALUE));
    }
}
