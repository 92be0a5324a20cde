package org.medius.synth;

import java.util.List;
import org.medius.events.View;
import org.medius.model.FramePose;
import org.medius.model.Pose;
import org.medius.model.Side;
import org.medius.model.Task;

/**
 * What a synthetic track really contains.
 *
 * @param task               WALK, RUN, SQUAT, LUNGE or SINGLE_LEG_SQUAT
 * @param view               where the camera stands
 * @param body               the body model (segment lengths in pixels)
 * @param rollDeg            the camera roll applied (sign of {@link org.medius.kinematics.RollCorrection})
 * @param imageWidthPx       image width (roll turns about the image centre)
 * @param imageHeightPx      image height
 * @param events             counted stances (gait) or repetitions, in time order
 * @param footContacts       strike and toe-off of every counted stance, in time order (empty for repetitions)
 * @param stepCount          counted stances (0 for repetitions)
 * @param cadenceStepsPerMin 60 (steps - 1) / (last strike time - first strike time) on the real timestamps; NaN for
 *                           repetitions or a single step
 * @param repCount           repetitions (0 for gait)
 * @param noiseFreeFrames    every frame before noise, gaps and low confidences (roll included), same indices and
 *                           timestamps as the track; every confidence is the recording's base confidence
 */
public record Truth(Task task, View view, BodyModel body, double rollDeg, double imageWidthPx, double imageHeightPx,
        List<EventTruth> events, List<FootContact> footContacts, int stepCount, double cadenceStepsPerMin, int repCount,
        List<FramePose> noiseFreeFrames) {

    public Truth {
        events = List.copyOf(events);
        footContacts = List.copyOf(footContacts);
        noiseFreeFrames = List.copyOf(noiseFreeFrames);
    }

    /** The events of one side (stance foot, working or stance leg). */
    public List<EventTruth> events(Side side) {
        return events.stream().filter(e -> e.side() == side).toList();
    }

    public List<Integer> strikeFrames(Side foot) {
        return footContacts.stream().filter(c -> c.foot() == foot).map(FootContact::strikeFrame).toList();
    }

    public List<Integer> toeOffFrames(Side foot) {
        return footContacts.stream().filter(c -> c.foot() == foot).map(FootContact::toeOffFrame).toList();
    }

    /** The image row of the floor before roll: the camera of every track stands the body centred vertically. */
    public double floorYPx() {
        return Stage.centred(view, imageWidthPx, imageHeightPx, body).floorYPx();
    }

    public Pose noiseFreePose(int frame) {
        return noiseFreeFrames.get(frame).pose();
    }

    /**
     * The model's standing thigh length, the reference of the FPPA reliability rule. A straight leg in the image has
     * exactly this projected thigh; during gait the legs are never quite straight, so a track's longest projected
     * thigh can be a little shorter.
     */
    public double standingThighLengthPx() {
        return body.thighPx();
    }
}
