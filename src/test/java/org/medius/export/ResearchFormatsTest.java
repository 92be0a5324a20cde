package org.medius.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.medius.analysis.AnalysedFrame;
import org.medius.analysis.Analysis;
import org.medius.analysis.AnalysisPipeline;
import org.medius.analysis.AnalysisSettings;
import org.medius.analysis.FrameAngles;
import org.medius.events.View;
import org.medius.events.ViewChoice;
import org.medius.model.Keypoint;
import org.medius.model.Pose;
import org.medius.model.Side;
import org.medius.model.Task;
import org.medius.model.VideoMetadata;
import org.medius.synth.GapFill;
import org.medius.synth.SyntheticTrack;
import org.medius.synth.Truth;

/**
 * The TRC and MOT exports: round trips of a synthetic walk through the writers and the readers (values back
 * within the printed precision, gaps back as NaN). Their layout against Pose2Sim's own files (../shared/data):
 * ResearchFormatsPose2SimTest in the evaluation source set.
 */
class ResearchFormatsTest {
    static Analysis walk;

    @BeforeAll
    static void analyse() throws Exception {
        walk = syntheticWalk();
    }

    /** A posterior walk at 60 fps with a 0.5 s hole in the left hip: longer than the 0.15 s gap fill. */
    static Analysis syntheticWalk() throws Exception {
        SyntheticTrack track = SyntheticTrack.walk().view(View.POSTERIOR).cadenceStepsPerMin(110).steps(10).fps(60)
                .cpdDeg(Side.LEFT, 4).cpdDeg(Side.RIGHT, 8).noisePx(1).seed(11)
                .gap(150, 180, GapFill.NAN, Keypoint.LEFT_HIP).generate();
        Truth t = track.truth();
        int n = track.frames().size();
        double duration = track.frames().get(n - 1).timestampSeconds();
        Analysis walk = AnalysisPipeline.analyse(track.frames(), new VideoMetadata("synthetic.mp4", (int) t.imageWidthPx(),
                (int) t.imageHeightPx(), 0, "none", (n - 1) / duration, duration), "synthetic", "test",
                AnalysisSettings.defaults(Task.WALK).withView(ViewChoice.POSTERIOR));
        assertTrue(walk.frames().stream().anyMatch(f -> Double.isNaN(f.filteredPose().xPx(Keypoint.LEFT_HIP))),
                "the gap must survive the filters, or the missing-value checks below check nothing");
        return walk;
    }

    @Test
    void trcInPixelsReadsBackEveryKeypointWithYUpAndGapsAsEmptyCells(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("synthetic.trc");
        TrcFile.write(walk, file, Optional.empty());
        TrcFile.Data d = TrcFile.read(file);
        assertEquals("synthetic.trc", d.fileName());
        assertEquals("px", d.units());
        assertEquals(60, d.dataRateHz(), 1e-9);
        assertEquals(TrcFile.MARKERS, d.markers());
        assertEquals(walk.frames().size(), d.numFrames());
        assertEquals(walk.frames().size(), d.rows().size());
        double heightPx = walk.video().heightPx();
        int missing = 0;
        for (int i = 0; i < d.rows().size(); i++) {
            AnalysedFrame f = walk.frames().get(i);
            TrcFile.Row r = d.rows().get(i);
            assertEquals(i + 1, r.frame());
            assertEquals(f.timestampSeconds(), r.timeSeconds(), 5e-7);
            Pose p = f.filteredPose();
            for (Keypoint k : Keypoint.values()) {
                int m = k.ordinal();
                if (Double.isNaN(p.xPx(k))) {
                    missing++;
                    assertTrue(Double.isNaN(r.x(m)) && Double.isNaN(r.y(m)) && Double.isNaN(r.z(m)));
                } else {
                    assertEquals(p.xPx(k), r.x(m), 5e-4);
                    assertEquals(heightPx - p.yPx(k), r.y(m), 5e-4, "y is flipped: up is positive");
                    assertEquals(0, r.z(m));
                }
            }
        }
        assertTrue(missing > 0);
        List<String> lines = Files.readAllLines(file);
        assertTrue(lines.stream().skip(5).anyMatch(l -> l.contains("\t\t\t\t")), "a gap is three empty cells");
    }

