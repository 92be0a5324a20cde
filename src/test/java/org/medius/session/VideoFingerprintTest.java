package org.medius.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class VideoFingerprintTest {
    @TempDir
    Path dir;

    @Test
    void theHashOfAKnownTextIsTheStandardOne() throws Exception {
        Path file = dir.resolve("abc.txt");
        Files.writeString(file, "abc", StandardCharsets.US_ASCII);
        assertEquals(new VideoFingerprint(3, "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"),
                VideoFingerprint.of(file));
    }

    @Test
    void aFileLongerThanTheBufferHashesAsMessageDigestSays() throws Exception {
        byte[] bytes = new byte[3 * (1 << 20) + 17]; // crosses the 1 MiB buffer three times
        new Random(3).nextBytes(bytes);
        Path file = dir.resolve("video.mp4");
        Files.write(file, bytes);
        String expected = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        VideoFingerprint fp = VideoFingerprint.of(file);
        assertEquals(bytes.length, fp.sizeBytes());
        assertEquals(expected, fp.sha256Hex());
        assertTrue(fp.matches(file));

        bytes[bytes.length / 2] ^= 1; // same size, other content
        Files.write(file, bytes);
        assertFalse(fp.matches(file));
        Files.write(file, new byte[5]);
        assertFalse(fp.matches(file));
    }

    @Test
    void anInvalidDigestIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new VideoFingerprint(1, "abc"));
        assertThrows(IllegalArgumentException.class, () -> new VideoFingerprint(1, "AB".repeat(32)));
        assertThrows(IllegalArgumentException.class, () -> new VideoFingerprint(-1, "ab".repeat(32)));
    }
}
