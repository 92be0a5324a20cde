package org.medius.synth;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import org.medius.events.View;
import org.medius.model.FramePose;
import org.medius.model.Keypoint;
import org.medius.model.Pose;
import org.medius.model.Side;
import org.medius.model.Task;

/**
 * A deterministic synthetic COCO-17 keypoint track with known truth: what a pose model would report for a person
 * walking, running, squatting, lunging or doing single-leg squats, with the exact events and angles.
 *
 * <pre>{@code
 * SyntheticTrack track = SyntheticTrack.walk().view(View.POSTERIOR).cadenceStepsPerMin(110).steps(12)
 *         .cpdDeg(Side.LEFT, 6).cpdDeg(Side.RIGHT, 3).fppaDeg(Side.LEFT, 8).noisePx(1.5).seed(7).generate();
 * track.frames();               // what the detectors get
 * track.truth().events();       // stances with their frames and exact angles
 * }</pre>
 *
 * <p>Geometry: a stick figure with {@link BodyModel} proportions, in an orthographic camera ({@link Stage}), knees
 * from two-segment inverse kinematics ({@link Leg}); the prescribed angles are put into the image exactly, so the
 * kinematics classes read them back to rounding error on the noise-free poses. Every event is moved onto a frame.
 * Nothing is random except the frame-time jitter, noise and garbage, all from the seed.
 *
 * @param frames the recorded track: noise, gaps and low confidences added; real (jittered) timestamps
 * @param truth  the events and their angles, and the noise-free frames
 */
public record SyntheticTrack(List<FramePose> frames, Truth truth) {
    private static final long TIME_SALT = 0x5DEECE66DL;

    public SyntheticTrack {
        frames = List.copyOf(frames);
    }

    /** Walking on the spot in a frontal view (posterior by default): double support, no flight. */
    public static Builder walk() {
        return new Builder(Kind.WALK, null);
    }

    /** Running on the spot in a frontal view (posterior by default): flight phases, no double support. */
    public static Builder run() {
        return new Builder(Kind.RUN, null);
    }

    /** Walking across the image in a side view ({@link View#SAGITTAL_RIGHT}, walking to the image right, by default). */
    public static Builder sagittalWalk() {
        return new Builder(Kind.SAGITTAL_WALK, null);
    }

    /** Bilateral squats in a frontal view. */
    public static Builder squat() {
        return new Builder(Kind.SQUAT, null);
    }

    /** Forward lunges with the given working (front) leg, frontal view. */
    public static Builder lunge(Side workingLeg) {
        return new Builder(Kind.LUNGE, requireSide(workingLeg));
    }

    /** Single-leg squats on the given stance leg, frontal view. */
    public static Builder singleLegSquat(Side stanceLeg) {
        return new Builder(Kind.SINGLE_LEG_SQUAT, requireSide(stanceLeg));
    }

    /**
     * The single-leg stance (Trendelenburg) test, frontal view: a hold on the left leg, then one on the right, with
     * the free side's pelvic drop ({@link Builder#cpdDeg}) and the trunk's lean towards the stance leg
     * ({@link Builder#trunkLeanDeg}) of each stance leg.
     */
    public static Builder singleLegStance() {
        return new Builder(Kind.STANCE, null);
    }

    private static Side requireSide(Side side) {
        if (side == null) {
            throw new IllegalArgumentException("a side is needed");
        }
        return side;
    }

    private enum Kind {
        WALK(Task.WALK), RUN(Task.RUN), SAGITTAL_WALK(Task.WALK), SQUAT(Task.SQUAT), LUNGE(Task.LUNGE),
        SINGLE_LEG_SQUAT(Task.SINGLE_LEG_SQUAT), STANCE(Task.STANCE);

        final Task task;

        Kind(Task task) {
            this.task = task;
        }

        boolean gait() {
            return this == WALK || this == RUN || this == SAGITTAL_WALK;
        }
    }

