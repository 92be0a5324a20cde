package org.medius.pose;

import ai.djl.MalformedModelException;
import ai.djl.inference.Predictor;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.repository.zoo.Criteria;
import ai.djl.repository.zoo.ModelNotFoundException;
import ai.djl.repository.zoo.ZooModel;
import ai.djl.translate.NoopTranslator;
import ai.djl.translate.TranslateException;
import java.io.IOException;
import java.nio.FloatBuffer;
import java.nio.file.Path;
import org.medius.model.MoveNetVariant;
import org.medius.model.Pose;

/**
 * A MoveNet TorchScript model loaded through DJL's PyTorch engine, offline. Not thread-safe: use one instance
 * per thread (DJL predictors are single-threaded).
 */
public final class MoveNetModel implements AutoCloseable {
    private final MoveNetVariant variant;
    private final Path file;
    private final ZooModel<CropInput, Pose> model;
    private final Predictor<CropInput, Pose> predictor;
    private Predictor<NDList, NDList> rawPredictor;

    private MoveNetModel(MoveNetVariant variant, Path file, ZooModel<CropInput, Pose> model) {
        this.variant = variant;
        this.file = file;
        this.model = model;
        this.predictor = model.newPredictor();
    }

    /** Loads {@code variant} from the default models directory ({@link ModelLocator}). */
    public static MoveNetModel load(MoveNetVariant variant) {
        return load(variant, ModelLocator.modelsDirectory());
    }

    public static MoveNetModel load(MoveNetVariant variant, Path modelsDirectory) {
        DjlRuntime.configure();
        Path file = ModelLocator.modelFile(modelsDirectory, variant);
        Criteria<CropInput, Pose> criteria = Criteria.builder()
                .setTypes(CropInput.class, Pose.class)
                .optModelPath(file)
                .optEngine("PyTorch")
                .optTranslator(new MoveNetTranslator(variant.inputSizePx()))
                .build();
        ZooModel<CropInput, Pose> model;
        try {
            model = criteria.loadModel();
        } catch (ModelNotFoundException | MalformedModelException | IOException | RuntimeException e) {
            throw new PoseModelException(file, "it is not a valid TorchScript model (" + firstLine(e) + ")", e);
        }
        MoveNetModel loaded = new MoveNetModel(variant, file, model);
        loaded.checkContract();
        return loaded;
    }

    private long inferences;
    private long inferenceNanos;

    public MoveNetVariant variant() {
        return variant;
    }

    public Path file() {
        return file;
    }

    /** Runs the model on {@code region} of {@code frame}; keypoints come back in frame pixels. */
    public Pose estimate(FrameImage frame, CropRegion region) {
        long start = System.nanoTime();
        try {
            return predictor.predict(new CropInput(frame, region));
        } catch (TranslateException e) {
            throw new IllegalStateException("pose inference failed on a " + frame.widthPx() + "x" + frame.heightPx()
                    + " frame with " + file.getFileName() + ": " + firstLine(e), e);
        } finally {
            inferenceNanos += System.nanoTime() - start;
            inferences++;
        }
    }

    /** Crop + forward pass + decoding of the output, as counted by {@link #estimate}: what the pose stage costs. */
    public record InferenceTime(long inferences, double seconds) {
    }

    /** The inferences run by {@link #estimate} since the model was loaded, and the time they took. */
    public InferenceTime inferenceTime() {
        return new InferenceTime(inferences, inferenceNanos / 1e9);
    }

    /**
     * Runs the bare model on an already prepared input: {@code S*S*3} RGB values 0..255 in NHWC order.
     * Returns the 51 raw outputs (y, x, score per keypoint, normalised to the input square).
     */
    public float[] inferRaw(float[] nhwcRgb) {
        int s = variant.inputSizePx();
        if (nhwcRgb.length != s * s * 3) {
            throw new IllegalArgumentException("input must hold " + s * s * 3 + " values for " + variant);
        }
        if (rawPredictor == null) {
            rawPredictor = model.newPredictor(new NoopTranslator(null));
        }
        try (NDManager manager = model.getNDManager().newSubManager()) {
            NDList in = new NDList(manager.create(FloatBuffer.wrap(nhwcRgb), new Shape(1, s, s, 3)));
            return rawPredictor.predict(in).singletonOrThrow().toFloatArray();
        } catch (TranslateException e) {
            throw new IllegalStateException("pose inference failed with " + file.getFileName() + ": " + firstLine(e), e);
        }
    }

    /** A model of the wrong shape (e.g. the other variant renamed) is caught at load time, not mid-video. */
    private void checkContract() {
        float[] out;
        try {
            out = inferRaw(new float[variant.inputSizePx() * variant.inputSizePx() * 3]);
        } catch (RuntimeException e) {
            close();
            throw new PoseModelException(file, "it does not accept a " + variant.inputSizePx() + "x"
                    + variant.inputSizePx() + " RGB input (" + firstLine(e) + ")", e);
        }
        if (out.length != 51) {
            close();
            throw new PoseModelException(file, "it returns " + out.length + " values instead of 17 x 3", null);
        }
    }

    private static String firstLine(Throwable e) {
        String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        int nl = m.indexOf('\n');
        return nl < 0 ? m : m.substring(0, nl);
    }

    @Override
    public void close() {
        if (rawPredictor != null) {
            rawPredictor.close();
        }
        predictor.close();
        model.close();
    }
}
