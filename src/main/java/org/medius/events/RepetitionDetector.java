package org.medius.events;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.medius.model.Side;
import org.medius.signal.Peaks;
import org.medius.signal.Quantiles;

/**
 * Repetitions of a squat, lunge or single-leg squat from the mid-hip's vertical track (image y, down): each
 * repetition is a lowest point of the hips at least {@value #MIN_DEPTH_LEGS} leg lengths prominent (a shallow
 * single-leg squat lowers the hips by about 0.2 leg lengths) and {@value #MIN_APART_S} s from the next. It
 * starts at the last frame before the bottom where the hips were within {@value #EDGE_FRACTION} of that
 * repetition's depth of the standing height before it, and ends at the first such frame after it.
 *
 * <p>Cut by the clip: between two bottoms the person always stands up again (that is what makes two bottoms), so
 * only the first repetition's start and the last one's end can be cut. The depth of such a repetition is taken
 * from its other side, where the person stood up; it is left out, with a note, only when the clip starts (or ends)
 * with the hips more than {@value #CUT_FRACTION} of that depth below standing, i.e. deep in the movement. A clip
 * that starts a moment after the descent began keeps the repetition: its bottom, where every per-repetition value
 * is measured, is in the clip (docs/events.md, "Repetitions").
 *
 * <p>The working leg: for a lunge the front leg. At the bottom of a lunge the front thigh tilts towards level
 * while the back knee travels towards the floor, so the front knee sits high in the span from hip to ankle and the
 * back knee low: {@link #kneeDepthInLeg} is 0.5 for a straight standing leg (thigh and shank are about the same
 * length), near 0 for a level thigh and near 1 (or past it, when the back foot is further from a camera in front)
 * for a kneeling back leg, in any view. The front leg is the one whose knee sits at least
 * {@value #MIN_KNEE_DEPTH_DIFFERENCE} of the span higher; when only one knee is seen, it is the front knee if it
 * sits at least that much above the middle of its span and the back knee if at least that much below. For a
 * single-leg squat the stance leg, whose ankle stays lower (on the floor) while the other foot is lifted, by at
 * least {@value #MIN_SIDE_DIFFERENCE_LEGS} leg lengths. Otherwise the repetition's leg is unknown and it is
 * dropped with a note.
 */
public final class RepetitionDetector {
    static final double MIN_DEPTH_LEGS = 0.1;
    static final double MIN_APART_S = 0.5;
    static final double EDGE_FRACTION = 0.1;
    static final double CUT_FRACTION = 0.5;
    static final double MIN_SIDE_DIFFERENCE_LEGS = 0.05;
    static final double MIN_KNEE_DEPTH_DIFFERENCE = 0.1;

    /** Which legs a repetition is about. */
    public enum Legs {
        /** Squat: both legs work; each repetition is reported once per side. */
        BOTH,
        /** Lunge: the front leg. */
        FRONT_LEG,
        /** Single-leg squat: the stance leg. */
        STANCE_LEG
    }

    /** The repetitions found, and plain-language notes on the ones dropped. */
    public record Result(List<MovementEvent> events, int repetitions, List<String> notes) {
        public Result {
            events = List.copyOf(events);
            notes = List.copyOf(notes);
        }
    }

    private RepetitionDetector() {
    }

