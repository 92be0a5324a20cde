package org.medius.export.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.medius.analysis.AnalysedFrame;
import org.medius.analysis.Analysis;
import org.medius.model.Keypoint;
import org.medius.model.Pose;
import org.medius.signal.SampleTiming;

/**
 * Plain advice on the recording, from what the analysis measured: a frame rate under 50 frames/s, a camera tilted
 * by more than 3 degrees, or a person whose hip-to-ankle height is under a third of the picture height. Each is one
 * sentence; a good recording gets none.
 */
final class CameraAdvice {
    /** Below this, quick movements fall between frames (docs/measurement.md asks for 60 frames/s for gait). */
    static final double MIN_FRAME_RATE_HZ = 50;
    /** A larger camera roll was corrected, but a level camera avoids the correction's error. */
    static final double MAX_ROLL_DEG = 3;
    /**
     * The standing hip-to-ankle height (90th percentile over frames, so squats and strides do not shrink it) should be
     * at least this fraction of the picture height: hip to ankle is about half of body height (Winter 2009), so
     * 0.2 is a person filling about 40 % of the frame height. A Medius choice: below it a keypoint error of a few
     * pixels becomes a large angle error.
     */
    static final double MIN_LEG_FRACTION = 0.2;

    private CameraAdvice() {
    }

    static List<String> of(Analysis a) {
        List<String> advice = new ArrayList<>();
        double rateHz = frameRateHz(a);
        if (rateHz < MIN_FRAME_RATE_HZ) {
            advice.add(String.format(Locale.ROOT, "The video has %.0f frames/s: record at 60 frames/s or more so"
                    + " that the fastest part of each movement is not missed between frames.", rateHz));
        }
        if (Math.abs(a.roll().rollDeg()) > MAX_ROLL_DEG) {
            advice.add(String.format(Locale.ROOT, "The camera was tilted by %.1f\u00b0 (the angles were corrected"
                    + " for it): level the camera, for example on a tripod with a spirit level.", a.roll().rollDeg()));
        }
        double legFraction = standingLegHeightPx(a) / a.video().heightPx();
        if (legFraction < MIN_LEG_FRACTION) {
            advice.add(String.format(Locale.ROOT, "The person was small in the picture (hip to ankle %.0f%% of the"
                    + " picture height): move the camera closer so that the whole body fills most of the frame"
                    + " height.", 100 * legFraction));
        }
        return advice;
    }

    /** The frame rate of the real timestamps (the median interval); NaN with fewer than two frames. */
    static double frameRateHz(Analysis a) {
        if (a.frames().size() < 2) {
            return Double.NaN;
        }
        return SampleTiming.of(a.frames().stream().mapToDouble(AnalysedFrame::timestampSeconds).toArray()).rateHz();
    }

    /**
     * The 90th percentile over frames of the vertical distance from the mid-hip to the mid-ankle (the person
     * standing), pixels; NaN when never seen.
     */
    static double standingLegHeightPx(Analysis a) {
        double[] heights = a.frames().stream().mapToDouble(f -> legHeightPx(f.filteredPose()))
                .filter(Double::isFinite).sorted().toArray();
        if (heights.length == 0) {
            return Double.NaN;
        }
        return heights[(int) Math.min(heights.length - 1, Math.floor(0.9 * (heights.length - 1)))];
    }

    private static double legHeightPx(Pose p) {
        double hip = (p.yPx(Keypoint.LEFT_HIP) + p.yPx(Keypoint.RIGHT_HIP)) / 2;
        double ankle = (p.yPx(Keypoint.LEFT_ANKLE) + p.yPx(Keypoint.RIGHT_ANKLE)) / 2;
        return Math.abs(ankle - hip);
    }
}
