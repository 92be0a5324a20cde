package org.medius.events;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.medius.kinematics.Side;
import org.medius.signal.Peaks;

/**
 * Repetitions of a squat, lunge or single-leg squat from the mid-hip's vertical track (image y, down): each
 * repetition is a lowest point of the hips at least {@value #MIN_DEPTH_LEGS} leg lengths prominent (a shallow
 * single-leg squat lowers the hips by about 0.2 leg lengths) and {@value #MIN_APART_S} s from the next. It
 * starts at the last frame before the bottom where the hips were within {@value #EDGE_FRACTION} of that
 * repetition's depth of the standing height before it, and ends at the first such frame after it. A
 * repetition counts only when the hips are seen within {@value #COMPLETE_FRACTION} of its depth of standing on
 * both sides of the bottom: one cut by the start or the end of the clip is left out, with a note.
 *
 * <p>The working leg: for a lunge the front leg, whose knee drops less than the back knee (which travels
 * towards the floor); for a single-leg squat the stance leg, whose ankle stays lower (on the floor) while the
 * other foot is lifted. Each must differ by at least {@value #MIN_SIDE_DIFFERENCE_LEGS} leg lengths, or the
 * repetition's leg is unknown and it is dropped with a note.
 */
public final class RepetitionDetector {
    static final double MIN_DEPTH_LEGS = 0.1;
    static final double MIN_APART_S = 0.5;
    static final double EDGE_FRACTION = 0.1;
    static final double COMPLETE_FRACTION = 0.25;
    static final double MIN_SIDE_DIFFERENCE_LEGS = 0.05;

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
        int reps = 0;
        for (int k = 0; k < bottoms.size(); k++) {
            int b = bottoms.get(k).index();
            int from = k == 0 ? 0 : bottoms.get(k - 1).index();
            int to = k + 1 < bottoms.size() ? bottoms.get(k + 1).index() : y.length - 1;
            double topBefore = highest(y, from, b);
            double topAfter = highest(y, b, to);
            double depth = y[b] - Math.min(topBefore, topAfter);
            if (y[b] - topBefore < (1 - COMPLETE_FRACTION) * depth || y[b] - topAfter < (1 - COMPLETE_FRACTION) * depth) {
                notes.add(String.format(java.util.Locale.ROOT, "The repetition with its bottom at %.2f s was left"
                        + " out: the clip %s before the person stood up again.", body.timeSeconds(b),
                        y[b] - topBefore < (1 - COMPLETE_FRACTION) * depth ? "starts" : "ends"));
                continue;
            }
            int start = edge(y, b, from, -1, topBefore);
            int end = edge(y, b, to, +1, topAfter);
            if (start < 0 || end < 0) {
                notes.add(String.format(java.util.Locale.ROOT, "The repetition with its bottom at %.2f s was left"
                        + " out: the hips were not seen all the way down and up.", body.timeSeconds(b)));
                continue;
            }
            if (legs == Legs.BOTH) {
                events.add(new MovementEvent(EventKind.REPETITION, Side.LEFT, start, b, end));
                events.add(new MovementEvent(EventKind.REPETITION, Side.RIGHT, start, b, end));
                reps++;
                continue;
            }
            Optional<Side> side = legs == Legs.FRONT_LEG ? frontLeg(body, y, from, start, b, end, leg)
                    : stanceLeg(body, start, end, leg);
            if (side.isEmpty()) {
                notes.add(String.format(java.util.Locale.ROOT, "The repetition with its bottom at %.2f s was left"
                        + " out: the %s leg could not be told apart.", body.timeSeconds(b),
                        legs == Legs.FRONT_LEG ? "front" : "stance"));
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
     * The front leg of a lunge: its knee drops less between standing and the bottom (the back knee travels towards
     * the floor). Each knee's height is a median: standing over the frames before the repetition whose hips lie
     * within EDGE_FRACTION of the depth from the standing level, the bottom over the frames whose hips lie within
     * EDGE_FRACTION of the depth from the bottom. Not the single start frame: by then the front foot may be stepping
     * out, its knee raised; nor the single bottom frame, where the back knee may be missing.
     */
    static Optional<Side> frontLeg(BodyTracks body, double[] hipY, int from, int start, int bottom, int end,
            double leg) {
        double top = highest(hipY, from, start);
        double band = EDGE_FRACTION * (hipY[bottom] - top);
        int[] standing = IntStream.rangeClosed(from, start).filter(i -> hipY[i] <= top + band).toArray();
        int[] nearBottom = IntStream.rangeClosed(start, end).filter(i -> hipY[i] >= hipY[bottom] - band).toArray();
        double dropL = kneeDrop(body.kneeYPx(Side.LEFT), standing, nearBottom);
        double dropR = kneeDrop(body.kneeYPx(Side.RIGHT), standing, nearBottom);
        if (!(Math.abs(dropL - dropR) >= MIN_SIDE_DIFFERENCE_LEGS * leg)) {
            return Optional.empty();
        }
        return Optional.of(dropL < dropR ? Side.LEFT : Side.RIGHT);
    }

    /** Median knee height near the bottom minus median knee height standing; NaN when either has no value. */
    private static double kneeDrop(double[] kneeY, int[] standing, int[] nearBottom) {
        return medianAt(kneeY, nearBottom) - medianAt(kneeY, standing);
    }

    /** The (upper) median of the finite values at the given frames; NaN without one. */
    private static double medianAt(double[] values, int[] frames) {
        double[] v = IntStream.of(frames).mapToDouble(i -> values[i]).filter(Double::isFinite).sorted().toArray();
        return v.length == 0 ? Double.NaN : v[v.length / 2];
    }

    /** The stance leg of a single-leg squat: its ankle is lower (larger y) over the repetition. */
    static Optional<Side> stanceLeg(BodyTracks body, int start, int end, double leg) {
        double[] l = Arrays.copyOfRange(body.ankleYPx(Side.LEFT), start, end + 1);
        double[] r = Arrays.copyOfRange(body.ankleYPx(Side.RIGHT), start, end + 1);
        double[] diff = new double[l.length];
        for (int i = 0; i < l.length; i++) {
            diff[i] = l[i] - r[i];
        }
        double[] sorted = Arrays.stream(diff).filter(Double::isFinite).sorted().toArray();
        if (sorted.length == 0) {
            return Optional.empty();
        }
        double median = sorted[sorted.length / 2];
        if (!(Math.abs(median) >= MIN_SIDE_DIFFERENCE_LEGS * leg)) {
            return Optional.empty();
        }
        return Optional.of(median > 0 ? Side.LEFT : Side.RIGHT);
    }
}