    public static Result detect(BodyTracks body, Legs legs) {
        double leg = body.standingLegLengthPx();
        List<MovementEvent> events = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        if (body.size() < 3 || !Double.isFinite(leg)) {
            return new Result(events, 0, notes);
        }
        double[] y = body.midHipYPx();
        List<Peaks.Peak> bottoms = Peaks.find(y, MIN_DEPTH_LEGS * leg, body.frames(MIN_APART_S));
        int first = firstFinite(y, 0, +1);
        int last = firstFinite(y, y.length - 1, -1);
        int reps = 0;
        for (int k = 0; k < bottoms.size(); k++) {
            int b = bottoms.get(k).index();
            boolean clipBefore = k == 0;
            boolean clipAfter = k + 1 == bottoms.size();
            int from = clipBefore ? first : bottoms.get(k - 1).index();
            int to = clipAfter ? last : bottoms.get(k + 1).index();
            double topBefore = highest(y, from, b);
            double topAfter = highest(y, b, to);
            // the standing level: from the side where the person surely stood up (between two bottoms)
            double standing = clipBefore == clipAfter ? Math.min(topBefore, topAfter)
                    : clipBefore ? topAfter : topBefore;
            double depth = y[b] - standing;
            boolean cutBefore = clipBefore && y[b] - topBefore < (1 - CUT_FRACTION) * depth;
            boolean cutAfter = clipAfter && y[b] - topAfter < (1 - CUT_FRACTION) * depth;
            if (cutBefore || cutAfter) {
                notes.add(String.format(java.util.Locale.ROOT, "The repetition with its bottom at %.2f s was left"
                        + " out: the clip %s with the hips more than half-way down, %s.", body.timeSeconds(b),
                        cutBefore ? "starts" : "ends", cutBefore ? "before the person was filmed standing"
                                : "before the person stood up again"));
                continue;
            }
            int start = edge(y, b, from, -1, topBefore);
            int end = edge(y, b, to, +1, topAfter);
            if (start < 0 || end < 0) {
                notes.add(String.format(java.util.Locale.ROOT, "The repetition with its bottom at %.2f s was left"
                        + " out: the hips were not seen all the way down and up.", body.timeSeconds(b)));
                continue;
            }
            partlyFilmed(body, y, b, start, end, standing, depth, clipBefore, clipAfter, notes);
            if (legs == Legs.BOTH) {
                events.add(new MovementEvent(EventKind.REPETITION, Side.LEFT, start, b, end));
                events.add(new MovementEvent(EventKind.REPETITION, Side.RIGHT, start, b, end));
                reps++;
                continue;
            }
            Optional<Side> side = legs == Legs.FRONT_LEG ? frontLeg(body, y, start, b, end)
                    : stanceLeg(body, start, end, leg);
            if (side.isEmpty()) {
                notes.add(String.format(java.util.Locale.ROOT, "The dip of the hips at %.2f s was not counted: %s.",
                        body.timeSeconds(b), legs == Legs.FRONT_LEG
                                ? "neither knee went down towards the floor, so it was no lunge or its front leg"
                                        + " could not be told"
                                : "neither foot stayed clearly lower on the floor, so its stance leg could not be"
                                        + " told"));
                continue;
            }
            events.add(new MovementEvent(EventKind.REPETITION, side.get(), start, b, end));
            reps++;
        }
        partialAtTheEdges(y, bottoms, leg, notes);
        return new Result(events, reps, notes);
    }

    /**
     * A clip that starts or ends with the hips at least MIN_DEPTH_LEGS below the standing level next to it, but
     * without a bottom of its own there, cuts a repetition: say so, rather than drop it silently.
     */
    private static void partialAtTheEdges(double[] y, List<Peaks.Peak> bottoms, double leg, List<String> notes) {
        int first = firstFinite(y, 0, +1);
        int last = firstFinite(y, y.length - 1, -1);
        if (first < 0) {
            return;
        }
        int firstBottom = bottoms.isEmpty() ? last : bottoms.get(0).index();
        int lastBottom = bottoms.isEmpty() ? first : bottoms.get(bottoms.size() - 1).index();
        if (y[first] - highest(y, first, firstBottom) >= MIN_DEPTH_LEGS * leg
                && (bottoms.isEmpty() || bottoms.get(0).index() > first)) {
            notes.add("The clip starts during a repetition; that repetition was left out.");
        }
        if (y[last] - highest(y, lastBottom, last) >= MIN_DEPTH_LEGS * leg) {
            notes.add("The clip ends during a repetition (the clip ends before the person stood up again);"
                    + " that repetition was left out.");
        }
    }

    /**
     * A kept repetition whose start (end) is the clip's edge with the hips still more than EDGE_FRACTION of the depth
     * below standing there: say that it was measured from the clip's first (to its last) frame.
     */
    private static void partlyFilmed(BodyTracks body, double[] y, int bottom, int start, int end, double standing,
            double depth, boolean clipBefore, boolean clipAfter, List<String> notes) {
        if (clipBefore && start == firstFinite(y, 0, +1) && y[start] - standing > EDGE_FRACTION * depth) {
            notes.add(String.format(java.util.Locale.ROOT, "The repetition with its bottom at %.2f s was kept,"
                    + " although the clip starts with the hips %.0f %% of the way down: its descent is timed from"
                    + " the first frame.", body.timeSeconds(bottom), 100 * (y[start] - standing) / depth));
        }
        if (clipAfter && end == firstFinite(y, y.length - 1, -1) && y[end] - standing > EDGE_FRACTION * depth) {
            notes.add(String.format(java.util.Locale.ROOT, "The repetition with its bottom at %.2f s was kept,"
                    + " although the clip ends with the hips %.0f %% of the way down: its rise is timed to the"
                    + " last frame.", body.timeSeconds(bottom), 100 * (y[end] - standing) / depth));
        }
    }

    private static int firstFinite(double[] y, int from, int step) {
        for (int i = from; i >= 0 && i < y.length; i += step) {
            if (Double.isFinite(y[i])) {
                return i;
            }
        }
        return -1;
    }

