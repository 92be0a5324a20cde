package org.medius.synth;

import org.medius.model.Side;
import org.medius.model.Task;

/**
 * What a repetition track prescribes.
 *
 * @param task              SQUAT, LUNGE or SINGLE_LEG_SQUAT
 * @param side              the working (front) leg of a lunge, the stance leg of a single-leg squat; null for a squat
 * @param reps              number of repetitions
 * @param repSeconds        duration of one repetition, standing to standing
 * @param pauseSeconds      standing (or single-leg hold) between repetitions
 * @param standingSeconds   quiet standing on both feet before the first and after the last repetition
 * @param depthFraction     mid-hip descent at the bottom, fraction of leg length (from the single-leg hold for a
 *                          single-leg squat)
 * @param lungeStepFraction forward step of the lunge's front foot, fraction of leg length
 * @param cpdDeg            CPD at the bottom with {@code side} as stance (single-leg squat only)
 * @param fppaDeg           knee FPPA per side at the bottom, degrees, + = valgus
 * @param trunkLeanDeg      trunk lean at the bottom towards each side, degrees (the net lean towards the left is
 *                          left minus right)
 * @param alternate         lunges only: the legs take turns, {@code side} first; each knee's FPPA is then applied
 *                          only while it is the front knee
 */
record RepSpec(Task task, Side side, int reps, double repSeconds, double pauseSeconds, double standingSeconds,
        double depthFraction, double lungeStepFraction, PerSide cpdDeg, PerSide fppaDeg, PerSide trunkLeanDeg,
        boolean alternate) {

    RepSpec {
        if (reps < 1) {
            throw new IllegalArgumentException("at least one repetition: " + reps);
        }
        if (!(repSeconds > 0) || !(pauseSeconds >= 0) || !(standingSeconds >= 0)) {
            throw new IllegalArgumentException("rep time must be positive, pause and standing time not negative");
        }
        if (!(depthFraction > 0 && depthFraction < 1)) {
            throw new IllegalArgumentException("depth must lie in (0, 1) leg lengths: " + depthFraction);
        }
        if (alternate && task != Task.LUNGE) {
            throw new IllegalArgumentException("only lunges alternate legs");
        }
        if ((task == Task.SQUAT) != (side == null)) {
            throw new IllegalArgumentException("a squat has no working side; a lunge or single-leg squat needs one");
        }
    }

    /** The working leg of repetition {@code index} (0-based). */
    Side workingSide(int index) {
        return alternate && index % 2 == 1 ? side.other() : side;
    }
}
