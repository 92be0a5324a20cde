package org.medius.synth;

import java.util.List;
import org.medius.kinematics.ContralateralPelvicDrop;
import org.medius.kinematics.FppaReliability;
import org.medius.kinematics.KneeFppa;
import org.medius.kinematics.PelvicObliquity;
import org.medius.kinematics.TrunkLean;
import org.medius.model.FramePose;
import org.medius.model.Pose;
import org.medius.model.Side;

/**
 * One event with known truth: a stance (gait) or a repetition.
 *
 * <ul>
 *   <li>Stance: {@code side} is the stance foot; start = foot strike, end = toe-off, peak = mid-stance: the frame of
 *       the prescribed peak drop, valgus and lean, and the deepest mid-hip of the stance (frontal views).</li>
 *   <li>Repetition: {@code side} is the lunge's working (front) leg or the single-leg squat's stance leg, null for a
 *       squat; start and end are standing, peak = the bottom (deepest mid-hip).</li>
 *   <li>Hold (single-leg stance): {@code side} is the stance leg; start = the free foot starts to lift, end = it is
 *       down again, peak = the middle of the hold.</li>
 * </ul>
 * All angles are read by the kinematics classes from the noise-free pose of the frame (camera roll included, since
 * that is what the image shows); {@code maxCpdDeg} and {@code maxTrunkLeanDeg} are the largest values with
 * {@code side} as stance over the event's frames (NaN when side is null).
 */
public record EventTruth(Kind kind, Side side, int startFrame, int peakFrame, int endFrame, double startSeconds,
        double peakSeconds, double endSeconds, double obliquityDeg, SideTruth left, SideTruth right, double maxCpdDeg,
        double maxTrunkLeanDeg) {

    /** What the event is. */
    public enum Kind {
        STANCE, REP, HOLD
    }

    public SideTruth at(Side s) {
        return s == Side.LEFT ? left : right;
    }

    /** CPD at the peak with the event's side as stance. */
    public double cpdDeg() {
        return own().cpdDeg();
    }

    /** Trunk lean at the peak towards the event's side. */
    public double trunkLeanDeg() {
        return own().trunkLeanDeg();
    }

    /** FPPA of the event side's knee at the peak. */
    public double fppaDeg() {
        return own().fppaDeg();
    }

    /** FPKD of the event side's knee at the peak. */
    public double fpkd() {
        return own().fpkd();
    }

    private SideTruth own() {
        if (side == null) {
            throw new IllegalStateException("a squat has no own side: use at(Side)");
        }
        return at(side);
    }

    static EventTruth read(Kind kind, Side side, int start, int peak, int end, List<FramePose> noiseFree,
            double standingThighPx) {
        Pose p = noiseFree.get(peak).pose();
        double maxCpd = Double.NaN;
        double maxLean = Double.NaN;
        if (side != null) {
            maxCpd = Double.NEGATIVE_INFINITY;
            maxLean = Double.NEGATIVE_INFINITY;
            for (int i = start; i <= end; i++) {
                Pose q = noiseFree.get(i).pose();
                maxCpd = Math.max(maxCpd, ContralateralPelvicDrop.cpdDeg(q, side));
                maxLean = Math.max(maxLean, TrunkLean.leanDeg(q, side));
            }
        }
        return new EventTruth(kind, side, start, peak, end, noiseFree.get(start).timestampSeconds(),
                noiseFree.get(peak).timestampSeconds(), noiseFree.get(end).timestampSeconds(),
                PelvicObliquity.obliquityDeg(p), sideTruth(p, Side.LEFT, standingThighPx),
                sideTruth(p, Side.RIGHT, standingThighPx), maxCpd, maxLean);
    }

    private static SideTruth sideTruth(Pose p, Side s, double standingThighPx) {
        double thigh = FppaReliability.thighLengthPx(p, s);
        return new SideTruth(ContralateralPelvicDrop.cpdDeg(p, s), TrunkLean.leanDeg(p, s), KneeFppa.fppaDeg(p, s),
                KneeFppa.fpkd(p, s), thigh, thigh / standingThighPx);
    }
}
