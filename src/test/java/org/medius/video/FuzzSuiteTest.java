package org.medius.video;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import org.medius.analysis.Analysis;
import org.medius.analysis.AnalysisSettings;
import org.medius.analysis.Progress;
import org.medius.analysis.VideoAnalyzer;
import org.medius.export.AnalysisFiles;
import org.medius.model.Keypoint;
import org.medius.model.Pose;
import org.medius.model.Task;
import org.medius.model.UserError;
import org.medius.pose.FrameImage;
import org.medius.pose.PoseEstimator;

/**
 * The fuzz suite of issue 19: more than 60 broken or odd inputs, each analysed from the file to the written results
 * with a fast stand-in for the pose model (the file handling, not the model, is under test). For each it asserts a
 * defined outcome (results, or a user error of a known category: the command line's exit 3 bad input or 6 no
 * person), one sentence that names the file and ends with a full stop, no stack trace in it, no hang (a preemptive
 * time limit) and no file left behind: nothing beside the input, and in the output folder either the complete
 * results or nothing. It writes the table of docs/evaluation.md ("Fuzz suite") to {@code target/fuzz/fuzz.md}.
 */
class FuzzSuiteTest {
    private static final Duration LIMIT = Duration.ofSeconds(60);
    private static final List<String> ROWS = new ArrayList<>();

    @TempDir
    static Path dir;

    /** How an input is made: into a file of this name in a folder of its own. */
    interface Maker {
        Path make(Path folder) throws Exception;
    }

    /** The outcome, as the command line reports it. */
    record Outcome(int exitCode, String message, double seconds) {
    }

    /** A standing person in the middle of every frame; or nobody. */
    static final class StandIn implements PoseEstimator {
        private final boolean person;

        StandIn(boolean person) {
            this.person = person;
        }

        @Override
        public Pose estimate(FrameImage frame) {
            if (!person) {
                return Pose.empty();
            }
            double w = frame.widthPx();
            double h = frame.heightPx();
            double[] x = new double[Keypoint.COUNT];
            double[] y = new double[Keypoint.COUNT];
            double[] c = new double[Keypoint.COUNT];
            double[][] at = {{0.5, 0.12}, {0.52, 0.1}, {0.48, 0.1}, {0.54, 0.11}, {0.46, 0.11}, {0.58, 0.22},
                {0.42, 0.22}, {0.6, 0.36}, {0.4, 0.36}, {0.6, 0.48}, {0.4, 0.48}, {0.55, 0.5}, {0.45, 0.5},
                {0.55, 0.7}, {0.45, 0.7}, {0.55, 0.9}, {0.45, 0.9}};
            for (Keypoint k : Keypoint.values()) {
                // the person's left is on the image right (seen from the front)
                x[k.ordinal()] = at[k.ordinal()][0] * w;
                y[k.ordinal()] = at[k.ordinal()][1] * h;
                c[k.ordinal()] = 0.9;
            }
            return Pose.of(x, y, c);
        }

        @Override
        public void reset() {
        }

        @Override
        public String modelDescription() {
            return "fuzz stand-in";
        }

        @Override
        public void close() {
        }
    }

    @TestFactory
    Stream<DynamicTest> everyBrokenOrOddInputEndsWellWithOneSentenceAndNothingLeftBehind() {
        List<DynamicTest> tests = new ArrayList<>();
        for (var input : inputs().entrySet()) {
            tests.add(DynamicTest.dynamicTest(input.getKey(), () -> check(input.getKey(), input.getValue(),
                    !input.getKey().startsWith("no person"))));
        }
        assertTrue(tests.size() >= 60, tests.size() + " inputs");
        return tests.stream();
    }

