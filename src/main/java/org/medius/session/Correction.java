package org.medius.session;

import java.util.Locale;
import java.util.Objects;
import org.medius.analysis.MarkerMode;
import org.medius.analysis.RollChoice;
import org.medius.events.ViewChoice;
import org.medius.model.Keypoint;
import org.medius.model.Side;

/**
 * One thing the user changed about an analysis, recorded so that it can be undone, saved and replayed on the
 * model's poses without running the pose model again (except {@link SubjectPick}, see {@link #needsPoseStage()}).
 * Frame numbers are {@link org.medius.model.FramePose#frameIndex()} values; coordinates are pixels of the displayed
 * (upright) frame.
 */
public sealed interface Correction {

    /** What the correction does, in plain words for an Undo menu, e.g. "Exclude frames 40–55". */
    String description();

    /**
     * True when the pose model has to run again before the correction takes effect (only a new subject: the
     * caller re-runs the pose stage with {@link org.medius.model.SubjectHint#point(double, double)}).
     */
    default boolean needsPoseStage() {
        return false;
    }

    /**
     * The user dragged one keypoint on one frame. The moved keypoint gets confidence 1.0: a person saw it there.
     */
    record KeypointMove(int frameIndex, Keypoint keypoint, double xPx, double yPx) implements Correction {
        public KeypointMove {
            if (frameIndex < 0) {
                throw new IllegalArgumentException("a frame index cannot be negative: " + frameIndex);
            }
            Objects.requireNonNull(keypoint, "keypoint");
            if (!Double.isFinite(xPx) || !Double.isFinite(yPx)) {
                throw new IllegalArgumentException("a moved keypoint needs finite coordinates: " + xPx + ", " + yPx);
            }
        }

        @Override
        public String description() {
            return String.format(Locale.ROOT, "Move %s on frame %d to (%.0f, %.0f) px",
                    keypoint.cocoName().replace('_', ' '), frameIndex, xPx, yPx);
        }
    }

    /**
     * Frames the user excludes (someone walks in front, the subject is hidden): they count as frames on which
     * nothing was found, so the filters treat them as missing (gap-filled when short).
     */
    record FrameExclusion(int fromFrame, int toFrameInclusive) implements Correction {
        public FrameExclusion {
            if (fromFrame < 0 || toFrameInclusive < fromFrame) {
                throw new IllegalArgumentException("an exclusion needs 0 <= from <= to, not " + fromFrame + ".."
                        + toFrameInclusive);
            }
        }

        public boolean contains(int frameIndex) {
            return frameIndex >= fromFrame && frameIndex <= toFrameInclusive;
        }

        @Override
        public String description() {
            return fromFrame == toFrameInclusive ? "Exclude frame " + fromFrame
                    : "Exclude frames " + fromFrame + "\u2013" + toFrameInclusive;
        }
    }

    /** The user's say on the camera view, replacing the detected one. */
    record ViewOverride(ViewChoice view) implements Correction {
        public ViewOverride {
            Objects.requireNonNull(view, "view");
        }

        @Override
        public String description() {
            return view == ViewChoice.AUTO ? "View: detected from the video"
                    : "View: " + view.name().toLowerCase(Locale.ROOT).replace('_', ' ');
        }
    }

    /** The user's say on the camera roll: estimated, none, or a number of degrees. */
    record RollOverride(RollChoice roll) implements Correction {
        public RollOverride {
            Objects.requireNonNull(roll, "roll");
        }

        @Override
        public String description() {
            return switch (roll.mode()) {
                case AUTO -> "Camera roll: estimated from the video";
                case NONE -> "Camera roll: none";
                case USER -> String.format(Locale.ROOT, "Camera roll: %.1f\u00b0", roll.userRollDeg());
            };
        }
    }

    /**
     * The user's say on the pelvis skin markers: read pelvic obliquity from two markers on the pelvis
     * ({@link MarkerMode#PELVIS}) or from the hip keypoints ({@link MarkerMode#NONE}). The first time markers are
     * asked for, the video is searched for them once (no pose model); the track is kept with the session.
     */
    record PelvisMarkers(MarkerMode mode) implements Correction {
        public PelvisMarkers {
            Objects.requireNonNull(mode, "mode");
        }

        @Override
        public String description() {
            return mode == MarkerMode.PELVIS ? "Pelvis: from the skin markers" : "Pelvis: from the hip keypoints";
        }
    }

    /**
     * The user dragged one pelvis marker on one frame, where the tracker put it in the wrong place or lost it; the
     * moved marker counts as found there.
     */
    record MarkerMove(int frameIndex, Side side, double xPx, double yPx) implements Correction {
        public MarkerMove {
            if (frameIndex < 0) {
                throw new IllegalArgumentException("a frame index cannot be negative: " + frameIndex);
            }
            Objects.requireNonNull(side, "side");
            if (!Double.isFinite(xPx) || !Double.isFinite(yPx)) {
                throw new IllegalArgumentException("a moved marker needs finite coordinates: " + xPx + ", " + yPx);
            }
        }

        @Override
        public String description() {
            return String.format(Locale.ROOT, "Move the %s pelvis marker on frame %d to (%.0f, %.0f) px",
                    side.name().toLowerCase(Locale.ROOT), frameIndex, xPx, yPx);
        }
    }

    /** The user clicked the person to analyse; the pose stage has to run again to follow that person. */
    record SubjectPick(double xPx, double yPx) implements Correction {
        public SubjectPick {
            if (!Double.isFinite(xPx) || !Double.isFinite(yPx)) {
                throw new IllegalArgumentException("a subject pick needs finite coordinates: " + xPx + ", " + yPx);
            }
        }

        @Override
        public boolean needsPoseStage() {
            return true;
        }

        @Override
        public String description() {
            return String.format(Locale.ROOT, "Subject: the person at (%.0f, %.0f) px", xPx, yPx);
        }
    }
}
