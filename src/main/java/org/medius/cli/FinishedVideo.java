package org.medius.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.medius.export.AtomicFiles;
import org.medius.export.OutputFileException;
import org.medius.export.VideoOverview;
import org.medius.session.VideoFingerprint;

/**
 * The record a batch writes, atomically and last, once all of a video's outputs are written: which content was
 * analysed (size and SHA-256), with which settings, which files came out, and the video's summary rows and
 * overview line. Its presence is what "finished" means when a batch is run again: the video is skipped only when
 * its record reads back, its content and settings are unchanged and every listed output still exists. An
 * interrupted video has no record (it is written after the outputs), so it is done again.
 *
 * @param video       the video's file name
 * @param sizeBytes   its length
 * @param sha256      SHA-256 of its bytes (a changed video is analysed again, whatever its modification time)
 * @param settings    the batch settings that shape the outputs ({@link BatchCommand} builds this text)
 * @param outputs     the file names written into the output folder
 * @param summaryRows the video's rows of summary.csv
 * @param overview    its line in overview.html
 */
record FinishedVideo(String video, long sizeBytes, String sha256, String settings, List<String> outputs,
        List<String> summaryRows, VideoOverview overview) {
    private static final ObjectMapper JSON = new ObjectMapper();

    FinishedVideo {
        Objects.requireNonNull(video, "video");
        outputs = List.copyOf(outputs);
        summaryRows = List.copyOf(summaryRows);
        Objects.requireNonNull(overview, "overview");
    }

    /** Where the record of {@code video} lives in {@code outFolder}: VIDEO-FILE-NAME.batch.json. */
    static Path recordFile(Path outFolder, Path video) {
        return outFolder.resolve(video.getFileName() + ".batch.json");
    }

    static FinishedVideo of(Path video, String settings, List<Path> outputs, List<String> summaryRows,
            VideoOverview overview) throws IOException {
        VideoFingerprint f = VideoFingerprint.of(video);
        return new FinishedVideo(video.getFileName().toString(), f.sizeBytes(), f.sha256Hex(), settings,
                outputs.stream().map(p -> p.getFileName().toString()).toList(), summaryRows, overview);
    }

    void write(Path outFolder, Path video) throws OutputFileException {
        AtomicFiles.writeText(recordFile(outFolder, video), w -> JSON.writerWithDefaultPrettyPrinter().writeValue(w, this));
    }

    /**
     * The record of a video that is finished with these settings and needs no new analysis; null when there is
     * none, it cannot be read, or the video, the settings or an output changed since.
     */
    static FinishedVideo readIfCurrent(Path outFolder, Path video, String settings) {
        Path file = recordFile(outFolder, video);
        if (!Files.isRegularFile(file)) {
            return null;
        }
        try {
            FinishedVideo r = JSON.readValue(file.toFile(), FinishedVideo.class);
            boolean same = r.video.equals(video.getFileName().toString()) && r.settings.equals(settings)
                    && new VideoFingerprint(r.sizeBytes, r.sha256).matches(video)
                    && r.outputs.stream().allMatch(o -> Files.isRegularFile(outFolder.resolve(o)));
            return same ? r : null;
        } catch (IOException | IllegalArgumentException unreadable) {
            return null; // an unreadable or foreign record: the video is simply analysed again
        }
    }
}
