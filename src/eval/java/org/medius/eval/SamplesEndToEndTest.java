package org.medius.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.medius.analysis.AnalysedFrame;
import org.medius.analysis.Analysis;
import org.medius.analysis.AnalysisSettings;
import org.medius.analysis.EventMeasures;
import org.medius.analysis.Progress;
import org.medius.analysis.VideoAnalyzer;
import org.medius.events.EventKind;
import org.medius.events.MovementEvent;
import org.medius.model.Keypoint;
import org.medius.model.MoveNetVariant;
import org.medius.model.Pose;
import org.medius.model.Sex;
import org.medius.model.Side;
import org.medius.model.Task;
import org.medius.pose.MoveNetModel;
import org.medius.pose.SubjectTracker;
import org.medius.score.ScoreResult;
import org.medius.score.ScoreWords;
import org.medius.score.TrendelenburgOutcome;
import org.medius.score.TrendelenburgVerdict;
import org.medius.signal.Quantiles;
import org.medius.synth.EventTruth;
import org.medius.synth.Truth;
import org.medius.synth.TruthCsv;
import org.medius.analysis.MarkerMode;
import org.medius.model.PelvisMarkerFrame;
import org.medius.model.PelvisSource;
import org.medius.synth.render.FigureRenderer;
import org.medius.synth.render.Outfit;
import org.medius.synth.render.PelvisMarkers;

/**
 * The whole chain on the rendered clips in {@code samples/} (decode, MoveNet Thunder, filters, angles, events,
 * score), against the truth the generator prescribed. Needs only the repository, so it runs in CI. Writes
 * {@code target/eval/samples.md} with, per clip: the detection rate, the keypoint error, the per-side CPD and FPPA
 * medians against the truth, the events and the scores.
 *
 * <p>Tolerances, set from the reference values the score itself uses: an FPPA median within {@value #FPPA_TOL_DEG}
 * deg of the truth (under half of the FPPA SDD of 8.9 deg, Munro et al. 2012), a CPD median within
 * {@value #CPD_TOL_DEG} deg (the CPD SDD, Dingenen et al. 2018), hips, knees and ankles seen on at least 95 % of
 * frames, and median keypoint errors under 3 % of the figure's height.
 */
class SamplesEndToEndTest {
    static final double FPPA_TOL_DEG = 4.0;
    static final double CPD_TOL_DEG = 2.8;
    /** The trunk lean's SDD (Dingenen et al. 2018), the tolerance of a hold's median lean. */
    static final double TRUNK_LEAN_SDD_DEG = 2.3;
    private static final double CONFIDENT = 0.3;

    private static final Map<String, Measured> RESULTS = new LinkedHashMap<>();
    private static MoveNetModel model;

    /** What the pipeline gave for one clip, next to its truth. */
    record Measured(SampleClip clip, Truth truth, Analysis analysis) {
        double detectionRate() {
            return (double) analysis.framesWithPerson() / analysis.frames().size();
        }

        double measuredMedian(Side side, boolean cpd) {
            var s = analysis.score().summary(side);
            return cpd ? s.cpd().median() : s.fppa().median();
        }

        /** The median over this side's true events of the peak CPD or the FPPA at depth (NaN without events). */
        double trueMedian(Side side, boolean cpd) {
            return Quantiles.of(truth.events(side).stream().mapToDouble(e -> cpd ? e.maxCpdDeg() : e.fppaDeg())
                    .toArray(), 0.5);
        }

        int trueEvents(Side side) {
            return truth.events(side).size();
        }

        int measuredEvents(Side side) {
            return (int) analysis.events().events().stream().filter(e -> e.side() == side).count();
        }

        /** The clip's name, with "(markers)" when its pelvis was read from the markers. */
        String label() {
            return clip.fileName() + (analysis.settings().markers() == MarkerMode.PELVIS ? " (markers)" : "");
        }

