package org.medius.pose;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.translate.Batchifier;
import ai.djl.translate.Translator;
import ai.djl.translate.TranslatorContext;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import org.medius.model.Keypoint;
import org.medius.model.Pose;

/**
 * Pre- and post-processing only: crops and letterboxes the region into the square model input, and maps the
 * model's normalised (y, x, score) triples back to pixels of the full frame, undoing padding and scale.
 * Holds a reusable input buffer, so one instance serves one predictor (DJL predictors are single-threaded).
 */
final class MoveNetTranslator implements Translator<CropInput, Pose> {
    private final int sizePx;
    private final float[] input;
    /**
     * The input handed to libtorch, allocated once: given a heap buffer, DJL allocates a new direct buffer per
     * call, which is freed only when the garbage collector gets round to it; resident memory then grew by the size
     * of one input per frame (measured: +0.4 MB per Lightning frame, 3.5 GB after 10 minutes of video).
     */
    private final ByteBuffer direct;
    private CropInput current;

    MoveNetTranslator(int sizePx) {
        this.sizePx = sizePx;
        this.input = new float[sizePx * sizePx * 3];
        this.direct = ByteBuffer.allocateDirect(input.length * Float.BYTES).order(ByteOrder.nativeOrder());
    }

    @Override
    public NDList processInput(TranslatorContext ctx, CropInput in) {
        current = in;
        CropAndResize.into(in.frame(), in.region(), sizePx, input);
        direct.clear();
        direct.asFloatBuffer().put(input);
        NDArray array = ctx.getNDManager().create(direct, new Shape(1, sizePx, sizePx, 3), DataType.FLOAT32);
        return new NDList(array);
    }

    @Override
    public Pose processOutput(TranslatorContext ctx, NDList list) {
        float[] out = list.singletonOrThrow().toFloatArray();
        return toFramePose(out, current.region(), current.frame().widthPx(), current.frame().heightPx());
    }

    /** Maps a raw model output (17 x (y, x, score), normalised to the model input) to frame pixels. */
    static Pose toFramePose(float[] out, CropRegion region, int frameWidthPx, int frameHeightPx) {
        if (out.length != Keypoint.COUNT * 3) {
            throw new IllegalStateException("MoveNet returned " + out.length + " values, expected " + Keypoint.COUNT * 3);
        }
        double[] x = new double[Keypoint.COUNT];
        double[] y = new double[Keypoint.COUNT];
        double[] c = new double[Keypoint.COUNT];
        for (int k = 0; k < Keypoint.COUNT; k++) {
            y[k] = region.yToFramePx(out[3 * k], frameHeightPx);
            x[k] = region.xToFramePx(out[3 * k + 1], frameWidthPx);
            c[k] = out[3 * k + 2];
        }
        return Pose.of(x, y, c);
    }

    @Override
    public Batchifier getBatchifier() {
        return null; // the input already carries its batch dimension
    }
}
