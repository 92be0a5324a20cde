package org.medius.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.medius.events.BodyTracks;
import org.medius.events.EventDetection;
import org.medius.events.EventDetector;
import org.medius.events.FrameViewCues;
import org.medius.events.FrontalPlaneFrames;
import org.medius.events.RepetitionDetector;
import org.medius.events.ViewDetector;
import org.medius.events.ViewEstimate;
import org.medius.kinematics.FppaReliability;
import org.medius.kinematics.HipAdduction;
import org.medius.kinematics.KneeFppa;
import org.medius.kinematics.PelvicObliquity;
import org.medius.kinematics.RollCorrection;
import org.medius.kinematics.TrunkLean;
import org.medius.model.FramePose;
import org.medius.model.Keypoint;
import org.medius.model.PelvisMarkerTrack;
import org.medius.model.PelvisSource;
import org.medius.model.Pose;
import org.medius.model.Side;
import org.medius.model.Task;
import org.medius.model.VideoMetadata;
import org.medius.pose.SwapRepair;
import org.medius.score.ScoreResult;
import org.medius.score.WeaknessScoring;
import org.medius.signal.FilterSettings;
import org.medius.signal.KeypointTrackFilter.FilteredTrack;
import org.medius.signal.KeypointTrackFilter;
import org.medius.signal.SampleTiming;

/**
 * From the pose of every frame to an {@link Analysis}, in this order: left/right swap repair on the raw poses
 * ({@link SwapRepair}); the signal stages on each keypoint coordinate (gate, gap fill, Hampel, zero-lag
 * Butterworth, on the real timestamps); camera-roll correction of the filtered keypoints ({@link RollChoice});
 * the angles. Pure: no video, no model, no I/O.
 */
public final class AnalysisPipeline {
    /**
     * Said with every walking or running pelvic drop measured from the pose model's hips: on the rendered walks the
     * model's hip line follows 10-25 % of the true pelvic tilt (docs/evaluation.md, "Rendered samples"), so the drop
     * reads low.
     */
    public static final String MARKERLESS_PELVIC_DROP_NOTE = "Pelvic drop measured without markers reads low in"
            + " walking and running (the pose model keeps the hips nearly level): use it to compare the two sides, not"
            + " as the true size of the drop. Two skin markers on the pelvis give a measurement"
            + " (analyze --markers pelvis, or Edit > Pelvis Markers in the viewer).";

    /** The cut-off used when the asked one is not below 0.4 x the frame rate, as a fraction of the rate. */
    static final double LOWERED_CUTOFF_FRACTION = 0.35;
    private static final Keypoint[] LOWER_LIMBS = {Keypoint.LEFT_HIP, Keypoint.RIGHT_HIP, Keypoint.LEFT_KNEE,
        Keypoint.RIGHT_KNEE, Keypoint.LEFT_ANKLE, Keypoint.RIGHT_ANKLE};

    /** The fewest frames an analysis takes: angles need a track, events a rise and a fall (issue 19). */
    static final int MIN_FRAMES = 3;

    private AnalysisPipeline() {
    }

    public static Analysis analyse(List<FramePose> poses, VideoMetadata video, String model, String softwareVersion,
            AnalysisSettings settings) throws NoPersonException {
        try {
            return analyse(poses, video, model, softwareVersion, settings, KeypointPins.none(), Progress.NONE, 0, 1);
        } catch (AnalysisCancelledException e) {
            throw new IllegalStateException("Progress.NONE never cancels", e);
        }
    }

    /** The same, keeping keypoints placed by hand where they were put (see {@link KeypointPins}). */
    public static Analysis analyse(List<FramePose> poses, VideoMetadata video, String model, String softwareVersion,
            AnalysisSettings settings, KeypointPins pins) throws NoPersonException {
        return analyse(poses, null, video, model, softwareVersion, settings, pins);
    }

