package org.medius.video;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ShortBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Map;
import org.bytedeco.ffmpeg.avcodec.AVPacket;
import org.bytedeco.ffmpeg.avformat.AVFormatContext;
import org.bytedeco.ffmpeg.avformat.AVIOContext;
import org.bytedeco.ffmpeg.avformat.AVStream;
import org.bytedeco.ffmpeg.avutil.AVDictionary;
import org.bytedeco.ffmpeg.global.avcodec;
import org.bytedeco.ffmpeg.global.avformat;
import org.bytedeco.ffmpeg.global.avutil;
import org.bytedeco.javacpp.BytePointer;
import org.bytedeco.javacv.FFmpegFrameRecorder;
import org.bytedeco.javacv.Frame;
import org.opencv.core.Mat;

/**
 * Writes small test videos with JavaCV's FFmpegFrameRecorder (no ffmpeg command line needed): frame {@code i} is
 * black with a 16x16 orange square whose top-left corner is at {@link #squareX}, {@link #squareY}. Also finds that
 * square again in a decoded picture.
 */
public final class TestVideos {

    public static final int SQUARE = 16;
    /** Orange in BGR: the red channel is what {@link #findSquare} looks at. */
    static final int[] SQUARE_BGR = {40, 150, 250};

    private TestVideos() {
    }

    /** Left edge of the square in frame i of a stored (not rotated) picture of the given width. */
    public static int squareX(int i, int width) {
        return 6 + (3 * i) % (width - SQUARE - 12);
    }

    /** Top edge of the square in frame i of a stored picture of the given height. */
    public static int squareY(int i, int height) {
        return 4 + (2 * i) % (height - SQUARE - 8);
    }

    /** A fluent description of one test video. */
    public static final class Spec {
        String format = "mp4";
        String codec = "mpeg4";
        int width = 160;
        int height = 96;
        int frames = 20;
        double fps = 30;
        double displayRotation; // av_display_rotation_set convention: counter-clockwise degrees
        String rotateTag;
        long[] timestampsMicros;
        boolean noise;
        int bitrate = 2_000_000;
        int pixelFormat = avutil.AV_PIX_FMT_YUV420P;
        final Map<String, String> videoOptions = new LinkedHashMap<>();
        final Map<String, String> formatOptions = new LinkedHashMap<>();

        public Spec format(String f) {
            format = f;
            return this;
        }

        /** The encoder's pixel format (e.g. 4:4:4 or 10-bit with the FFV1 codec). */
        Spec pixelFormat(int f) {
            pixelFormat = f;
            return this;
        }

        public Spec codec(String c) {
            codec = c;
            return this;
        }

        public Spec size(int w, int h) {
            width = w;
            height = h;
            return this;
        }

        public Spec frames(int n) {
            frames = n;
            return this;
        }

        Spec fps(double f) {
            fps = f;
            return this;
        }

        Spec displayRotation(double counterClockwiseDegrees) {
            displayRotation = counterClockwiseDegrees;
            return this;
        }

        Spec rotateTag(String tag) {
            rotateTag = tag;
            return this;
        }

        /** Irregular frame times; the recorder then runs at 1000 fps so each time is exact to the millisecond. */
        Spec timestampsMicros(long... t) {
            timestampsMicros = t;
            frames = t.length;
            fps = 1000;
            return this;
        }

        /** Random pixels instead of black, at a high bitrate: big packets, for memory tests (no square then). */
        public Spec noise() {
            noise = true;
            bitrate = 8_000_000;
            return this;
        }

        Spec videoOption(String k, String v) {
            videoOptions.put(k, v);
            return this;
        }

        public Spec formatOption(String k, String v) {
            formatOptions.put(k, v);
            return this;
        }

