package org.medius.session;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.medius.analysis.AnalysisSettings;
import org.medius.analysis.KeypointPins;
import org.medius.model.FramePose;
import org.medius.model.Keypoint;
import org.medius.model.PelvisMarkerFrame;
import org.medius.model.PelvisMarkerTrack;
import org.medius.model.PelvisSource;
import org.medius.model.Pose;
import org.medius.model.Side;
import org.medius.session.Correction.FrameExclusion;
import org.medius.session.Correction.KeypointMove;
import org.medius.session.Correction.MarkerMove;
import org.medius.session.Correction.PelvisMarkers;
import org.medius.session.Correction.RollOverride;
import org.medius.session.Correction.SubjectPick;
import org.medius.session.Correction.ViewOverride;

/**
 * The user's corrections in the order they were made; immutable. Applies them to the pose model's per-frame poses
 * and to the analysis settings, so the (fast) pipeline can be re-run after each correction without the (slow)
 * pose model.
 */
public final class Corrections {
    private static final Corrections NONE = new Corrections(List.of());

    private final List<Correction> list;

    private Corrections(List<Correction> list) {
        this.list = list;
    }

    public static Corrections none() {
        return NONE;
    }

    public static Corrections of(List<Correction> corrections) {
        return corrections.isEmpty() ? NONE : new Corrections(List.copyOf(corrections));
    }

    /** These corrections followed by one more. */
    public Corrections with(Correction c) {
        Objects.requireNonNull(c, "correction");
        List<Correction> l = new ArrayList<>(list.size() + 1);
        l.addAll(list);
        l.add(c);
        return new Corrections(List.copyOf(l));
    }

    /** In the order they were made; unmodifiable. */
    public List<Correction> list() {
        return list;
    }

    public boolean isEmpty() {
        return list.isEmpty();
    }

    public int size() {
        return list.size();
    }

    /**
     * The poses the pipeline should see: a new list, the input is left as it is. Frames inside any
     * {@link FrameExclusion} become {@link Pose#empty()} (same frame index and time); each {@link KeypointMove}
     * sets its keypoint on its frame with confidence 1.0, a later move of the same keypoint on the same frame
     * winning. A move on an excluded frame is ignored (the exclusion wins, whichever came first: the user said
     * the frame shows nothing usable), as is a move or exclusion naming a frame index that is not in the list.
     * Frames are found by {@link FramePose#frameIndex()}, not by position.
     */
    public List<FramePose> applyTo(List<FramePose> modelPoses) {
        List<FrameExclusion> exclusions = new ArrayList<>();
        Map<Integer, List<KeypointMove>> moves = new HashMap<>();
        for (Correction c : list) {
            if (c instanceof FrameExclusion e) {
                exclusions.add(e);
            } else if (c instanceof KeypointMove m) {
                moves.computeIfAbsent(m.frameIndex(), k -> new ArrayList<>()).add(m);
            }
        }
        if (exclusions.isEmpty() && moves.isEmpty()) {
            return List.copyOf(modelPoses);
        }
        List<FramePose> out = new ArrayList<>(modelPoses.size());
        for (FramePose fp : modelPoses) {
            if (excluded(exclusions, fp.frameIndex())) {
                out.add(new FramePose(fp.frameIndex(), fp.timestampSeconds(), Pose.empty()));
            } else {
                List<KeypointMove> m = moves.get(fp.frameIndex());
                out.add(m == null ? fp : new FramePose(fp.frameIndex(), fp.timestampSeconds(), moved(fp.pose(), m)));
            }
        }
        return List.copyOf(out);
    }

    private static boolean excluded(List<FrameExclusion> exclusions, int frameIndex) {
        for (FrameExclusion e : exclusions) {
            if (e.contains(frameIndex)) {
                return true;
            }
        }
        return false;
    }

    private static Pose moved(Pose p, List<KeypointMove> moves) {
        double[] x = new double[Keypoint.COUNT];
        double[] y = new double[Keypoint.COUNT];
        double[] c = new double[Keypoint.COUNT];
        for (Keypoint k : Keypoint.values()) {
            x[k.ordinal()] = p.xPx(k);
            y[k.ordinal()] = p.yPx(k);
            c[k.ordinal()] = p.confidence(k);
        }
        for (KeypointMove m : moves) { // in order: the later move of a keypoint overwrites the earlier one
            int i = m.keypoint().ordinal();
            x[i] = m.xPx();
            y[i] = m.yPx();
            c[i] = 1.0;
        }
        return Pose.of(x, y, c);
    }

