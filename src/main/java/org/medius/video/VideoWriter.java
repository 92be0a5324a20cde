package org.medius.video;

import static org.bytedeco.ffmpeg.global.avcodec.AV_CODEC_FLAG_GLOBAL_HEADER;
import static org.bytedeco.ffmpeg.global.avcodec.av_packet_alloc;
import static org.bytedeco.ffmpeg.global.avcodec.av_packet_free;
import static org.bytedeco.ffmpeg.global.avcodec.av_packet_rescale_ts;
import static org.bytedeco.ffmpeg.global.avcodec.avcodec_alloc_context3;
import static org.bytedeco.ffmpeg.global.avcodec.avcodec_find_encoder_by_name;
import static org.bytedeco.ffmpeg.global.avcodec.avcodec_free_context;
import static org.bytedeco.ffmpeg.global.avcodec.avcodec_open2;
import static org.bytedeco.ffmpeg.global.avcodec.avcodec_parameters_from_context;
import static org.bytedeco.ffmpeg.global.avcodec.avcodec_receive_packet;
import static org.bytedeco.ffmpeg.global.avcodec.avcodec_send_frame;
import static org.bytedeco.ffmpeg.global.avformat.AVFMT_GLOBALHEADER;
import static org.bytedeco.ffmpeg.global.avformat.AVIO_FLAG_WRITE;
import static org.bytedeco.ffmpeg.global.avformat.av_interleaved_write_frame;
import static org.bytedeco.ffmpeg.global.avformat.av_write_trailer;
import static org.bytedeco.ffmpeg.global.avformat.avformat_alloc_output_context2;
import static org.bytedeco.ffmpeg.global.avformat.avformat_free_context;
import static org.bytedeco.ffmpeg.global.avformat.avformat_new_stream;
import static org.bytedeco.ffmpeg.global.avformat.avformat_write_header;
import static org.bytedeco.ffmpeg.global.avformat.avio_close;
import static org.bytedeco.ffmpeg.global.avformat.avio_open;
import static org.bytedeco.ffmpeg.global.avutil.AVCOL_PRI_SMPTE170M;
import static org.bytedeco.ffmpeg.global.avutil.AVCOL_RANGE_MPEG;
import static org.bytedeco.ffmpeg.global.avutil.AVCOL_SPC_SMPTE170M;
import static org.bytedeco.ffmpeg.global.avutil.AVCOL_TRC_SMPTE170M;
import static org.bytedeco.ffmpeg.global.avutil.AVERROR_EAGAIN;
import static org.bytedeco.ffmpeg.global.avutil.AVERROR_EOF;
import static org.bytedeco.ffmpeg.global.avutil.AV_PIX_FMT_BGR24;
import static org.bytedeco.ffmpeg.global.avutil.AV_PIX_FMT_YUV420P;
import static org.bytedeco.ffmpeg.global.avutil.av_d2q;
import static org.bytedeco.ffmpeg.global.avutil.av_dict_free;
import static org.bytedeco.ffmpeg.global.avutil.av_dict_set;
import static org.bytedeco.ffmpeg.global.avutil.av_frame_alloc;
import static org.bytedeco.ffmpeg.global.avutil.av_frame_free;
import static org.bytedeco.ffmpeg.global.avutil.av_frame_get_buffer;
import static org.bytedeco.ffmpeg.global.avutil.av_frame_make_writable;
import static org.bytedeco.ffmpeg.global.avutil.av_make_q;
import static org.bytedeco.ffmpeg.global.swscale.SWS_BILINEAR;
import static org.bytedeco.ffmpeg.global.swscale.sws_freeContext;
import static org.bytedeco.ffmpeg.global.swscale.sws_getContext;
import static org.bytedeco.ffmpeg.global.swscale.sws_scale;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;
import org.bytedeco.ffmpeg.avcodec.AVCodec;
import org.bytedeco.ffmpeg.avcodec.AVCodecContext;
import org.bytedeco.ffmpeg.avcodec.AVPacket;
import org.bytedeco.ffmpeg.avformat.AVFormatContext;
import org.bytedeco.ffmpeg.avformat.AVIOContext;
import org.bytedeco.ffmpeg.avformat.AVStream;
import org.bytedeco.ffmpeg.avutil.AVDictionary;
import org.bytedeco.ffmpeg.avutil.AVFrame;
import org.bytedeco.ffmpeg.avutil.AVRational;
import org.bytedeco.ffmpeg.swscale.SwsContext;
import org.bytedeco.javacpp.BytePointer;
import org.bytedeco.javacpp.DoublePointer;
import org.bytedeco.javacpp.IntPointer;
import org.bytedeco.javacpp.PointerPointer;