    /**
     * Options of a synthetic track; each method says what it applies to, and using one on a track it does not apply
     * to throws IllegalStateException. Lengths given as fractions are of the leg length L = thigh + shank unless said
     * otherwise.
     */
    public static final class Builder {
        private final Kind kind;
        private final Side side;
        // recording
        private View view;
        private double fps = 60;
        private double jitter = 0;
        private double widthPx;
        private double heightPx;
        private double bodyHeightPx;
        private double rollDeg = 0;
        private double noisePx = 0;
        private long seed = 1;
        private double confidence = 0.9;
        private int lowConfidenceFrames = 0;
        private double lowConfidence = 0.2;
        private final List<Gap> gaps = new ArrayList<>();
        // gait
        private double cadence;
        private double stanceFraction;
        private int steps;
        private Side firstFoot = Side.RIGHT;
        private double clearance;
        private double dip;
        private double sway;
        private double footHalfWidth;
        private double stepLength = 0.30;
        // repetitions
        private int reps = 5;
        private double repSeconds;
        private double pauseSeconds = 1.0;
        private double standingSeconds = 1.0;
        private double depth;
        private double lungeStep = 0.7;
        private boolean alternate;
        // single-leg stance
        private double holdSeconds = 5;
        // angles
        private PerSide cpd = PerSide.ZERO;
        private PerSide fppa = PerSide.ZERO;
        private PerSide lean = PerSide.ZERO;

        private Builder(Kind kind, Side side) {
            this.kind = kind;
            this.side = side;
            boolean sagittal = kind == Kind.SAGITTAL_WALK;
            view = sagittal ? View.SAGITTAL_RIGHT : View.POSTERIOR;
            widthPx = sagittal ? 1920 : 1080;
            heightPx = sagittal ? 1080 : 1920;
            bodyHeightPx = sagittal ? 500 : 1200;
            switch (kind) {
                case WALK, SAGITTAL_WALK -> {
                    cadence = 110;
                    stanceFraction = 0.62;
                    steps = sagittal ? 8 : 10;
                    clearance = 0.18;
                    dip = 0.02;
                    sway = 0.3;
                    footHalfWidth = 0.8;
                }
                case RUN -> {
                    cadence = 170;
                    stanceFraction = 0.35;
                    steps = 14;
                    clearance = 0.45;
                    dip = 0.06;
                    sway = 0.15;
                    footHalfWidth = 0.5;
                }
                case SQUAT -> {
                    repSeconds = 2.4;
                    depth = 0.30;
                }
                case LUNGE -> {
                    repSeconds = 3.0;
                    depth = 0.30;
                }
                case SINGLE_LEG_SQUAT -> {
                    repSeconds = 2.4;
                    depth = 0.20;
                }
                case STANCE -> {
                    // no repetitions: only the standing time of the repetition options applies
                }
                default -> throw new IllegalStateException(kind.toString());
            }
        }

        // ---- recording: all tracks ----

        /** ANTERIOR or POSTERIOR for frontal tracks, SAGITTAL_LEFT or SAGITTAL_RIGHT for {@link #sagittalWalk()}. */
        public Builder view(View v) {
            if (v == null || v.isSagittal() != (kind == Kind.SAGITTAL_WALK)) {
                throw new IllegalArgumentException(v + " does not suit this track");
            }
            view = v;
            return this;
        }

        /** Nominal frame rate (default 60). */
        public Builder fps(double framesPerSecond) {
            fps = framesPerSecond;
            return this;
        }

        /** Each frame's time moved by up to +-fraction of a frame period, uniformly (default 0; below 0.5). */
        public Builder frameTimeJitter(double fractionOfFramePeriod) {
            jitter = fractionOfFramePeriod;
            return this;
        }

        /** Image size (default 1080 x 1920 frontal, 1920 x 1080 sagittal). */
        public Builder imageSizePx(double width, double height) {
            widthPx = width;
            heightPx = height;
            return this;
        }

        /** Standing body height in the image (default 1200 px frontal, 500 px sagittal). */
        public Builder bodyHeightPx(double px) {
            bodyHeightPx = px;
            return this;
        }

        /** Camera roll about the image centre, degrees, sign of RollCorrection (+ = scene clockwise on screen). */
        public Builder rollDeg(double deg) {
            rollDeg = deg;
            return this;
        }

        /** Standard deviation of Gaussian noise on every coordinate, pixels (default 0). */
        public Builder noisePx(double px) {
            noisePx = px;
            return this;
        }

        /** Seed of jitter, noise and garbage (default 1). */
        public Builder seed(long s) {
            seed = s;
            return this;
        }

        /** Confidence of every keypoint not in a gap or the low-confidence start (default 0.9). */
        public Builder confidence(double c) {
            confidence = c;
            return this;
        }

        /** The first {@code frames} frames get confidence {@code c} on every keypoint (coordinates unchanged). */
        public Builder lowConfidenceStart(int frames, double c) {
            lowConfidenceFrames = frames;
            lowConfidence = c;
            return this;
        }