    /**
     * The keypoints moved by hand, for the pipeline to keep where they were put; moves on excluded frames are
     * left out, as in {@link #applyTo(List)}.
     */
    public KeypointPins pins() {
        List<FrameExclusion> exclusions = list.stream().filter(FrameExclusion.class::isInstance)
                .map(FrameExclusion.class::cast).toList();
        KeypointPins pins = KeypointPins.none();
        for (Correction c : list) {
            if (c instanceof KeypointMove m && !excluded(exclusions, m.frameIndex())) {
                pins = pins.with(m.frameIndex(), m.keypoint());
            }
        }
        return pins;
    }

    /** The settings with the latest view, roll and marker choices, if any; the input is left as it is. */
    public AnalysisSettings applyTo(AnalysisSettings settings) {
        AnalysisSettings s = settings;
        for (Correction c : list) {
            if (c instanceof ViewOverride v) {
                s = s.withView(v.view());
            } else if (c instanceof RollOverride r) {
                s = s.withRoll(r.roll());
            } else if (c instanceof PelvisMarkers m) {
                s = s.withMarkers(m.mode());
            }
        }
        return s;
    }

    /**
     * The marker track the pipeline should see, frame for frame beside {@code modelPoses} (null stays null): each
     * {@link MarkerMove} puts its marker where the user dropped it and counts it as found, a later move of the same
     * marker on the same frame winning; the frame reads its pelvis from the markers once both are known. Frames
     * inside a {@link FrameExclusion} read nothing from the markers, as they read nothing from the keypoints.
     */
    public PelvisMarkerTrack applyTo(PelvisMarkerTrack markers, List<FramePose> modelPoses) {
        if (markers == null || markers.frames().size() != modelPoses.size()) {
            return markers;
        }
        List<FrameExclusion> exclusions = new ArrayList<>();
        Map<Integer, List<MarkerMove>> moves = new HashMap<>();
        for (Correction c : list) {
            if (c instanceof FrameExclusion e) {
                exclusions.add(e);
            } else if (c instanceof MarkerMove m) {
                moves.computeIfAbsent(m.frameIndex(), k -> new ArrayList<>()).add(m);
            }
        }
        if (exclusions.isEmpty() && moves.isEmpty()) {
            return markers;
        }
        List<PelvisMarkerFrame> out = new ArrayList<>(modelPoses.size());
        for (int i = 0; i < modelPoses.size(); i++) {
            PelvisMarkerFrame f = markers.frames().get(i);
            int frameIndex = modelPoses.get(i).frameIndex();
            if (excluded(exclusions, frameIndex)) {
                out.add(PelvisMarkerFrame.fallback(f.leftXPx(), f.leftYPx(), f.rightXPx(), f.rightYPx(), false,
                        false));
                continue;
            }
            List<MarkerMove> m = moves.get(frameIndex);
            out.add(m == null ? f : moved(f, m));
        }
        return new PelvisMarkerTrack(out, markers.markerHueDeg());
    }

    private static PelvisMarkerFrame moved(PelvisMarkerFrame f, List<MarkerMove> moves) {
        double lx = f.leftXPx();
        double ly = f.leftYPx();
        double rx = f.rightXPx();
        double ry = f.rightYPx();
        boolean ld = f.leftDetected();
        boolean rd = f.rightDetected();
        for (MarkerMove m : moves) { // in order: the later move of a marker overwrites the earlier one
            if (m.side() == Side.LEFT) {
                lx = m.xPx();
                ly = m.yPx();
                ld = true;
            } else {
                rx = m.xPx();
                ry = m.yPx();
                rd = true;
            }
        }
        boolean both = Double.isFinite(lx) && Double.isFinite(ly) && Double.isFinite(rx) && Double.isFinite(ry);
        return new PelvisMarkerFrame(lx, ly, rx, ry, ld, rd,
                both && (f.source() == PelvisSource.MARKERS || (ld && rd)) ? PelvisSource.MARKERS
                        : PelvisSource.KEYPOINTS);
    }

    /** The latest subject pick: the person the pose stage should follow. */
    public Optional<SubjectPick> subject() {
        for (int i = list.size() - 1; i >= 0; i--) {
            if (list.get(i) instanceof SubjectPick p) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Corrections c && list.equals(c.list);
    }

    @Override
    public int hashCode() {
        return list.hashCode();
    }

    @Override
    public String toString() {
        return "Corrections" + list;
    }
}