    /** The same, with the pelvis markers of every frame (null: none tracked); see the full form below. */
    public static Analysis analyse(List<FramePose> poses, PelvisMarkerTrack markers, VideoMetadata video,
            String model, String softwareVersion, AnalysisSettings settings, KeypointPins pins)
            throws NoPersonException {
        try {
            return analyse(poses, markers, video, model, softwareVersion, settings, pins, Progress.NONE, 0, 1);
        } catch (AnalysisCancelledException e) {
            throw new IllegalStateException("Progress.NONE never cancels", e);
        }
    }

    public static Analysis analyse(List<FramePose> modelPoses, VideoMetadata video, String model,
            String softwareVersion, AnalysisSettings settings, Progress progress, double progressFrom,
            double progressTo) throws NoPersonException, AnalysisCancelledException {
        return analyse(modelPoses, video, model, softwareVersion, settings, KeypointPins.none(), progress,
                progressFrom, progressTo);
    }

    /**
     * @param pins         keypoints placed by hand: their filtered position is the position given
     * @param progressFrom overall progress when this stage starts (the pose stage comes before it)
     * @param progressTo   overall progress when it ends
     */
    public static Analysis analyse(List<FramePose> modelPoses, VideoMetadata video, String model,
            String softwareVersion, AnalysisSettings settings, KeypointPins pins, Progress progress,
            double progressFrom, double progressTo) throws NoPersonException, AnalysisCancelledException {
        return analyse(modelPoses, null, video, model, softwareVersion, settings, pins, progress, progressFrom,
                progressTo);
    }