    private static void check(String name, Maker maker, boolean person) throws Exception {
        Path folder = Files.createDirectories(dir.resolve(String.format(Locale.ROOT, "in%03d", ROWS.size())));
        Path input = maker.make(folder);
        Path out = Files.createDirectories(dir.resolve(folder.getFileName() + "-out"));
        List<Path> before = list(folder);
        Outcome o = assertTimeoutPreemptively(LIMIT, () -> run(input, out, person), name + " hung");
        String shown = o.message().replace(folder.toAbsolutePath() + java.io.File.separator, "").replace("|", "/");
        ROWS.add(String.format(Locale.ROOT, "| %s | %d | %s | %.1f |", name, o.exitCode(),
                shown.isEmpty() ? "(results written)" : shown, o.seconds()));
        assertTrue(o.exitCode() == 0 || o.exitCode() == 3 || o.exitCode() == 6, name + ": exit " + o.exitCode()
                + " " + o.message());
        if (o.exitCode() != 0) {
            String file = input.getFileName() == null ? input.toString() : input.getFileName().toString();
            assertTrue(o.message().contains(file), name + ": names the file: " + o.message());
            assertFalse(o.message().contains("\n") || o.message().contains("Exception")
                    || o.message().contains("\tat "), name + ": one sentence, no stack trace: " + o.message());
            assertTrue(o.message().endsWith("."), name + ": a full sentence: " + o.message());
            assertEquals(List.of(), list(out), name + ": nothing written on failure");
        } else {
            assertTrue(list(out).stream().noneMatch(p -> p.getFileName().toString().endsWith(".tmp")), name);
        }
        assertEquals(before, list(folder), name + ": nothing left beside the input");
    }

    private static Outcome run(Path input, Path out, boolean person) {
        long start = System.nanoTime();
        try (StandIn model = new StandIn(person)) {
            Analysis a = VideoAnalyzer.analyse(input, model, "fuzz", AnalysisSettings.defaults(Task.WALK),
                    Progress.NONE);
            AnalysisFiles.write(a, out, EnumSet.allOf(AnalysisFiles.Format.class));
            return new Outcome(0, "", (System.nanoTime() - start) / 1e9);
        } catch (Exception e) {
            if (!(e instanceof UserError u)) {
                fail("a crash, not a user error: " + e, e);
                return null;
            }
            int code = switch (u.category()) {
                case BAD_INPUT -> 3;
                case NO_PERSON -> 6;
                default -> 1;
            };
            return new Outcome(code, e.getMessage(), (System.nanoTime() - start) / 1e9);
        }
    }

    private static List<Path> list(Path folder) throws IOException {
        try (Stream<Path> s = Files.list(folder)) {
            return s.sorted().toList();
        }
    }