        public Path writeTo(Path file) throws IOException {
            FfmpegNatives.load(); // also quiets FFmpeg's logging for the recorder
            try (FFmpegFrameRecorder r = new FFmpegFrameRecorder(file.toString(), width, height, 0)) {
                r.setFormat(format);
                r.setVideoCodecName(codec);
                r.setFrameRate(fps);
                r.setGopSize(12);
                r.setPixelFormat(pixelFormat);
                r.setVideoBitrate(bitrate);
                if (displayRotation != 0) {
                    r.setDisplayRotation(displayRotation);
                }
                if (rotateTag != null) {
                    r.setVideoMetadata("rotate", rotateTag);
                }
                videoOptions.forEach(r::setVideoOption);
                formatOptions.forEach(r::setOption);
                r.start();
                Frame frame = new Frame(width, height, Frame.DEPTH_UBYTE, 3);
                byte[] random = noise ? randomBytes(2 * frame.imageStride * height) : null;
                for (int i = 0; i < frames; i++) {
                    if (noise) {
                        int size = frame.imageStride * height;
                        ((ByteBuffer) frame.image[0]).position(0).put(random, (i * 7919) % size, size).position(0);
                    } else {
                        paint(frame, squareX(i, width), squareY(i, height));
                    }
                    if (timestampsMicros != null) {
                        r.setTimestamp(timestampsMicros[i]);
                    }
                    r.record(frame);
                }
                r.stop();
            }
            assertTrue(Files.size(file) > 0, "recorder wrote nothing to " + file);
            return file;
        }
    }

    /** Every frame's timestamp, in order, from one full pass of {@link VideoReader}. */
    public static List<Double> frameTimes(Path file) throws VideoException {
        List<Double> t = new ArrayList<>();
        try (VideoReader reader = VideoReader.open(file)) {
            VideoFrame f;
            while ((f = reader.next()) != null) {
                try (VideoFrame current = f) {
                    t.add(current.timestampSeconds());
                }
            }
        }
        return t;
    }

    public static Spec spec() {
        return new Spec();
    }

    private static byte[] randomBytes(int n) {
        byte[] b = new byte[n];
        new java.util.Random(42).nextBytes(b);
        return b;
    }

    private static void paint(Frame frame, int x0, int y0) {
        ByteBuffer b = (ByteBuffer) frame.image[0];
        int stride = frame.imageStride;
        for (int k = 0; k < b.capacity(); k++) {
            b.put(k, (byte) 0);
        }
        for (int y = y0; y < y0 + SQUARE; y++) {
            for (int x = x0; x < x0 + SQUARE; x++) {
                int o = y * stride + x * 3;
                b.put(o, (byte) SQUARE_BGR[0]);
                b.put(o + 1, (byte) SQUARE_BGR[1]);
                b.put(o + 2, (byte) SQUARE_BGR[2]);
            }
        }
    }

