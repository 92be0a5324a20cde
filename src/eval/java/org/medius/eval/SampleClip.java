package org.medius.eval;

import java.nio.file.Path;
import java.util.List;
import org.medius.events.View;
import org.medius.model.Sex;
import org.medius.model.Side;
import org.medius.model.Task;
import org.medius.synth.PerSide;
import org.medius.synth.SynthScenario;

/**
 * The rendered clips in {@code samples/}: how each was made (the same options as in tools/samples/regenerate.sh)
 * and how it is analysed.
 */
record SampleClip(String fileName, SynthScenario scenario, Task analysisTask, Sex sex, boolean markers) {
    static final Path SAMPLES = Path.of("samples");

    /** A clip without pelvis markers. */
    SampleClip(String fileName, SynthScenario scenario, Task analysisTask, Sex sex) {
        this(fileName, scenario, analysisTask, sex, false);
    }

    /** Walking on the spot, front view: drop 3 deg on left stances and 9 on right ones, valgus 4 and 12 deg. */
    static final SampleClip WALK = new SampleClip("walk-front-drop-3-9.mp4",
            new SynthScenario(SynthScenario.Task.WALK, View.ANTERIOR, Side.LEFT, 30, 6, new PerSide(3, 9),
                    new PerSide(4, 12), PerSide.both(0), 0, 640, 480), Task.WALK, Sex.UNKNOWN);

    /** Single-leg squats on the left leg: drop 4 deg, valgus 6 deg (below the healthy band's upper bound). */
    static final SampleClip SLS_LEFT = new SampleClip("single-leg-squat-left.mp4",
            new SynthScenario(SynthScenario.Task.SINGLE_LEG_SQUAT, View.ANTERIOR, Side.LEFT, 30, 12,
                    PerSide.both(4), PerSide.both(6), PerSide.both(0), 0, 640, 480), Task.SINGLE_LEG_SQUAT, Sex.FEMALE);

    /** Single-leg squats on the right leg: drop 8 deg, valgus 20 deg (above the symptomatic-group mean). */
    static final SampleClip SLS_RIGHT = new SampleClip("single-leg-squat-right.mp4",
            new SynthScenario(SynthScenario.Task.SINGLE_LEG_SQUAT, View.ANTERIOR, Side.RIGHT, 30, 12,
                    PerSide.both(8), PerSide.both(20), PerSide.both(0), 0, 640, 480), Task.SINGLE_LEG_SQUAT, Sex.FEMALE);

    /**
     * Six forward lunges, the legs taking turns (left first): the left front knee in 20 deg of valgus at the
     * bottom, the right straight (0 deg).
     */
    static final SampleClip LUNGE = new SampleClip("lunge-front-alternating-valgus-left.mp4",
            new SynthScenario(SynthScenario.Task.ALTERNATING_LUNGE, View.ANTERIOR, Side.LEFT, 30, 25,
                    PerSide.both(0), new PerSide(20, 0), PerSide.both(0), 0, 640, 480), Task.LUNGE, Sex.UNKNOWN);

    /** Running on the spot, front view: drop 3 deg on left stances and 9 on right ones, valgus 4 and 16 deg. */
    static final SampleClip RUN = new SampleClip("run-front-drop-3-9.mp4",
            new SynthScenario(SynthScenario.Task.RUN, View.ANTERIOR, Side.LEFT, 30, 6, new PerSide(3, 9),
                    new PerSide(4, 16), PerSide.both(0), 0, 640, 480), Task.RUN, Sex.UNKNOWN);

    /**
     * The single-leg stance (Trendelenburg) test: about 5 s on the left leg with the pelvis level and the trunk
     * upright, then 5 s on the right leg with the left side of the pelvis 8 deg lower and the trunk leaning 4 deg
     * over the right leg (a positive sign with some lean).
     */
    static final SampleClip STANCE = new SampleClip("stance-front-drop-right.mp4",
            new SynthScenario(SynthScenario.Task.STANCE, View.ANTERIOR, Side.LEFT, 30, 15, new PerSide(0, 8),
                    PerSide.both(0), new PerSide(0, 4), 0, 640, 480), Task.STANCE, Sex.UNKNOWN);

    /**
     * The walk of {@link #WALK} (the same motion, frame for frame) with two magenta skin markers on the ASIS
     * ({@code medius synth --markers}), analysed with {@code --markers pelvis}.
     */
    static final SampleClip WALK_MARKERS = new SampleClip("walk-front-markers-drop-3-9.mp4",
            new SynthScenario(SynthScenario.Task.WALK, View.ANTERIOR, Side.LEFT, 30, 6, new PerSide(3, 9),
                    new PerSide(4, 12), PerSide.both(0), 0, 640, 480), Task.WALK, Sex.UNKNOWN, true);

    /**
     * Walking on the spot seen from behind, 5 s, with two magenta skin markers on the PSIS: drop 3 deg on left
     * stances and 9 on right ones, valgus 4 and 12 deg.
     */
    static final SampleClip WALK_BACK_MARKERS = new SampleClip("walk-back-markers-drop-3-9.mp4",
            new SynthScenario(SynthScenario.Task.WALK, View.POSTERIOR, Side.LEFT, 30, 5, new PerSide(3, 9),
                    new PerSide(4, 12), PerSide.both(0), 0, 640, 480), Task.WALK, Sex.UNKNOWN, true);

    /**
     * Running on the spot seen from behind, 4 s, with markers on the PSIS: drop 3 deg on left stances and 9 on right
     * ones, valgus 4 and 16 deg.
     */
    static final SampleClip RUN_BACK_MARKERS = new SampleClip("run-back-markers-drop-3-9.mp4",
            new SynthScenario(SynthScenario.Task.RUN, View.POSTERIOR, Side.LEFT, 30, 4, new PerSide(3, 9),
                    new PerSide(4, 16), PerSide.both(0), 0, 640, 480), Task.RUN, Sex.UNKNOWN, true);

    /** The single-leg stance test of {@link #STANCE} (the same motion) with markers on the ASIS. */
    static final SampleClip STANCE_MARKERS = new SampleClip("stance-front-markers-drop-right.mp4",
            new SynthScenario(SynthScenario.Task.STANCE, View.ANTERIOR, Side.LEFT, 30, 15, new PerSide(0, 8),
                    PerSide.both(0), new PerSide(0, 4), 0, 640, 480), Task.STANCE, Sex.UNKNOWN, true);

    static final List<SampleClip> ALL = List.of(WALK, SLS_LEFT, SLS_RIGHT, LUNGE, RUN, STANCE, WALK_MARKERS,
            WALK_BACK_MARKERS, RUN_BACK_MARKERS, STANCE_MARKERS);

    /** The clips with pelvis markers. */
    static final List<SampleClip> MARKED = List.of(WALK_MARKERS, WALK_BACK_MARKERS, RUN_BACK_MARKERS, STANCE_MARKERS);

    /** The clip of this file name. */
    static SampleClip named(String fileName) {
        return ALL.stream().filter(c -> c.fileName().equals(fileName)).findFirst().orElseThrow();
    }

    String truthFileName() {
        return fileName.substring(0, fileName.length() - ".mp4".length()) + ".truth.csv";
    }
}