        /** The pipeline's per-frame pelvic obliquity (filtered; markers or keypoints) against the true one. */
        HipLineFit obliquityLine() {
            HipLineFit fit = new HipLineFit();
            for (AnalysedFrame f : analysis.frames()) {
                fit.add(HipLineFit.hipLineDeg(truth.noiseFreePose(f.frameIndex())), f.angles().pelvicObliquityDeg());
            }
            return fit;
        }

        /** The marker tracker's raw marker line against the true obliquity, over the frames it found both on. */
        HipLineFit markerLine() {
            HipLineFit fit = new HipLineFit();
            for (AnalysedFrame f : analysis.frames()) {
                PelvisMarkerFrame m = f.pelvisMarkers();
                if (m != null && m.leftDetected() && m.rightDetected()) {
                    fit.add(HipLineFit.hipLineDeg(truth.noiseFreePose(f.frameIndex())), Math.toDegrees(Math.atan2(
                            m.leftYPx() - m.rightYPx(), Math.abs(m.leftXPx() - m.rightXPx()))));
                }
            }
            return fit;
        }

        /** MoveNet's raw hip line against the true obliquity, over the frames with both hips confident. */
        HipLineFit hipLine() {
            HipLineFit fit = new HipLineFit();
            for (AnalysedFrame f : analysis.frames()) {
                fit.add(truth.noiseFreePose(f.frameIndex()), f.rawPose(), CONFIDENT);
            }
            return fit;
        }

        /** Median distance between MoveNet's confident keypoints of a group and the true joint centres, px. */
        double keypointErrorPx(Keypoint[] group) {
            List<Double> errors = new ArrayList<>();
            for (AnalysedFrame f : analysis.frames()) {
                Pose raw = f.rawPose();
                Pose t = truth.noiseFreePose(f.frameIndex());
                for (Keypoint k : group) {
                    if (raw.confidence(k) >= CONFIDENT) {
                        errors.add(Math.hypot(raw.xPx(k) - t.xPx(k), raw.yPx(k) - t.yPx(k)));
                    }
                }
            }
            return errors.stream().mapToDouble(Double::doubleValue).sorted().skip(errors.size() / 2).findFirst()
                    .orElse(Double.NaN);
        }
    }

    @BeforeAll
    static void loadModel() {
        model = Models.require(MoveNetVariant.THUNDER);
    }

