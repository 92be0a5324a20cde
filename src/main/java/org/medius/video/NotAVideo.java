package org.medius.video;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Tells a picture or a document from a video by its first bytes (its "magic number"), whatever its name: FFmpeg
 * would open a PNG, JPEG or GIF renamed {@code .mp4} as a one-frame video and Medius would analyse it (issue 19).
 * The signatures are the formats' own: PNG {@code 89 50 4E 47}, JPEG {@code FF D8 FF}, GIF {@code GIF8}, BMP
 * {@code BM}, TIFF {@code II*\0} / {@code MM\0*}, WebP {@code RIFF....WEBP}, PDF {@code %PDF}, ZIP (and so Word,
 * Excel and other Office files) {@code PK 03 04}.
 */
final class NotAVideo {
    private NotAVideo() {
    }

    /** "a PNG picture", "a PDF document", ...; null when the file starts like none of them. */
    static String kindOf(Path file) {
        byte[] b = new byte[12];
        int n;
        try (InputStream in = Files.newInputStream(file)) {
            n = in.readNBytes(b, 0, b.length);
        } catch (IOException e) {
            return null; // the reader reports what it cannot read
        }
        if (starts(b, n, 0x89, 'P', 'N', 'G')) {
            return "a PNG picture";
        }
        if (starts(b, n, 0xFF, 0xD8, 0xFF)) {
            return "a JPEG picture";
        }
        if (starts(b, n, 'G', 'I', 'F', '8')) {
            return "a GIF picture";
        }
        if (starts(b, n, 'B', 'M') && n >= 6) {
            return "a BMP picture";
        }
        if (starts(b, n, 'I', 'I', '*', 0) || starts(b, n, 'M', 'M', 0, '*')) {
            return "a TIFF picture";
        }
        if (starts(b, n, 'R', 'I', 'F', 'F') && n >= 12
                && new String(b, 8, 4, StandardCharsets.US_ASCII).equals("WEBP")) {
            return "a WebP picture";
        }
        if (starts(b, n, '%', 'P', 'D', 'F')) {
            return "a PDF document";
        }
        if (starts(b, n, 'P', 'K', 3, 4)) {
            return "a ZIP archive or an Office document";
        }
        return null;
    }

    private static boolean starts(byte[] b, int n, int... signature) {
        if (n < signature.length) {
            return false;
        }
        for (int i = 0; i < signature.length; i++) {
            if ((b[i] & 0xFF) != signature[i]) {
                return false;
            }
        }
        return true;
    }
}