/**
 * Encodes pictures into an H.264 (yuv420p) mp4, each with its own presentation time, so a variable-frame-rate
 * source keeps its timing frame for frame. Uses libx264 where the bundled FFmpeg has it, else libopenh264 (the
 * JavaCV 1.5.12 build is LGPL and ships only the latter).
 *
 * <p>Atomic: the file is written to a hidden {@code .NAME*.part} file in the target's folder and moved into place
 * only by {@link #finish()}. {@link #close()} without a successful {@code finish()} (an exception, a cancel) deletes
 * the temporary file, so a half-written video never appears under the target's name; use it in
 * try-with-resources and call {@code finish()} as the last statement. An unwritable or missing folder is reported by
 * {@link #open}, before any frame is encoded.
 *
 * <p>Times are kept on a 90 kHz clock (the usual mp4 video time scale), exact to 11 microseconds. An odd width or
 * height (which yuv420p cannot hold) loses its last column or row. Memory is constant in the number of frames. Not
 * thread-safe.
 */
public final class VideoWriter implements AutoCloseable {

    /** Ticks per second of the stored timestamps. */
    public static final int TIME_BASE_HZ = 90_000;
    /** Encoders tried in order of preference. */
    private static final String[] H264_ENCODERS = {"libx264", "libopenh264"};
    /** Bits per pixel per frame for the bit rate: about 7.5 Mbit/s at 1080p 30 fps, clear enough for thin lines. */
    private static final double BITS_PER_PIXEL = 0.12;
    private static final double DEFAULT_FPS = 30;

    private final Path target;
    private final Path temp;
    private final int imageWidthPx;
    private final int imageHeightPx;
    private final int widthPx;
    private final int heightPx;
    private final long frameDurationTicks;
    private final String encoderName;
    private AVFormatContext format;
    private AVCodecContext encoder;
    private AVStream stream;
    private AVFrame yuv;
    private AVPacket packet;
    private SwsContext sws;
    private BytePointer bgr;
    private final PointerPointer<BytePointer> srcPlanes = new PointerPointer<>(1);
    private final IntPointer srcStrides = new IntPointer(1);
    private BufferedImage conversion;
    private long lastPts = Long.MIN_VALUE;
    private int framesWritten;
    private boolean finished;
    private boolean closed;

    private VideoWriter(Path target, Path temp, int imageWidthPx, int imageHeightPx, double nominalFps,
            String encoderName) {
        this.target = target;
        this.temp = temp;
        this.imageWidthPx = imageWidthPx;
        this.imageHeightPx = imageHeightPx;
        this.widthPx = imageWidthPx & ~1;
        this.heightPx = imageHeightPx & ~1;
        this.frameDurationTicks = Math.max(1, Math.round(TIME_BASE_HZ / nominalFps));
        this.encoderName = encoderName;
    }

    /** The name of the H.264 encoder this build of FFmpeg offers ({@code libx264} or {@code libopenh264}), if any. */
    public static Optional<String> h264EncoderName() {
        FfmpegNatives.load();
        for (String name : H264_ENCODERS) {
            if (avcodec_find_encoder_by_name(name) != null) {
                return Optional.of(name);
            }
        }
        return Optional.empty();
    }

