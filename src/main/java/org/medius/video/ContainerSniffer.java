package org.medius.video;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;

/**
 * Recognises the first bytes of common video containers. Used only to word an error: when FFmpeg cannot open a
 * file that starts like an mp4 or mkv, the file is most likely truncated or damaged rather than "not a video".
 */
final class ContainerSniffer {

    private static final int HEAD_BYTES = 512;
    private static final Set<String> ISO_BMFF_BOXES = Set.of("ftyp", "moov", "mdat", "free", "skip", "wide", "pnot");

    private ContainerSniffer() {
    }

    /** The container the file starts like, with its article ("an MP4/MOV"), or empty when it looks like none we know. */
    static Optional<String> containerOf(Path file) {
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(HEAD_BYTES);
        } catch (IOException e) {
            return Optional.empty();
        }
        return containerOf(head);
    }

    static Optional<String> containerOf(byte[] h) {
        if (h.length >= 8 && ISO_BMFF_BOXES.contains(ascii(h, 4, 4))) {
            return Optional.of("an MP4/MOV");
        }
        if (startsWith(h, 0x1A, 0x45, 0xDF, 0xA3)) {
            return Optional.of("a Matroska/WebM");
        }
        if (h.length >= 12 && ascii(h, 0, 4).equals("RIFF") && ascii(h, 8, 4).startsWith("AVI")) {
            return Optional.of("an AVI");
        }
        if (ascii(h, 0, 4).equals("OggS")) {
            return Optional.of("an Ogg");
        }
        if (h.length >= 3 && ascii(h, 0, 3).equals("FLV")) {
            return Optional.of("an FLV");
        }
        if (startsWith(h, 0x30, 0x26, 0xB2, 0x75, 0x8E, 0x66, 0xCF, 0x11)) {
            return Optional.of("an ASF/WMV");
        }
        if (startsWith(h, 0x00, 0x00, 0x01, 0xBA)) {
            return Optional.of("an MPEG program stream");
        }
        if (h.length > 376 && h[0] == 0x47 && h[188] == 0x47 && h[376] == 0x47) {
            return Optional.of("an MPEG transport stream");
        }
        return Optional.empty();
    }

    private static boolean startsWith(byte[] h, int... prefix) {
        if (h.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((h[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static String ascii(byte[] h, int from, int length) {
        if (h.length < from + length) {
            return "";
        }
        return new String(Arrays.copyOfRange(h, from, from + length), StandardCharsets.ISO_8859_1);
    }
}
