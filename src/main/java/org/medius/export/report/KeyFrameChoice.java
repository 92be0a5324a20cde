package org.medius.export.report;

import java.util.Optional;
import org.medius.analysis.Analysis;
import org.medius.analysis.EventMeasures;
import org.medius.events.EventKind;

/**
 * Picks the report's two key frames from the event table: the peak of the event with the largest contralateral
 * pelvic drop, and the deepest frame of the event with the largest knee valgus (FPPA); for a two-legged squat
 * whose FPPA was left out at every bottom (thighs foreshortened), the bottom where the knees came closest together
 * relative to the feet (the knee-to-ankle separation ratio). Events without a value for the measure are passed
 * over; with none left the key frame is absent.
 */
final class KeyFrameChoice {
    private KeyFrameChoice() {
    }

    static Optional<KeyFrame> largestPelvicDrop(Analysis a) {
        KeyFrame best = null;
        for (int i = 0; i < a.eventMeasures().size(); i++) {
            EventMeasures m = a.eventMeasures().get(i);
            if (Double.isFinite(m.cpdPeakDeg()) && m.cpdPeakFrame() >= 0
                    && (best == null || m.cpdPeakDeg() > best.valueDeg())) {
                best = keyFrame(a, "Largest pelvic drop", i, m.cpdPeakFrame(), m.cpdPeakDeg(), "CPD");
            }
        }
        return Optional.ofNullable(best);
    }

    static Optional<KeyFrame> largestValgus(Analysis a) {
        return largestValgus(a, -1);
    }

    /**
     * The largest valgus in another step or repetition than the one holding {@code otherKeyFrame} (so the report's
     * two pictures show two different moments), or in the same one when no other has a value.
     */
    static Optional<KeyFrame> largestValgusElsewhere(Analysis a, Optional<KeyFrame> otherKeyFrame) {
        return otherKeyFrame.flatMap(k -> largestValgus(a, k.framePosition())).or(() -> largestValgus(a));
    }

    private static Optional<KeyFrame> largestValgus(Analysis a, int avoidFrame) {
        KeyFrame best = null;
        for (int i = 0; i < a.eventMeasures().size(); i++) {
            EventMeasures m = a.eventMeasures().get(i);
            boolean avoided = m.event().startFrame() <= avoidFrame && avoidFrame <= m.event().endFrame();
            if (!avoided && Double.isFinite(m.fppaDeg()) && m.deepestFrame() >= 0
                    && (best == null || m.fppaDeg() > best.valueDeg())) {
                best = keyFrame(a, "Largest knee valgus", i, m.deepestFrame(), m.fppaDeg(), "knee FPPA");
            }
        }
        return Optional.ofNullable(best);
    }

    /** The repetition bottom with the smallest knee-to-ankle separation ratio (two-legged squats only). */
    static Optional<KeyFrame> kneesClosest(Analysis a) {
        KeyFrame best = null;
        for (int i = 0; i < a.eventMeasures().size(); i++) {
            EventMeasures m = a.eventMeasures().get(i);
            if (Double.isFinite(m.kneeAnkleSeparationRatio()) && m.deepestFrame() >= 0
                    && (best == null || m.kneeAnkleSeparationRatio() < best.valueDeg())) {
                best = keyFrame(a, "Knees closest together", i, m.deepestFrame(), m.kneeAnkleSeparationRatio(),
                        KeyFrame.KNEE_ANKLE_SEPARATION);
            }
        }
        return Optional.ofNullable(best);
    }

    private static KeyFrame keyFrame(Analysis a, String what, int index, int frame, double valueDeg, String name) {
        EventMeasures m = a.eventMeasures().get(index);
        return new KeyFrame(what, frame, number(a, index), m.event().kind(), m.event().side(), valueDeg, name,
                a.frames().get(frame).timestampSeconds());
    }

    /**
     * The event's number as the reader counts: a two-legged squat has one event per leg for each repetition, so
     * repetitions are numbered by their distinct start frames; stances and holds are numbered in order.
     */
    static int number(Analysis a, int index) {
        if (a.eventMeasures().get(index).event().kind() != EventKind.REPETITION) {
            return index + 1;
        }
        return (int) a.eventMeasures().subList(0, index + 1).stream().mapToInt(m -> m.event().startFrame())
                .distinct().count();
    }
}
