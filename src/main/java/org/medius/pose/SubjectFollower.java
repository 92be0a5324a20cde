package org.medius.pose;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * The subject's track and its per-frame state (no model: the decisions only). {@link #start} sets the subject;
 * then, per frame, {@link #accepts} / {@link #best} say which observation (if any) is the subject and
 * {@link #update} records it, returning the frame's status. While missing the last accepted observation is
 * kept, and the search radius around it grows with the time since (see {@link SubjectGate}).
 *
 * <p>Other people: a candidate rejected because it stood too far from the subject is remembered for
 * {@link #OTHER_MEMORY_S}; a later candidate that continues such a person's track (the short-gap gate) is that
 * other person, not the subject, even when the growing search radius has come to reach it. This keeps a bystander
 * standing near the place where the subject left the view from being taken for the subject.
 */
final class SubjectFollower {
    /** Consecutive observations closer than this (s) update the velocity; farther apart it is reset. */
    static final double VELOCITY_MAX_GAP_S = 0.25;
    /** Weight of the newest torso length in the smoothed subject size. */
    static final double TORSO_SMOOTHING = 0.2;

    private final SubjectGate gate;
    private SubjectObservation last;
    private double lastTime;
    private double torsoPx;
    private double vx;
    private double vy;
    private boolean missing;
    private int missingFrames;
    private List<Other> others = new ArrayList<>();

    /** A person seen at {@code time} who was not the subject. */
    private record Other(SubjectObservation seen, double time) {
    }

    /** What one frame decided: the subject's observation (null when missing) and the frame's status. */
    record Step(SubjectObservation subject, SubjectStatus status) {
    }

    /** Other people are remembered this long (s) after they were last seen. */
    static final double OTHER_MEMORY_S = 0.5;

    SubjectFollower(SubjectGate gate) {
        this.gate = gate;
    }

    SubjectFollower() {
        this(new SubjectGate());
    }

    boolean hasSubject() {
        return last != null;
    }

    boolean isMissing() {
        return missing;
    }

    /** Frames missed since the subject was last accepted. */
    int missingFrames() {
        return missingFrames;
    }

    SubjectObservation last() {
        return last;
    }

    double torsoPx() {
        return torsoPx;
    }

    SubjectStatus start(double time, SubjectObservation subject) {
        last = subject;
        lastTime = time;
        torsoPx = subject.torsoPx();
        vx = 0;
        vy = 0;
        missing = false;
        missingFrames = 0;
        return SubjectStatus.TRACKED;
    }

    SubjectGate.Verdict verdict(double time, SubjectObservation candidate) {
        return gate.check(last, torsoPx, vx, vy, time - lastTime, candidate);
    }

    boolean accepts(double time, SubjectObservation candidate) {
        return candidate != null && verdict(time, candidate) == SubjectGate.Verdict.ACCEPTED
                && !isOtherPerson(time, candidate);
    }

    private boolean isOtherPerson(double time, SubjectObservation candidate) {
        for (Other o : others) {
            double dt = time - o.time();
            if (dt > 0 && gate.check(o.seen(), o.seen().torsoPx(), 0, 0, dt, candidate) == SubjectGate.Verdict.ACCEPTED) {
                return true;
            }
        }
        return false;
    }

    /** Whether one of {@code fresh} (seen at {@code time}) continues {@code o}'s track: then only the newest is kept. */
    private boolean continued(Other o, List<Other> fresh, double time) {
        for (Other n : fresh) {
            if (gate.check(o.seen(), o.seen().torsoPx(), 0, 0, time - o.time(), n.seen()) == SubjectGate.Verdict.ACCEPTED) {
                return true;
            }
        }
        return false;
    }

    /**
     * One frame once the subject is known: the tracking crop's observation (asked for only while the subject is
     * not missing) if it passes the gate; otherwise the best of the search (asked for only then).
     */
    Step step(double time, Supplier<SubjectObservation> trackingCrop, Supplier<List<SubjectObservation>> search) {
        List<SubjectObservation> seen = new ArrayList<>();
        SubjectObservation found = null;
        if (!missing) {
            SubjectObservation o = trackingCrop.get();
            if (o != null) {
                seen.add(o);
                if (accepts(time, o)) {
                    found = o;
                }
            }
        }
        if (found == null) {
            List<SubjectObservation> candidates = search.get();
            seen.addAll(candidates);
            found = best(time, candidates);
        }
        rememberOthers(time, seen, found);
        return new Step(found, update(time, found));
    }

    private void rememberOthers(double time, List<SubjectObservation> seen, SubjectObservation subject) {
        List<Other> kept = new ArrayList<>();
        for (SubjectObservation o : seen) {
            // someone else: too far from the subject, or continuing the track of someone who was
            if (o != subject && (subject == null || !SubjectSelection.samePerson(o, subject))
                    && (verdict(time, o) == SubjectGate.Verdict.TOO_FAR || isOtherPerson(time, o))) {
                kept.add(new Other(o, time));
            }
        }
        int fresh = kept.size();
        for (Other o : others) {
            if (time - o.time() <= OTHER_MEMORY_S && !continued(o, kept.subList(0, fresh), time)) {
                kept.add(o);
            }
        }
        others = kept;
    }

    double predictedX(double time) {
        return gate.predictedX(last, vx, time - lastTime);
    }

    double predictedY(double time) {
        return gate.predictedY(last, vy, time - lastTime);
    }

    double searchRadiusPx(double time) {
        return gate.radiusPx(torsoPx, time - lastTime);
    }

    /** The accepted candidate nearest the predicted position, or null when none is accepted. */
    SubjectObservation best(double time, List<SubjectObservation> candidates) {
        double px = predictedX(time);
        double py = predictedY(time);
        SubjectObservation best = null;
        double bestDistance = Double.POSITIVE_INFINITY;
        for (SubjectObservation c : candidates) {
            if (!accepts(time, c)) {
                continue;
            }
            double d = c.distanceTo(px, py);
            if (d < bestDistance) {
                bestDistance = d;
                best = c;
            }
        }
        return best;
    }

    /** Records this frame's subject ({@code null}: not found) and returns the frame's status. */
    SubjectStatus update(double time, SubjectObservation subject) {
        if (subject == null) {
            missing = true;
            missingFrames++;
            return SubjectStatus.MISSING;
        }
        double dt = time - lastTime;
        boolean wasMissing = missing;
        if (!wasMissing && dt > 0 && dt <= VELOCITY_MAX_GAP_S) {
            double cap = gate.limits().maxSpeedTorsosPerS() * torsoPx;
            double ix = (subject.hipX() - last.hipX()) / dt;
            double iy = (subject.hipY() - last.hipY()) / dt;
            double speed = Math.hypot(ix, iy);
            if (speed > cap) {
                ix *= cap / speed;
                iy *= cap / speed;
            }
            vx = 0.5 * vx + 0.5 * ix;
            vy = 0.5 * vy + 0.5 * iy;
        } else {
            vx = 0;
            vy = 0;
        }
        torsoPx = (1 - TORSO_SMOOTHING) * torsoPx + TORSO_SMOOTHING * subject.torsoPx();
        last = subject;
        lastTime = time;
        missing = false;
        missingFrames = 0;
        return wasMissing ? SubjectStatus.REACQUIRED : SubjectStatus.TRACKED;
    }
}
