package org.medius.video;

import static org.bytedeco.ffmpeg.global.avcodec.AV_CODEC_ID_NONE;
import static org.bytedeco.ffmpeg.global.avcodec.AV_PKT_DATA_DISPLAYMATRIX;
import static org.bytedeco.ffmpeg.global.avcodec.av_packet_alloc;
import static org.bytedeco.ffmpeg.global.avcodec.av_packet_free;
import static org.bytedeco.ffmpeg.global.avcodec.av_packet_side_data_get;
import static org.bytedeco.ffmpeg.global.avcodec.av_packet_unref;
import static org.bytedeco.ffmpeg.global.avcodec.avcodec_flush_buffers;
import static org.bytedeco.ffmpeg.global.avcodec.avcodec_alloc_context3;
import static org.bytedeco.ffmpeg.global.avcodec.avcodec_find_decoder;
import static org.bytedeco.ffmpeg.global.avcodec.avcodec_free_context;
import static org.bytedeco.ffmpeg.global.avcodec.avcodec_get_name;
import static org.bytedeco.ffmpeg.global.avcodec.avcodec_open2;
import static org.bytedeco.ffmpeg.global.avcodec.avcodec_parameters_to_context;
import static org.bytedeco.ffmpeg.global.avcodec.avcodec_receive_frame;
import static org.bytedeco.ffmpeg.global.avcodec.avcodec_send_packet;
import static org.bytedeco.ffmpeg.global.avformat.AVSEEK_FLAG_BACKWARD;
import static org.bytedeco.ffmpeg.global.avformat.AV_DISPOSITION_ATTACHED_PIC;
import static org.bytedeco.ffmpeg.global.avformat.av_index_search_timestamp;
import static org.bytedeco.ffmpeg.global.avformat.av_seek_frame;
import static org.bytedeco.ffmpeg.global.avformat.avformat_index_get_entry;
import static org.bytedeco.ffmpeg.global.avformat.avformat_seek_file;
import static org.bytedeco.ffmpeg.global.avformat.av_read_frame;
import static org.bytedeco.ffmpeg.global.avformat.avformat_close_input;
import static org.bytedeco.ffmpeg.global.avformat.avformat_find_stream_info;
import static org.bytedeco.ffmpeg.global.avformat.avformat_open_input;
import static org.bytedeco.ffmpeg.global.avutil.AVCOL_RANGE_JPEG;
import static org.bytedeco.ffmpeg.global.avutil.AVCOL_SPC_BT2020_CL;
import static org.bytedeco.ffmpeg.global.avutil.AVCOL_SPC_BT2020_NCL;
import static org.bytedeco.ffmpeg.global.avutil.AVCOL_SPC_BT709;
import static org.bytedeco.ffmpeg.global.avutil.AVCOL_SPC_FCC;
import static org.bytedeco.ffmpeg.global.avutil.AVCOL_SPC_SMPTE240M;
import static org.bytedeco.ffmpeg.global.avutil.AVERROR_EACCES;
import static org.bytedeco.ffmpeg.global.avutil.AVERROR_EAGAIN;
import static org.bytedeco.ffmpeg.global.avutil.AVERROR_EIO;
import static org.bytedeco.ffmpeg.global.avutil.AVERROR_ENOENT;
import static org.bytedeco.ffmpeg.global.avutil.AVERROR_EOF;
import static org.bytedeco.ffmpeg.global.avutil.AVERROR_EPERM;
import static org.bytedeco.ffmpeg.global.avutil.AVERROR_INVALIDDATA;
import static org.bytedeco.ffmpeg.global.avutil.AVMEDIA_TYPE_AUDIO;
import static org.bytedeco.ffmpeg.global.avutil.AVMEDIA_TYPE_VIDEO;
import static org.bytedeco.ffmpeg.global.avutil.AV_NOPTS_VALUE;
import static org.bytedeco.ffmpeg.global.avutil.AV_PIX_FMT_BGR24;
import static org.bytedeco.ffmpeg.global.avutil.AV_PIX_FMT_YUVJ411P;
import static org.bytedeco.ffmpeg.global.avutil.AV_PIX_FMT_YUVJ420P;
import static org.bytedeco.ffmpeg.global.avutil.AV_PIX_FMT_YUVJ422P;
import static org.bytedeco.ffmpeg.global.avutil.AV_PIX_FMT_YUVJ440P;
import static org.bytedeco.ffmpeg.global.avutil.AV_PIX_FMT_YUVJ444P;
import static org.bytedeco.ffmpeg.global.avutil.av_dict_free;
import static org.bytedeco.ffmpeg.global.avutil.av_dict_get;
import static org.bytedeco.ffmpeg.global.avutil.av_dict_set;
import static org.bytedeco.ffmpeg.global.avutil.av_display_rotation_get;
import static org.bytedeco.ffmpeg.global.avutil.av_frame_alloc;
import static org.bytedeco.ffmpeg.global.avutil.av_frame_free;
import static org.bytedeco.ffmpeg.global.avutil.av_frame_unref;
import static org.bytedeco.ffmpeg.global.avutil.av_get_pix_fmt_name;
import static org.bytedeco.ffmpeg.global.avutil.av_strerror;
import static org.bytedeco.ffmpeg.global.swscale.SWS_BILINEAR;
import static org.bytedeco.ffmpeg.global.swscale.SWS_CS_BT2020;
import static org.bytedeco.ffmpeg.global.swscale.SWS_CS_DEFAULT;
import static org.bytedeco.ffmpeg.global.swscale.SWS_CS_FCC;
import static org.bytedeco.ffmpeg.global.swscale.SWS_CS_ITU601;
import static org.bytedeco.ffmpeg.global.swscale.SWS_CS_ITU709;
import static org.bytedeco.ffmpeg.global.swscale.SWS_CS_SMPTE240M;
import static org.bytedeco.ffmpeg.global.swscale.sws_freeContext;
import static org.bytedeco.ffmpeg.global.swscale.sws_getCachedContext;
import static org.bytedeco.ffmpeg.global.swscale.sws_getCoefficients;
import static org.bytedeco.ffmpeg.global.swscale.sws_scale;
import static org.bytedeco.ffmpeg.global.swscale.sws_setColorspaceDetails;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import org.bytedeco.ffmpeg.avcodec.AVCodec;
import org.bytedeco.ffmpeg.avcodec.AVCodecContext;
import org.bytedeco.ffmpeg.avcodec.AVCodecParameters;
import org.bytedeco.ffmpeg.avcodec.AVPacket;
import org.bytedeco.ffmpeg.avcodec.AVPacketSideData;
import org.bytedeco.ffmpeg.avformat.AVFormatContext;
import org.bytedeco.ffmpeg.avformat.AVIndexEntry;
import org.bytedeco.ffmpeg.avformat.AVStream;
import org.bytedeco.ffmpeg.avutil.AVDictionary;
import org.bytedeco.ffmpeg.avutil.AVDictionaryEntry;
import org.bytedeco.ffmpeg.avutil.AVFrame;
import org.bytedeco.ffmpeg.avutil.AVRational;
import org.bytedeco.ffmpeg.swscale.SwsContext;
import org.bytedeco.javacpp.BytePointer;
import org.bytedeco.javacpp.DoublePointer;
import org.bytedeco.javacpp.IntPointer;
import org.bytedeco.javacpp.Pointer;
import org.bytedeco.javacpp.PointerPointer;
import org.opencv.core.Core;
import org.opencv.core.CvType;
import org.opencv.core.Mat;
import org.medius.video.VideoException.Kind;

