package org.medius.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.medius.analysis.MarkerMode;
import org.medius.analysis.RollChoice;
import org.medius.events.ViewChoice;
import org.medius.export.OutputFileException;
import org.medius.model.FramePose;
import org.medius.model.Keypoint;
import org.medius.model.MoveNetVariant;
import org.medius.model.PelvisMarkerFrame;
import org.medius.model.PelvisMarkerTrack;
import org.medius.model.PelvisSource;
import org.medius.model.Pose;
import org.medius.model.Side;
import org.medius.model.Sex;
import org.medius.model.Task;
import org.medius.model.VideoMetadata;
import org.medius.session.Correction.FrameExclusion;
import org.medius.session.Correction.KeypointMove;
import org.medius.session.Correction.RollOverride;
import org.medius.session.Correction.SubjectPick;
import org.medius.session.Correction.ViewOverride;

class SessionStoreTest {
    @TempDir
    Path dir;

    /** Poses with NaN coordinates, zero and awkward doubles; every kind of correction; a subject. */
    static Session awkwardSession() {
        List<FramePose> poses = new ArrayList<>(SyntheticSessions.standingTrack(40));
        double[] x = new double[Keypoint.COUNT];
        double[] y = new double[Keypoint.COUNT];
        double[] c = new double[Keypoint.COUNT];
        Arrays.fill(x, 1.0 / 3);
        Arrays.fill(y, 0.1 + 0.2);
        Arrays.fill(c, 0.123456789012345678);
        x[Keypoint.LEFT_ANKLE.ordinal()] = Double.NaN;
        y[Keypoint.LEFT_ANKLE.ordinal()] = Double.NaN;
        x[Keypoint.NOSE.ordinal()] = -0.0;
        y[Keypoint.NOSE.ordinal()] = 1e-300;
        poses.set(5, new FramePose(5, 5 / 30.0, Pose.of(x, y, c)));
        poses.set(6, new FramePose(6, 6 / 30.0, Pose.empty()));
        List<Correction> corrections = List.of(
                new KeypointMove(12, Keypoint.LEFT_KNEE, 412.25, 633.0000000001),
                new FrameExclusion(20, 25),
                new ViewOverride(ViewChoice.SAGITTAL_RIGHT),
                new RollOverride(RollChoice.user(-2.75)),
                new RollOverride(RollChoice.auto()),
                new SubjectPick(812, 400.5),
                new Correction.PelvisMarkers(MarkerMode.PELVIS),
                new Correction.MarkerMove(30, Side.RIGHT, 501.125, 700.75),
                new Correction.PelvisMarkers(MarkerMode.NONE));
        List<PelvisMarkerFrame> markers = new ArrayList<>();
        for (int i = 0; i < poses.size(); i++) {
            markers.add(i % 7 == 3 ? PelvisMarkerFrame.fallback(Double.NaN, Double.NaN, 1.0 / 3 + i, 2, false, true)
                    : new PelvisMarkerFrame(100 + i, 200.5, 300 - 1e-9 * i, 201, true, i % 2 == 0,
                            PelvisSource.MARKERS));
        }
        return new Session(Session.FORMAT_VERSION, new VideoFingerprint(98765432109L, "0123456789abcdef".repeat(4)),
                new VideoMetadata("Gång 1.mp4", 1080, 1920, 90, "hevc", 29.97002997002997, Double.NaN),
                "/home/å/videos/Gång 1.mp4", "MoveNet SinglePose Lightning (movenet-lightning.pt)",
                MoveNetVariant.LIGHTNING, Task.SINGLE_LEG_SQUAT, Sex.FEMALE, new SubjectPick(800, 410), poses,
                corrections, new PelvisMarkerTrack(markers, 312.5));
    }

    @Test
    void aSavedSessionLoadsEqualWithNaNsAndEveryKindOfCorrection() throws Exception {
        Session s = awkwardSession();
        Path file = dir.resolve("s.medius.json.gz");
        SessionStore.save(file, s);
        Session back = SessionStore.load(file);
        assertEquals(s, back);
        assertTrue(Double.isNaN(back.modelPoses().get(5).pose().xPx(Keypoint.LEFT_ANKLE)));
        assertEquals(1.0 / 3, back.modelPoses().get(5).pose().xPx(Keypoint.LEFT_HIP), "full precision, not 0.333");
        assertEquals(Pose.empty(), back.modelPoses().get(6).pose());
        assertEquals(s.corrections(), back.corrections());
        assertTrue(Double.isNaN(back.video().durationSeconds()));
        assertEquals(s.markers(), back.markers(), "the pelvis marker track, NaNs and sources included");
    }

    @Test
    void aSessionWithoutSubjectOrCorrectionsRoundTrips() throws Exception {
        Session s = SyntheticSessions.session(SyntheticSessions.standingTrack(3));
        Path file = dir.resolve("plain.gz");
        SessionStore.save(file, s);
        assertEquals(s, SessionStore.load(file));
    }

