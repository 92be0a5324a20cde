package org.medius.session;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Objects;

/**
 * What identifies a video's content, whatever its name or folder: its size and the SHA-256 of its bytes. A saved
 * session belongs to the video with the same fingerprint; a re-encoded or trimmed video gets a new one.
 *
 * @param sizeBytes the file's length
 * @param sha256Hex SHA-256 of the whole file, 64 lower-case hex digits
 */
public record VideoFingerprint(long sizeBytes, String sha256Hex) {
    private static final int BUFFER_BYTES = 1 << 20;

    public VideoFingerprint {
        if (sizeBytes < 0) {
            throw new IllegalArgumentException("a file size cannot be negative: " + sizeBytes);
        }
        Objects.requireNonNull(sha256Hex, "sha256Hex");
        if (!sha256Hex.matches("[0-9a-f]{64}")) {
            throw new IllegalArgumentException("a SHA-256 is 64 lower-case hex digits, not '" + sha256Hex + "'");
        }
    }

    /** Reads the file once, 1 MiB at a time (a video of any length needs no more memory than that). */
    public static VideoFingerprint of(Path video) throws IOException {
        MessageDigest sha = sha256();
        byte[] buffer = new byte[BUFFER_BYTES];
        long size = 0;
        try (InputStream in = Files.newInputStream(video)) {
            for (int n; (n = in.read(buffer)) != -1; ) {
                sha.update(buffer, 0, n);
                size += n;
            }
        }
        return new VideoFingerprint(size, HexFormat.of().formatHex(sha.digest()));
    }

    /**
     * True when the file has this content. A file of another size is rejected without reading it.
     *
     * @throws IOException when the file cannot be read (a missing file included)
     */
    public boolean matches(Path video) throws IOException {
        return Files.size(video) == sizeBytes && of(video).equals(this);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    /** Parses a stored hex digest in any case. */
    static VideoFingerprint of(long sizeBytes, String sha256Hex) {
        return new VideoFingerprint(sizeBytes, sha256Hex.toLowerCase(Locale.ROOT));
    }
}
