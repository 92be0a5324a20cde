package org.medius.eval;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.medius.analysis.AnalysedFrame;
import org.medius.analysis.Analysis;
import org.medius.analysis.AnalysisPipeline;
import org.medius.analysis.AnalysisSettings;
import org.medius.analysis.NoPersonException;
import org.medius.analysis.VideoPoses;
import org.medius.events.MovementEvent;
import org.medius.model.Keypoint;
import org.medius.model.Pose;
import org.medius.model.Task;
import org.medius.testing.SharedData;

/**
 * The gait chain on every real walking and running clip of {@code ../shared/data}, against steps counted by eye.
 * Writes {@code target/eval/real-gait.md} (the table of docs/evaluation.md) and, per clip, the per-frame tracks
 * the step detector reads ({@code target/eval/real-gait/NAME.frames.csv}).
 */
class RealGaitEvaluationTest {
    static final List<RealGaitClip> CLIPS = List.of(
            new RealGaitClip("walking-frontal/h36m_toward_away.mp4", Task.WALK, true, -1, -1, Double.NaN),
            new RealGaitClip("walking-frontal/forest_posterior_walk.mp4", Task.WALK, true, -1, -1, Double.NaN),
            new RealGaitClip("walking-frontal/plaza_anterior_walk_cane.mp4", Task.WALK, true, -1, -1, Double.NaN),
            new RealGaitClip("walking-frontal/treadmill_anterior_waist_down.mp4", Task.WALK, true, -1, -1, Double.NaN),
            new RealGaitClip("walking-side/demo4.mp4", Task.WALK, false, -1, -1, Double.NaN),
            new RealGaitClip("running-side/male_side.mp4", Task.RUN, false, -1, -1, 168.9));

    @Test
    void dumpTracks() {
        for (RealGaitClip clip : CLIPS) {
            Path video = SharedData.require(clip.path());
            VideoPoses poses = CachedPoses.of(video);
            Analysis a;
            try {
                a = AnalysisPipeline.analyse(poses.poses(), poses.video(), poses.modelDescription(), "eval",
                    AnalysisSettings.defaults(clip.task()));
            } catch (NoPersonException e) {
                System.out.println(clip.name() + ": " + e.getMessage());
                continue;
            }
            writeFrames(clip, a);
            if (false) {
                var cues = new org.medius.events.ViewDetector().cues(poses.poses());
                for (int i = 300; i < 399; i += 3) {
                    System.out.printf(Locale.ROOT, "    %d plane %.2f ap %.2f side %.2f view %s%n", i, cues.get(i).planeScore(),
                            cues.get(i).anteriorScore(), cues.get(i).leftSideScore(), a.frames().get(i).angles().frontalPlane());
                }
            }
            System.out.printf(Locale.ROOT, "%s: view %s %.2f segments %s roll %.1f steps %d L %d cadence %.1f%n",
                    clip.name(), a.view().overall(), a.view().confidence(), a.view().segments(), a.roll().rollDeg(),
                    a.events().stepCount(), a.events().leftStepCount(), a.events().cadenceStepsPerMin());
            System.out.println("  strikes " + org.medius.events.FrontalStanceDetector.detect(
                    org.medius.events.BodyTracks.of(a.frames().stream().map(f -> f.filteredPose()).toList(),
                            a.frames().stream().mapToDouble(f -> f.timestampSeconds()).toArray())));
            long frontal = a.frames().stream().filter(f -> f.angles().frontalPlane()).count();
            System.out.printf(Locale.ROOT, "  frontal-plane frames %d of %d; notes %s; warnings %s%n", frontal,
                    a.frames().size(), a.events().notes(), a.warnings());
            for (org.medius.analysis.EventMeasures m : a.eventMeasures()) {
                System.out.printf(Locale.ROOT, "  %s %d-%d-%d frontal %s cpd %.1f lean %.1f fppa %.1f%n", m.event().side(),
                        m.event().startFrame(), m.event().keyFrame(), m.event().endFrame(), m.frontalPlane(),
                        m.cpdPeakDeg(), m.trunkLeanPeakDeg(), m.fppaDeg());
            }
            System.out.println("  score " + a.score());
        }
    }

    private static void writeFrames(RealGaitClip clip, Analysis a) {
        StringBuilder s = new StringBuilder("frame,t,view,hipX,hipY,lhX,lhY,rhX,rhY,laX,laY,raX,raY,lkY,rkY,"
                + "confLA,confRA,confLH,confRH,obliq\n");
        for (AnalysedFrame f : a.frames()) {
            Pose p = f.filteredPose();
            Pose r = f.rawPose();
            s.append(String.format(Locale.ROOT, "%d,%.4f,%s,%.1f,%.1f,%.1f,%.1f,%.1f,%.1f,%.1f,%.1f,%.1f,%.1f,%.1f,%.1f,"
                    + "%.2f,%.2f,%.2f,%.2f,%.2f%n", f.frameIndex(), f.timestampSeconds(),
                    a.view().viewAt(f.frameIndex()),
                    (p.xPx(Keypoint.LEFT_HIP) + p.xPx(Keypoint.RIGHT_HIP)) / 2,
                    (p.yPx(Keypoint.LEFT_HIP) + p.yPx(Keypoint.RIGHT_HIP)) / 2,
                    p.xPx(Keypoint.LEFT_HIP), p.yPx(Keypoint.LEFT_HIP), p.xPx(Keypoint.RIGHT_HIP),
                    p.yPx(Keypoint.RIGHT_HIP), p.xPx(Keypoint.LEFT_ANKLE), p.yPx(Keypoint.LEFT_ANKLE),
                    p.xPx(Keypoint.RIGHT_ANKLE), p.yPx(Keypoint.RIGHT_ANKLE), p.yPx(Keypoint.LEFT_KNEE),
                    p.yPx(Keypoint.RIGHT_KNEE), r.confidence(Keypoint.LEFT_ANKLE), r.confidence(Keypoint.RIGHT_ANKLE),
                    r.confidence(Keypoint.LEFT_HIP), r.confidence(Keypoint.RIGHT_HIP), f.angles().pelvicObliquityDeg()));
        }
        try {
            Path dir = EvalReport.DIRECTORY.resolve("real-gait");
            Files.createDirectories(dir);
            Files.writeString(dir.resolve(clip.name().replace(".mp4", ".frames.csv")), s);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
