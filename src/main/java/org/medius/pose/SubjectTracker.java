package org.medius.pose;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import org.medius.model.Pose;
import org.medius.model.SubjectHint;

/**
 * MoveNet that stays on one subject when several people are in view.
 *
 * <p><b>Choosing the subject.</b> Until a subject is chosen, each frame is searched with the model on the whole
 * frame (padded) and on a 3 x 3 grid of overlapping squares ({@link SubjectCrops}); every result with a
 * confident torso is a candidate, duplicates are merged and {@link SubjectSelection} picks the subject: the
 * largest and most central person, or the one at the user's {@link SubjectHint}. Frames before that are
 * {@link SubjectStatus#MISSING} (e.g. a hint given for a person who walks in later).
 *
 * <p><b>Following it.</b> Each frame is cropped with MoveNet's rule around the subject's last accepted pose
 * ({@link CropTracking}) and the result is accepted only if {@link SubjectGate} finds it consistent with the
 * subject's track (position, size and shape, scaled by the torso length and the real time elapsed). Otherwise
 * the model is run again on a square around the predicted position and, every third missing frame, on the grid
 * squares within the (growing) search radius; only a candidate that passes the gate is taken, the nearest to the
 * prediction, never simply the most central other person. The frame on which the subject is lost is searched
 * in full; the following missing frames spend from the {@link SearchBudget}: right after a loss the saved credits
 * keep searching every frame as before, and a subject gone for longer is looked for about once a second. When none does, the frame's pose is
 * {@link Pose#empty()} and its status {@link SubjectStatus#MISSING}; the first frame found again is
 * {@link SubjectStatus#REACQUIRED}.
 *
 * <p>Times: {@link #estimate(FrameImage, double)} takes the frame's real timestamp; {@link #estimate(FrameImage)}
 * (the {@link PoseEstimator} call) assumes frames {@code 1 / nominalFps} apart.
 */
public final class SubjectTracker implements PoseEstimator {
    /**
     * While the subject is missing, the grid squares within the search radius are searched too at most this often
     * (s): every third frame at 30 frames/s.
     */
    static final double GRID_SEARCH_EVERY_S = 0.1;
    /**
     * While nobody is chosen, the whole-frame search runs at most this often (s): a person who walks in is found
     * within a third of a second (less than a step) when the budget allows, and the budget spreads the rest.
     */
    static final double SEARCH_INTERVAL_S = 1.0 / 3;
    /** The square searched around the predicted mid-hip has at least this half-side, in torso lengths. */
    static final double SEARCH_HALF_TORSOS = 2.5;
    /** The refined first pose may move its mid-hip by at most this many torso lengths. */
    static final double REFINE_MAX_SHIFT_TORSOS = 0.5;

    private final MoveNetModel model;
    private final boolean ownsModel;
    private final SubjectHint hint;
    private final double nominalFps;
    private SubjectFollower follower = new SubjectFollower();
    private Consumer<SubjectStatus> statusListener = s -> { };
    private BooleanSupplier cancelled = () -> false;
    private SubjectStatus lastStatus = SubjectStatus.MISSING;
    private CropRegion crop;
    private double cropHalfPx;
    private long frames;
    private int inferences;
    private SearchBudget budget = new SearchBudget();
    private double lastSearchTime = Double.NEGATIVE_INFINITY;
    private double lastGridTime = Double.NEGATIVE_INFINITY;
    private long totalInferences;

    /**
     * @param hint       who the subject is; null: the largest, most central person of the first frame with anyone
     * @param nominalFps frame rate assumed by {@link #estimate(FrameImage)}
     */
    public SubjectTracker(MoveNetModel model, boolean ownsModel, SubjectHint hint, double nominalFps) {
        if (!(nominalFps > 0)) {
            throw new IllegalArgumentException("nominal frame rate must be positive: " + nominalFps);
        }
        this.model = Objects.requireNonNull(model);
        this.ownsModel = ownsModel;
        this.hint = hint;
        this.nominalFps = nominalFps;
    }

    /** The largest, most central person; frames assumed 1/30 s apart. */
    public SubjectTracker(MoveNetModel model, boolean ownsModel) {
        this(model, ownsModel, null, 30);
    }

    /** Called with each frame's status, after {@link #estimate}. */
    public void setStatusListener(Consumer<SubjectStatus> listener) {
        this.statusListener = listener == null ? s -> { } : listener;
    }

    /**
     * Asked before every model run: once it says true, the frame's remaining model runs are skipped (the frame then
     * reads {@link SubjectStatus#MISSING}), so that a stop asked for in the middle of a ten-square search waits for
     * one forward pass, not ten. The caller throws the unfinished video's poses away.
     */
    public void setCancelCheck(BooleanSupplier check) {
        this.cancelled = check == null ? () -> false : check;
    }

    /** The status of the frame last estimated ({@link SubjectStatus#MISSING} before any). */
    public SubjectStatus lastStatus() {
        return lastStatus;
    }

    /** Model runs spent on the frame last estimated (1 while tracking; 0 or more while choosing or searching). */
    public int lastInferenceCount() {
        return inferences;
    }

    /** Model runs spent since construction or {@link #reset()}. */
    public long inferenceCount() {
        return totalInferences;
    }

