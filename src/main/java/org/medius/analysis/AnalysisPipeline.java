package org.medius.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.medius.kinematics.FppaReliability;
import org.medius.kinematics.HipAdduction;
import org.medius.kinematics.KneeFppa;
import org.medius.kinematics.PelvicObliquity;
import org.medius.kinematics.Side;
import org.medius.kinematics.TrunkLean;
import org.medius.model.FramePose;
import org.medius.model.Keypoint;
import org.medius.model.Pose;
import org.medius.model.VideoMetadata;
import org.medius.signal.FilterSettings;
import org.medius.signal.KeypointTrackFilter;
import org.medius.signal.KeypointTrackFilter.FilteredTrack;
import org.medius.signal.SampleTiming;

/**
 * From the pose of every frame to an {@link Analysis}: each keypoint coordinate goes through the signal stages
 * (gate, gap fill, Hampel, zero-lag Butterworth, on the real timestamps), then the angles are computed on the
 * filtered keypoints. Pure: no video, no model, no I/O.
 */
public final class AnalysisPipeline {
    /** The cut-off used when the asked one is not below 0.4 x the frame rate, as a fraction of the rate. */
    static final double LOWERED_CUTOFF_FRACTION = 0.35;
    private static final Keypoint[] LOWER_LIMBS = {Keypoint.LEFT_HIP, Keypoint.RIGHT_HIP, Keypoint.LEFT_KNEE,
        Keypoint.RIGHT_KNEE, Keypoint.LEFT_ANKLE, Keypoint.RIGHT_ANKLE};

    private AnalysisPipeline() {
    }

    public static Analysis analyse(List<FramePose> poses, VideoMetadata video, String model, String softwareVersion,
            AnalysisSettings settings) throws NoPersonException {
        int n = poses.size();
        int withPerson = countFramesWithPerson(poses, settings.filter().confidenceThreshold());
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
        double standingLeft = FppaReliability.standingThighLengthPx(filtered, Side.LEFT);
        double standingRight = FppaReliability.standingThighLengthPx(filtered, Side.RIGHT);
        List<AnalysedFrame> frames = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            Pose f = filtered.get(i);
            FramePose raw = poses.get(i);
            frames.add(new AnalysedFrame(raw.frameIndex(), raw.timestampSeconds(), raw.pose(), f, flags(xs, ys, i),
                    angles(f, standingLeft, standingRight)));
        }
        return new Analysis(video, settings, filter.cutoffHz(), softwareVersion, model, frames, withPerson, warnings);
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

    private static FrameAngles angles(Pose p, double standingLeftPx, double standingRightPx) {
        return new FrameAngles(PelvicObliquity.obliquityDeg(p),
                KneeFppa.fppaDeg(p, Side.LEFT), KneeFppa.fppaDeg(p, Side.RIGHT),
                KneeFppa.fpkd(p, Side.LEFT), KneeFppa.fpkd(p, Side.RIGHT),
                FppaReliability.isReliable(p, Side.LEFT, standingLeftPx),
                FppaReliability.isReliable(p, Side.RIGHT, standingRightPx),
                TrunkLean.leanTowardsLeftDeg(p),
                HipAdduction.adductionDeg(p, Side.LEFT), HipAdduction.adductionDeg(p, Side.RIGHT));
    }
}
