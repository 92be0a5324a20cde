package org.medius.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.medius.events.View;
import org.medius.events.ViewChoice;
import org.medius.model.FramePose;
import org.medius.model.Keypoint;
import org.medius.model.PelvisMarkerFrame;
import org.medius.model.PelvisMarkerTrack;
import org.medius.model.PelvisSource;
import org.medius.model.Pose;
import org.medius.model.Side;
import org.medius.model.Task;
import org.medius.model.VideoMetadata;
import org.medius.synth.SyntheticTrack;
import org.medius.synth.Truth;

/**
 * {@code --markers pelvis} on synthetic tracks: hip keypoints that stay level (as MoveNet's do on the rendered
 * walker) and two pelvis markers 20 px above the true hips that tilt with the true pelvis.
 */
class MarkerPelvisTest {
    private static final int FALLBACK_FROM = 100;
    private static final int FALLBACK_TO = 160;

    private static final SyntheticTrack TRACK = SyntheticTrack.walk().view(View.ANTERIOR).steps(12).fps(30)
            .cpdDeg(Side.LEFT, 3).cpdDeg(Side.RIGHT, 9).noisePx(1).seed(5).generate();

    /** The model's poses with the two hips put on their common mean height: a level hip line. */
    private static List<FramePose> levelHips() {
        List<FramePose> out = new ArrayList<>();
        for (FramePose f : TRACK.frames()) {
            Pose p = f.pose();
            double[] x = new double[Keypoint.COUNT];
            double[] y = new double[Keypoint.COUNT];
            double[] c = new double[Keypoint.COUNT];
            for (Keypoint k : Keypoint.values()) {
                x[k.ordinal()] = p.xPx(k);
                y[k.ordinal()] = p.yPx(k);
                c[k.ordinal()] = p.confidence(k);
            }
            double mid = (p.yPx(Keypoint.LEFT_HIP) + p.yPx(Keypoint.RIGHT_HIP)) / 2;
            y[Keypoint.LEFT_HIP.ordinal()] = mid;
            y[Keypoint.RIGHT_HIP.ordinal()] = mid;
            out.add(new FramePose(f.frameIndex(), f.timestampSeconds(), Pose.of(x, y, c)));
        }
        return out;
    }

    /** Markers 20 px above the true hips; on frames [FALLBACK_FROM, FALLBACK_TO) the tracker fell back. */
    private static PelvisMarkerTrack markers() {
        Truth t = TRACK.truth();
        List<PelvisMarkerFrame> frames = new ArrayList<>();
        for (FramePose f : TRACK.frames()) {
            Pose p = t.noiseFreePose(f.frameIndex());
            double lx = p.xPx(Keypoint.LEFT_HIP);
            double ly = p.yPx(Keypoint.LEFT_HIP) - 20;
            double rx = p.xPx(Keypoint.RIGHT_HIP);
            double ry = p.yPx(Keypoint.RIGHT_HIP) - 20;
            boolean lost = f.frameIndex() >= FALLBACK_FROM && f.frameIndex() < FALLBACK_TO;
            frames.add(lost ? PelvisMarkerFrame.fallback(Double.NaN, Double.NaN, rx, ry, false, true)
                    : new PelvisMarkerFrame(lx, ly, rx, ry, true, true, PelvisSource.MARKERS));
        }
        return new PelvisMarkerTrack(frames, 300);
    }

    private static Analysis analyse(PelvisMarkerTrack markers, MarkerMode mode) throws Exception {
        VideoMetadata video = SyntheticAnalyses.videoOf(TRACK);
        AnalysisSettings settings = AnalysisSettings.defaults(Task.WALK).withView(ViewChoice.ANTERIOR)
                .withMarkers(mode);
        return AnalysisPipeline.analyse(levelHips(), markers, video, "synthetic", "test", settings,
                KeypointPins.none(), Progress.NONE, 0, 1);
    }

    @Test
    void theMarkersGiveTheTrueDropWhereTheLevelHipKeypointsGiveNone() throws Exception {
        Analysis keypoints = analyse(markers(), MarkerMode.NONE);
        Analysis marked = analyse(markers(), MarkerMode.PELVIS);
        assertEquals(keypoints.events().events(), marked.events().events(), "events come from the keypoints");
        for (Side side : Side.values()) {
            double prescribed = side == Side.LEFT ? 3 : 9;
            assertEquals(prescribed, marked.score().summary(side).cpd().median(), 1.0, side + " with markers");
            assertEquals(0, keypoints.score().summary(side).cpd().median(), 1.0, side + " from level hips");
        }
        assertTrue(keypoints.frames().stream().allMatch(f -> f.pelvisSource() == PelvisSource.KEYPOINTS
                && f.pelvisMarkers() == null));
        assertTrue(keypoints.warnings().contains(AnalysisPipeline.MARKERLESS_PELVIC_DROP_NOTE), "markerless caveat");
        assertTrue(!marked.warnings().contains(AnalysisPipeline.MARKERLESS_PELVIC_DROP_NOTE), "no caveat with markers");
    }

    @Test
    void framesWhereTheTrackerFellBackReadTheKeypointsAndSaySo() throws Exception {
        Analysis a = analyse(markers(), MarkerMode.PELVIS);
        for (AnalysedFrame f : a.frames()) {
            boolean lost = f.frameIndex() >= FALLBACK_FROM && f.frameIndex() < FALLBACK_TO;
            if (!f.angles().frontalPlane()) {
                continue;
            }
            assertEquals(lost ? PelvisSource.KEYPOINTS : PelvisSource.MARKERS, f.pelvisSource(), "frame "
                    + f.frameIndex());
            if (lost) {
                assertEquals(0, f.angles().pelvicObliquityDeg(), 0.5, "level hips on frame " + f.frameIndex());
            }
        }
        assertTrue(a.warnings().stream().anyMatch(w -> w.contains("pelvis markers on")), a.warnings().toString());
    }

    @Test
    void aMarkerAnalysisReadBackFromItsJsonIsTheSame(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws Exception {
        Analysis a = analyse(markers(), MarkerMode.PELVIS);
        java.nio.file.Path json = dir.resolve("a.json");
        org.medius.export.AnalysisJson.write(a, json);
        Analysis back = org.medius.export.AnalysisJsonReader.read(json);
        assertEquals(MarkerMode.PELVIS, back.settings().markers());
        for (int i = 0; i < a.frames().size(); i++) {
            assertEquals(a.frames().get(i).pelvisSource(), back.frames().get(i).pelvisSource(), "frame " + i);
            assertEquals(a.frames().get(i).angles().pelvicObliquityDeg(),
                    back.frames().get(i).angles().pelvicObliquityDeg(), 1e-6, "frame " + i);
        }
    }

    @Test
    void askingForMarkersWithoutATrackFallsBackWithANote() throws Exception {
        Analysis a = analyse(null, MarkerMode.PELVIS);
        assertTrue(a.frames().stream().allMatch(f -> f.pelvisSource() == PelvisSource.KEYPOINTS));
        assertNull(a.frames().get(0).pelvisMarkers());
        assertTrue(a.warnings().stream().anyMatch(w -> w.contains("not tracked")), a.warnings().toString());
    }
}