    /** The inputs, by name (kept in order). */
    private static java.util.LinkedHashMap<String, Maker> inputs() {
        var m = new java.util.LinkedHashMap<String, Maker>();
        // well-formed, for contrast, in four containers
        m.put("good mp4 (MPEG-4, 20 frames)", f -> TestVideos.spec().writeTo(f.resolve("good.mp4")));
        m.put("good mkv", f -> TestVideos.spec().format("matroska").writeTo(f.resolve("good.mkv")));
        m.put("good avi", f -> TestVideos.spec().format("avi").writeTo(f.resolve("good.avi")));
        m.put("good mov", f -> TestVideos.spec().format("mov").writeTo(f.resolve("good.mov")));
        // truncated
        for (double cut : new double[] {0.05, 0.1, 0.25, 0.5, 0.75, 0.95}) {
            m.put("mp4 truncated to " + (int) (100 * cut) + " %", f -> truncated(f, "mp4", false, cut));
        }
        for (double cut : new double[] {0.1, 0.5, 0.9}) {
            m.put("faststart mp4 truncated to " + (int) (100 * cut) + " %", f -> truncated(f, "mp4", true, cut));
        }
        for (double cut : new double[] {0.3, 0.7}) {
            m.put("mkv truncated to " + (int) (100 * cut) + " %", f -> truncated(f, "matroska", false, cut));
        }
        m.put("avi truncated to 50 %", f -> truncated(f, "avi", false, 0.5));
        m.put("mov truncated to 50 %", f -> truncated(f, "mov", false, 0.5));
        // bit flips in the header and in the middle
        for (int at : new int[] {0, 4, 8, 100, 1000, 2000}) {
            m.put("mp4 with 16 bytes flipped at " + at, f -> flipped(f, "mp4", "mp4", at, 16));
        }
        m.put("mkv with 16 bytes flipped at 4", f -> flipped(f, "matroska", "mkv", 4, 16));
        m.put("mkv with 16 bytes flipped at 200", f -> flipped(f, "matroska", "mkv", 200, 16));
        for (double at : new double[] {0.3, 0.5, 0.7}) {
            m.put("mp4 with 512 bytes garbled at " + (int) (100 * at) + " %", f -> garbled(f, at));
        }
        m.put("mp4 with its moov atom renamed", f -> renamedAtom(f, "moov"));
        m.put("mp4 with its mdat atom renamed", f -> renamedAtom(f, "mdat"));
        // not videos
        m.put("empty file", f -> Files.write(f.resolve("empty.mp4"), new byte[0]));
        m.put("1 KB of random bytes", f -> Files.write(f.resolve("noise1k.mp4"), random(1024, 1)));
        m.put("1 MB of random bytes", f -> Files.write(f.resolve("noise1m.mov"), random(1 << 20, 2)));
        m.put("text renamed .mp4", f -> Files.writeString(f.resolve("notes.mp4"), "not a video\n".repeat(99),
                StandardCharsets.UTF_8));
        for (String format : new String[] {"png", "jpg", "gif", "bmp"}) {
            m.put(format.toUpperCase(Locale.ROOT) + " picture renamed .mp4", f -> picture(f, format));
        }
        m.put("PDF renamed .mp4", f -> Files.writeString(f.resolve("report.mp4"), "%PDF-1.4\n% doc\n",
                StandardCharsets.US_ASCII));
        m.put("ZIP (Office) renamed .mp4", f -> Files.write(f.resolve("letter.mp4"),
                new byte[] {'P', 'K', 3, 4, 20, 0, 6, 0, 8, 0, 0, 0, 33, 0}));
        m.put("a folder named .mp4", f -> Files.createDirectories(f.resolve("folder.mp4")));
        m.put("a missing file", f -> f.resolve("missing.mp4"));
        m.put("a symbolic link loop", f -> {
            Path a = f.resolve("loop-a.mp4");
            Files.createSymbolicLink(a, f.resolve("loop-b.mp4"));
            Files.createSymbolicLink(f.resolve("loop-b.mp4"), a);
            return a;
        });
        m.put("audio only", f -> TestVideos.writeAudioOnly(f.resolve("voice.m4a")));
        m.put("a codec FFmpeg cannot decode", f -> TestVideos.writeUndecodableCodec(f.resolve("broadcast.ts")));
        m.put("video stream with no frames", f -> TestVideos.spec().format("avi").frames(0)
                .writeTo(f.resolve("zero.avi")));
        // odd but valid
        for (int n : new int[] {1, 2, 3}) {
            m.put(n + " frame" + (n == 1 ? "" : "s"), f -> TestVideos.spec().frames(n).writeTo(f.resolve("n" + n
                    + ".mp4")));
        }
        m.put("16 x 16 pixels", f -> TestVideos.spec().size(16, 16).noise().writeTo(f.resolve("tiny.mp4")));
        m.put("2048 x 16 pixels", f -> TestVideos.spec().size(2048, 16).noise().writeTo(f.resolve("wide.mp4")));
        m.put("16 x 2048 pixels", f -> TestVideos.spec().size(16, 2048).writeTo(f.resolve("tall.mp4")));
        m.put("4096 x 4096 pixels, 4 frames", f -> TestVideos.spec().size(4096, 4096).frames(4)
                .writeTo(f.resolve("huge.mp4")));
        m.put("4:4:4 chroma (FFV1 in Matroska)", f -> TestVideos.spec().format("matroska").codec("ffv1")
                .pixelFormat(org.bytedeco.ffmpeg.global.avutil.AV_PIX_FMT_YUV444P).writeTo(f.resolve("yuv444.mkv")));
        m.put("10-bit (FFV1 in Matroska)", f -> TestVideos.spec().format("matroska").codec("ffv1")
                .pixelFormat(org.bytedeco.ffmpeg.global.avutil.AV_PIX_FMT_YUV420P10LE).writeTo(f.resolve("10bit.mkv")));
        m.put("10000 x 16 pixels (FFV1)", f -> TestVideos.spec().format("matroska").codec("ffv1").size(10000, 16)
                .noise().frames(6).writeTo(f.resolve("very-wide.mkv")));
        m.put("1 frame/s", f -> TestVideos.spec().fps(1).frames(8).writeTo(f.resolve("slow.mp4")));
        m.put("5 frames/s", f -> TestVideos.spec().fps(5).writeTo(f.resolve("five.mp4")));
        m.put("240 frames/s", f -> TestVideos.spec().fps(240).frames(120).writeTo(f.resolve("fast.mp4")));
        m.put("variable frame rate", f -> TestVideos.spec().timestampsMicros(0, 33_000, 50_000, 100_000, 133_000,
                200_000, 210_000, 260_000, 300_000, 400_000, 433_000, 466_000).writeTo(f.resolve("vfr.mp4")));
        m.put("variable frame rate in Matroska", f -> TestVideos.spec().format("matroska").timestampsMicros(0, 40_000,
                45_000, 120_000, 160_000, 300_000, 310_000, 400_000).writeTo(f.resolve("vfr.mkv")));
        for (int deg : new int[] {90, 180, 270}) {
            m.put("phone video rotated " + deg, f -> TestVideos.spec().displayRotation(deg)
                    .writeTo(f.resolve("rot" + deg + ".mp4")));
        }
        m.put("rotate tag 90", f -> TestVideos.spec().rotateTag("90").writeTo(f.resolve("tag90.mp4")));
        m.put("noise pictures", f -> TestVideos.spec().noise().frames(10).writeTo(f.resolve("static.mp4")));
        m.put("file name with spaces and accents", f -> TestVideos.spec().writeTo(f.resolve("Marche rapide é.mp4")));
        m.put("upper-case extension", f -> TestVideos.spec().writeTo(f.resolve("CLIP.MP4")));
        m.put("no extension", f -> TestVideos.spec().writeTo(f.resolve("clip")));
        m.put("no person (stand-in finds nobody)", f -> TestVideos.spec().writeTo(f.resolve("empty-room.mp4")));
        m.put("no person on 1 frame", f -> TestVideos.spec().frames(1).writeTo(f.resolve("one-empty.mp4")));
        return m;
    }