/**
 * Decodes the video stream of one file, frame by frame, into upright BGR {@link Mat}s, on the caller's thread.
 *
 * <p>Uses the FFmpeg libraries bundled with JavaCV directly (demux, decode, swscale into the Mat's own memory),
 * so it sees the stream's real presentation timestamps, ignores audio, and can tell a truncated or damaged file
 * from a finished one. Memory is constant in the length of the video: one packet, the decoder's own reference
 * pictures and one conversion buffer are held, plus whatever frames the caller has not closed yet.
 *
 * <p>Frame times are strictly increasing: a frame whose timestamp is not later than the previous one's (only seen
 * in damaged files) is skipped.
 *
 * <p>{@link #open(Path)} already decodes the first frame, so a file that opens successfully has at least one
 * frame and {@link #info()} reports the real decoded picture size. Not thread-safe: use one reader from one
 * thread at a time (see {@link PrefetchingVideoReader} for decoding on a background thread).
 */
public final class VideoReader implements VideoSource {

    /** Consecutive decoder or demuxer failures after which the stream is declared damaged (never loop forever). */
    static final int MAX_CONSECUTIVE_ERRORS = 100;
    /** Most decoder threads: beyond this, more threads add memory and latency rather than speed. */
    private static final int MAX_DECODER_THREADS = 8;
    /** How far a seek may miss a frame time when the stream declares no frame rate. */
    private static final double SEEK_TOLERANCE_SECONDS = 0.001;
    /**
     * How much earlier than the target each successive seek attempt lands; the last attempt seeks to the start.
     * Only needed when the first keyframe found turns out to be after the target.
     */
    private static final double[] SEEK_BACKOFF_SECONDS = {0, 1, 4, 15, Double.POSITIVE_INFINITY};
    /** For a stream without a keyframe index: how far ahead a seek target is reached by decoding forward. */
    static final double FORWARD_WITHOUT_INDEX_SECONDS = 1.0;

    private final Path file;
    private AVFormatContext format;
    private AVCodecContext decoder;
    private AVPacket packet;
    private AVFrame picture;
    private SwsContext sws;
    private final PointerPointer<Pointer> dstPlanes = new PointerPointer<>(4);
    private final IntPointer dstStrides = new IntPointer(4);
    private long swsColorAddress;
    private int swsColorspace = Integer.MIN_VALUE;
    private int swsFullRange = Integer.MIN_VALUE;
    private Mat unrotatedFull;
    private Mat unrotated;

    private int streamIndex = -1;
    private int timeBaseNum;
    private int timeBaseDen;
    private long startPts = AV_NOPTS_VALUE;
    private int rotation;
    private long declaredFrames;
    private double declaredDurationSeconds;
    private double nominalFps;

    private VideoInfo info;
    private VideoFrame pending;
    private int framesDecoded;
    private int droppedFrames;
    private double lastTimestampSeconds;
    private double pictureTimestampSeconds;
    private boolean seeked;
    private int consecutiveErrors;
    private int lastError;
    private boolean flushing;
    private boolean finished;
    private boolean closed;
    private VideoException failure;

