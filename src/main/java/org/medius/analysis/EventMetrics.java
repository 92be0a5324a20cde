package org.medius.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntToDoubleFunction;
import org.medius.events.EventKind;
import org.medius.events.MovementEvent;
import org.medius.kinematics.KneeAnkleSeparation;
import org.medius.kinematics.TrunkLean;
import org.medius.model.Keypoint;
import org.medius.model.Pose;
import org.medius.model.Side;
import org.medius.score.EventValues;
import org.medius.signal.Quantiles;

/** Reads {@link EventMeasures} for each event off the analysed frames. */
final class EventMetrics {
    private static final Keypoint[] LOWER_LIMBS = {Keypoint.LEFT_HIP, Keypoint.RIGHT_HIP, Keypoint.LEFT_KNEE,
        Keypoint.RIGHT_KNEE, Keypoint.LEFT_ANKLE, Keypoint.RIGHT_ANKLE};

    private EventMetrics() {
    }

    /** @param bilateral a two-legged squat: each repetition also gets its knee-to-ankle separation ratio */
    static List<EventMeasures> measure(List<MovementEvent> events, List<AnalysedFrame> frames, boolean bilateral) {
        List<EventMeasures> out = new ArrayList<>(events.size());
        for (MovementEvent e : events) {
            out.add(measure(e, frames, bilateral));
        }
        return out;
    }

    /** An event shows the frontal plane when at least half of its frames do (only those lie in a frontal view). */
    static EventMeasures measure(MovementEvent e, List<AnalysedFrame> frames, boolean bilateral) {
        Side s = e.side();
        boolean frontal = frontalPlaneFrames(e, frames) * 2 >= e.endFrame() - e.startFrame() + 1;
        boolean hold = frontal && e.kind() == EventKind.HOLD;
        int deepest = e.kind() == EventKind.REPETITION ? e.keyFrame()
                : argMax(e, i -> midHipYPx(frames.get(i).filteredPose()));
        if (deepest < 0) {
            deepest = e.keyFrame();
        }
        // only frames that show the frontal plane: a turn inside a stance must not give its peak
        int cpdFrame = frontal ? argMax(e, i -> frames.get(i).angles().frontalPlane()
                ? frames.get(i).cpdDeg(s) : Double.NaN) : -1;
        int leanFrame = frontal ? argMax(e, i -> frames.get(i).angles().frontalPlane()
                ? TrunkLean.leanDeg(frames.get(i).filteredPose(), s) : Double.NaN) : -1;
        FrameAngles atDeepest = frames.get(deepest).angles();
        FppaStatus fppaStatus = fppaStatus(frontal, frames.get(deepest), s);
        boolean reliable = fppaStatus == FppaStatus.MEASURED;
        double fppa = reliable ? (s == Side.LEFT ? atDeepest.kneeFppaLeftDeg() : atDeepest.kneeFppaRightDeg()) : Double.NaN;
        double fpkd = reliable ? (s == Side.LEFT ? atDeepest.kneeFpkdLeft() : atDeepest.kneeFpkdRight()) : Double.NaN;
        double kasr = bilateral && e.kind() == EventKind.REPETITION && frontal && atDeepest.frontalPlane()
                ? KneeAnkleSeparation.ratio(frames.get(deepest).filteredPose()) : Double.NaN;
        return new EventMeasures(e, frames.get(e.startFrame()).timestampSeconds(),
                frames.get(e.endFrame()).timestampSeconds(), frontal,
                cpdFrame, cpdFrame < 0 ? Double.NaN : frames.get(cpdFrame).cpdDeg(s),
                deepest, fppa, fpkd, fppaStatus, kasr,
                leanFrame, leanFrame < 0 ? Double.NaN : TrunkLean.leanDeg(frames.get(leanFrame).filteredPose(), s),
                meanConfidence(e, frames),
                hold ? median(e, i -> frames.get(i).angles().frontalPlane()
                        ? frames.get(i).cpdDeg(s) : Double.NaN) : Double.NaN,
                hold ? median(e, i -> frames.get(i).angles().frontalPlane()
                        ? TrunkLean.leanDeg(frames.get(i).filteredPose(), s) : Double.NaN) : Double.NaN);
    }