    @AfterAll
    static void writeReport() {
        if (model != null) {
            model.close();
        }
        if (RESULTS.isEmpty()) {
            return;
        }
        ReportTable clips = new ReportTable("clip", "frames", "person seen", "hips px", "knees px", "ankles px",
                "events (true)", "left score", "right score", "hip line vs true obliquity: slope, r");
        ReportTable angles = new ReportTable("clip", "side", "CPD true", "CPD measured", "CPD error", "FPPA true",
                "FPPA measured", "FPPA error");
        ReportTable pelvis = new ReportTable("clip", "pelvis from", "frames from markers", "raw hip keypoints: slope, r",
                "raw marker line: slope, r", "pelvic_obliquity_deg (filtered): slope, r");
        ReportTable markerCpd = new ReportTable("clip", "side", "CPD true", "with --markers pelvis", "error",
                "without markers", "error", "score with markers", "score without");
        ReportTable slopes = new ReportTable("task", "view", "clip", "pelvis from", "raw hip keypoints: slope, r",
                "raw marker line: slope, r", "pelvic_obliquity_deg (filtered): slope, r");
        ReportTable holds = new ReportTable("clip", "hold on", "drop true", "drop median", "drop peak", "lean true",
                "lean median", "verdict");
        for (Measured m : RESULTS.values()) {
            int trueEvents = m.trueEvents(Side.LEFT) + m.trueEvents(Side.RIGHT);
            clips.row(m.label(), Integer.toString(m.analysis().frames().size()),
                    pct(m.detectionRate()), num(m.keypointErrorPx(KeypointGroups.HIPS)),
                    num(m.keypointErrorPx(KeypointGroups.KNEES)), num(m.keypointErrorPx(KeypointGroups.ANKLES)),
                    m.analysis().events().events().size() + " (" + trueEvents + ")",
                    score(m, Side.LEFT), score(m, Side.RIGHT), hipLine(m.hipLine()));
            for (Side side : Side.values()) {
                if (m.trueEvents(side) == 0) {
                    continue;
                }
                double cpdT = m.trueMedian(side, true);
                double cpdM = m.measuredMedian(side, true);
                double fppaT = m.trueMedian(side, false);
                double fppaM = m.measuredMedian(side, false);
                angles.row(m.label(), side.name().toLowerCase(Locale.ROOT), num(cpdT), num(cpdM),
                        signed(cpdM - cpdT), num(fppaT), num(fppaM), signed(fppaM - fppaT));
            }
            holdRows(holds, m);
            boolean withMarkers = m.analysis().settings().markers() == MarkerMode.PELVIS;
            slopes.row(m.clip().scenario().task().name().toLowerCase(Locale.ROOT).replace('_', '-'),
                    m.clip().scenario().view() == org.medius.events.View.ANTERIOR ? "front" : "back", m.clip().fileName(),
                    withMarkers ? "markers" : "keypoints", hipLine(m.hipLine()), withMarkers ? hipLine(m.markerLine()) : "",
                    hipLine(m.obliquityLine()));
            Measured plain = RESULTS.get(m.clip().fileName());
            if (withMarkers && plain != null) {
                for (Side side : Side.values()) {
                    double t = m.trueMedian(side, true);
                    double v = m.measuredMedian(side, true);
                    double p = plain.measuredMedian(side, true);
                    markerCpd.row(m.clip().fileName(), side.name().toLowerCase(Locale.ROOT), num(t), num(v),
                            signed(v - t), num(p), signed(p - t), score(m, side), score(plain, side));
                }
            }
            long fromMarkers = m.analysis().frames().stream()
                    .filter(f -> f.pelvisSource() == PelvisSource.MARKERS).count();
            pelvis.row(m.label(), m.analysis().settings().markers() == MarkerMode.PELVIS ? "markers" : "keypoints",
                    fromMarkers + " / " + m.analysis().frames().size(), hipLine(m.hipLine()),
                    m.analysis().settings().markers() == MarkerMode.PELVIS ? hipLine(m.markerLine()) : "",
                    hipLine(m.obliquityLine()));
        }
        new EvalReport("The rendered samples, end to end")
                .paragraph("Each clip in samples/ through decode, MoveNet Thunder, filters, angles, events and score"
                        + " (AnalysisSettings.defaults of the clip's task; female for the single-leg squats), against"
                        + " the generator's truth. Person seen: frames with hips, knees and ankles confident. Keypoint"
                        + " errors: median distance of MoveNet's confident raw keypoints from the true joint centres."
                        + " Angles: per-side medians over the events, degrees; the truth is the median over the true"
                        + " events of the peak CPD and of the FPPA at the deepest frame. Hip line: per frame, the"
                        + " least-squares slope and r of the raw MoveNet hip-line angle against the true obliquity"
                        + " (1 = the model's hips show all of the tilt). Command: mvn -o -q"
                        + " test-compile surefire:test@evaluation -Dtest=SamplesEndToEndTest")
                .table(clips).table(angles)
                .paragraph("Markerless vs marker pelvic obliquity: per frame, the least-squares slope and r of the"
                        + " measured angle against the true obliquity (1 = all of the tilt): MoveNet's raw hip line,"
                        + " the tracker's raw marker line (frames where it found both markers), and the per-frame"
                        + " pelvic obliquity the pipeline exports (filtered; from the markers where pelvis_source is"
                        + " markers). The marker clip is analysed twice: with --markers pelvis and without.")
                .table(pelvis)
                .paragraph("Pelvis markers: per-side CPD medians with --markers pelvis and without (the same clip),"
                        + " against the truth, degrees, and the weakness score per side.")
                .table(markerCpd)
                .paragraph("Single-leg stance holds: per hold found, the free side's pelvic drop (CPD with the leg"
                        + " stood on as stance) and the trunk lean towards that leg, true (the prescribed value through"
                        + " the hold) and measured (median and peak over the hold), degrees, and the leg's verdict.")
                .table(holds).write("samples.md");
        new EvalReport("Pelvic obliquity per frame: markerless against markers, per task and view")
                .paragraph("Per frame, the least-squares slope and Pearson r of the measured pelvic obliquity against"
                        + " the true one (1 = all of the tilt) on the rendered samples: MoveNet's raw hip line, the"
                        + " marker tracker's raw line (frames where it found both markers) and the exported,"
                        + " filtered pelvic_obliquity_deg (from the markers where pelvis_source is markers). The"
                        + " marker clips are analysed twice, with --markers pelvis and without. n/a: the true"
                        + " obliquity never changes. Command: mvn -o -q test-compile surefire:test@evaluation"
                        + " -Dtest=SamplesEndToEndTest. The real clips with a pelvic reference (markerless only):"
                        + " target/eval/pose2sim.md (Pose2SimObliquityTest).")
                .table(slopes).write("pelvis-slopes.md");
    }