    /** The highest hip position (smallest y) between two frames, both included. */
    private static double highest(double[] y, int from, int to) {
        double top = Double.POSITIVE_INFINITY;
        for (int i = from; i <= to; i++) {
            if (Double.isFinite(y[i])) {
                top = Math.min(top, y[i]);
            }
        }
        return top;
    }

    /**
     * Walks from the bottom towards {@code limit} (the previous or next bottom, or the clip's end) to the first
     * frame within EDGE_FRACTION of the depth from {@code top}, the standing level on that side; -1 when a gap
     * comes first.
     */
    private static int edge(double[] y, int bottom, int limit, int step, double top) {
        double level = top + EDGE_FRACTION * (y[bottom] - top);
        for (int i = bottom; ; i += step) {
            if (Double.isNaN(y[i])) {
                return -1;
            }
            if (y[i] <= level) {
                return i;
            }
            if (i == limit) {
                return -1;
            }
        }
    }

    /**
     * The front leg of a lunge (see the class comment): the side whose knee sits higher in its hip-to-ankle span,
     * as a median over the lower half of the repetition (the frames whose hips lie within half the depth of the
     * bottom): the lunge is held there, and the back knee, often hidden right at the bottom, is seen on the way.
     */
    static Optional<Side> frontLeg(BodyTracks body, double[] hipY, int start, int bottom, int end) {
        double top = Math.min(hipY[start], hipY[end]);
        double band = 0.5 * (hipY[bottom] - top);
        int[] nearBottom = IntStream.rangeClosed(start, end).filter(i -> hipY[i] >= hipY[bottom] - band).toArray();
        double left = medianAt(kneeDepthInLeg(body, Side.LEFT), nearBottom);
        double right = medianAt(kneeDepthInLeg(body, Side.RIGHT), nearBottom);
        if (Double.isFinite(left) && Double.isFinite(right)) {
            if (!(Math.abs(left - right) >= MIN_KNEE_DEPTH_DIFFERENCE)) {
                return Optional.empty();
            }
            return Optional.of(left < right ? Side.LEFT : Side.RIGHT);
        }
        Side seen = Double.isFinite(left) ? Side.LEFT : Side.RIGHT;
        double depth = seen == Side.LEFT ? left : right;
        if (depth <= STANDING_KNEE_DEPTH - MIN_KNEE_DEPTH_DIFFERENCE) {
            return Optional.of(seen);
        }
        if (depth >= STANDING_KNEE_DEPTH + MIN_KNEE_DEPTH_DIFFERENCE) {
            return Optional.of(seen.other());
        }
        return Optional.empty();
    }

    /** Where the knee sits in a straight standing leg's hip-to-ankle span: thigh and shank are about equal. */
    static final double STANDING_KNEE_DEPTH = 0.5;

    /**
     * Per frame: how far down the knee sits between the mid-hip and the ankle of its side, in image height,
     * (y_knee - y_hip) / (y_ankle - y_hip); NaN when a point is missing or the ankle is not below the hip.
     */
    static double[] kneeDepthInLeg(BodyTracks body, Side side) {
        double[] hip = body.midHipYPx();
        double[] knee = body.kneeYPx(side);
        double[] ankle = body.ankleYPx(side);
        double[] depth = new double[hip.length];
        for (int i = 0; i < hip.length; i++) {
            double span = ankle[i] - hip[i];
            depth[i] = span > 0 ? (knee[i] - hip[i]) / span : Double.NaN;
        }
        return depth;
    }

    /** The upper median of the finite values at the given frames; NaN without one. */
    private static double medianAt(double[] values, int[] frames) {
        return Quantiles.upperMedian(IntStream.of(frames).mapToDouble(i -> values[i]).toArray());
    }

    /** The stance leg of a single-leg squat: its ankle is lower (larger y) over the repetition. */
    static Optional<Side> stanceLeg(BodyTracks body, int start, int end, double leg) {
        double[] l = Arrays.copyOfRange(body.ankleYPx(Side.LEFT), start, end + 1);
        double[] r = Arrays.copyOfRange(body.ankleYPx(Side.RIGHT), start, end + 1);
        double[] diff = new double[l.length];
        for (int i = 0; i < l.length; i++) {
            diff[i] = l[i] - r[i];
        }
        double median = Quantiles.upperMedian(diff);
        if (Double.isNaN(median)) {
            return Optional.empty();
        }
        if (!(Math.abs(median) >= MIN_SIDE_DIFFERENCE_LEGS * leg)) {
            return Optional.empty();
        }
        return Optional.of(median > 0 ? Side.LEFT : Side.RIGHT);
    }
}