        /** Frames {@code fromFrame..toFrame} (inclusive): these keypoints lost (confidence 0.05, NaN or garbage). */
        public Builder gap(int fromFrame, int toFrame, GapFill fill, Keypoint... keypoints) {
            gaps.add(new Gap(fromFrame, toFrame, fill, keypoints.length == 0 ? EnumSet.noneOf(Keypoint.class)
                    : EnumSet.of(keypoints[0], keypoints)));
            return this;
        }

        // ---- gait ----

        /** Gait: nominal cadence, steps/min (default 110 walking, 170 running). */
        public Builder cadenceStepsPerMin(double c) {
            requireGait("cadence");
            cadence = c;
            return this;
        }

        /** Gait: duty factor, stance time / stride time (default 0.62 walking, 0.35 running). */
        public Builder stanceFraction(double f) {
            requireGait("stance fraction");
            stanceFraction = f;
            return this;
        }

        /** Gait: counted stances, alternating feet (default 10 walking, 14 running, 8 sagittal). */
        public Builder steps(int n) {
            requireGait("steps");
            steps = n;
            return this;
        }

        /** Gait: the foot of the first counted stance (default RIGHT). */
        public Builder firstFoot(Side foot) {
            requireGait("first foot");
            firstFoot = requireSide(foot);
            return this;
        }

        /** Gait: peak rise of the swing ankle, fraction of L (default 0.18 walking, 0.45 running). */
        public Builder clearanceFraction(double f) {
            requireGait("foot clearance");
            clearance = f;
            return this;
        }

        /** Frontal gait: stance hip descent at mid-stance, fraction of L (default 0.02 walking, 0.06 running). */
        public Builder pelvisDipFraction(double f) {
            requireFrontalGait("pelvis dip");
            dip = f;
            return this;
        }

        /** Frontal gait: pelvis shift towards the stance foot, fraction of the hip half-width (0.3 / 0.15). */
        public Builder swayFraction(double f) {
            requireFrontalGait("sway");
            sway = f;
            return this;
        }

        /** Frontal gait: each ankle's lateral position, fraction of the hip half-width (default 0.8 / 0.5). */
        public Builder footHalfWidthFraction(double f) {
            requireFrontalGait("foot width");
            footHalfWidth = f;
            return this;
        }

        /** Sagittal walk: step length, fraction of body height (default 0.30). */
        public Builder stepLengthFraction(double f) {
            if (kind != Kind.SAGITTAL_WALK) {
                throw new IllegalStateException("step length applies to the sagittal walk only");
            }
            stepLength = f;
            return this;
        }

        // ---- repetitions ----

        /** Lunges: the legs take turns, the working leg first (default: every lunge on the working leg). */
        public Builder alternateLegs() {
            if (kind != Kind.LUNGE) {
                throw new IllegalStateException("only lunges alternate legs");
            }
            alternate = true;
            return this;
        }

        /** Repetitions: how many (default 5). */
        public Builder reps(int n) {
            requireReps("reps");
            reps = n;
            return this;
        }

        /** Repetitions: duration of one, standing to standing (default 2.4 s, lunge 3.0 s). */
        public Builder repSeconds(double s) {
            requireReps("rep duration");
            repSeconds = s;
            return this;
        }

        /** Repetitions: standing (or single-leg hold) between two (default 1.0 s). */
        public Builder pauseSeconds(double s) {
            requireReps("pause");
            pauseSeconds = s;
            return this;
        }

        /** Repetitions: quiet standing before the first and after the last (default 1.0 s). */
        public Builder standingSeconds(double s) {
            requireReps("standing time");
            standingSeconds = s;
            return this;
        }

        /** Repetitions: mid-hip descent at the bottom, fraction of L (default 0.30 squat, 0.40 lunge, 0.20 SLS). */
        public Builder depthFraction(double f) {
            requireReps("depth");
            depth = f;
            return this;
        }

        /** Lunge: forward step of the front foot, fraction of L (default 0.9). */
        public Builder lungeStepFraction(double f) {
            if (kind != Kind.LUNGE) {
                throw new IllegalStateException("lunge step applies to lunges only");
            }
            lungeStep = f;
            return this;
        }

        /** Single-leg stance: each hold with the foot fully lifted, seconds (default 5). */
        public Builder holdSeconds(double s) {
            if (kind != Kind.STANCE) {
                throw new IllegalStateException("hold time applies to the single-leg stance only");
            }
            holdSeconds = s;
            return this;
        }

        // ---- angles ----

