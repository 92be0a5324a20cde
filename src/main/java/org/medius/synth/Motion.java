package org.medius.synth;

import java.util.List;
import org.medius.model.Pose;
import org.medius.model.Side;

/**
 * What a motion generator draws: one noise-free, roll-free pose per frame of the clock, and where its events are.
 *
 * @param poses        one pose per frame (confidence of every keypoint: 1; the recording sets it)
 * @param events       counted stances or repetitions, in time order
 * @param footContacts strike and toe-off of each counted stance (gait only)
 * @param stepCount    counted stances (0 for repetitions)
 * @param cadenceStepsPerMin cadence from the real strike times (NaN for repetitions)
 */
record Motion(List<Pose> poses, List<Event> events, List<FootContact> footContacts, int stepCount,
        double cadenceStepsPerMin) {

    /** Where one event lies, in frames. */
    record Event(EventTruth.Kind kind, Side side, int startFrame, int peakFrame, int endFrame) {
    }

    /** A motion: a duration, then one pose per frame of a clock that covers it. */
    interface Generator {
        double durationSeconds();

        Motion generate(FrameClock clock);
    }
}