    /** The median of the finite values over the event's frames; NaN when none. */
    private static double median(MovementEvent e, IntToDoubleFunction value) {
        double[] v = new double[e.endFrame() - e.startFrame() + 1];
        for (int i = e.startFrame(); i <= e.endFrame(); i++) {
            v[i - e.startFrame()] = value.applyAsDouble(i);
        }
        return Quantiles.median(v);
    }

    /** Why FPPA at the deepest frame has a value or not (the reasons in the order they are checked). */
    static FppaStatus fppaStatus(boolean frontalEvent, AnalysedFrame deepest, Side s) {
        FrameAngles a = deepest.angles();
        if (!frontalEvent || !a.frontalPlane()) {
            return FppaStatus.NOT_FRONTAL;
        }
        Pose p = deepest.filteredPose();
        for (Keypoint k : new Keypoint[] {s.hip(), s.knee(), s.ankle(), s.other().hip()}) {
            if (!Double.isFinite(p.xPx(k)) || !Double.isFinite(p.yPx(k))) {
                return FppaStatus.LEG_NOT_SEEN;
            }
        }
        boolean reliable = s == Side.LEFT ? a.fppaReliableLeft() : a.fppaReliableRight();
        double fppa = s == Side.LEFT ? a.kneeFppaLeftDeg() : a.kneeFppaRightDeg();
        return reliable && Double.isFinite(fppa) ? FppaStatus.MEASURED : FppaStatus.FORESHORTENED;
    }

    /**
     * One plain note when knee FPPA at depth was left out on some events, with the commonest reason and what to do
     * about it; none when every event has it or none could (a side view says so elsewhere).
     */
    static java.util.Optional<String> fppaLeftOutNote(List<EventMeasures> measures, String eventsName) {
        long foreshortened = measures.stream().filter(m -> m.fppaStatus() == FppaStatus.FORESHORTENED).count();
        long notSeen = measures.stream().filter(m -> m.fppaStatus() == FppaStatus.LEG_NOT_SEEN).count();
        if (foreshortened + notSeen == 0) {
            return java.util.Optional.empty();
        }
        String why = foreshortened >= notSeen
                ? "the thigh or shank looked too short at the bottom (pointing at the camera, level or folded)"
                : "the hip, knee or ankle was not found at the bottom";
        return java.util.Optional.of(String.format(java.util.Locale.ROOT, "Knee FPPA at depth was left out on %d"
                + " of %d %s: %s. For it, film from straight in front with the camera at knee height.",
                foreshortened + notSeen, measures.size(), eventsName, why));
    }

    /** How many of the event's frames show the frontal plane. */
    private static int frontalPlaneFrames(MovementEvent e, List<AnalysedFrame> frames) {
        int count = 0;
        for (int i = e.startFrame(); i <= e.endFrame(); i++) {
            count += frames.get(i).angles().frontalPlane() ? 1 : 0;
        }
        return count;
    }

    private static double midHipYPx(Pose p) {
        return (p.yPx(Keypoint.LEFT_HIP) + p.yPx(Keypoint.RIGHT_HIP)) / 2;
    }

    /** The frame of the event with the largest finite value; -1 when none is finite. */
    private static int argMax(MovementEvent e, IntToDoubleFunction value) {
        int best = -1;
        double max = Double.NEGATIVE_INFINITY;
        for (int i = e.startFrame(); i <= e.endFrame(); i++) {
            double v = value.applyAsDouble(i);
            if (Double.isFinite(v) && v > max) {
                max = v;
                best = i;
            }
        }
        return best;
    }

    private static double meanConfidence(MovementEvent e, List<AnalysedFrame> frames) {
        double sum = 0;
        int count = 0;
        for (int i = e.startFrame(); i <= e.endFrame(); i++) {
            Pose raw = frames.get(i).rawPose();
            for (Keypoint k : LOWER_LIMBS) {
                sum += raw.confidence(k);
                count++;
            }
        }
        return sum / count;
    }

    /** The values the score reads from one event. */
    static EventValues values(EventMeasures m) {
        return new EventValues(m.event().side(), m.cpdPeakDeg(), m.fppaDeg(), m.fpkd(), m.trunkLeanPeakDeg(),
                m.meanConfidence(), m.cpdMedianDeg(), m.trunkLeanMedianDeg());
    }
}