    private static void holdRows(ReportTable holds, Measured m) {
        List<EventTruth> truth = m.truth().events();
        for (EventMeasures h : m.analysis().eventMeasures()) {
            if (h.event().kind() != EventKind.HOLD) {
                continue;
            }
            Side side = h.event().side();
            EventTruth t = truth.stream().filter(e -> e.side() == side).findFirst().orElse(null);
            holds.row(m.clip().fileName(), side.name().toLowerCase(Locale.ROOT),
                    t == null ? "n/a" : num(t.cpdDeg()), num(h.cpdMedianDeg()), num(h.cpdPeakDeg()),
                    t == null ? "n/a" : num(t.trunkLeanDeg()), num(h.trunkLeanMedianDeg()),
                    m.analysis().score().trendelenburg(side).map(v -> v.outcome().word()).orElse("n/a"));
        }
    }

    static Measured measure(SampleClip clip) throws Exception {
        return measure(clip, clip.markers() ? MarkerMode.PELVIS : MarkerMode.NONE);
    }

    static Measured measure(SampleClip clip, MarkerMode markers) throws Exception {
        String key = clip.fileName() + (markers == MarkerMode.PELVIS ? " (markers)" : "");
        Measured cached = RESULTS.get(key);
        if (cached != null) {
            return cached;
        }
        Path video = SampleClip.SAMPLES.resolve(clip.fileName());
        assertTrue(Files.isRegularFile(video), "missing sample " + video.toAbsolutePath());
        Truth truth = clip.scenario().track().truth();
        AnalysisSettings settings = AnalysisSettings.defaults(clip.analysisTask()).withSex(clip.sex())
                .withMarkers(markers);
        Analysis analysis;
        try (SubjectTracker tracker = new SubjectTracker(model, false, null, 30)) {
            analysis = VideoAnalyzer.analyse(video, tracker, "eval", settings, Progress.NONE);
        }
        Measured m = new Measured(clip, truth, analysis);
        RESULTS.put(key, m);
        return m;
    }

    @Test
    void everySampleMatchesTheGeneratorFrameForFrame() throws IOException {
        for (SampleClip clip : SampleClip.ALL) {
            StringWriter regenerated = new StringWriter();
            Truth truth = clip.scenario().track().truth();
            TruthCsv.write(truth, clip.markers() ? FigureRenderer.forTruth(truth, Outfit.standard())
                    .withMarkers(PelvisMarkers.standard())::markerTruthPx : null, regenerated);
            Path committed = SampleClip.SAMPLES.resolve(clip.truthFileName());
            assertEquals(regenerated.toString(), Files.readString(committed),
                    committed + " differs from what the generator gives; regenerate with tools/samples/regenerate.sh");
        }
    }

