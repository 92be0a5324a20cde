package org.medius.export;

import java.util.Objects;
import org.medius.analysis.Analysis;
import org.medius.model.Side;
import org.medius.score.SideScore;

/**
 * One video's line in a cohort overview: what was done and the headline numbers, or why it failed. Built from an
 * {@link Analysis} once, then stored with the batch's per-video record, so an overview can be rebuilt without the
 * analysis.
 *
 * @param fileName         the video's file name
 * @param failure          the failure's message, or null when the video was analysed
 * @param task             the task's command-line name (walk, squat, ...); null for a failure
 * @param frames           frames decoded
 * @param framesWithPerson frames on which hips, knees and ankles were confidently seen
 * @param repetitive       true when the events are repetitions or holds (counted in {@code repetitions}), false for
 *                         steps
 * @param steps            steps counted (walking, running)
 * @param cadenceStepsPerMin cadence, NaN when not measured
 * @param repetitions      repetitions counted (squat-like tasks), or holds on one leg (the single-leg stance)
 * @param left             the left side's medians and score
 * @param right            the right side's
 */
public record VideoOverview(String fileName, String failure, String task, int frames, int framesWithPerson,
        boolean repetitive, int steps, double cadenceStepsPerMin, int repetitions, SideOverview left,
        SideOverview right) {

    /**
     * Per side: the medians over that side's events (stances or repetitions; docs/events.md) and the weakness score.
     *
     * @param events          the side's events
     * @param cpdMedianDeg    median peak contralateral pelvic drop, degrees, + = drop
     * @param fppaMedianDeg   median knee FPPA at the deepest frame, degrees, + = valgus
     * @param trunkLeanMedianDeg median peak trunk lean towards the side, degrees
     * @param weaknessScore   0..100, NaN when not scored
     * @param scoreUncertain  true when a scored component is uncertain (docs/score.md)
     * @param noScoreReason   why there is no score; empty when there is one
     */
    public record SideOverview(int events, double cpdMedianDeg, double fppaMedianDeg, double trunkLeanMedianDeg,
            double weaknessScore, boolean scoreUncertain, String noScoreReason) {
        public SideOverview {
            Objects.requireNonNull(noScoreReason, "noScoreReason");
        }

        static SideOverview of(Analysis a, Side side) {
            var sum = a.score().summary(side);
            SideScore s = a.score().score(side);
            return new SideOverview(sum.eventCount(), sum.cpd().median(), sum.fppa().median(), sum.trunkLean().median(),
                    s.score(), s.uncertain(), s.noScoreReason().orElse(""));
        }

        static SideOverview none() {
            return new SideOverview(0, Double.NaN, Double.NaN, Double.NaN, Double.NaN, false, "");
        }
    }

    public VideoOverview {
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(left, "left");
        Objects.requireNonNull(right, "right");
    }

    public static VideoOverview of(Analysis a) {
        return new VideoOverview(a.video().fileName(), null, a.settings().task().cliName(), a.frames().size(),
                a.framesWithPerson(), !a.settings().task().eventsWord().equals("steps"), a.events().stepCount(),
                a.events().cadenceStepsPerMin(), a.settings().task().holds() ? a.events().events().size()
                        : a.events().repetitionCount(), SideOverview.of(a, Side.LEFT),
                SideOverview.of(a, Side.RIGHT));
    }

    /** A video that could not be analysed. */
    public static VideoOverview failed(String fileName, String message) {
        return new VideoOverview(fileName, message, null, 0, 0, false, 0, Double.NaN, 0, SideOverview.none(),
                SideOverview.none());
    }

    public boolean ok() {
        return failure == null;
    }

    public SideOverview side(Side s) {
        return s == Side.LEFT ? left : right;
    }
}