    /**
     * Creates the temporary file and starts the encoder.
     *
     * @param target     the mp4 to write; replaced (atomically) when it exists
     * @param widthPx    width of every picture that will be written, at least 2
     * @param heightPx   height of every picture, at least 2
     * @param nominalFps the source's average frame rate (rate control and the last frame's duration only; every
     *                   frame's time comes from {@link #write}); 0 or less when unknown (30 is then assumed)
     * @throws VideoWriteException when the folder is missing or not writable, or no H.264 encoder can be opened
     */
    public static VideoWriter open(Path target, int widthPx, int heightPx, double nominalFps)
            throws VideoWriteException {
        if (widthPx < 2 || heightPx < 2) {
            throw new IllegalArgumentException("picture too small to encode: " + widthPx + "x" + heightPx);
        }
        Path abs = target.toAbsolutePath().normalize();
        Path dir = abs.getParent();
        if (Files.isDirectory(abs)) {
            throw new VideoWriteException(abs, "it is a folder. Give a file name ending in .mp4", null);
        }
        if (!Files.isDirectory(dir)) {
            throw new VideoWriteException(abs, "the folder " + dir + " does not exist. Create it or choose another"
                    + " output file", null);
        }
        Path temp;
        try {
            temp = Files.createTempFile(dir, "." + abs.getFileName(), ".part");
        } catch (IOException | SecurityException e) {
            throw new VideoWriteException(abs, "the folder " + dir + " is not writable. Choose another output folder",
                    e);
        }
        double fps = nominalFps > 0 && Double.isFinite(nominalFps) ? nominalFps : DEFAULT_FPS;
        String name = h264EncoderName().orElse(null);
        if (name == null) {
            deleteQuietly(temp);
            throw new VideoWriteException(abs, "this build of FFmpeg has no H.264 encoder (neither libx264 nor"
                    + " libopenh264)", null);
        }
        VideoWriter writer = new VideoWriter(abs, temp, widthPx, heightPx, fps, name);
        try {
            writer.start(fps);
            return writer;
        } catch (VideoWriteException | RuntimeException | Error e) {
            writer.close();
            throw e;
        }
    }

