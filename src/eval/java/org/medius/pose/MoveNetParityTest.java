package org.medius.pose;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.medius.model.MoveNetVariant;
import org.medius.video.VideoException;

/**
 * The proof that the conversion is faithful: our TorchScript models, run through DJL, reproduce the original
 * TFJS graph models (outputs recorded by tools/parity/tfjs_reference.mjs) within 1e-3 on every keypoint
 * coordinate and score, on pseudo-random inputs and on real video frames.
 */
class MoveNetParityTest {
    static final double TOLERANCE = 1e-3;
    private static final List<MoveNetModel> LOADED = new ArrayList<>();

    private static final java.util.Map<String, double[]> REPORT = new java.util.concurrent.ConcurrentSkipListMap<>();

    /** Closes the models and writes target/eval/parity.md: max abs difference per case, coordinates and scores. */
    @AfterAll
    static void closeModelsAndReport() throws IOException {
        LOADED.forEach(MoveNetModel::close);
        StringBuilder md = new StringBuilder("# MoveNet parity: DJL/libtorch vs the original TFJS model\n\n"
                + "| model / case | max abs diff y,x | max abs diff score |\n|---|---:|---:|\n");
        REPORT.forEach((name, d) -> md.append(String.format(java.util.Locale.ROOT, "| %s | %.3g | %.3g |%n", name, d[0], d[1])));
        java.nio.file.Files.createDirectories(Path.of("target", "eval"));
        java.nio.file.Files.writeString(Path.of("target", "eval", "parity.md"), md);
    }

    @TestFactory
    List<DynamicTest> thunderMatchesTfjs() throws IOException {
        return cases(MoveNetVariant.THUNDER);
    }

    @TestFactory
    List<DynamicTest> lightningMatchesTfjs() throws IOException {
        return cases(MoveNetVariant.LIGHTNING);
    }

    private static List<DynamicTest> cases(MoveNetVariant variant) throws IOException {
        String base = "/parity/movenet-" + variant.name().toLowerCase(java.util.Locale.ROOT);
        MoveNetModel model = MoveNetModel.load(variant, MoveNetModelTest.MODELS);
        LOADED.add(model);
        List<DynamicTest> tests = new ArrayList<>();
        // seeded inputs and real frames; synthetic cartoon figures (whose inputs are committed .rgb files)
        tests.addAll(cases(variant, model, readJson(base + ".json")));
        tests.addAll(cases(variant, model, readJson(base + "-synthetic.json")));
        return tests;
    }

    private static JsonNode readJson(String resource) throws IOException {
        try (InputStream in = MoveNetParityTest.class.getResourceAsStream(resource)) {
            return new ObjectMapper().readTree(in);
        }
    }

    private static List<DynamicTest> cases(MoveNetVariant variant, MoveNetModel model, JsonNode fixture) {
        int size = fixture.get("inputSize").asInt();
        assertEquals(variant.inputSizePx(), size);
        List<DynamicTest> tests = new ArrayList<>();
        for (JsonNode c : fixture.get("cases")) {
            tests.add(DynamicTest.dynamicTest(variant + " " + c.get("name").asText(), () -> {
                byte[] input = input(c, size);
                assertEquals(c.get("inputSha256").asText(), ParityInputs.sha256(input),
                        "the regenerated input differs from the one fed to TFJS");
                float[] ours = model.inferRaw(ParityInputs.toFloats(input));
                JsonNode expected = c.get("output");
                assertEquals(51, expected.size());
                double coordDiff = 0;
                double scoreDiff = 0;
                for (int i = 0; i < 51; i++) {
                    double d = Math.abs(ours[i] - expected.get(i).asDouble());
                    if (i % 3 == 2) {
                        scoreDiff = Math.max(scoreDiff, d);
                    } else {
                        coordDiff = Math.max(coordDiff, d);
                    }
                }
                REPORT.put(variant + " " + c.get("name").asText(), new double[] {coordDiff, scoreDiff});
                assertTrue(coordDiff <= TOLERANCE, "max abs difference of coordinates " + coordDiff + " > " + TOLERANCE);
                assertTrue(scoreDiff <= TOLERANCE, "max abs difference of scores " + scoreDiff + " > " + TOLERANCE);
            }));
        }
        return tests;
    }

    private static byte[] input(JsonNode c, int size) throws VideoException, IOException {
        String kind = c.get("kind").asText();
        int seed = c.path("seed").asInt();
        switch (kind) {
            case "noise":
                return ParityInputs.noise(seed, size);
            case "blobs":
                return ParityInputs.blobs(seed, size, c.get("block").asInt());
            case "raw":
                return c.has("rawFile") ? committedInput(c.get("rawFile").asText())
                        : ParityInputs.realFrameInput(c.get("name").asText(), size);
            default:
                throw new IllegalArgumentException("unknown case kind " + kind);
        }
    }

    private static byte[] committedInput(String fileName) throws IOException {
        try (InputStream in = MoveNetParityTest.class.getResourceAsStream("/parity/" + fileName)) {
            return in.readAllBytes();
        }
    }
}
