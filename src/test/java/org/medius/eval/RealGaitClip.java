package org.medius.eval;

import org.medius.model.Task;

/**
 * A real gait clip of {@code ../shared/data} with its steps counted by eye (docs/evaluation.md, "Real gait
 * footage"): the truth the evaluation holds Medius against.
 *
 * @param path               under {@code ../shared/data}
 * @param task               walk or run
 * @param frontal            true for a front or back view (frontal-plane values expected), false for a side view
 *                           (none expected)
 * @param leftSteps          left foot strikes counted by eye; -1 where nobody counted them
 * @param rightSteps         right foot strikes counted by eye; -1 where nobody counted them
 * @param cadenceStepsPerMin the cadence from the eye count (or the clip's own reference); NaN where none
 */
record RealGaitClip(String path, Task task, boolean frontal, int leftSteps, int rightSteps,
        double cadenceStepsPerMin) {

    String name() {
        return path.substring(path.lastIndexOf('/') + 1);
    }
}