    private VideoReader(Path file) {
        this.file = file;
    }

    /**
     * Opens a video file and decodes its first frame.
     *
     * @throws VideoException when the file is missing, unreadable, not a video, has no video stream, uses a codec
     *                        this build cannot decode, holds no frames, or is truncated or damaged
     */
    public static VideoReader open(Path file) throws VideoException {
        Path abs = file.toAbsolutePath().normalize();
        checkFile(abs);
        FfmpegNatives.load();
        OpenCvNatives.load();
        VideoReader reader = new VideoReader(abs);
        try {
            reader.start();
            return reader;
        } catch (VideoException | RuntimeException | Error e) {
            reader.close();
            throw e;
        }
    }

    @Override
    public VideoInfo info() {
        return info;
    }

    @Override
    public VideoFrame next() throws VideoException {
        if (closed) {
            throw new IllegalStateException("VideoReader for " + file + " is closed");
        }
        if (pending != null) {
            VideoFrame first = pending;
            pending = null;
            return first;
        }
        return decodeNext();
    }

    /**
     * Repositions the reader so that the next {@link #next()} returns the first frame whose timestamp is at least
     * {@code timestampSeconds} minus half a nominal frame period, numbered {@code frameIndex}; later frames count
     * on from there. Meant for a caller that knows every frame's time from an earlier full pass (a player).
     *
     * <p>When the target lies ahead and no keyframe lies between (by the container's index; without one, when it
     * is at most {@value #FORWARD_WITHOUT_INDEX_SECONDS} s ahead), decodes forward to it. Otherwise seeks the
     * demuxer to the keyframe at or before the target and flushes the decoder. Either way the frames before the
     * target are decoded and discarded without colour conversion, so the cost is up to one group of pictures. A
     * target past the last frame leaves the reader at its end ({@code next()} returns {@code null}). A failure
     * met before the seek is forgotten, so a player can step back from a damaged region. After a seek, an early end
     * of the stream is judged by time only (see {@link #checkCompleteAfterSeek}).
     *
     * @param timestampSeconds the wanted frame's time, on the scale of {@link VideoFrame#timestampSeconds()}
     * @param frameIndex       the index that frame is to carry, at least 0
     * @throws VideoException if the container cannot seek or the data around the target is damaged
     */
    public void seek(double timestampSeconds, int frameIndex) throws VideoException {
        if (closed) {
            throw new IllegalStateException("VideoReader for " + file + " is closed");
        }
        if (!Double.isFinite(timestampSeconds) || frameIndex < 0) {
            throw new IllegalArgumentException("cannot seek to " + timestampSeconds + " s as frame " + frameIndex);
        }
        seeked = true;
        double halfPeriodSeconds = nominalFps > 0 ? 0.5 / nominalFps : SEEK_TOLERANCE_SECONDS;
        double firstWantedSeconds = timestampSeconds - halfPeriodSeconds;
        double lastWantedSeconds = timestampSeconds + halfPeriodSeconds;
        if (pending != null) {
            double t = pending.timestampSeconds();
            if (t >= firstWantedSeconds && t <= lastWantedSeconds && failure == null) {
                pending = new VideoFrame(frameIndex, t, pending.bgr()); // already decoded: just renumber it
                framesDecoded = frameIndex + 1;
                return;
            }
            pending.close();
            pending = null;
        }
        if (cheaperToDecodeForward(firstWantedSeconds)) {
            try {
                skipTo(firstWantedSeconds, lastWantedSeconds, true, frameIndex);
                return;
            } catch (VideoException e) {
                finished = true;
                failure = e;
                throw e;
            }
        }
        for (int attempt = 0; ; attempt++) {
            double fromSeconds = firstWantedSeconds - SEEK_BACKOFF_SECONDS[attempt];
            boolean fromStart = fromSeconds <= 0 || attempt == SEEK_BACKOFF_SECONDS.length - 1;
            long targetPts = fromStart ? startPts() : toPts(fromSeconds);
            if (!seekDemuxer(targetPts, fromStart)) {
                continue; // no keyframe that early in the index: try further back
            }
            try {
                if (skipTo(firstWantedSeconds, lastWantedSeconds, fromStart, frameIndex)) {
                    return;
                }
            } catch (VideoException e) {
                finished = true;
                failure = e;
                throw e;
            }
        }
    }

    /**
     * True when the target lies ahead of the decoder and no keyframe lies between: a seek would land on the
     * same or an earlier keyframe and decode again what is already decoded. Without an index to tell, a target
     * up to {@value #FORWARD_WITHOUT_INDEX_SECONDS} s ahead is decoded to.
     */
    private boolean cheaperToDecodeForward(double firstWantedSeconds) {
        if (finished || failure != null || !(firstWantedSeconds > lastTimestampSeconds)
                || lastTimestampSeconds == Double.NEGATIVE_INFINITY) {
            return false;
        }
        AVStream stream = format.streams(streamIndex);
        int entry = av_index_search_timestamp(stream, toPts(firstWantedSeconds), AVSEEK_FLAG_BACKWARD);
        AVIndexEntry keyframe = entry < 0 ? null : avformat_index_get_entry(stream, entry);
        if (keyframe == null || keyframe.isNull() || keyframe.timestamp() == AV_NOPTS_VALUE) {
            return firstWantedSeconds - lastTimestampSeconds <= FORWARD_WITHOUT_INDEX_SECONDS;
        }
        return seconds(keyframe.timestamp() - startPts()) <= lastTimestampSeconds;
    }