    @Test
    void walkingFindsEveryStepAndTheKneeAnglesPerSide() throws Exception {
        Measured m = measure(SampleClip.WALK);
        assertSeenAndLocated(m);
        // the truth lists the contacts whose stance ends inside the clip; a foot that lands in the last stride is a
        // step all the same (at most one per foot), see EventDetectorsSyntheticTest
        int trueStrikes = m.truth().strikeFrames(Side.LEFT).size() + m.truth().strikeFrames(Side.RIGHT).size();
        int steps = m.analysis().events().stepCount();
        assertTrue(steps >= trueStrikes && steps <= trueStrikes + 2, steps + " steps for " + trueStrikes
                + " complete contacts");
        for (Side side : Side.values()) {
            assertEquals(m.trueEvents(side), m.measuredEvents(side), side + " stances");
            assertWithin(m, side, false, FPPA_TOL_DEG);
        }
        assertEquals(trueCadence(m.truth()), m.analysis().events().cadenceStepsPerMin(), 3, "cadence, steps/min");
    }

    /**
     * Disabled on purpose: the pipeline's walking CPD is far below the prescribed drop on this figure. MoveNet puts
     * the two hips nearly level during walking stances (per frame its hip line follows about a fifth of the true
     * obliquity), while in the single-leg squats it follows most of it. See docs/evaluation.md, "Rendered samples".
     * This is the assertion to turn on once the figure or the model reads walking drop.
     */
    @Test
    @Disabled("walking CPD: MoveNet reads about a fifth of the rendered pelvic drop (docs/evaluation.md)")
    void walkingCpdPerSideIsWithinTheSdd() throws Exception {
        Measured m = measure(SampleClip.WALK);
        for (Side side : Side.values()) {
            assertWithin(m, side, true, CPD_TOL_DEG);
        }
    }

    /**
     * Issue 17: the clips with two skin markers on the pelvis (ASIS from the front, PSIS from behind), read with
     * {@code --markers pelvis}: per-side CPD medians within 1 degree of the truth, both sides scored, the prescribed
     * side (right: the more drop) higher, with the plain sentence about the pelvis and the exercises. The same clip
     * without the markers' help is measured too and reported beside it (docs/evaluation.md), not asserted: MoveNet's
     * hips show little of the drop.
     */
    @ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.ValueSource(strings = {"walk-front-markers-drop-3-9.mp4",
        "walk-back-markers-drop-3-9.mp4", "run-back-markers-drop-3-9.mp4", "stance-front-markers-drop-right.mp4"})
    void withPelvisMarkersTheDropPerSideIsWithinOneDegreeAndThePrescribedSideScoresHigher(String fileName)
            throws Exception {
        SampleClip clip = SampleClip.named(fileName);
        Measured marked = measure(clip, MarkerMode.PELVIS);
        Measured plain = measure(clip, MarkerMode.NONE);
        assertSeenAndLocated(marked);
        long fromMarkers = marked.analysis().frames().stream()
                .filter(f -> f.pelvisSource() == PelvisSource.MARKERS).count();
        assertTrue(fromMarkers >= 0.95 * marked.analysis().frames().size(), fromMarkers + " frames from markers");
        assertEquals(plain.analysis().events().events(), marked.analysis().events().events(),
                "steps and holds come from the keypoints");
        for (Side side : Side.values()) {
            // a foot that lands in the last stride is a step all the same (see walkingFindsEveryStep...)
            int found = marked.measuredEvents(side);
            assertTrue(found >= marked.trueEvents(side) && found <= marked.trueEvents(side) + 1,
                    side + ": " + found + " events for " + marked.trueEvents(side));
            assertWithin(marked, side, true, 1.0);
        }
        ScoreResult s = marked.analysis().score();
        double left = s.score(Side.LEFT).score();
        double right = s.score(Side.RIGHT).score();
        String sentence = ScoreWords.sentence(s, Side.RIGHT);
        String detail = fileName + ": left " + left + ", right " + right + "; " + sentence;
        assertTrue(Double.isFinite(left) && Double.isFinite(right) && right > left, detail);
        assertTrue(sentence.startsWith("On the right leg the left side of the pelvis drops"), detail);
        assertTrue(org.medius.score.Exercises.shownFor(s.score(Side.RIGHT)), "the exercises for the right: " + detail);
        assertFalse(org.medius.score.Exercises.shownFor(s.score(Side.LEFT)), "none for the left: " + detail);
    }

