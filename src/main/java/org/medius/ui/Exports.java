package org.medius.ui;

import java.nio.file.Path;
import org.medius.analysis.Analysis;
import org.medius.export.overlay.KeyFramePictures;
import org.medius.export.overlay.OverlayVideo;
import org.medius.export.report.ClinicalReport;
import org.medius.export.report.ReportFields;

/** The long exports the File menu starts, as work for {@link ViewerModel#runExport}. */
final class Exports {
    private Exports() {
    }

    /** The clinical report, with the key frames read from the video. */
    static ExportWork report(Analysis a, Path video, ReportFields fields, Path pdf) {
        return progress -> {
            KeyFramePictures pictures = new KeyFramePictures(a, video);
            ClinicalReport.write(a, fields, pictures::frameWithSkeleton, pdf);
            return "Wrote the report " + pdf + (pictures.lastFailure().isPresent()
                    ? " (without key frames: " + pictures.lastFailure().get() + ")" : "") + ".";
        };
    }

    /** The video with the skeleton, the angles and a running plot, at the source's frame times. */
    static ExportWork overlayVideo(Analysis a, Path video, Path mp4) {
        return progress -> {
            OverlayVideo.Written w = OverlayVideo.write(a, video, mp4, progress);
            return "Wrote " + w.file() + " (" + w.frames() + " frames).";
        };
    }
}
