package org.medius.synth;

import org.medius.model.Side;

/**
 * What a gait track prescribes. Fractions of leg length L (thigh + shank) unless said otherwise.
 *
 * @param running               running (flight phases) rather than walking (double support)
 * @param cadenceStepsPerMin    nominal cadence; the real one follows from the strikes moved onto frames
 * @param stanceFraction        duty factor: stance time / stride time; above 0.5 walking, below 0.5 running
 * @param steps                 counted stances (= strikes), alternating feet
 * @param firstFoot             foot of the first counted stance
 * @param clearanceFraction     peak rise of the swing ankle above its stance height
 * @param pelvisDipFraction     descent of the stance-side hip at mid-stance (frontal); it makes mid-stance the deepest
 *                              frame of the stance
 * @param swayFraction          lateral shift of the pelvis towards the stance foot at mid-stance, fraction of the hip
 *                              half-width (frontal)
 * @param footHalfWidthFraction lateral position of each ankle, fraction of the hip half-width (frontal)
 * @param stepLengthFraction    step length, fraction of body height (sagittal)
 * @param cpdDeg                peak contralateral pelvic drop per stance side, degrees
 * @param fppaDeg               knee FPPA per side at its mid-stance, degrees, + = valgus
 * @param trunkLeanDeg          trunk lean towards each stance side at its mid-stance, degrees
 */
record GaitSpec(boolean running, double cadenceStepsPerMin, double stanceFraction, int steps, Side firstFoot,
        double clearanceFraction, double pelvisDipFraction, double swayFraction, double footHalfWidthFraction,
        double stepLengthFraction, PerSide cpdDeg, PerSide fppaDeg, PerSide trunkLeanDeg) {

    GaitSpec {
        if (!(cadenceStepsPerMin > 0 && cadenceStepsPerMin < 400)) {
            throw new IllegalArgumentException("cadence must lie in (0, 400) steps/min: " + cadenceStepsPerMin);
        }
        if (running ? !(stanceFraction > 0 && stanceFraction < 0.5) : !(stanceFraction > 0.5 && stanceFraction < 1)) {
            throw new IllegalArgumentException((running ? "running needs a stance fraction in (0, 0.5) (flight)"
                    : "walking needs a stance fraction in (0.5, 1) (double support)") + ": " + stanceFraction);
        }
        if (steps < 1) {
            throw new IllegalArgumentException("at least one step: " + steps);
        }
        if (!(pelvisDipFraction > 0 && pelvisDipFraction < 0.3)) {
            throw new IllegalArgumentException("the pelvis dip must lie in (0, 0.3) leg lengths: " + pelvisDipFraction);
        }
        if (!(clearanceFraction >= 0 && clearanceFraction < 1)) {
            throw new IllegalArgumentException("foot clearance must lie in [0, 1) leg lengths: " + clearanceFraction);
        }
    }
}