    @Test
    void aSecondSaveReplacesTheFirstAndLeavesNoTemporaryFile() throws Exception {
        Path file = dir.resolve("s.gz");
        Session s = SyntheticSessions.session(SyntheticSessions.standingTrack(3));
        SessionStore.save(file, s);
        Session corrected = s.withCorrections(List.of(new FrameExclusion(0, 0)));
        SessionStore.save(file, corrected);
        assertEquals(corrected, SessionStore.load(file));
        try (var files = Files.list(dir)) {
            assertEquals(List.of(file), files.toList());
        }
    }

    @Test
    void savingIntoAMissingFolderIsAnOutputFileException() {
        Path file = dir.resolve("no such folder").resolve("s.gz");
        assertThrows(OutputFileException.class,
                () -> SessionStore.save(file, SyntheticSessions.session(SyntheticSessions.standingTrack(3))));
        assertFalse(Files.exists(file));
    }

    @Test
    void aTruncatedFileIsASessionFileExceptionNamingIt() throws Exception {
        Path file = dir.resolve("cut.medius.json.gz");
        SessionStore.save(file, awkwardSession());
        byte[] all = Files.readAllBytes(file);
        for (int keep : new int[] {all.length / 2, all.length - 4, 10}) {
            Files.write(file, Arrays.copyOf(all, keep));
            SessionFileException e = assertThrows(SessionFileException.class, () -> SessionStore.load(file));
            assertTrue(e.getMessage().contains("cut.medius.json.gz"), e.getMessage());
            assertTrue(e.getMessage().contains("analyse the video again"), e.getMessage());
            assertFalse(e.unsupportedVersion());
        }
    }

    @Test
    void aFileThatIsNotGzipIsASessionFileException() throws Exception {
        Path file = dir.resolve("plain.json");
        Files.writeString(file, "{\"format\": \"medius-session\", \"formatVersion\": 1}");
        SessionFileException e = assertThrows(SessionFileException.class, () -> SessionStore.load(file));
        assertTrue(e.getMessage().startsWith(file.toString() + " is not a Medius session file or is damaged ("),
                e.getMessage());
        assertEquals(file, e.file());
    }

    @Test
    void aFutureFormatVersionIsASessionFileException() throws Exception {
        Path file = dir.resolve("future.gz");
        gzip(file, "{\"format\": \"medius-session\", \"formatVersion\": 2, \"somethingNew\": []}");
        SessionFileException e = assertThrows(SessionFileException.class, () -> SessionStore.load(file));
        assertTrue(e.unsupportedVersion());
        assertTrue(e.getMessage().contains("future.gz"), e.getMessage());
        assertTrue(e.getMessage().contains("session format 2"), e.getMessage());
    }

    @Test
    void wrongJsonInsideGzipIsASessionFileExceptionSayingWhere() throws Exception {
        Path file = dir.resolve("bad.gz");
        String[] bad = {
            "",
            "[]",
            "{\"something\": \"else\"}",
            "{\"format\": \"medius-session\", \"formatVersion\": 1}",
            "{\"format\": \"medius-session\", \"formatVersion\": 1, \"frames\": [{\"frame\": 0, \"timeS\": 0,"
                + " \"keypoints\": [[1, 2]]}]}",
            "{\"format\": \"medius-session\", \"formatVersion\": 1, \"corrections\": [{\"type\": \"teleport\"}]}",
            "{\"format\": \"medius-session\", \"formatVersion\": 1, \"corrections\": [{\"type\": \"frameExclusion\","
                + " \"fromFrame\": 5, \"toFrameInclusive\": 2}]}",
            "{\"format\": \"medius-session\", \"formatVersion\": 1,,}",
            "{\"format\": \"medius-session\", \"formatVersion\": 1, \"task\": 7}",
        };
        for (String json : bad) {
            gzip(file, json);
            SessionFileException e = assertThrows(SessionFileException.class, () -> SessionStore.load(file), json);
            assertTrue(e.getMessage().contains("bad.gz"), e.getMessage());
        }
        gzip(file, bad[4]);
        String message = assertThrows(SessionFileException.class, () -> SessionStore.load(file)).getMessage();
        assertTrue(message.contains("frames[0].keypoints"), message);
    }

    @Test
    void aMissingFileIsASessionFileException() {
        Path file = dir.resolve("gone.gz");
        SessionFileException e = assertThrows(SessionFileException.class, () -> SessionStore.load(file));
        assertTrue(e.getMessage().contains("gone.gz"), e.getMessage());
    }

    private static void gzip(Path file, String text) throws IOException {
        try (OutputStream os = new GZIPOutputStream(Files.newOutputStream(file))) {
            os.write(text.getBytes(StandardCharsets.UTF_8));
        }
    }
}
