package org.medius.eval;

import org.medius.model.Task;

/**
 * A real gait clip of {@code ../shared/data} with its steps counted by eye (docs/evaluation.md, "Real gait
 * footage"): the truth the evaluation holds Medius against.
 *
 * @param path                 under {@code ../shared/data}
 * @param task                 walk or run
 * @param frontal              true for a front or back view (frontal-plane values expected), false for a side view
 *                             (none expected)
 * @param bodyInView           false when the clip shows only part of the body (Medius must say it cannot measure)
 * @param leftSteps            left foot strikes counted by eye; -1 where nobody counted them
 * @param rightSteps           right foot strikes counted by eye; -1 where nobody counted them
 * @param cadenceStepsPerMin   the cadence from the eye count (or the clip's own reference); NaN where none
 * @param cadenceTolerancePct  how far Medius's cadence may be from it: 2 % plus the eye count's own timing
 *                             uncertainty (two strikes each uncertain by a few frames over the counted span)
 */
record RealGaitClip(String path, Task task, boolean frontal, boolean bodyInView, int leftSteps, int rightSteps,
        double cadenceStepsPerMin, double cadenceTolerancePct) {

    String name() {
        return path.substring(path.lastIndexOf('/') + 1);
    }

    /** 2 % plus 2 x the eye's uncertainty per strike (frames) over the counted span. */
    static double tolerancePct(double eyeUncertaintyFrames, double fps, double spanSeconds) {
        return 2 + 100 * 2 * eyeUncertaintyFrames / fps / spanSeconds;
    }
}