    private void start(double fps) throws VideoWriteException {
        AVCodec codec = avcodec_find_encoder_by_name(encoderName);
        format = new AVFormatContext(null);
        check(avformat_alloc_output_context2(format, null, "mp4", temp.toString()), "cannot set up the mp4 muxer");
        encoder = avcodec_alloc_context3(codec);
        encoder.width(widthPx);
        encoder.height(heightPx);
        encoder.pix_fmt(AV_PIX_FMT_YUV420P);
        encoder.time_base(av_make_q(1, TIME_BASE_HZ));
        AVRational rate = av_d2q(fps, 100_000);
        encoder.framerate(rate);
        encoder.bit_rate(Math.round(BITS_PER_PIXEL * widthPx * heightPx * fps));
        encoder.gop_size((int) Math.max(1, Math.round(2 * fps)));
        encoder.max_b_frames(0); // decode order = presentation order: no edit list shifts the times
        encoder.thread_count(Math.min(8, Runtime.getRuntime().availableProcessors()));
        encoder.colorspace(AVCOL_SPC_SMPTE170M); // what swscale's default BGR->YUV matrix produces
        encoder.color_primaries(AVCOL_PRI_SMPTE170M);
        encoder.color_trc(AVCOL_TRC_SMPTE170M);
        encoder.color_range(AVCOL_RANGE_MPEG);
        if ((format.oformat().flags() & AVFMT_GLOBALHEADER) != 0) {
            encoder.flags(encoder.flags() | AV_CODEC_FLAG_GLOBAL_HEADER);
        }
        AVDictionary options = new AVDictionary(null);
        if (encoderName.equals("libx264")) {
            av_dict_set(options, "preset", "veryfast", 0);
            av_dict_set(options, "crf", "20", 0);
        } else {
            av_dict_set(options, "allow_skip_frames", "0", 0); // every picture becomes a frame
        }
        try {
            check(avcodec_open2(encoder, codec, options), "cannot start the " + encoderName + " encoder for "
                    + widthPx + "x" + heightPx + " pictures");
        } finally {
            av_dict_free(options);
        }
        stream = avformat_new_stream(format, null);
        if (stream == null) {
            throw new VideoWriteException(target, "cannot add a video stream to the mp4 muxer", null);
        }
        check(avcodec_parameters_from_context(stream.codecpar(), encoder), "cannot set up the video stream");
        stream.time_base(encoder.time_base());
        stream.avg_frame_rate(rate);
        AVIOContext pb = new AVIOContext(null);
        check(avio_open(pb, temp.toString(), AVIO_FLAG_WRITE), "cannot open the temporary file " + temp);
        format.pb(pb);
        check(avformat_write_header(format, (AVDictionary) null), "cannot write the mp4 header");
        yuv = av_frame_alloc();
        yuv.format(AV_PIX_FMT_YUV420P);
        yuv.width(widthPx);
        yuv.height(heightPx);
        check(av_frame_get_buffer(yuv, 0), "out of memory for a " + widthPx + "x" + heightPx + " picture");
        packet = av_packet_alloc();
        bgr = new BytePointer((long) imageWidthPx * imageHeightPx * 3);
        srcPlanes.put(0, bgr);
        srcStrides.put(0, imageWidthPx * 3);
        sws = sws_getContext(widthPx, heightPx, AV_PIX_FMT_BGR24, widthPx, heightPx, AV_PIX_FMT_YUV420P,
                SWS_BILINEAR, null, null, (DoublePointer) null);
        if (sws == null) {
            throw new VideoWriteException(target, "cannot set up the colour conversion", null);
        }
    }

    /** The encoder in use, e.g. {@code libopenh264}. */
    public String encoderName() {
        return encoderName;
    }

    /** Frames written so far. */
    public int framesWritten() {
        return framesWritten;
    }

    /**
     * Encodes one picture shown from {@code timestampSeconds} on.
     *
     * @param picture          the picture, of the size given to {@link #open}; TYPE_3BYTE_BGR is copied as it is,
     *                         any other type is converted first
     * @param timestampSeconds its presentation time; later than the previous frame's by at least one 90 kHz tick
     * @throws VideoWriteException when encoding or writing fails (e.g. the disk is full)
     */
    public void write(BufferedImage picture, double timestampSeconds) throws VideoWriteException {
        requireOpen();
        if (picture.getWidth() != imageWidthPx || picture.getHeight() != imageHeightPx) {
            throw new IllegalArgumentException("picture is " + picture.getWidth() + "x" + picture.getHeight()
                    + ", the video " + imageWidthPx + "x" + imageHeightPx);
        }
        long pts = Math.round(timestampSeconds * TIME_BASE_HZ);
        if (!Double.isFinite(timestampSeconds) || pts <= lastPts) {
            throw new IllegalArgumentException("frame times must increase: " + timestampSeconds + " s after "
                    + lastPts / (double) TIME_BASE_HZ + " s");
        }
        bgr.position(0).put(bgrBytes(picture), 0, imageWidthPx * imageHeightPx * 3);
        check(av_frame_make_writable(yuv), "out of memory");
        sws_scale(sws, srcPlanes, srcStrides, 0, heightPx, yuv.data(), yuv.linesize());
        yuv.pts(pts);
        check(avcodec_send_frame(encoder, yuv), "the encoder refused frame " + framesWritten);
        lastPts = pts;
        framesWritten++;
        drain();
    }