        /**
         * CPD with {@code stance} as stance side, degrees, + = drop of the other hip: the peak at each of its
         * mid-stances (frontal gait), at each bottom (single-leg squat, stance leg only), or through each hold on
         * that leg (single-leg stance).
         */
        public Builder cpdDeg(Side stance, double deg) {
            requireFrontal("CPD");
            if (kind == Kind.SQUAT || kind == Kind.LUNGE) {
                throw new IllegalStateException("CPD is prescribed for gait and single-leg squats only");
            }
            if (kind == Kind.SINGLE_LEG_SQUAT && stance != side) {
                throw new IllegalArgumentException("a single-leg squat on " + side + " has CPD with " + side
                        + " as stance only");
            }
            cpd = cpd.with(requireSide(stance), deg);
            return this;
        }

        /** Knee FPPA of this side, degrees, + = valgus: at its mid-stances (gait) or at each bottom. */
        public Builder fppaDeg(Side knee, double deg) {
            requireFrontal("FPPA");
            fppa = fppa.with(requireSide(knee), deg);
            return this;
        }

        /**
         * Trunk lean towards this side, degrees: at its mid-stances (gait), or at each bottom (repetitions; leans
         * given for both sides add up to a net lean towards the left of left - right).
         */
        public Builder trunkLeanDeg(Side towards, double deg) {
            requireFrontal("trunk lean");
            lean = lean.with(requireSide(towards), deg);
            return this;
        }

        public SyntheticTrack generate() {
            Recording rec = new Recording(view, fps, jitter, widthPx, heightPx, bodyHeightPx, rollDeg, noisePx, seed,
                    confidence, lowConfidenceFrames, lowConfidence, gaps);
            BodyModel body = new BodyModel(bodyHeightPx);
            Stage stage = Stage.centred(view, widthPx, heightPx, body);
            Motion.Generator generator = switch (kind) {
                case WALK, RUN -> new FrontalGait(gaitSpec(), body, stage);
                case SAGITTAL_WALK -> new SagittalGait(gaitSpec(), body, stage);
                case STANCE -> new SingleLegHolds(holdSeconds, standingSeconds, cpd, lean, body, stage);
                case SQUAT, LUNGE, SINGLE_LEG_SQUAT -> new Repetitions(new RepSpec(kind.task, side, reps, repSeconds,
                        pauseSeconds, standingSeconds, depth, lungeStep, cpd, fppa, lean, alternate), body, stage);
            };
            FrameClock clock = new FrameClock(FrameClock.framesFor(generator.durationSeconds(), fps), fps, jitter,
                    new Random(seed ^ TIME_SALT));
            for (Gap g : gaps) {
                if (g.toFrame() >= clock.frames()) {
                    throw new IllegalArgumentException("gap " + g.fromFrame() + ".." + g.toFrame() + " beyond the last"
                            + " frame " + (clock.frames() - 1));
                }
            }
            Motion motion = generator.generate(clock);
            List<FramePose> noiseFree = new ArrayList<>(clock.frames());
            for (int i = 0; i < clock.frames(); i++) {
                Pose p = Corruptions.rolled(motion.poses().get(i), rollDeg, widthPx, heightPx, confidence);
                noiseFree.add(new FramePose(i, clock.time(i), p));
            }
            List<EventTruth> events = motion.events().stream().map(e -> EventTruth.read(e.kind(), e.side(),
                    e.startFrame(), e.peakFrame(), e.endFrame(), noiseFree, body.thighPx())).toList();
            Truth truth = new Truth(kind.task, view, body, rollDeg, widthPx, heightPx, events, motion.footContacts(),
                    motion.stepCount(), motion.cadenceStepsPerMin(), kind.gait() ? 0 : events.size(), noiseFree);
            return new SyntheticTrack(Corruptions.recorded(noiseFree, rec), truth);
        }

        private GaitSpec gaitSpec() {
            return new GaitSpec(kind == Kind.RUN, cadence, stanceFraction, steps, firstFoot, clearance, dip, sway,
                    footHalfWidth, stepLength, cpd, fppa, lean);
        }

        private void requireGait(String what) {
            if (!kind.gait()) {
                throw new IllegalStateException(what + " applies to gait tracks only");
            }
        }

        private void requireFrontalGait(String what) {
            if (kind != Kind.WALK && kind != Kind.RUN) {
                throw new IllegalStateException(what + " applies to frontal gait tracks only");
            }
        }

        private void requireReps(String what) {
            if (kind.gait()) {
                throw new IllegalStateException(what + " applies to repetition tracks only");
            }
        }

        private void requireFrontal(String what) {
            if (kind == Kind.SAGITTAL_WALK) {
                throw new IllegalStateException(what + " is a frontal-plane angle: not prescribed in a sagittal view");
            }
        }
    }
}