    private long toPts(double secondsFromStart) {
        return startPts() + (long) Math.floor(secondsFromStart * timeBaseDen / timeBaseNum);
    }

    /** The stream's first timestamp in stream ticks (0 when the stream does not say). */
    private long startPts() {
        return startPts == AV_NOPTS_VALUE ? 0 : startPts;
    }

    /**
     * Moves the demuxer to the keyframe at or before {@code targetPts} and resets the decoding state. Returns
     * false, changing nothing, when the container refuses that seek (the caller tries further back).
     */
    private boolean seekDemuxer(long targetPts, boolean fromStart) throws VideoException {
        int ret = av_seek_frame(format, streamIndex, targetPts, AVSEEK_FLAG_BACKWARD);
        if (ret < 0 && fromStart) {
            ret = avformat_seek_file(format, streamIndex, Long.MIN_VALUE, targetPts, targetPts, 0);
        }
        if (ret < 0 && fromStart) {
            failure = new VideoException(Kind.CORRUPT, file, "Cannot seek in " + file + " (" + ffmpegError(ret)
                    + "), so it can only be played from the start. Re-export it, e.g. with "
                    + "ffmpeg -i INPUT -c:v libx264 OUTPUT.mp4.");
            finished = true;
            throw failure;
        }
        if (ret < 0) {
            return false;
        }
        avcodec_flush_buffers(decoder);
        av_frame_unref(picture);
        flushing = false;
        finished = false;
        failure = null;
        consecutiveErrors = 0;
        lastError = 0;
        lastTimestampSeconds = Double.NEGATIVE_INFINITY;
        return true;
    }