    private byte[] bgrBytes(BufferedImage picture) {
        BufferedImage source = picture;
        if (picture.getType() != BufferedImage.TYPE_3BYTE_BGR) {
            if (conversion == null) {
                conversion = new BufferedImage(imageWidthPx, imageHeightPx, BufferedImage.TYPE_3BYTE_BGR);
            }
            Graphics2D g = conversion.createGraphics();
            try {
                g.drawImage(picture, 0, 0, null);
            } finally {
                g.dispose();
            }
            source = conversion;
        }
        return ((DataBufferByte) source.getRaster().getDataBuffer()).getData();
    }

    /** Writes every packet the encoder has ready. */
    private void drain() throws VideoWriteException {
        while (true) {
            int ret = avcodec_receive_packet(encoder, packet);
            if (ret == AVERROR_EAGAIN() || ret == AVERROR_EOF) {
                return;
            }
            check(ret, "encoding failed");
            if (packet.duration() <= 0) {
                packet.duration(frameDurationTicks); // the last frame's length; the others follow from the times
            }
            av_packet_rescale_ts(packet, encoder.time_base(), stream.time_base());
            packet.stream_index(stream.index());
            int written = av_interleaved_write_frame(format, packet);
            if (written < 0) {
                throw new VideoWriteException(target, "writing failed (" + VideoReader.ffmpegError(written)
                        + "). Check that the disk has free space and the folder is writable", null);
            }
        }
    }

    /**
     * Flushes the encoder, completes the file and moves it to the target's name. After this, {@link #close()} only
     * frees what is left.
     *
     * @throws VideoWriteException when no frame was written or the file cannot be completed or moved; the
     *                             temporary file is then deleted
     */
    public void finish() throws VideoWriteException {
        requireOpen();
        try {
            if (framesWritten == 0) {
                throw new VideoWriteException(target, "no frame was given to write", null);
            }
            check(avcodec_send_frame(encoder, null), "the encoder could not be flushed");
            drain();
            check(av_write_trailer(format), "cannot complete the mp4 (disk full?)");
            check(closeOutput(), "cannot close the temporary file (disk full?)");
            release();
            moveIntoPlace();
            finished = true;
        } finally {
            if (!finished) {
                close();
            }
        }
    }

    private void moveIntoPlace() throws VideoWriteException {
        try {
            try { // temporary files are created owner-only; the result is an ordinary readable file
                Files.setPosixFilePermissions(temp, PosixFilePermissions.fromString("rw-r--r--"));
            } catch (UnsupportedOperationException notPosix) {
                // Windows: the file inherits the folder's permissions
            }
            try {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new VideoWriteException(target, "cannot move the finished video into place (" + e.getMessage()
                    + ")", e);
        }
    }

    /** Frees the encoder; without a successful {@link #finish()}, deletes the temporary file. Idempotent. */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        release();
        if (!finished) {
            deleteQuietly(temp);
        }
    }

    private void release() {
        if (format != null) {
            closeOutput();
            avformat_free_context(format);
            format = null;
        }
        if (encoder != null) {
            avcodec_free_context(encoder);
            encoder = null;
        }
        if (yuv != null) {
            av_frame_free(yuv);
            yuv = null;
        }
        if (packet != null) {
            av_packet_free(packet);
            packet = null;
        }
        if (sws != null) {
            sws_freeContext(sws);
            sws = null;
        }
        if (bgr != null) {
            bgr.close();
            bgr = null;
        }
    }

    /** Closes the temporary file's I/O context, if open; returns FFmpeg's status. */
    private int closeOutput() {
        AVIOContext pb = format.pb();
        if (pb == null || pb.isNull()) {
            return 0;
        }
        format.pb(null);
        return avio_close(pb);
    }

    private void requireOpen() {
        if (closed || finished) {
            throw new IllegalStateException("VideoWriter for " + target + " is " + (finished ? "finished" : "closed"));
        }
    }

    private void check(int ret, String what) throws VideoWriteException {
        if (ret < 0) {
            throw new VideoWriteException(target, what + " (" + VideoReader.ffmpegError(ret) + ")", null);
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // a hidden .part file left behind; nothing more can be done
        }
    }
}
