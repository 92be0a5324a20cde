package org.medius.eval;

import java.io.IOException;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.medius.events.View;
import org.medius.model.MoveNetVariant;
import org.medius.model.Side;
import org.medius.pose.MoveNetModel;
import org.medius.synth.SyntheticTrack;
import org.medius.synth.Truth;
import org.medius.synth.render.Outfit;

/**
 * How much of a rendered walker's pelvic tilt MoveNet Thunder's hips show: per frame, the least-squares slope and r
 * of the raw hip-line angle against the true obliquity, for a 9 deg drop on each stance, front and back view, with
 * the trunk upright or turned with the pelvis. A measurement without pass/fail limits, part of the evaluation run;
 * writes target/eval/hip-line.md. Alone: {@code mvn -o -q test-compile surefire:test@evaluation -Dtest=HipLineTest}.
 */
class HipLineTest {

    @Test
    void hipLineSlopeOnRenderedWalks() throws IOException {
        ReportTable table = new ReportTable("view", "trunk", "frames", "slope", "r");
        try (MoveNetModel model = Models.require(MoveNetVariant.THUNDER)) {
            for (View view : new View[] {View.ANTERIOR, View.POSTERIOR}) {
                for (boolean trunkWithPelvis : new boolean[] {false, true}) {
                    double lean = trunkWithPelvis ? -9 : 0; // towards the swing side, square to the pelvis
                    Truth truth = SyntheticTrack.walk().view(view).fps(30).steps(6).imageSizePx(640, 480)
                            .bodyHeightPx(384).cpdDeg(Side.LEFT, 9).cpdDeg(Side.RIGHT, 9).trunkLeanDeg(Side.LEFT, lean)
                            .trunkLeanDeg(Side.RIGHT, lean).confidence(1).generate().truth();
                    HipLineFit fit = fit(model, truth);
                    table.row(view.name().toLowerCase(Locale.ROOT), trunkWithPelvis ? "tilted with the pelvis"
                            : "upright", Integer.toString(fit.frames()), String.format(Locale.ROOT, "%.2f",
                                    fit.slope()), String.format(Locale.ROOT, "%.2f", fit.r()));
                }
            }
        }
        new EvalReport("MoveNet's hip line against the true pelvic obliquity of a rendered walker")
                .paragraph("Walk on the spot, 640x480, figure 384 px tall, 30 fps, 6 steps, CPD 9 deg on every"
                        + " stance, shorts; MoveNet Thunder with a SubjectTracker on every frame; frames with both hips"
                        + " confident (>= 0.3). Slope 1: the model's hips show all of the tilt. 'Tilted with the"
                        + " pelvis': trunk lean -9 deg, so the trunk stays square to the pelvis. Command: mvn -o -q"
                        + " test-compile surefire:test@evaluation -Dtest=HipLineTest")
                .table(table).write("hip-line.md");
    }

    private static HipLineFit fit(MoveNetModel model, Truth truth) throws IOException {
        HipLineFit fit = new HipLineFit();
        RenderedFrames.estimate(model, truth, Outfit.standard(), (f, t, image, estimate) -> fit.add(t, estimate, 0.3));
        return fit;
    }
}
