package org.medius.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.medius.model.MoveNetVariant;
import org.medius.model.Sex;
import org.medius.model.Task;
import org.medius.session.Correction.FrameExclusion;
import org.medius.session.SessionCache.Lookup;
import org.medius.session.SessionCache.Status;

class SessionCacheTest {
    @TempDir
    Path tmp;
    private Path video;
    private SessionCache cache;

    @BeforeEach
    void setUp() throws Exception {
        video = tmp.resolve("videos").resolve("walk.mp4");
        Files.createDirectories(video.getParent());
        Files.write(video, bytes(1));
        cache = new SessionCache(tmp.resolve("cache").resolve("medius")); // not there yet: save creates it
    }

    private static byte[] bytes(int seed) {
        byte[] b = new byte[100_000];
        new Random(seed).nextBytes(b);
        return b;
    }

    private Session sessionFor(VideoFingerprint fp) {
        return Session.create(fp, SyntheticSessions.VIDEO, video.toAbsolutePath().toString(), "MoveNet (test)",
                MoveNetVariant.THUNDER, Task.WALK, Sex.UNKNOWN, null, SyntheticSessions.standingTrack(5))
                .withCorrections(List.of(new FrameExclusion(1, 2)));
    }

    @Test
    void noneBeforeSavingFoundAfter() throws Exception {
        Lookup none = cache.find(video, MoveNetVariant.THUNDER);
        assertEquals(Status.NONE, none.status());
        assertEquals(Optional.empty(), none.session());
        assertEquals(VideoFingerprint.of(video), none.fingerprint());

        Session s = sessionFor(none.fingerprint());
        Path file = cache.save(s);
        assertEquals(cache.fileFor(none.fingerprint(), MoveNetVariant.THUNDER), file);
        assertEquals(none.fingerprint().sha256Hex() + "-thunder.medius.json.gz", file.getFileName().toString());

        Lookup found = cache.find(video, MoveNetVariant.THUNDER);
        assertEquals(Status.FOUND, found.status());
        assertEquals(Optional.of(s), found.session());
        assertTrue(found.message().contains("walk.mp4"), found.message());
        assertEquals(Status.NONE, cache.find(video, MoveNetVariant.LIGHTNING).status(), "another model");
    }

    @Test
    void aMovedVideoIsStillFound() throws Exception {
        cache.save(sessionFor(VideoFingerprint.of(video)));
        Path moved = tmp.resolve("elsewhere.mp4");
        Files.move(video, moved);
        assertEquals(Status.FOUND, cache.find(moved, MoveNetVariant.THUNDER).status());
    }

    @Test
    void staleWhenTheVideoChangedInPlace() throws Exception {
        cache.save(sessionFor(VideoFingerprint.of(video)));
        Files.write(video, bytes(2));
        Lookup l = cache.find(video, MoveNetVariant.THUNDER);
        assertEquals(Status.STALE, l.status());
        assertEquals(VideoFingerprint.of(video), l.fingerprint());
        assertTrue(l.message().contains("changed"), l.message());
        assertTrue(l.message().endsWith("the video will be analysed again."), l.message());
    }

    @Test
    void staleWhenTheFileIsDamaged() throws Exception {
        VideoFingerprint fp = VideoFingerprint.of(video);
        Path file = cache.save(sessionFor(fp));
        byte[] all = Files.readAllBytes(file);
        Files.write(file, java.util.Arrays.copyOf(all, all.length / 2));
        Lookup l = cache.find(video, MoveNetVariant.THUNDER);
        assertEquals(Status.STALE, l.status());
        assertEquals(Optional.empty(), l.session());
        assertTrue(l.message().contains("analysed again"), l.message());

        Files.writeString(file, "not a session");
        assertEquals(Status.STALE, cache.find(video, MoveNetVariant.THUNDER).status());
    }

    @Test
    void staleWhenTheStoredFingerprintIsAnotherVideos() throws Exception {
        VideoFingerprint fp = VideoFingerprint.of(video);
        Files.createDirectories(cache.dir());
        SessionStore.save(cache.fileFor(fp, MoveNetVariant.THUNDER),
                sessionFor(new VideoFingerprint(fp.sizeBytes(), "cd".repeat(32))));
        assertEquals(Status.STALE, cache.find(video, MoveNetVariant.THUNDER).status());
    }

    @Test
    void theDefaultFolderFollowsThePropertyThenXdgThenHome() {
        assertEquals(Path.of("/p/cache"), SessionCache.defaultDir("/p/cache", "/xdg", "/home/u"));
        assertEquals(Path.of("/xdg/medius"), SessionCache.defaultDir(null, "/xdg", "/home/u"));
        assertEquals(Path.of("/home/u/.cache/medius"), SessionCache.defaultDir("", "relative/xdg", "/home/u"));
        assertEquals(Path.of("/home/u/.cache/medius"), SessionCache.defaultDir(null, null, "/home/u"));
    }
}