    /**
     * Issue 17: per frame, the marker line follows the true pelvic obliquity with a slope near 1 (0.9 to 1.1) on
     * every marker clip, raw (the tracker's centroids, frames with both markers found) and as exported (filtered);
     * the table of markerless against marker slopes per view and task is written to
     * {@code target/eval/pelvis-slopes.md}.
     */
    @ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.ValueSource(strings = {"walk-front-markers-drop-3-9.mp4",
        "walk-back-markers-drop-3-9.mp4", "run-back-markers-drop-3-9.mp4", "stance-front-markers-drop-right.mp4"})
    void theMarkerLineFollowsTheTrueObliquityWithASlopeNearOne(String fileName) throws Exception {
        Measured marked = measure(SampleClip.named(fileName), MarkerMode.PELVIS);
        HipLineFit raw = marked.markerLine();
        HipLineFit exported = marked.obliquityLine();
        String detail = fileName + ": raw " + hipLine(raw) + ", exported " + hipLine(exported);
        assertTrue(raw.frames() >= 0.9 * marked.analysis().frames().size(), detail);
        assertEquals(1.0, raw.slope(), 0.1, detail);
        assertEquals(1.0, exported.slope(), 0.1, detail);
    }

    /**
     * With markers the single-leg stance test reads the right hold's 8 deg drop (markerless it reads level, see
     * {@link #stanceRightDropReadsAsAPositiveSign}): a larger drop than the level left hold and a positive sign.
     */
    @Test
    void withMarkersTheRightStanceReadsAsAPositiveSign() throws Exception {
        Measured m = measure(SampleClip.STANCE_MARKERS, MarkerMode.PELVIS);
        List<EventMeasures> holds = m.analysis().eventMeasures();
        assertEquals(2, holds.size(), m.analysis().events().toString());
        assertTrue(holds.get(1).cpdMedianDeg() > holds.get(0).cpdMedianDeg());
        TrendelenburgVerdict right = m.analysis().score().trendelenburg(Side.RIGHT).orElseThrow();
        assertEquals(TrendelenburgOutcome.POSITIVE, right.outcome(), right.sentence());
        TrendelenburgVerdict left = m.analysis().score().trendelenburg(Side.LEFT).orElseThrow();
        assertEquals(TrendelenburgOutcome.NEGATIVE, left.outcome(), left.sentence());
    }

    @Test
    void singleLegSquatsGetTheirRepetitionsAnglesAndTheHigherScoreOnTheWorseSide() throws Exception {
        Measured left = measure(SampleClip.SLS_LEFT);
        Measured right = measure(SampleClip.SLS_RIGHT);
        for (Measured m : List.of(left, right)) {
            assertSeenAndLocated(m);
            Side stance = m.truth().events(Side.LEFT).isEmpty() ? Side.RIGHT : Side.LEFT;
            assertEquals(m.trueEvents(stance), m.analysis().events().repetitionCount(), m.clip().fileName());
            assertEquals(m.trueEvents(stance), m.measuredEvents(stance), m.clip().fileName());
            assertEquals(0, m.measuredEvents(stance.other()), m.clip().fileName());
            assertWithin(m, stance, true, CPD_TOL_DEG);
            assertWithin(m, stance, false, FPPA_TOL_DEG);
        }
        // more prescribed drop and valgus on the right: a larger measured CPD and FPPA, and the higher score
        assertTrue(right.measuredMedian(Side.RIGHT, true) > left.measuredMedian(Side.LEFT, true));
        assertTrue(right.measuredMedian(Side.RIGHT, false) > left.measuredMedian(Side.LEFT, false));
        double scoreLeft = left.analysis().score().score(Side.LEFT).score();
        double scoreRight = right.analysis().score().score(Side.RIGHT).score();
        assertTrue(scoreRight > scoreLeft, "right " + scoreRight + ", left " + scoreLeft);
    }

