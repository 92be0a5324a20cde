package org.medius.pose;

import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.medius.testing.SharedData;
import org.medius.video.VideoException;
import org.medius.video.VideoFrame;
import org.medius.video.VideoReader;

/**
 * The parity fixtures' model inputs, regenerated bit for bit: the pseudo-random ones (see the "generator" text in
 * src/test/resources/parity/*.json and tools/parity/tfjs_reference.mjs) and the real frames of ../shared/data.
 * Used by MoveNetParityTest (src/eval/java) and ParityFrameDump (src/bench/java).
 */
final class ParityInputs {
    private int state;

    private ParityInputs(int seed) {
        this.state = seed;
    }

    private int nextByte() {
        int x = state;
        x ^= x << 13;
        x ^= x >>> 17;
        x ^= x << 5;
        state = x;
        return x >>> 24;
    }

    static byte[] noise(int seed, int size) {
        ParityInputs g = new ParityInputs(seed);
        byte[] out = new byte[size * size * 3];
        for (int i = 0; i < out.length; i++) {
            out[i] = (byte) g.nextByte();
        }
        return out;
    }

    static byte[] blobs(int seed, int size, int block) {
        ParityInputs g = new ParityInputs(seed);
        int blocks = size / block;
        int[] blockVal = new int[blocks * blocks * 3];
        for (int i = 0; i < blockVal.length; i++) {
            blockVal[i] = g.nextByte();
        }
        byte[] out = new byte[size * size * 3];
        for (int row = 0; row < size; row++) {
            for (int col = 0; col < size; col++) {
                for (int c = 0; c < 3; c++) {
                    out[(row * size + col) * 3 + c] = (byte) blockVal[((row / block) * blocks + col / block) * 3 + c];
                }
            }
        }
        return out;
    }

    static float[] toFloats(byte[] bytes) {
        float[] f = new float[bytes.length];
        for (int i = 0; i < bytes.length; i++) {
            f[i] = bytes[i] & 0xff;
        }
        return f;
    }

    static byte[] toBytes(float[] values) {
        byte[] b = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            b[i] = (byte) (int) values[i];
        }
        return b;
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * A real-frame case is named {@code frame:<path under ../shared/data>:<frame index>}; its input is that frame,
     * decoded by our reader and letterboxed whole into the model square by our crop-and-resize.
     */
    static byte[] realFrameInput(String name, int size) throws VideoException {
        String[] parts = name.split(":");
        Path video = SharedData.require(parts[1]);
        int index = Integer.parseInt(parts[2]);
        try (VideoReader reader = VideoReader.open(video)) {
            VideoFrame f;
            while ((f = reader.next()) != null) {
                try (VideoFrame frame = f) {
                    if (frame.index() == index) {
                        FrameImage img = FrameImage.fromFrame(frame, null);
                        float[] in = new float[size * size * 3];
                        CropAndResize.into(img, CropRegion.wholeFramePadded(img.widthPx(), img.heightPx()), size, in);
                        return toBytes(in);
                    }
                }
            }
        }
        throw new IllegalArgumentException(video + " has no frame " + index);
    }
}
