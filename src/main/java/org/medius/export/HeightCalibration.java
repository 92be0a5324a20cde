package org.medius.export;

import java.util.ArrayList;
import java.util.List;
import org.medius.analysis.AnalysedFrame;
import org.medius.analysis.Analysis;
import org.medius.model.Keypoint;
import org.medius.model.Pose;
import org.medius.signal.Quantiles;

/**
 * Turns pixels into metres from the person's standing height, given by the user, for the TRC export.
 * <p>
 * Assumption: the leg (hip to knee plus knee to ankle) is {@value #LEG_FRACTION_OF_HEIGHT} of standing height,
 * the thigh (0.245 H) plus shank (0.246 H) segment lengths of Winter's anthropometric table (Winter, Biomechanics
 * and Motor Control of Human Movement, 4th ed. 2009, fig. 4.1). The leg's pixel length is the median, over every
 * frame and both sides where hip, knee and ankle were found, of |hip - knee| + |knee - ankle| on the filtered
 * keypoints. Summing the two segments keeps a bent knee from shortening the leg; the median keeps occasional
 * bad frames out.
 * <p>
 * Where it goes wrong, and in which direction: a leg turned out of the image plane is foreshortened, so its
 * pixel length is too short and the metres too large; the model's hip keypoint is not the anatomical hip centre
 * (docs/measurement.md quotes 30-50 mm); a person's proportions differ from the table's average; and one scale
 * holds only at the person's distance from the camera. Metres here are an approximate scale for a single plane,
 * not a calibrated measurement.
 *
 * @param standingHeightM the person's standing height in metres, as given by the user
 */
public record HeightCalibration(double standingHeightM) {
    /** Thigh plus shank length as a fraction of standing height (Winter 2009). */
    public static final double LEG_FRACTION_OF_HEIGHT = 0.491;

    public HeightCalibration {
        if (!(standingHeightM > 0.5 && standingHeightM < 2.6)) {
            throw new IllegalArgumentException("a standing height in metres between 0.5 and 2.6 is expected, not "
                    + standingHeightM + " (give it in metres, e.g. 1.72)");
        }
    }

    /**
     * @return metres per pixel for this analysis
     * @throws IllegalArgumentException when no frame shows a whole leg, so no scale can be measured
     */
    public double metresPerPixel(Analysis analysis) {
        return standingHeightM * LEG_FRACTION_OF_HEIGHT / legLengthPx(analysis);
    }

    /** The median thigh-plus-shank length in pixels over every frame and both sides that show a whole leg. */
    public static double legLengthPx(Analysis analysis) {
        List<Double> lengths = new ArrayList<>();
        for (AnalysedFrame f : analysis.frames()) {
            addLeg(lengths, f.filteredPose(), Keypoint.LEFT_HIP, Keypoint.LEFT_KNEE, Keypoint.LEFT_ANKLE);
            addLeg(lengths, f.filteredPose(), Keypoint.RIGHT_HIP, Keypoint.RIGHT_KNEE, Keypoint.RIGHT_ANKLE);
        }
        if (lengths.isEmpty()) {
            throw new IllegalArgumentException("no frame shows a whole leg (hip, knee and ankle), so the height"
                    + " calibration cannot be measured; leave out --height-m to export in pixels");
        }
        double[] v = lengths.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        return Quantiles.ofSorted(v, 0.5);
    }

    private static void addLeg(List<Double> out, Pose p, Keypoint hip, Keypoint knee, Keypoint ankle) {
        double len = Math.hypot(p.xPx(hip) - p.xPx(knee), p.yPx(hip) - p.yPx(knee))
                + Math.hypot(p.xPx(knee) - p.xPx(ankle), p.yPx(knee) - p.yPx(ankle));
        if (Double.isFinite(len) && len > 0) {
            out.add(len);
        }
    }
}
