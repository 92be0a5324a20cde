package org.medius.synth;

import java.util.ArrayList;
import java.util.List;
import org.medius.model.Task;

/**
 * When each repetition starts, bottoms out and ends, every time moved onto a frame. The clip: quiet standing on both
 * feet; for a single-leg squat a {@value #LIFT_SECONDS} s lift of the free foot; the repetitions, each
 * {@code repSeconds} long with the bottom at its middle frame and {@code pauseSeconds} of standing (or single-leg hold)
 * after all but the last; the free foot put down again; quiet standing.
 *
 * <p>A lunge's repetition is a step forward ({@value #LUNGE_STEP_FRACTION} of the rep), the descent and ascent, and the
 * step back ({@value #LUNGE_STEP_FRACTION}); the other tasks descend and ascend for the whole rep.
 */
final class RepTiming {
    static final double LIFT_SECONDS = 0.5;
    static final double LUNGE_STEP_FRACTION = 0.2;

    /** One repetition; for tasks without steps stepOutEnd = start and stepBackStart = end. */
    record Rep(double start, double stepOutEnd, double bottom, double stepBackStart, double end) {
    }

    private final List<Rep> reps = new ArrayList<>();
    private final double liftStart;
    private final double liftEnd;
    private final double lowerStart;
    private final double lowerEnd;

    RepTiming(RepSpec spec, FrameClock clock) {
        double lift = spec.task() == Task.SINGLE_LEG_SQUAT ? LIFT_SECONDS : 0;
        double first = spec.standingSeconds() + lift;
        double step = spec.task() == Task.LUNGE ? LUNGE_STEP_FRACTION * spec.repSeconds() : 0;
        for (int i = 0; i < spec.reps(); i++) {
            double start = first + i * (spec.repSeconds() + spec.pauseSeconds());
            double end = start + spec.repSeconds();
            reps.add(new Rep(clock.snap(start), clock.snap(start + step), clock.snap(start + spec.repSeconds() / 2),
                    clock.snap(end - step), clock.snap(end)));
        }
        liftStart = spec.standingSeconds();
        liftEnd = first;
        lowerStart = reps.get(reps.size() - 1).end();
        lowerEnd = lowerStart + lift;
        for (Rep r : reps) {
            int s = clock.frameAt(r.start());
            int so = clock.frameAt(r.stepOutEnd());
            int b = clock.frameAt(r.bottom());
            int sb = clock.frameAt(r.stepBackStart());
            int e = clock.frameAt(r.end());
            boolean stepped = step > 0;
            if (!(b > so && sb > b && (!stepped || (so > s && e > sb)))) {
                throw new IllegalArgumentException("frame rate too low for " + spec.repSeconds() + " s repetitions");
            }
        }
    }

    static double durationSeconds(RepSpec spec) {
        double lift = spec.task() == Task.SINGLE_LEG_SQUAT ? LIFT_SECONDS : 0;
        return 2 * spec.standingSeconds() + 2 * lift + spec.reps() * spec.repSeconds()
                + (spec.reps() - 1) * spec.pauseSeconds();
    }

    List<Rep> reps() {
        return reps;
    }

    /** The repetition whose [start, end] contains t, or null. */
    Rep at(double t) {
        for (Rep r : reps) {
            if (t >= r.start() && t <= r.end()) {
                return r;
            }
        }
        return null;
    }

    /** The descent-ascent profile: 1 exactly at the bottom, 0 outside the rep's [stepOutEnd, stepBackStart]. */
    double depthProfile(double t) {
        Rep r = at(t);
        return r == null ? 0 : Profiles.bump(t, r.stepOutEnd(), r.bottom(), r.stepBackStart());
    }

    /** How far the lunge's front foot has stepped out: 0 standing, 1 from the end of the step out to the step back. */
    double stepOut(double t) {
        Rep r = at(t);
        if (r == null) {
            return 0;
        }
        return t <= r.bottom() ? Profiles.ramp(t, r.start(), r.stepOutEnd()) : 1 - Profiles.ramp(t, r.stepBackStart(), r.end());
    }

    /** The stepping foot's lift: an arch over the step out and over the step back, 0 otherwise. */
    double stepLift(double t) {
        Rep r = at(t);
        if (r == null) {
            return 0;
        }
        if (t < r.stepOutEnd()) {
            return Profiles.arch((t - r.start()) / (r.stepOutEnd() - r.start()));
        }
        if (t > r.stepBackStart()) {
            return Profiles.arch((t - r.stepBackStart()) / (r.end() - r.stepBackStart()));
        }
        return 0;
    }

    /** Single-leg squat: 0 on both feet, 1 while the free foot is held up, smooth in between. */
    double freeFootUp(double t) {
        return Profiles.ramp(t, liftStart, liftEnd) - Profiles.ramp(t, lowerStart, lowerEnd);
    }
}