    @Test
    void trcInMetresScalesSoTheMedianLegIsItsShareOfTheGivenHeight(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("synthetic.trc");
        TrcFile.write(walk, file, Optional.of(new HeightCalibration(1.70)));
        TrcFile.Data d = TrcFile.read(file);
        assertEquals("m", d.units());
        double[] legs = d.rows().stream().flatMapToDouble(r -> Arrays.stream(new double[] {
                leg(r, Keypoint.LEFT_HIP, Keypoint.LEFT_KNEE, Keypoint.LEFT_ANKLE),
                leg(r, Keypoint.RIGHT_HIP, Keypoint.RIGHT_KNEE, Keypoint.RIGHT_ANKLE)}))
                .filter(Double::isFinite).sorted().toArray();
        double median = legs.length % 2 == 1 ? legs[legs.length / 2] : (legs[legs.length / 2 - 1] + legs[legs.length / 2]) / 2;
        assertEquals(0.491 * 1.70, median, 1e-5, "thigh + shank is 0.491 of standing height (Winter)");
        double mPerPx = new HeightCalibration(1.70).metresPerPixel(walk);
        Pose p = walk.frames().get(3).filteredPose();
        assertEquals(p.xPx(Keypoint.RIGHT_KNEE) * mPerPx, d.rows().get(3).x(Keypoint.RIGHT_KNEE.ordinal()), 5e-7);
    }

    private static double leg(TrcFile.Row r, Keypoint hip, Keypoint knee, Keypoint ankle) {
        int h = hip.ordinal();
        int k = knee.ordinal();
        int a = ankle.ordinal();
        return Math.hypot(r.x(h) - r.x(k), r.y(h) - r.y(k)) + Math.hypot(r.x(k) - r.x(a), r.y(k) - r.y(a));
    }

    @Test
    void aHeightOutsideHumanRangeIsRefusedWithTheUnitInTheMessage() {
        IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> new HeightCalibration(172));
        assertTrue(e.getMessage().contains("metres"), e.getMessage());
    }

    @Test
    void motReadsBackEveryAngleWithNanForMissingValues(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("synthetic.mot");
        MotFile.write(walk, file);
        MotFile.Data d = MotFile.read(file);
        assertEquals("Coordinates", d.name());
        assertEquals("1", d.header().get("version"));
        assertEquals(String.valueOf(walk.frames().size()), d.header().get("nRows"));
        assertEquals("12", d.header().get("nColumns"));
        assertEquals("yes", d.header().get("inDegrees"));
        assertEquals(List.of("time", "pelvic_obliquity", "knee_fppa_l", "knee_fppa_r", "knee_fpkd_l", "knee_fpkd_r",
                "trunk_lean", "hip_adduction_l", "hip_adduction_r", "frontal_plane", "fppa_reliable_l",
                "fppa_reliable_r"), d.columns());
        assertEquals(walk.frames().size(), d.rows().size());
        int missing = 0;
        for (int i = 0; i < d.rows().size(); i++) {
            FrameAngles a = walk.frames().get(i).angles();
            double[] expected = {walk.frames().get(i).timestampSeconds(), a.pelvicObliquityDeg(), a.kneeFppaLeftDeg(),
                    a.kneeFppaRightDeg(), a.kneeFpkdLeft(), a.kneeFpkdRight(), a.trunkLeanTowardsLeftDeg(),
                    a.hipAdductionLeftDeg(), a.hipAdductionRightDeg(), a.frontalPlane() ? 1 : 0,
                    a.fppaReliableLeft() ? 1 : 0, a.fppaReliableRight() ? 1 : 0};
            for (int c = 0; c < expected.length; c++) {
                if (Double.isNaN(expected[c])) {
                    missing++;
                    assertTrue(Double.isNaN(d.rows().get(i)[c]), "row " + i + " column " + d.columns().get(c));
                } else {
                    assertEquals(expected[c], d.rows().get(i)[c], 5e-9, "row " + i + " column " + d.columns().get(c));
                }
            }
        }
        assertTrue(missing > 0);
        assertTrue(Files.readString(file).contains("nan"));
    }
}
