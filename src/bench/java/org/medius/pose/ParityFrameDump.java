package org.medius.pose;

import java.nio.file.Files;
import java.nio.file.Path;
import org.medius.model.MoveNetVariant;

/**
 * Writes the model inputs of real video frames (decoded by our reader, letterboxed by our crop-and-resize)
 * as raw RGB files for tools/parity/tfjs_reference.mjs, which records the original TFJS model's outputs on
 * them. A tool run by hand, through {@code bash tools/parity/add_real_frames.sh} (or
 * {@code bash tools/bench/run.sh ParityFrameDump OUT_DIR frame:tfjs/pose_1.mp4:0 ...}); each name is
 * written for both model sizes as OUT_DIR/NAME-SIZE.rgb with ':' and '/' replaced by '_'. The frames are read
 * from ../shared/data and never stored in the repository; only their SHA-256 and the TFJS outputs are.
 */
public final class ParityFrameDump {
    private ParityFrameDump() {
    }

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args[0]);
        Files.createDirectories(out);
        for (int i = 1; i < args.length; i++) {
            for (MoveNetVariant v : MoveNetVariant.values()) {
                int size = v.inputSizePx();
                byte[] input = ParityInputs.realFrameInput(args[i], size);
                Path file = out.resolve(args[i].replace(':', '_').replace('/', '_') + "-" + size + ".rgb");
                Files.write(file, input);
                System.out.println(args[i] + " " + size + " " + file + " " + ParityInputs.sha256(input));
            }
        }
    }
}
