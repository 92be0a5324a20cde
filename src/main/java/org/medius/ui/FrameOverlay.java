package org.medius.ui;

import java.util.List;
import javafx.scene.paint.Color;
import org.medius.analysis.Analysis;
import org.medius.export.overlay.BodySide;
import org.medius.export.overlay.OverlayContent;
import org.medius.model.PelvisMarkerFrame;
import org.medius.model.Pose;

/**
 * What the overlay draws on one frame: {@link OverlayContent}, the same pose, trust and labels the overlay video
 * and the report's key frames draw (filtered keypoints with the camera-roll correction undone), in JavaFX colours.
 *
 * @param pose    keypoints in pixels of the displayed frame
 * @param trusted per keypoint: seen with confidence by the model and not filled in by the filter
 * @param labels  pelvis, knee and trunk values beside their joints
 * @param markers the pelvis skin markers on this frame as tracked (and corrected); null when the analysis does not
 *                use markers
 */
record FrameOverlay(Pose pose, boolean[] trusted, List<SkeletonPainter.AngleLabel> labels,
        PelvisMarkerFrame markers) {

    static FrameOverlay of(Analysis analysis, int position) {
        OverlayContent c = OverlayContent.of(analysis, position);
        return new FrameOverlay(c.pose(), c.trusted(), c.labels().stream()
                .map(l -> new SkeletonPainter.AngleLabel(l.text(), l.jointXPx(), l.jointYPx(), colour(l.side()),
                        l.towardsLeftOfJoint()))
                .toList(), analysis.frames().get(position).pelvisMarkers());
    }

    private static Color colour(BodySide side) {
        return switch (side) {
            case LEFT -> SkeletonPainter.LEFT;
            case RIGHT -> SkeletonPainter.RIGHT;
            case CENTRE -> SkeletonPainter.CENTRE;
        };
    }
}