    @Test
    void lungesAreFoundOnTheFrontLegWithItsValgusAndTheMoreValgusLegScoresHigher() throws Exception {
        Measured m = measure(SampleClip.LUNGE);
        // lower bars than the other clips: at the bottom of each lunge the back shank points straight away from the
        // camera and MoveNet loses the back knee on a few frames and puts the hips high
        assertSeenAndLocated(m, 0.88, 0.04);
        assertEquals(m.trueEvents(Side.LEFT) + m.trueEvents(Side.RIGHT), m.analysis().events().repetitionCount());
        for (Side side : Side.values()) {
            assertEquals(m.trueEvents(side), m.measuredEvents(side), "repetitions with the " + side + " leg in front");
            assertWithin(m, side, false, FPPA_TOL_DEG);
        }
        // no population band for lunges: the sides are compared (3 lunges each), and the 20 deg more valgus on the
        // left is beyond the 8.9 deg SDD
        ScoreResult s = m.analysis().score();
        double left = s.score(Side.LEFT).score();
        double right = s.score(Side.RIGHT).score();
        String detail = "left " + left + ", right " + right + "; " + ScoreWords.sentence(s, Side.LEFT);
        assertTrue(Double.isFinite(left) && Double.isFinite(right) && left > right, detail);
        assertTrue(ScoreWords.sentence(s, Side.LEFT).startsWith("On the left leg the knee moves inwards"), detail);
        assertTrue(org.medius.score.Exercises.shownFor(s.score(Side.LEFT)), "the exercises for the left: " + detail);
        assertFalse(org.medius.score.Exercises.shownFor(s.score(Side.RIGHT)), detail);
    }

    /**
     * Walking and running have no population band: each side is scored on the difference between the sides, so
     * both sides get a number and the side with the prescribed drop and valgus (right) scores higher.
     */
    @ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.ValueSource(strings = {"walk-front-drop-3-9.mp4", "run-front-drop-3-9.mp4"})
    void walkingAndRunningScoreBothSidesTheRightHigher(String fileName) throws Exception {
        SampleClip clip = SampleClip.ALL.stream().filter(c -> c.fileName().equals(fileName)).findFirst()
                .orElseThrow();
        Measured m = measure(clip);
        ScoreResult s = m.analysis().score();
        double left = s.score(Side.LEFT).score();
        double right = s.score(Side.RIGHT).score();
        String detail = fileName + ": left " + left + ", right " + right + "; " + ScoreWords.sentence(s, Side.RIGHT);
        assertTrue(Double.isFinite(left) && Double.isFinite(right), detail);
        assertTrue(right > left, detail);
        assertTrue(ScoreWords.sentence(s, Side.RIGHT).startsWith("On the right leg the "), detail);
    }

    /**
     * The single-leg stance test: a hold on each leg, found on the right leg and inside the true hold, the trunk
     * lean read within its SDD, and the left leg (level pelvis, upright trunk) judged negative.
     */
    @Test
    void stanceHoldsAreFoundOnTheirLegsWithTheLeanAndALevelLeftIsNegative() throws Exception {
        Measured m = measure(SampleClip.STANCE);
        assertSeenAndLocated(m);
        List<EventMeasures> holds = m.analysis().eventMeasures();
        assertEquals(2, holds.size(), m.analysis().events().toString());
        List<EventTruth> truth = m.truth().events();
        for (int k = 0; k < 2; k++) {
            MovementEvent h = holds.get(k).event();
            EventTruth t = truth.get(k);
            assertEquals(EventKind.HOLD, h.kind());
            assertEquals(t.side(), h.side(), "hold " + k);
            assertTrue(h.startFrame() >= t.startFrame() && h.endFrame() <= t.endFrame()
                    && h.endFrame() - h.startFrame() >= 0.8 * (t.endFrame() - t.startFrame()), h + " vs " + t);
            assertEquals(t.trunkLeanDeg(), holds.get(k).trunkLeanMedianDeg(), TRUNK_LEAN_SDD_DEG, "lean " + k);
        }
        TrendelenburgVerdict left = m.analysis().score().trendelenburg(Side.LEFT).orElseThrow();
        assertEquals(TrendelenburgOutcome.NEGATIVE, left.outcome(), left.sentence());
    }

