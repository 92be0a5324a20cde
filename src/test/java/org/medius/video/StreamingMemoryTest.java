package org.medius.video;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.bytedeco.javacpp.Pointer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Decoding is streaming: memory after 1500 frames is about what it was after 300 (measured here: under 1 MiB of
 * growth). Keeping anything per frame would show: a 320x240 BGR picture is 225 KiB, a decoded YUV picture 112 KiB,
 * and the test video's packets are about 33 KiB each, so even leaking only the packets of the 1200 frames in
 * between would add about 40 MiB. A memory bound, not a timing bound.
 */
class StreamingMemoryTest {

    private static final long MIB = 1024 * 1024;

    @TempDir
    static Path dir;

    private static Path longVideo;

    @BeforeAll
    static void writeLongVideo() throws Exception {
        longVideo = TestVideos.spec().format("matroska").codec("mpeg4").size(320, 240).frames(1500).fps(30).noise()
                .writeTo(dir.resolve("long.mkv"));
    }

    @Test
    void plainReaderMemoryDoesNotGrowWithTheNumberOfFrames() throws Exception {
        try (VideoReader reader = VideoReader.open(longVideo)) {
            readAndCheck(reader);
        }
    }

    @Test
    void prefetchingReaderMemoryDoesNotGrowWithTheNumberOfFrames() throws Exception {
        try (PrefetchingVideoReader reader = PrefetchingVideoReader.open(longVideo)) {
            readAndCheck(reader);
        }
    }

    private static void readAndCheck(VideoSource reader) throws Exception {
        long[] at300 = null;
        int n = 0;
        VideoFrame f;
        while ((f = reader.next()) != null) {
            f.close();
            n++;
            if (n == 300) {
                at300 = snapshot();
            }
        }
        long[] at1500 = snapshot();
        assertEquals(1500, n);
        long heapGrowth = at1500[0] - at300[0];
        long physicalGrowth = at1500[1] - at300[1];
        long javacppGrowth = at1500[2] - at300[2];
        String report = String.format("growth 300->1500 frames: heap %d KiB, process RSS %d KiB, javacpp %d KiB",
                heapGrowth / 1024, physicalGrowth / 1024, javacppGrowth / 1024);
        assertTrue(heapGrowth < 16 * MIB, report);
        assertTrue(physicalGrowth < 20 * MIB, report);
        assertTrue(javacppGrowth < MIB, report);
    }

    /** Heap used after a GC, process resident memory, and memory allocated through JavaCPP. */
    private static long[] snapshot() throws InterruptedException {
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(50);
        }
        Runtime rt = Runtime.getRuntime();
        return new long[] {rt.totalMemory() - rt.freeMemory(), Pointer.physicalBytes(), Pointer.totalBytes()};
    }
}
