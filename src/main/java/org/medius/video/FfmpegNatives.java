package org.medius.video;

import static org.bytedeco.ffmpeg.global.avutil.AV_LOG_FATAL;
import static org.bytedeco.ffmpeg.global.avutil.av_log_set_level;

import org.bytedeco.javacpp.Loader;

/**
 * Loads the bundled FFmpeg libraries once and quiets FFmpeg's own stderr logging: every problem the reader
 * cares about is reported through {@link VideoException} instead. Set the system property
 * {@code medius.ffmpeg.logLevel} to an FFmpeg log level number (e.g. 32 for info, 48 for debug) to see it.
 */
final class FfmpegNatives {

    private static volatile boolean loaded;

    private FfmpegNatives() {
    }

    static void load() {
        if (loaded) {
            return;
        }
        synchronized (FfmpegNatives.class) {
            if (!loaded) {
                Loader.load(org.bytedeco.ffmpeg.global.avutil.class);
                Loader.load(org.bytedeco.ffmpeg.global.avcodec.class);
                Loader.load(org.bytedeco.ffmpeg.global.avformat.class);
                Loader.load(org.bytedeco.ffmpeg.global.swscale.class);
                av_log_set_level(Integer.getInteger("medius.ffmpeg.logLevel", AV_LOG_FATAL));
                loaded = true;
            }
        }
    }
}
