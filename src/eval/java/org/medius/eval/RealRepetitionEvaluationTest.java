package org.medius.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.medius.analysis.AnalysedFrame;
import org.medius.analysis.Analysis;
import org.medius.analysis.AnalysisPipeline;
import org.medius.analysis.AnalysisSettings;
import org.medius.analysis.EventMeasures;
import org.medius.analysis.FppaStatus;
import org.medius.analysis.NoPersonException;
import org.medius.analysis.VideoPoses;
import org.medius.model.Side;
import org.medius.model.Task;
import org.medius.testing.SharedData;

/**
 * The repetition chain (MoveNet Thunder, filters, repetitions, working leg, FPPA at depth) on every real repetition
 * clip of {@code ../shared/data} and every rendered repetition sample, against the repetitions and working legs
 * counted by eye from contact sheets and slit-scan images (docs/evaluation.md, "Real repetition footage", with how
 * they were counted) or, for the rendered samples, their truth. Writes {@code target/eval/real-repetitions.md}. The
 * pose model's output is cached in {@code target/eval/pose-cache}.
 *
 * <p>Asserted: the number of repetitions and the working leg of each equal the eye count; every repetition without
 * an FPPA at depth says why ({@code fppa_status}) and the analysis carries one note saying so; no per-frame FPPA
 * wraps towards +-180 degrees.
 */
class RealRepetitionEvaluationTest {

    /**
     * @param video     the clip: under {@code ../shared/data} when {@code shared}, else in {@code samples/}
     * @param eyeLegs   the working leg of each repetition in order, L or R (B for both legs of a squat)
     */
    record RepClip(String video, boolean shared, Task task, String eyeLegs) {
        String name() {
            return video.substring(video.lastIndexOf('/') + 1);
        }
    }

    static final List<RepClip> CLIPS = List.of(
            // eye: 2 squats (frames 5-18, 30-44), a third still low at the last frame
            new RepClip("tfjs/pose_squats.mp4", true, Task.SQUAT, "BB"),
            // eye: 5 lunges, bottoms near 1.2, 5.6, 10.1, 14.6, 19.0 s, left leg in front first, then alternating
            new RepClip("lunges/outdoor_lunges_front_oblique.mp4", true, Task.LUNGE, "LRLRL"),
            // eye: 2 lunges (left in front, then right; told apart by the tattoos on his left knee and right shin),
            // the first 37 % of the way down at the first frame, a third cut by the end of the clip
            new RepClip("lunges/dumbbell_lunges_front_oblique.mp4", true, Task.LUNGE, "LR"),
            // eye: a step back at 2-4 s (no lunge), then 6 split squats with the left leg in front, bottoms near
            // 7.5, 9.2, 11.0, 12.8, 14.7, 16.7 s on a slit-scan through the bar
            new RepClip("lunges/barbell_split_squat_back_oblique.mp4", true, Task.LUNGE, "LLLLLL"),
            new RepClip(SampleClip.LUNGE.fileName(), false, Task.LUNGE, legs(SampleClip.LUNGE)),
            new RepClip(SampleClip.SLS_LEFT.fileName(), false, Task.SINGLE_LEG_SQUAT, legs(SampleClip.SLS_LEFT)),
            new RepClip(SampleClip.SLS_RIGHT.fileName(), false, Task.SINGLE_LEG_SQUAT, legs(SampleClip.SLS_RIGHT)));

    private static final List<String> ROWS = new ArrayList<>();

    /** A rendered sample's working leg of each true repetition, in time order. */
    private static String legs(SampleClip clip) {
        return clip.scenario().track().truth().events().stream()
                .sorted(java.util.Comparator.comparingInt(e -> e.startFrame()))
                .map(e -> e.side() == Side.LEFT ? "L" : "R").collect(Collectors.joining());
    }

