package org.medius.export;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.medius.analysis.Analysis;

/**
 * Writes an analysis as VIDEO-NAME.csv (per frame) with VIDEO-NAME.events.csv (per stance or repetition) and
 * VIDEO-NAME.summary.csv (per side and metric, with the score),
 * and/or VIDEO-NAME.json, VIDEO-NAME.trc (filtered keypoints for OpenSim) and VIDEO-NAME.mot (per-frame angles
 * for OpenSim), into a folder, each atomically.
 */
public final class AnalysisFiles {

    public enum Format { CSV, JSON, TRC, MOT }

    private AnalysisFiles() {
    }

    /** As {@link #write(Analysis, Path, Set, Optional)} with the TRC file in pixels. */
    public static List<Path> write(Analysis analysis, Path folder, Set<Format> formats) throws OutputFileException {
        return write(analysis, folder, formats, Optional.empty());
    }

    /**
     * @param calibration the person's height, to write the TRC file in metres instead of pixels
     * @return the files written, in the order csv, events csv, summary csv, json, trc, mot
     */
    public static List<Path> write(Analysis analysis, Path folder, Set<Format> formats,
            Optional<HeightCalibration> calibration) throws OutputFileException {
        String stem = stem(analysis.video().fileName());
        List<Path> written = new ArrayList<>();
        if (formats.contains(Format.CSV)) {
            Path csv = folder.resolve(stem + ".csv");
            AnalysisCsv.write(analysis, csv);
            written.add(csv);
            Path events = folder.resolve(stem + ".events.csv");
            EventsCsv.write(analysis, events);
            written.add(events);
            Path summary = folder.resolve(stem + ".summary.csv");
            SummaryCsv.write(analysis, summary);
            written.add(summary);
        }
        if (formats.contains(Format.JSON)) {
            Path json = folder.resolve(stem + ".json");
            AnalysisJson.write(analysis, json);
            written.add(json);
        }
        if (formats.contains(Format.TRC)) {
            Path trc = folder.resolve(stem + ".trc");
            TrcFile.write(analysis, trc, calibration);
            written.add(trc);
        }
        if (formats.contains(Format.MOT)) {
            Path mot = folder.resolve(stem + ".mot");
            MotFile.write(analysis, mot);
            written.add(mot);
        }
        return written;
    }

    /** Every output file name an analysis of a video with this stem may write, in any format. */
    public static List<String> names(String stem) {
        return List.of(stem + ".csv", stem + ".events.csv", stem + ".summary.csv", stem + ".json", stem + ".trc",
                stem + ".mot");
    }

    /** The file name without its extension. */
    public static String stem(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot > 0 ? fileName.substring(0, dot) : fileName;
    }
}
