package org.medius.pose;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.medius.model.Keypoint;
import org.medius.model.MoveNetVariant;
import org.medius.model.Pose;

/** The committed TorchScript models load offline through DJL and fail clearly when missing or corrupt. */
class MoveNetModelTest {
    static final Path MODELS = Path.of("models");

    @Test
    void bothModelsLoadAndReturnSeventeenKeypointsOnAnEmptyFrame() {
        for (MoveNetVariant v : MoveNetVariant.values()) {
            try (MoveNetModel m = MoveNetModel.load(v, MODELS)) {
                FrameImage black = new FrameImage(640, 480, new byte[640 * 480 * 3]);
                Pose p = m.estimate(black, CropRegion.wholeFramePadded(640, 480));
                for (Keypoint k : Keypoint.values()) {
                    assertTrue(p.confidence(k) >= 0 && p.confidence(k) <= 1, v + " " + k + " confidence in [0,1]");
                    assertTrue(Double.isFinite(p.xPx(k)) && Double.isFinite(p.yPx(k)), v + " " + k + " finite");
                }
                assertTrue(p.meanConfidence() < 0.3, v + ": nobody in a black frame, mean confidence " + p.meanConfidence());
            }
        }
    }

    @Test
    void missingModelFileNamesTheFileAndTheRegenerateCommand(@TempDir Path dir) {
        PoseModelException e = assertThrows(PoseModelException.class,
                () -> MoveNetModel.load(MoveNetVariant.THUNDER, dir));
        assertTrue(e.getMessage().contains(dir.resolve("movenet-thunder.pt").toString()), e.getMessage());
        assertTrue(e.getMessage().contains(PoseModelException.REGENERATE), e.getMessage());
        assertTrue(e.getMessage().contains("does not exist"), e.getMessage());
    }

    @Test
    void corruptModelFileIsReportedAsInvalidNotAsACrash(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("movenet-lightning.pt");
        byte[] real = Files.readAllBytes(MODELS.resolve("movenet-lightning.pt"));
        Files.write(file, java.util.Arrays.copyOf(real, real.length / 3)); // truncated zip
        PoseModelException e = assertThrows(PoseModelException.class,
                () -> MoveNetModel.load(MoveNetVariant.LIGHTNING, dir));
        assertTrue(e.getMessage().contains(file.toString()), e.getMessage());
        assertTrue(e.getMessage().contains("not a valid TorchScript model"), e.getMessage());
    }

    @Test
    void theOtherVariantUnderTheWrongNameIsCaughtAtLoadTime(@TempDir Path dir) throws IOException {
        Files.copy(MODELS.resolve("movenet-lightning.pt"), dir.resolve("movenet-thunder.pt"));
        PoseModelException e = assertThrows(PoseModelException.class,
                () -> MoveNetModel.load(MoveNetVariant.THUNDER, dir));
        assertTrue(e.getMessage().contains("256x256"), e.getMessage());
    }

    @Test
    void translatorMapsModelOutputToFramePixels() {
        float[] out = new float[51];
        out[3 * Keypoint.LEFT_HIP.ordinal()] = 0.5f;      // y
        out[3 * Keypoint.LEFT_HIP.ordinal() + 1] = 0.25f; // x
        out[3 * Keypoint.LEFT_HIP.ordinal() + 2] = 0.8f;  // score
        // 1280x720 frame, crop = whole frame padded to 1280x1280 (280 px of padding above and below)
        Pose p = MoveNetTranslator.toFramePose(out, CropRegion.wholeFramePadded(1280, 720), 1280, 720);
        assertEquals(320.0, p.xPx(Keypoint.LEFT_HIP), 1e-4);
        assertEquals(360.0, p.yPx(Keypoint.LEFT_HIP), 1e-4);
        assertEquals(0.8, p.confidence(Keypoint.LEFT_HIP), 1e-6);
        assertEquals(-280.0, p.yPx(Keypoint.NOSE), 1e-4, "y = 0 in the model is the top of the padding");
    }
}