    static List<RepClip> clips() {
        return CLIPS;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("clips")
    void repetitionsAndWorkingLegsAgainstTheEyeCount(RepClip clip) throws NoPersonException {
        Path video = clip.shared() ? SharedData.require(clip.video()) : SampleClip.SAMPLES.resolve(clip.video());
        VideoPoses poses = CachedPoses.of(video);
        Analysis a = AnalysisPipeline.analyse(poses.poses(), poses.video(), poses.modelDescription(), "eval",
                AnalysisSettings.defaults(clip.task()));
        List<EventMeasures> reps = a.eventMeasures();
        String found = legsFound(clip.task(), reps);
        ROWS.add(String.format(Locale.ROOT, "| %s | %s | %d (%s) | %d (%s) | %s | %s |", clip.name(),
                clip.task().cliName(), clip.eyeLegs().length(), clip.eyeLegs(), a.events().repetitionCount(), found,
                fppaCells(clip.task(), reps), a.events().notes().stream().collect(Collectors.joining(" "))));

        assertEquals(clip.eyeLegs().length(), a.events().repetitionCount(), "repetitions: " + a.events().notes());
        assertEquals(clip.eyeLegs(), found, "working leg of each repetition");
        boolean anyLeftOut = reps.stream().anyMatch(m -> m.fppaStatus() == FppaStatus.FORESHORTENED
                || m.fppaStatus() == FppaStatus.LEG_NOT_SEEN);
        for (EventMeasures m : reps) {
            assertEquals(m.fppaStatus() == FppaStatus.MEASURED, Double.isFinite(m.fppaDeg()), m.toString());
        }
        assertEquals(anyLeftOut, a.warnings().stream().anyMatch(w -> w.startsWith("Knee FPPA at depth was left out")),
                a.warnings().toString());
        for (AnalysedFrame f : a.frames()) {
            for (double fppa : new double[] {f.angles().kneeFppaLeftDeg(), f.angles().kneeFppaRightDeg()}) {
                assertTrue(!(Math.abs(fppa) > 150), "FPPA " + fppa + " at frame " + f.frameIndex()
                        + ": a folded leg must have none, not an angle near +-180");
            }
        }
    }

    static List<RepClip> trimmedClips() {
        return List.of(CLIPS.get(1), CLIPS.get(4));
    }

    /**
     * Issue 14: the same clip cut to start 0.2 s after the first repetition's descent began, and to end 0.2 s before
     * the last one's rise ended, keeps every repetition and its leg: its bottom is still filmed.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("trimmedClips")
    void aClipStartingOrEndingAFifthOfASecondIntoARepetitionKeepsIt(RepClip clip) throws NoPersonException {
        Path video = clip.shared() ? SharedData.require(clip.video()) : SampleClip.SAMPLES.resolve(clip.video());
        VideoPoses poses = CachedPoses.of(video);
        AnalysisSettings settings = AnalysisSettings.defaults(clip.task());
        Analysis full = AnalysisPipeline.analyse(poses.poses(), poses.video(), poses.modelDescription(), "eval",
                settings);
        List<EventMeasures> reps = full.eventMeasures();
        int fifth = (int) Math.round(0.2 * poses.video().nominalFps());
        int from = reps.get(0).event().startFrame() + fifth;
        int to = reps.get(reps.size() - 1).event().endFrame() - fifth;
        List<org.medius.model.FramePose> cut = new ArrayList<>();
        double t0 = poses.poses().get(from).timestampSeconds();
        for (int i = from; i <= to; i++) {
            org.medius.model.FramePose p = poses.poses().get(i);
            cut.add(new org.medius.model.FramePose(i - from, p.timestampSeconds() - t0, p.pose()));
        }
        Analysis trimmed = AnalysisPipeline.analyse(cut, poses.video(), poses.modelDescription(), "eval", settings);
        assertEquals(clip.eyeLegs(), legsFound(clip.task(), trimmed.eventMeasures()),
                "frames " + from + " to " + to + ": " + trimmed.events().notes());
    }

    /** The working leg of each repetition in order; a squat's two events per repetition read as one B. */
    private static String legsFound(Task task, List<EventMeasures> reps) {
        if (task == Task.SQUAT) {
            return "B".repeat((int) reps.stream().filter(m -> m.event().side() == Side.LEFT).count());
        }
        return reps.stream().map(m -> m.event().side() == Side.LEFT ? "L" : "R").collect(Collectors.joining());
    }

    private static String fppaCells(Task task, List<EventMeasures> reps) {
        Stream<EventMeasures> shown = reps.stream();
        return shown.map(m -> (task == Task.SQUAT ? m.event().side().name().substring(0, 1) + " " : "")
                + (Double.isFinite(m.fppaDeg()) ? String.format(Locale.ROOT, "%+.1f", m.fppaDeg())
                        : m.fppaStatus().code())).collect(Collectors.joining(", "));
    }

    @AfterAll
    static void writeReport() {
        if (ROWS.isEmpty()) {
            return;
        }
        new EvalReport("Repetition footage: Medius against the eye count")
                .paragraph("MoveNet Thunder, task defaults. Legs: the working leg of each repetition (L, R; B = both legs of"
                + " a squat). FPPA at depth: knee FPPA of the working leg at each repetition's bottom, degrees,"
                + " + = valgus, or why it was left out.")
                .paragraph("| clip | task | by eye (legs) | found (legs) | FPPA at depth per repetition | notes |\n"
                + "|---|---|---|---|---|---|\n" + String.join("\n", ROWS))
                .write("real-repetitions.md");
    }
}