    /** Top-left corner (x, y) of the bright-red region's bounding box in a decoded BGR picture. */
    static int[] findSquare(Mat bgr) {
        int w = bgr.cols();
        int h = bgr.rows();
        byte[] px = new byte[w * h * 3];
        bgr.get(0, 0, px);
        int minX = Integer.MAX_VALUE;
        int minY = Integer.MAX_VALUE;
        int count = 0;
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                if ((px[(y * w + x) * 3 + 2] & 0xFF) > 160) {
                    minX = Math.min(minX, x);
                    minY = Math.min(minY, y);
                    count++;
                }
            }
        }
        assertTrue(count > SQUARE * SQUARE / 2 && count < SQUARE * SQUARE * 2,
                "expected one " + SQUARE + "x" + SQUARE + " square, found " + count + " bright pixels");
        return new int[] {minX, minY};
    }

    /** BGR of the pixel at the centre of the square whose top-left corner is given. */
    static int[] centreColour(Mat bgr, int[] topLeft) {
        double[] v = bgr.get(topLeft[1] + SQUARE / 2, topLeft[0] + SQUARE / 2);
        return Arrays.stream(v).mapToInt(d -> (int) Math.round(d)).toArray();
    }

    /** One second of a sine tone in AAC, in an .m4a (mp4) container: a file without any video stream. */
    static Path writeAudioOnly(Path file) throws IOException {
        FfmpegNatives.load();
        try (FFmpegFrameRecorder r = new FFmpegFrameRecorder(file.toString(), 1)) {
            r.setFormat("mp4");
            r.setAudioCodec(avcodec.AV_CODEC_ID_AAC);
            r.setSampleRate(44_100);
            r.setAudioChannels(1);
            r.start();
            ShortBuffer samples = ShortBuffer.allocate(44_100);
            for (int i = 0; i < samples.capacity(); i++) {
                samples.put(i, (short) (8000 * Math.sin(i * 0.05)));
            }
            r.recordSamples(44_100, 1, samples);
            r.stop();
        }
        return file;
    }

    /**
     * An MPEG-TS file whose video stream declares AVS2 (Chinese broadcast codec): FFmpeg knows the codec id and the
     * muxer can write it, but this build has no AVS2 decoder (that needs libdavs2). The packets hold filler bytes.
     */
    static Path writeUndecodableCodec(Path file) throws IOException {
        FfmpegNatives.load();
        assertTrue(avcodec.avcodec_find_decoder(avcodec.AV_CODEC_ID_AVS2) == null,
                "this FFmpeg build can decode AVS2 after all; pick another codec for the test");
        AVFormatContext oc = new AVFormatContext(null);
        check(avformat.avformat_alloc_output_context2(oc, null, "mpegts", file.toString()), "alloc output");
        try {
            AVStream st = avformat.avformat_new_stream(oc, null);
            st.codecpar().codec_type(avutil.AVMEDIA_TYPE_VIDEO);
            st.codecpar().codec_id(avcodec.AV_CODEC_ID_AVS2);
            st.codecpar().width(160);
            st.codecpar().height(96);
            st.time_base(avutil.av_make_q(1, 90_000));
            AVIOContext pb = new AVIOContext(null);
            check(avformat.avio_open(pb, file.toString(), avformat.AVIO_FLAG_WRITE), "avio_open");
            oc.pb(pb);
            check(avformat.avformat_write_header(oc, (AVDictionary) null), "write header");
            AVPacket p = avcodec.av_packet_alloc();
            for (int i = 0; i < 30; i++) {
                check(avcodec.av_new_packet(p, 200), "new packet");
                BytePointer d = p.data();
                for (int k = 0; k < 200; k++) {
                    d.put(k, (byte) 0x55);
                }
                d.put(0, (byte) 0).put(1, (byte) 0).put(2, (byte) 1).put(3, (byte) (i == 0 ? 0xB0 : 0xB3));
                p.stream_index(0);
                p.pts(i * 3000L);
                p.dts(i * 3000L);
                p.flags(i == 0 ? avcodec.AV_PKT_FLAG_KEY : 0);
                avcodec.av_packet_rescale_ts(p, avutil.av_make_q(1, 90_000), st.time_base());
                check(avformat.av_interleaved_write_frame(oc, p), "write packet");
            }
            avcodec.av_packet_free(p);
            check(avformat.av_write_trailer(oc), "write trailer");
            avformat.avio_closep(oc.pb());
        } finally {
            avformat.avformat_free_context(oc);
        }
        return file;
    }

    private static void check(int ret, String what) throws IOException {
        if (ret < 0) {
            throw new IOException(what + " failed: " + VideoReader.ffmpegError(ret));
        }
    }

    /** Copies the first {@code fraction} of a file's bytes to a new file. */
    public static Path truncatedCopy(Path source, double fraction, Path target) throws IOException {
        byte[] all = Files.readAllBytes(source);
        Files.write(target, Arrays.copyOf(all, (int) (all.length * fraction)));
        return target;
    }

    /** The shared real footage folder, or a skipped test when it is absent. */
    static Path sharedData(String relative) {
        String root = System.getProperty("medius.shared.data");
        assumeTrue(root != null, "system property medius.shared.data is not set; skipping a test on real footage");
        Path file = Path.of(root).resolve(relative);
        assumeTrue(Files.isRegularFile(file), "real footage " + file + " is absent (no ../shared/data checkout); "
                + "skipping");
        return file;
    }
}