    /**
     * Decodes and discards frames before {@code firstWantedSeconds}; the first one at or after it becomes the
     * pending frame, numbered {@code frameIndex}. Returns false (the caller seeks further back) when the first
     * decoded frame is already later than the wanted one, which happens when a container indexes keyframes by
     * decoding time; from the start of the file, whatever comes first is taken.
     */
    private boolean skipTo(double firstWantedSeconds, double lastWantedSeconds, boolean fromStart, int frameIndex)
            throws VideoException {
        framesDecoded = frameIndex;
        boolean first = true;
        while (decodePicture()) {
            double t = pictureTimestampSeconds;
            if (first && t > lastWantedSeconds && !fromStart) {
                av_frame_unref(picture);
                return false;
            }
            first = false;
            if (t >= firstWantedSeconds) {
                try {
                    pending = toVideoFrame(t);
                } finally {
                    av_frame_unref(picture);
                }
                return true;
            }
            lastTimestampSeconds = t;
            av_frame_unref(picture);
        }
        return true; // past the last frame: the reader stays at its end
    }

    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        if (pending != null) {
            pending.close();
            pending = null;
        }
        releaseUnrotated();
        if (sws != null) {
            sws_freeContext(sws);
            sws = null;
        }
        if (picture != null) {
            av_frame_free(picture);
            picture = null;
        }
        if (packet != null) {
            av_packet_free(packet);
            packet = null;
        }
        if (decoder != null) {
            avcodec_free_context(decoder);
            decoder = null;
        }
        if (format != null && !format.isNull()) {
            avformat_close_input(format);
        }
        format = null;
        dstPlanes.close();
        dstStrides.close();
    }

    // ---------------------------------------------------------------------------------------------- opening

    private static void checkFile(Path abs) throws VideoException {
        if (!Files.exists(abs)) {
            if (Files.isSymbolicLink(abs)) { // a link that leads nowhere: its target is gone, or links form a loop
                throw new VideoException(Kind.FILE_MISSING, abs, "Cannot open " + abs + ": it is a link that leads to"
                        + " no file (its target is missing, or links point to each other in a loop). Open the video"
                        + " file itself.");
            }
            throw new VideoException(Kind.FILE_MISSING, abs,
                    "Cannot open " + abs + ": the file does not exist. Check the path.");
        }
        if (Files.isDirectory(abs)) {
            throw new VideoException(Kind.NOT_A_VIDEO, abs,
                    "Cannot open " + abs + ": it is a folder, not a video file. Choose a video file.");
        }
        if (!Files.isRegularFile(abs)) {
            throw new VideoException(Kind.NOT_A_VIDEO, abs,
                    "Cannot open " + abs + ": it is not a regular file (a device or pipe?). Choose a video file.");
        }
        if (!Files.isReadable(abs)) {
            throw new VideoException(Kind.READ_ERROR, abs,
                    "Cannot open " + abs + ": the file is not readable. Check its permissions.");
        }
        long size;
        try {
            size = Files.size(abs);
        } catch (java.io.IOException e) {
            throw new VideoException(Kind.READ_ERROR, abs,
                    "Cannot open " + abs + ": its size cannot be read (" + e.getMessage() + "). Check the disk.", e);
        }
        if (size == 0) {
            throw new VideoException(Kind.TRUNCATED, abs,
                    "Cannot open " + abs + ": the file is empty (0 bytes), so it seems truncated. "
                            + "Re-export or re-copy it.");
        }
        String notVideo = NotAVideo.kindOf(abs);
        if (notVideo != null) {
            throw new VideoException(Kind.NOT_A_VIDEO, abs, "Cannot open " + abs + ": it is " + notVideo
                    + ", not a video, whatever its name says. Choose the video file itself.");
        }
    }

    private void start() throws VideoException {
        format = new AVFormatContext(null);
        AVDictionary options = new AVDictionary(null);
        av_dict_set(options, "protocol_whitelist", "file", 0);
        // "file:" keeps FFmpeg from reading a ':' in the path as a protocol name.
        int ret = avformat_open_input(format, "file:" + file, null, options);
        av_dict_free(options);
        if (ret < 0) {
            format = null; // FFmpeg frees the context when opening fails
            throw openFailure(ret);
        }
        ret = avformat_find_stream_info(format, (PointerPointer<?>) null);
        if (ret < 0) {
            throw openFailure(ret);
        }

        AVStream stream = selectVideoStream();
        AVCodecParameters par = stream.codecpar();
        int codecId = par.codec_id();
        String codecName = codecId == AV_CODEC_ID_NONE ? "unknown" : avcodec_get_name(codecId).getString();
        AVCodec codec = avcodec_find_decoder(codecId);
        if (codec == null) {
            throw unsupportedCodec(codecName, "the bundled FFmpeg has no decoder for it");
        }
        decoder = avcodec_alloc_context3(codec);
        if (decoder == null) {
            throw new OutOfMemoryError("avcodec_alloc_context3 failed for " + file);
        }
        if ((ret = avcodec_parameters_to_context(decoder, par)) < 0) {
            throw unsupportedCodec(codecName, "its parameters are invalid (" + ffmpegError(ret) + ")");
        }
        decoder.pkt_timebase(stream.time_base());
        decoder.thread_count(Integer.getInteger("medius.decoder.threads",
                Math.min(Runtime.getRuntime().availableProcessors(), MAX_DECODER_THREADS)));
        if ((ret = avcodec_open2(decoder, codec, (AVDictionary) null)) < 0) {
            throw unsupportedCodec(codecName, "its decoder cannot be opened (" + ffmpegError(ret) + ")");
        }
        packet = av_packet_alloc();
        picture = av_frame_alloc();
        if (packet == null || picture == null) {
            throw new OutOfMemoryError("av_packet_alloc/av_frame_alloc failed for " + file);
        }

        AVRational tb = stream.time_base();
        timeBaseNum = tb.num();
        timeBaseDen = tb.den();
        if (timeBaseNum <= 0 || timeBaseDen <= 0) {
            throw new VideoException(Kind.CORRUPT, file, "Cannot read " + file
                    + ": its video stream declares an invalid time base. Re-export the video.");
        }
        startPts = stream.start_time();
        rotation = readRotation(stream);
        nominalFps = fps(stream.avg_frame_rate());
        if (nominalFps <= 0) {
            nominalFps = fps(stream.r_frame_rate());
        }
        declaredFrames = Math.max(0, stream.nb_frames());
        declaredDurationSeconds = readDeclaredDuration(stream);

        pending = decodeNext();
        if (pending == null) {
            // decodeNext() throws TRUNCATED when the container promised frames; here it promised none.
            throw new VideoException(Kind.NO_FRAMES, file, "Cannot read " + file
                    + ": its video stream contains no frames. Re-export the video.");
        }
        long frameCountEstimate = declaredFrames > 0 ? declaredFrames
                : Math.round(declaredDurationSeconds * Math.max(nominalFps, 0));
        String formatName = format.iformat().name().getString();
        info = new VideoInfo(file, pending.bgr().cols(), pending.bgr().rows(), rotation, codecName, formatName,
                nominalFps, declaredDurationSeconds, frameCountEstimate);
    }

    private AVStream selectVideoStream() throws VideoException {
        int streams = format.nb_streams();
        int audioStreams = 0;
        for (int i = 0; i < streams; i++) {
            AVStream st = format.streams(i);
            int type = st.codecpar().codec_type();
            if (type == AVMEDIA_TYPE_VIDEO && (st.disposition() & AV_DISPOSITION_ATTACHED_PIC) == 0) {
                streamIndex = i;
                return st;
            }
            if (type == AVMEDIA_TYPE_AUDIO) {
                audioStreams++;
            }
        }
        String what = streams == 0 ? "it contains no streams at all"
                : audioStreams == streams ? "it contains only audio"
                : "none of its " + streams + " streams is a video";
        throw new VideoException(Kind.NO_VIDEO_STREAM, file, "Cannot read " + file + ": it has no video stream ("
                + what + "). Choose a file that contains video.");
    }

    private static int readRotation(AVStream stream) {
        AVCodecParameters par = stream.codecpar();
        AVPacketSideData matrix = av_packet_side_data_get(par.coded_side_data(), par.nb_coded_side_data(),
                AV_PKT_DATA_DISPLAYMATRIX);
        if (matrix != null && !matrix.isNull() && matrix.size() >= 9 * 4) {
            return DisplayRotation.clockwiseFromDisplayMatrix(
                    av_display_rotation_get(new IntPointer(matrix.data())));
        }
        return DisplayRotation.clockwiseFromRotateTag(tag(stream.metadata(), "rotate"));
    }

    private double readDeclaredDuration(AVStream stream) {
        if (stream.duration() != AV_NOPTS_VALUE && stream.duration() > 0) {
            return seconds(stream.duration());
        }
        // Matroska keeps per-track durations in a tag such as "00:00:04.000000000".
        double tagged = parseClock(tag(stream.metadata(), "DURATION"));
        if (tagged > 0) {
            return tagged;
        }
        long us = format.duration();
        return us != AV_NOPTS_VALUE && us > 0 ? us / 1_000_000.0 : 0;
    }

    private static String tag(AVDictionary dict, String key) {
        if (dict == null || dict.isNull()) {
            return null;
        }
        AVDictionaryEntry e = av_dict_get(dict, key, null, 0);
        return e == null || e.isNull() || e.value() == null ? null : e.value().getString();
    }

    static double parseClock(String hms) {
        if (hms == null) {
            return 0;
        }
        String[] parts = hms.trim().split(":");
        if (parts.length != 3) {
            return 0;
        }
        try {
            double s = Integer.parseInt(parts[0]) * 3600.0 + Integer.parseInt(parts[1]) * 60.0
                    + Double.parseDouble(parts[2]);
            return Double.isFinite(s) && s > 0 ? s : 0;
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static double fps(AVRational r) {
        return r != null && r.num() > 0 && r.den() > 0 ? (double) r.num() / r.den() : 0;
    }

    private VideoException openFailure(int ret) {
        if (ret == AVERROR_EACCES() || ret == AVERROR_EPERM()) {
            return new VideoException(Kind.READ_ERROR, file,
                    "Cannot open " + file + ": the file is not readable. Check its permissions.");
        }
        if (ret == AVERROR_ENOENT()) {
            return new VideoException(Kind.FILE_MISSING, file,
                    "Cannot open " + file + ": the file does not exist. Check the path.");
        }
        Optional<String> container = ContainerSniffer.containerOf(file);
        if (container.isPresent()) {
            return new VideoException(Kind.TRUNCATED, file, "Cannot open " + file + ": it starts like "
                    + container.get() + " file but FFmpeg cannot read its structure (" + ffmpegError(ret)
                    + "), so the file seems truncated or damaged. Re-export or re-copy it.");
        }
        if (ret == AVERROR_EIO()) {
            return new VideoException(Kind.READ_ERROR, file, "Cannot open " + file
                    + ": reading it failed with an I/O error. Check the disk or copy the file again.");
        }
        return new VideoException(Kind.NOT_A_VIDEO, file, "Cannot open " + file
                + ": it is not a video file FFmpeg recognises (" + ffmpegError(ret)
                + "). Choose a video file such as .mp4, .mov, .mkv or .avi.");
    }

    private VideoException unsupportedCodec(String codecName, String why) {
        return new VideoException(Kind.UNSUPPORTED_CODEC, file, "Cannot decode " + file + ": its video codec '"
                + codecName + "' is not supported (" + why + "). Convert it to H.264, for example with "
                + "ffmpeg -i INPUT -c:v libx264 OUTPUT.mp4.");
    }

    static String ffmpegError(int ret) {
        byte[] buf = new byte[256];
        if (av_strerror(ret, buf, buf.length) < 0) {
            return "FFmpeg error " + ret;
        }
        int n = 0;
        while (n < buf.length && buf[n] != 0) {
            n++;
        }
        return new String(buf, 0, n, java.nio.charset.StandardCharsets.UTF_8);
    }

    // --------------------------------------------------------------------------------------------- decoding

    private VideoFrame decodeNext() throws VideoException {
        if (!decodePicture()) {
            return null;
        }
        try {
            return toVideoFrame(pictureTimestampSeconds);
        } catch (VideoException e) {
            finished = true;
            failure = e;
            throw e;
        } finally {
            av_frame_unref(picture);
        }
    }

    /**
     * Decodes the next picture with a usable, strictly increasing timestamp into {@link #picture} and its time into
     * {@link #pictureTimestampSeconds}, without converting it; the caller must {@code av_frame_unref} it. Returns
     * false at the end of the stream. Split from the conversion so {@link #seek} can skip frames cheaply.
     */
    private boolean decodePicture() throws VideoException {
        if (failure != null) {
            throw failure;
        }
        if (finished) {
            return false;
        }
        try {
            while (true) {
                int ret = avcodec_receive_frame(decoder, picture);
                if (ret >= 0) {
                    boolean keep = false;
                    try {
                        if (picture.width() <= 0 || picture.height() <= 0) {
                            countError(AVERROR_INVALIDDATA()); // a picture without a size: skip it
                            continue;
                        }
                        double timestamp = timestampOfPicture();
                        if (framesDecoded > 0 && !(timestamp > lastTimestampSeconds)) {
                            droppedFrames++; // damaged or duplicated timing: keep times strictly increasing
                            continue;
                        }
                        consecutiveErrors = 0;
                        pictureTimestampSeconds = timestamp;
                        keep = true;
                        return true;
                    } finally {
                        if (!keep) {
                            av_frame_unref(picture);
                        }
                    }
                }
                if (ret == AVERROR_EOF()) {
                    finished = true;
                    checkComplete();
                    return false;
                }
                if (ret == AVERROR_EAGAIN()) {
                    if (flushing) { // drained without reporting EOF: nothing more will come
                        finished = true;
                        checkComplete();
                        return false;
                    }
                    feedOnePacket();
                } else {
                    countError(ret); // a damaged picture; the decoder carries on with the next packet
                }
            }
        } catch (VideoException e) {
            finished = true;
            failure = e;
            throw e;
        }
    }

    /** Reads packets until one of the video stream has been sent to the decoder, or sends the flush at the end. */
    private void feedOnePacket() throws VideoException {
        while (true) {
            int ret = av_read_frame(format, packet);
            if (ret < 0) {
                boolean atEnd = ret == AVERROR_EOF() || format.pb() == null || format.pb().eof_reached() != 0;
                if (!atEnd) {
                    countError(ret); // a read error away from the end: retry, a bounded number of times
                    continue;
                }
                if (ret != AVERROR_EOF()) {
                    lastError = ret;
                }
                avcodec_send_packet(decoder, null); // enter draining mode
                flushing = true;
                return;
            }
            try {
                if (packet.stream_index() != streamIndex) {
                    continue;
                }
                ret = avcodec_send_packet(decoder, packet);
                if (ret < 0 && ret != AVERROR_EAGAIN()) {
                    countError(ret);
                    continue;
                }
                return;
            } finally {
                av_packet_unref(packet);
            }
        }
    }

    private void countError(int ret) throws VideoException {
        lastError = ret;
        if (++consecutiveErrors >= MAX_CONSECUTIVE_ERRORS) {
            throw new VideoException(Kind.CORRUPT, file, "Cannot read " + file + " after frame " + framesDecoded
                    + ": the video data is damaged (" + consecutiveErrors + " errors in a row, last: "
                    + ffmpegError(ret) + "). Re-export or re-copy it.");
        }
    }

    /** At the end of the stream: a stream that stops well before what its container declared is truncated. */
    private void checkComplete() throws VideoException {
        if (seeked) {
            checkCompleteAfterSeek();
            return;
        }
        boolean promised = declaredFrames > 0 || declaredDurationSeconds > 0;
        if (framesDecoded == 0) {
            if (promised) {
                throw truncated(0);
            }
            return;
        }
        boolean shortByCount = declaredFrames > 0
                && framesDecoded < declaredFrames - Math.max(2, 0.02 * declaredFrames);
        double frameSeconds = nominalFps > 0 ? 1.0 / nominalFps : 0;
        double reached = lastTimestampSeconds + frameSeconds;
        boolean shortByTime = declaredFrames <= 0 && declaredDurationSeconds > 0
                && reached < declaredDurationSeconds - Math.max(0.5, 0.05 * declaredDurationSeconds);
        if (shortByCount || shortByTime) {
            throw truncated(framesDecoded);
        }
    }

    /**
     * After a {@link #seek} the frame count starts from the caller's index and skipped frames are not counted, so
     * comparing counts would raise false alarms; only time tells: the last frame decoded must reach about the
     * declared duration, with the same tolerance as for files without a frame count.
     */
    private void checkCompleteAfterSeek() throws VideoException {
        if (declaredDurationSeconds <= 0) {
            return;
        }
        double frameSeconds = nominalFps > 0 ? 1.0 / nominalFps : 0;
        double reached = Double.isFinite(lastTimestampSeconds) ? lastTimestampSeconds + frameSeconds : 0;
        if (reached < declaredDurationSeconds - Math.max(0.5, 0.05 * declaredDurationSeconds)) {
            throw truncated(framesDecoded);
        }
    }

    private VideoException truncated(int frames) {
        String declared = declaredFrames > 0
                ? "of " + declaredFrames + " declared frames"
                : String.format(Locale.ROOT, "(%.2f s of a declared %.2f s)",
                        frames == 0 || !Double.isFinite(lastTimestampSeconds) ? 0.0 : lastTimestampSeconds,
                        declaredDurationSeconds);
        String where = frames == 0 ? "no frame could be decoded " + declared
                : "the video stops after frame " + frames + " " + declared;
        String cause = lastError < 0 ? " (" + ffmpegError(lastError) + ")" : "";
        if (droppedFrames > 0) {
            cause += " after skipping " + droppedFrames + " frames with out-of-order times";
        }
        return new VideoException(Kind.TRUNCATED, file, "Cannot read " + file + " to its end: " + where + cause
                + ", so the file seems truncated or damaged. Re-export or re-copy it.");
    }

    // ------------------------------------------------------------------------------------------- conversion

    private double timestampOfPicture() throws VideoException {
        long pts = picture.best_effort_timestamp();
        if (pts == AV_NOPTS_VALUE) {
            pts = picture.pts();
        }
        if (pts == AV_NOPTS_VALUE) {
            throw new VideoException(Kind.CORRUPT, file, "Cannot read " + file + ": frame " + framesDecoded
                    + " has no presentation timestamp, so its time is unknown. Re-export the video.");
        }
        if (startPts == AV_NOPTS_VALUE) {
            startPts = pts;
        }
        return seconds(pts - startPts);
    }

    private VideoFrame toVideoFrame(double timestamp) throws VideoException {
        int w = picture.width();
        int h = picture.height();
        if (rotation == 0) {
            Mat target = convertToNewMat(w, h);
            return newFrame(timestamp, target);
        }
        if (unrotated == null || unrotated.rows() != h || unrotated.cols() != w) {
            releaseUnrotated();
            unrotatedFull = paddedMat(w, h);
            unrotated = unrotatedFull.rowRange(0, h);
        }
        scaleInto(unrotated);
        Mat upright = new Mat();
        Core.rotate(unrotated, upright, rotation == 90 ? Core.ROTATE_90_CLOCKWISE
                : rotation == 180 ? Core.ROTATE_180 : Core.ROTATE_90_COUNTERCLOCKWISE);
        return newFrame(timestamp, upright);
    }

    /**
     * swscale's x86 YUV-to-BGR code writes up to 24 bytes past the end of each row for some widths (e.g. 1080,
     * 1768: width = 8 mod 16), which past the last row is a heap overflow that crashes the JVM. So every
     * destination gets spare rows below the picture, and the picture is a row range of it: still one continuous
     * block, with no copy.
     */
    private static Mat paddedMat(int w, int h) {
        int extraRows = 1 + 256 / (3 * w);
        return new Mat(h + extraRows, w, CvType.CV_8UC3);
    }

    private Mat convertToNewMat(int w, int h) throws VideoException {
        Mat full = paddedMat(w, h);
        Mat picturePart = full.rowRange(0, h);
        full.release(); // the row range keeps the pixel memory alive; it is freed when the frame is closed
        try {
            scaleInto(picturePart);
            return picturePart;
        } catch (VideoException | RuntimeException | Error e) {
            picturePart.release();
            throw e;
        }
    }

    private void releaseUnrotated() {
        if (unrotated != null) {
            unrotated.release();
            unrotated = null;
        }
        if (unrotatedFull != null) {
            unrotatedFull.release();
            unrotatedFull = null;
        }
    }

    private VideoFrame newFrame(double timestamp, Mat bgr) {
        lastTimestampSeconds = timestamp;
        return new VideoFrame(framesDecoded++, timestamp, bgr);
    }

    /**
     * Converts the decoded picture into {@code dst} (same size, CV_8UC3, continuous, with spare memory after it,
     * see {@link #paddedMat}) without an extra copy.
     */
    private void scaleInto(Mat dst) throws VideoException {
        int w = picture.width();
        int h = picture.height();
        int pixFmt = picture.format();
        sws = sws_getCachedContext(sws, w, h, pixFmt, w, h, AV_PIX_FMT_BGR24, SWS_BILINEAR, null, null,
                (DoublePointer) null);
        if (sws == null) {
            BytePointer name = av_get_pix_fmt_name(pixFmt);
            throw unsupportedCodec(info == null ? "?" : info.codecName(), "its pixel format "
                    + (name == null ? String.valueOf(pixFmt) : name.getString()) + " cannot be converted to BGR");
        }
        int colorspace = picture.colorspace();
        int fullRange = fullRange();
        if (sws.address() != swsColorAddress || colorspace != swsColorspace || fullRange != swsFullRange) {
            sws_setColorspaceDetails(sws, sws_getCoefficients(swsColorspace(colorspace)), fullRange,
                    sws_getCoefficients(SWS_CS_DEFAULT), 1, 0, 1 << 16, 1 << 16);
            swsColorAddress = sws.address();
            swsColorspace = colorspace;
            swsFullRange = fullRange;
        }
        dstPlanes.put(0, new RawPointer(dst.dataAddr()));
        dstStrides.put(0, (int) dst.step1(0));
        sws_scale(sws, picture.data(), picture.linesize(), 0, h, dstPlanes, dstStrides);
    }

    private int fullRange() {
        int f = picture.format();
        boolean jpegFormat = f == AV_PIX_FMT_YUVJ420P || f == AV_PIX_FMT_YUVJ422P || f == AV_PIX_FMT_YUVJ444P
                || f == AV_PIX_FMT_YUVJ440P || f == AV_PIX_FMT_YUVJ411P;
        return jpegFormat || picture.color_range() == AVCOL_RANGE_JPEG ? 1 : 0;
    }

    private static int swsColorspace(int avColorspace) {
        if (avColorspace == AVCOL_SPC_BT709) {
            return SWS_CS_ITU709;
        } else if (avColorspace == AVCOL_SPC_BT2020_NCL || avColorspace == AVCOL_SPC_BT2020_CL) {
            return SWS_CS_BT2020;
        } else if (avColorspace == AVCOL_SPC_SMPTE240M) {
            return SWS_CS_SMPTE240M;
        } else if (avColorspace == AVCOL_SPC_FCC) {
            return SWS_CS_FCC;
        }
        return SWS_CS_ITU601; // BT.601 / unspecified, FFmpeg's own default
    }

    private double seconds(long ticks) {
        return ticks * (double) timeBaseNum / timeBaseDen;
    }

    /** A non-owning pointer to memory allocated elsewhere (here: an OpenCV Mat's pixels). */
    private static final class RawPointer extends Pointer {
        RawPointer(long address) {
            this.address = address;
        }
    }
}