    private static Path truncated(Path f, String format, boolean faststart, double fraction) throws IOException {
        String ext = format.equals("matroska") ? "mkv" : format;
        TestVideos.Spec spec = TestVideos.spec().format(format).frames(40);
        if (faststart) {
            spec.formatOption("movflags", "faststart");
        }
        Path whole = spec.writeTo(f.resolve("whole." + ext));
        Path cut = TestVideos.truncatedCopy(whole, fraction, f.resolve("cut." + ext));
        Files.delete(whole);
        return cut;
    }

    private static Path flipped(Path f, String format, String ext, int at, int count) throws IOException {
        Path whole = TestVideos.spec().format(format).writeTo(f.resolve("whole." + ext));
        byte[] b = Files.readAllBytes(whole);
        for (int i = at; i < Math.min(b.length, at + count); i++) {
            b[i] = (byte) ~b[i];
        }
        Files.delete(whole);
        return Files.write(f.resolve("flipped." + ext), b);
    }

    private static Path garbled(Path f, double at) throws IOException {
        Path whole = TestVideos.spec().frames(40).writeTo(f.resolve("whole.mp4"));
        byte[] b = Files.readAllBytes(whole);
        Random random = new Random((long) (at * 1000));
        int from = (int) (at * b.length);
        for (int i = from; i < Math.min(b.length, from + 512); i++) {
            b[i] = (byte) random.nextInt(256);
        }
        Files.delete(whole);
        return Files.write(f.resolve("garbled.mp4"), b);
    }

    private static Path renamedAtom(Path f, String atom) throws IOException {
        Path whole = TestVideos.spec().writeTo(f.resolve("whole.mp4"));
        byte[] b = Files.readAllBytes(whole);
        byte[] name = atom.getBytes(StandardCharsets.US_ASCII);
        for (int i = 0; i + 4 <= b.length; i++) {
            if (b[i] == name[0] && b[i + 1] == name[1] && b[i + 2] == name[2] && b[i + 3] == name[3]) {
                b[i] = 'x';
                b[i + 1] = 'x';
                b[i + 2] = 'x';
                b[i + 3] = 'x';
                break;
            }
        }
        Files.delete(whole);
        return Files.write(f.resolve("no-" + atom + ".mp4"), b);
    }

    private static byte[] random(int n, long seed) {
        byte[] b = new byte[n];
        new Random(seed).nextBytes(b);
        return b;
    }

    private static Path picture(Path f, String format) throws IOException {
        BufferedImage image = new BufferedImage(64, 48, BufferedImage.TYPE_INT_RGB);
        Path file = f.resolve("photo-" + format + ".mp4");
        assertTrue(ImageIO.write(image, format, file.toFile()), format);
        return file;
    }

    @AfterAll
    static void writeTable() throws IOException {
        Path target = Files.createDirectories(Path.of("target", "fuzz"));
        List<String> lines = new ArrayList<>();
        lines.add("| input | exit | message | seconds |");
        lines.add("|---|---:|---|---:|");
        lines.addAll(ROWS);
        Files.write(target.resolve("fuzz.md"), lines, StandardCharsets.UTF_8);
    }
}