    @Override
    public Pose estimate(FrameImage frame) {
        return estimate(frame, frames / nominalFps);
    }

    /** The subject's pose on {@code frame}, shown at {@code timestampSeconds}; {@link Pose#empty()} when missing. */
    @Override
    public Pose estimate(FrameImage frame, double timestampSeconds) {
        frames++;
        inferences = 0;
        budget.earn(timestampSeconds);
        int w = frame.widthPx();
        int h = frame.heightPx();
        SubjectObservation found;
        SubjectStatus status;
        if (!follower.hasSubject()) {
            found = null;
            List<CropRegion> crops = hint == null ? SubjectCrops.initial(w, h) : SubjectCrops.forHint(hint, w, h);
            // + 1: the refinement of a chosen pose
            if (timestampSeconds - lastSearchTime >= SEARCH_INTERVAL_S - 1e-6 && budget.affords(crops.size() + 1)) {
                lastSearchTime = timestampSeconds;
                found = refine(frame, SubjectSelection.choose(observe(frame, crops), w, h, hint));
                budget.spend(inferences);
            }
            status = found == null ? SubjectStatus.MISSING : follower.start(timestampSeconds, found);
        } else {
            CropRegion trackingCrop = crop;
            boolean charged = follower.isMissing(); // the frame of the loss itself is searched in full
            SubjectFollower.Step step = follower.step(timestampSeconds,
                    () -> trackingCrop == null ? null : observe(frame, trackingCrop),
                    () -> search(frame, timestampSeconds, charged));
            found = step.subject();
            status = step.status();
        }
        if (found != null) {
            crop = CropTracking.next(found.pose(), w, h);
            cropHalfPx = crop.width() * w / 2;
        }
        lastStatus = status;
        statusListener.accept(status);
        return found == null ? Pose.empty() : found.pose();
    }

    /**
     * The chosen subject seen again through MoveNet's own crop around it, as the model is meant to run: the
     * search squares see the person small or cut, and a poor first pose (arms missed, shoulders off) would make
     * the gate reject the good poses of the next frames. The refined pose is taken when its mid-hip stays within
     * {@value #REFINE_MAX_SHIFT_TORSOS} torso lengths of the chosen one, i.e. it is the same person.
     */
    private SubjectObservation refine(FrameImage frame, SubjectObservation chosen) {
        if (chosen == null) {
            return null;
        }
        SubjectObservation refined = observe(frame, CropTracking.next(chosen.pose(), frame.widthPx(), frame.heightPx()));
        boolean samePerson = refined != null
                && refined.distanceTo(chosen.hipX(), chosen.hipY()) <= REFINE_MAX_SHIFT_TORSOS * chosen.torsoPx();
        return samePerson && refined.quality() >= chosen.quality() ? refined : chosen;
    }

    /** The search of a frame on which the tracking crop did not find the subject; paid from the budget when charged. */
    private List<SubjectObservation> search(FrameImage frame, double time, boolean charged) {
        List<CropRegion> crops = searchCrops(time, frame.widthPx(), frame.heightPx());
        if (charged && !budget.affords(crops.size())) {
            return List.of(); // saving up: searched again once the budget pays for the whole search
        }
        if (crops.size() > 1) {
            lastGridTime = time;
        }
        int before = inferences;
        List<SubjectObservation> found = observe(frame, crops);
        if (charged) {
            budget.spend(inferences - before);
        }
        return found;
    }

    private List<CropRegion> searchCrops(double time, int w, int h) {
        double px = follower.predictedX(time);
        double py = follower.predictedY(time);
        double half = Math.max(SEARCH_HALF_TORSOS * follower.torsoPx(), cropHalfPx);
        List<CropRegion> crops = new ArrayList<>();
        crops.add(SubjectCrops.around(px, py, half, w, h));
        double radius = follower.searchRadiusPx(time);
        boolean gridDue = !follower.isMissing() || time - lastGridTime >= GRID_SEARCH_EVERY_S - 1e-9;
        if (gridDue && radius > half / 2) {
            crops.addAll(SubjectCrops.gridNear(px, py, radius, w, h));
        }
        return crops;
    }

    private SubjectObservation observe(FrameImage frame, CropRegion region) {
        if (cancelled.getAsBoolean()) {
            return null;
        }
        inferences++;
        totalInferences++;
        return SubjectObservation.of(model.estimate(frame, region));
    }

    private List<SubjectObservation> observe(FrameImage frame, List<CropRegion> regions) {
        List<SubjectObservation> found = new ArrayList<>();
        for (CropRegion r : regions) {
            SubjectObservation o = observe(frame, r);
            if (o != null) {
                found.add(o);
            }
        }
        return found;
    }

    @Override
    public void reset() {
        follower = new SubjectFollower();
        crop = null;
        cropHalfPx = 0;
        frames = 0;
        inferences = 0;
        totalInferences = 0;
        budget = new SearchBudget();
        lastSearchTime = Double.NEGATIVE_INFINITY;
        lastGridTime = Double.NEGATIVE_INFINITY;
        lastStatus = SubjectStatus.MISSING;
    }

    @Override
    public String modelDescription() {
        return model.variant().displayName() + " (" + model.file().getFileName() + "), subject tracking";
    }

    @Override
    public void close() {
        if (ownsModel) {
            model.close();
        }
    }
}