    /**
     * @param markers the pelvis skin markers of every frame (the video stage's marker tracker), used when the
     *                settings ask for {@link MarkerMode#PELVIS}; null: none were tracked (every frame then reads
     *                its pelvis from the hip keypoints, and a note says so)
     */
    public static Analysis analyse(List<FramePose> modelPoses, PelvisMarkerTrack markers, VideoMetadata video,
            String model, String softwareVersion, AnalysisSettings settings, KeypointPins pins, Progress progress,
            double progressFrom, double progressTo) throws NoPersonException, AnalysisCancelledException {
        int n = modelPoses.size();
        if (n < MIN_FRAMES) {
            throw new NoPersonException(String.format(Locale.ROOT, "%s has only %d frame%s: %s no movement to"
                    + " measure. Record the whole movement as a video: a few seconds, at least %d frames.",
                    video.fileName(), n, n == 1 ? "" : "s", n == 1 ? "a single picture shows" : "so few pictures show",
                    MIN_FRAMES));
        }
        int withPerson = countFramesWithPerson(modelPoses, settings.filter().confidenceThreshold());
        if (withPerson == 0) {
            throw new NoPersonException("No person was found in " + video.fileName() + " (" + n + " frames): the"
                    + " hips, knees and ankles were never seen with confidence. Film the whole body, well lit,"
                    + " with the person filling at least a third of the frame height.");
        }
        if (withPerson < settings.minPersonFraction() * n || withPerson < 3) {
            throw new NoPersonException(String.format(Locale.ROOT, "The person was found on only %d of %d frames"
                    + " of %s (%.0f%%; at least %.0f%% are needed). Film the whole body in view for the whole clip.",
                    withPerson, n, video.fileName(), 100.0 * withPerson / n, 100 * settings.minPersonFraction()));
        }
        progress.update("Repairing left/right swaps", progressFrom);
        SwapRepair.Result repaired = SwapRepair.repair(modelPoses);
        List<FramePose> poses = repaired.poses();
        boolean[] swapped = repaired.swapped();
        double[] times = new double[n];
        for (int i = 0; i < n; i++) {
            times[i] = poses.get(i).timestampSeconds();
        }
        List<String> warnings = new ArrayList<>();
        FilterSettings filter = settings.filter();
        double rateHz = SampleTiming.of(times).rateHz();
        if (filter.cutoffHz() >= 0.4 * rateHz) {
            double lowered = LOWERED_CUTOFF_FRACTION * rateHz;
            warnings.add(String.format(Locale.ROOT, "The video has %.1f frames/s, too few for a %.1f Hz low-pass"
                    + " filter (it must stay below 0.4 x the frame rate); %.2f Hz was used. Record at 60 frames/s or"
                    + " more for gait.", rateHz, filter.cutoffHz(), lowered));
            filter = new FilterSettings(settings.filter().confidenceThreshold(), settings.filter().maxGapSeconds(),
                    settings.filter().hampelHalfWindow(), lowered);
        }
        FilteredTrack[] xs = new FilteredTrack[Keypoint.COUNT];
        FilteredTrack[] ys = new FilteredTrack[Keypoint.COUNT];
        for (Keypoint k : Keypoint.values()) {
            if (progress.cancelled()) {
                throw new AnalysisCancelledException();
            }
            progress.update("Filtering keypoints", progressFrom + (progressTo - progressFrom) * 0.9 * k.ordinal() / Keypoint.COUNT);
            double[] x = new double[n];
            double[] y = new double[n];
            double[] c = new double[n];
            for (int i = 0; i < n; i++) {
                Pose p = poses.get(i).pose();
                x[i] = p.xPx(k);
                y[i] = p.yPx(k);
                c[i] = p.confidence(k);
            }
            xs[k.ordinal()] = KeypointTrackFilter.apply(x, c, times, filter);
            ys[k.ordinal()] = KeypointTrackFilter.apply(y, c, times, filter);
        }
        List<Pose> filtered = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            filtered.add(filteredPose(poses.get(i).pose(), xs, ys, i));
        }
        if (!pins.isEmpty()) {
            pin(pins, poses, swapped, filtered, xs, ys);
        }
        RollCorrection roll = roll(settings.roll(), settings.task(), filtered, times, warnings);
        if (roll.rollDeg() != 0) {
            filtered.replaceAll(p -> roll.correct(p, video.widthPx(), video.heightPx()));
        }
        // the view comes from the swap-repaired model poses: the detector weighs confidences itself
        ViewDetector viewDetector = new ViewDetector();
        List<FrameViewCues> viewCues = viewDetector.cues(poses);
        ViewEstimate view = viewDetector.estimate(poses, settings.view(), viewCues);
        boolean[] frontalPlane = FrontalPlaneFrames.of(poses, view, viewCues);
        double standingLeft = FppaReliability.standingThighLengthPx(filtered, Side.LEFT);
        double standingRight = FppaReliability.standingThighLengthPx(filtered, Side.RIGHT);
        List<Pose> pelvis = settings.markers() == MarkerMode.PELVIS
                ? MarkerPelvis.poses(markers, poses, times, filter, roll, video, warnings) : null;
        List<AnalysedFrame> frames = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            Pose f = filtered.get(i);
            FramePose raw = poses.get(i);
            Pose pelvisPose = pelvis == null ? null : pelvis.get(i);
            PelvisSource source = pelvisPose == null ? PelvisSource.KEYPOINTS : PelvisSource.MARKERS;
            double obliquity = PelvicObliquity.obliquityDeg(pelvisPose == null ? f : pelvisPose);
            frames.add(new AnalysedFrame(raw.frameIndex(), raw.timestampSeconds(), modelPoses.get(i).pose(), f,
                    flags(xs, ys, i), swapped[i], frontalPlane[i] ? angles(f, obliquity, standingLeft, standingRight)
                            : FrameAngles.notFrontal(), source,
                    markers == null || settings.markers() != MarkerMode.PELVIS ? null : markers.frames().get(i)));
        }
        progress.update("Finding steps or repetitions", progressFrom + (progressTo - progressFrom) * 0.95);
        EventDetection events = events(settings.task(), BodyTracks.of(filtered, times), view);
        List<EventMeasures> measures = EventMetrics.measure(events.events(), frames,
                settings.task() == Task.SQUAT);
        EventMetrics.fppaLeftOutNote(measures, switch (settings.task()) {
            case WALK, RUN -> "stances";
            case SQUAT -> "knee readings (two per repetition)";
            case LUNGE, SINGLE_LEG_SQUAT -> "repetitions";
            case STANCE -> "holds";
        })
                .ifPresent(warnings::add);
        if ((settings.task() == Task.WALK || settings.task() == Task.RUN)
                && measures.stream().anyMatch(m -> Double.isFinite(m.cpdPeakDeg()))
                && frames.stream().noneMatch(f -> f.pelvisSource() == PelvisSource.MARKERS)) {
            warnings.add(MARKERLESS_PELVIC_DROP_NOTE);
        }
        ScoreResult score = WeaknessScoring.score(settings.task(), settings.scoring(),
                measures.stream().map(EventMetrics::values).toList(), settings.references());
        progress.update("Done", progressTo);
        return new Analysis(video, settings, filter.cutoffHz(), roll, view, softwareVersion, model, frames, withPerson,
                events, measures, score, warnings);
    }

    static EventDetection events(Task task, BodyTracks body, ViewEstimate view) {
        return switch (task) {
            case WALK -> EventDetector.gait(body, view.overall(), EventDetector.MIN_WALKING_CADENCE);
            case RUN -> EventDetector.gait(body, view.overall(), EventDetector.MIN_RUNNING_CADENCE);
            case SQUAT -> EventDetector.repetitions(body, RepetitionDetector.Legs.BOTH);
            case LUNGE -> EventDetector.repetitions(body, RepetitionDetector.Legs.FRONT_LEG);
            case SINGLE_LEG_SQUAT -> EventDetector.repetitions(body, RepetitionDetector.Legs.STANCE_LEG);
            case STANCE -> EventDetector.holds(body);
        };
    }

    /** An estimate larger than this is more likely a foot off the ground than a tilted phone: reported, not applied. */
    static final double MAX_AUTO_ROLL_DEG = 10;

    private static RollCorrection roll(RollChoice choice, Task task, List<Pose> filtered, double[] times,
            List<String> warnings) {
        switch (choice.mode()) {
            case NONE:
                return RollCorrection.none();
            case USER:
                return RollCorrection.user(choice.userRollDeg());
            default:
                if (task == Task.SINGLE_LEG_SQUAT || task == Task.LUNGE || task == Task.STANCE) {
                    warnings.add("Camera roll is not estimated for a " + task.cliName() + " (the feet are not side by"
                            + " side on the floor); no roll correction was applied. Give it with --roll DEGREES if"
                            + " the camera was tilted.");
                    return RollCorrection.none();
                }
                RollEstimator.Estimate estimate = RollEstimator.estimate(filtered, times);
                if (!estimate.found()) {
                    warnings.add(estimate.explanation() + ". Use --roll DEGREES if the camera was tilted.");
                    return RollCorrection.none();
                }
                if (Math.abs(estimate.correction().rollDeg()) > MAX_AUTO_ROLL_DEG) {
                    warnings.add(String.format(Locale.ROOT, "The feet suggest a camera roll of %.1f degrees, more than"
                            + " a tilted phone usually gives; it was not applied. Check the video and give the roll"
                            + " with --roll DEGREES if the camera really was tilted.", estimate.correction().rollDeg()));
                    return RollCorrection.none();
                }
                warnings.add(estimate.explanation() + ".");
                return estimate.correction();
        }
    }

    /**
     * Whether the person is seen on enough of {@code poses} for an analysis with {@code settings} (the rule that
     * otherwise gives a {@link NoPersonException}): at least the settings' share of the frames, and 3.
     */
    public static boolean personSeenEnough(List<FramePose> poses, AnalysisSettings settings) {
        int seen = framesWithPerson(poses, settings);
        return seen >= 3 && seen >= settings.minPersonFraction() * poses.size();
    }

    /** The frames of {@code poses} on which the hips, knees and ankles are seen with the settings' confidence. */
    public static int framesWithPerson(List<FramePose> poses, AnalysisSettings settings) {
        return countFramesWithPerson(poses, settings.filter().confidenceThreshold());
    }

    static int countFramesWithPerson(List<FramePose> poses, double threshold) {
        int count = 0;
        for (FramePose fp : poses) {
            boolean all = true;
            for (Keypoint k : LOWER_LIMBS) {
                all &= fp.pose().confidence(k) >= threshold && Double.isFinite(fp.pose().xPx(k));
            }
            count += all ? 1 : 0;
        }
        return count;
    }

    /**
     * Puts each pinned keypoint back where the person placed it and clears its filter flags. A pin names the
     * keypoint as labelled before swap repair; on a frame whose labels were exchanged it is the mirrored slot.
     */
    private static void pin(KeypointPins pins, List<FramePose> poses, boolean[] swapped, List<Pose> filtered,
            FilteredTrack[] xs, FilteredTrack[] ys) {
        for (int i = 0; i < poses.size(); i++) {
            FramePose fp = poses.get(i);
            Pose f = filtered.get(i);
            double[] x = new double[Keypoint.COUNT];
            double[] y = new double[Keypoint.COUNT];
            double[] c = new double[Keypoint.COUNT];
            boolean any = false;
            for (Keypoint k : Keypoint.values()) {
                Keypoint slot = swapped[i] ? k.mirrored() : k;
                boolean pinned = pins.pinned(fp.frameIndex(), k) && Double.isFinite(fp.pose().xPx(slot));
                x[slot.ordinal()] = pinned ? fp.pose().xPx(slot) : f.xPx(slot);
                y[slot.ordinal()] = pinned ? fp.pose().yPx(slot) : f.yPx(slot);
                c[slot.ordinal()] = f.confidence(slot);
                if (pinned) {
                    any = true;
                    for (FilteredTrack t : new FilteredTrack[] {xs[slot.ordinal()], ys[slot.ordinal()]}) {
                        t.gated()[i] = false;
                        t.gapFilled()[i] = false;
                        t.outlierReplaced()[i] = false;
                    }
                }
            }
            if (any) {
                filtered.set(i, Pose.of(x, y, c));
            }
        }
    }

    private static Pose filteredPose(Pose raw, FilteredTrack[] xs, FilteredTrack[] ys, int i) {
        double[] x = new double[Keypoint.COUNT];
        double[] y = new double[Keypoint.COUNT];
        double[] c = new double[Keypoint.COUNT];
        for (Keypoint k : Keypoint.values()) {
            x[k.ordinal()] = xs[k.ordinal()].values()[i];
            y[k.ordinal()] = ys[k.ordinal()].values()[i];
            c[k.ordinal()] = raw.confidence(k);
        }
        return Pose.of(x, y, c);
    }

    private static List<KeypointFlags> flags(FilteredTrack[] xs, FilteredTrack[] ys, int i) {
        List<KeypointFlags> out = new ArrayList<>(Keypoint.COUNT);
        for (Keypoint k : Keypoint.values()) {
            FilteredTrack x = xs[k.ordinal()];
            FilteredTrack y = ys[k.ordinal()];
            out.add(new KeypointFlags(x.gated()[i] || y.gated()[i], x.gapFilled()[i] || y.gapFilled()[i],
                    x.outlierReplaced()[i] || y.outlierReplaced()[i]));
        }
        return out;
    }

    private static FrameAngles angles(Pose p, double obliquityDeg, double standingLeftPx, double standingRightPx) {
        return new FrameAngles(true, obliquityDeg,
                KneeFppa.fppaDeg(p, Side.LEFT), KneeFppa.fppaDeg(p, Side.RIGHT),
                KneeFppa.fpkd(p, Side.LEFT), KneeFppa.fpkd(p, Side.RIGHT),
                FppaReliability.isReliable(p, Side.LEFT, standingLeftPx),
                FppaReliability.isReliable(p, Side.RIGHT, standingRightPx),
                TrunkLean.leanTowardsLeftDeg(p),
                HipAdduction.adductionDeg(p, Side.LEFT), HipAdduction.adductionDeg(p, Side.RIGHT));
    }
}