    /**
     * Disabled on purpose: MoveNet puts the hips of this figure level while it stands on one straight leg (over the
     * clip its hip line follows none of the true obliquity: slope -0.01; a 16 deg drop, tried by hand, read about
     * 2 deg), so the right hold's 8 deg drop is not seen, and the lean over the right leg makes the verdict
     * "compensated" instead of "positive".
     * See docs/evaluation.md, "Rendered samples". This is the assertion to turn on once the figure or the model
     * reads a standing pelvic drop.
     */
    @Test
    @Disabled("single-leg stance CPD: MoveNet reads the rendered standing pelvic drop as level (docs/evaluation.md)")
    void stanceRightDropReadsAsAPositiveSign() throws Exception {
        Measured m = measure(SampleClip.STANCE);
        List<EventMeasures> holds = m.analysis().eventMeasures();
        assertTrue(holds.get(1).cpdMedianDeg() > holds.get(0).cpdMedianDeg());
        assertEquals(TrendelenburgOutcome.POSITIVE,
                m.analysis().score().trendelenburg(Side.RIGHT).orElseThrow().outcome());
        assertWithin(m, Side.RIGHT, true, CPD_TOL_DEG);
    }

    private static void assertSeenAndLocated(Measured m) {
        assertSeenAndLocated(m, 0.95, 0.03);
    }

    /**
     * @param minSeen        the least fraction of frames with hips, knees and ankles confident
     * @param maxErrorHeight the largest median keypoint error per group, fraction of the figure's height
     */
    private static void assertSeenAndLocated(Measured m, double minSeen, double maxErrorHeight) {
        String name = m.clip().fileName();
        assertTrue(m.detectionRate() >= minSeen, name + ": person seen on " + pct(m.detectionRate()));
        double limitPx = maxErrorHeight * m.truth().body().heightPx();
        for (Keypoint[] group : List.of(KeypointGroups.HIPS, KeypointGroups.KNEES, KeypointGroups.ANKLES)) {
            double e = m.keypointErrorPx(group);
            assertTrue(e < limitPx, name + ": median " + group[0] + "/" + group[1] + " error " + num(e) + " px");
        }
    }

    private static void assertWithin(Measured m, Side side, boolean cpd, double tolDeg) {
        double t = m.trueMedian(side, cpd);
        double v = m.measuredMedian(side, cpd);
        assertEquals(t, v, tolDeg, m.clip().fileName() + " " + side + (cpd ? " CPD" : " FPPA") + " median");
    }

    /** Steps per minute between the first and the last true foot strike. */
    private static double trueCadence(Truth truth) {
        List<Integer> strikes = new ArrayList<>(truth.strikeFrames(Side.LEFT));
        strikes.addAll(truth.strikeFrames(Side.RIGHT));
        strikes.sort(null);
        double first = truth.noiseFreeFrames().get(strikes.get(0)).timestampSeconds();
        double last = truth.noiseFreeFrames().get(strikes.get(strikes.size() - 1)).timestampSeconds();
        return 60.0 * (strikes.size() - 1) / (last - first);
    }

    private static String score(Measured m, Side side) {
        double s = m.analysis().score().score(side).score();
        return Double.isNaN(s) ? "n/a" : String.format(Locale.ROOT, "%.0f", s);
    }

    /** Slope and r, or n/a when the true obliquity never changes (a lunge). */
    private static String hipLine(HipLineFit fit) {
        double slope = fit.slope();
        return Double.isFinite(slope) ? String.format(Locale.ROOT, "%.2f, %.2f", slope, fit.r()) : "n/a (level)";
    }

    private static String pct(double fraction) {
        return String.format(Locale.ROOT, "%.1f %%", 100 * fraction);
    }

    private static String num(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }

    private static String signed(double v) {
        return String.format(Locale.ROOT, "%+.1f", v);
    }
}
