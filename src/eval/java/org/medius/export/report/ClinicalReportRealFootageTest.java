package org.medius.export.report;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.medius.analysis.Analysis;
import org.medius.analysis.AnalysisSettings;
import org.medius.analysis.Progress;
import org.medius.analysis.VideoAnalyzer;
import org.medius.model.MoveNetVariant;
import org.medius.model.Task;
import org.medius.pose.MoveNetModel;
import org.medius.pose.SubjectTracker;
import org.medius.testing.SharedData;

/**
 * The report of a real clip (tfjs pose_squats.mp4, analysed as a squat with the real model), written to
 * target/eval/report-pose_squats.pdf with each page rendered to PNG for a person to read. Skips without the footage.
 */
class ClinicalReportRealFootageTest {

    @Test
    void theReportOfPoseSquatsHasOneOrTwoPagesAndItsRepetitions() throws Exception {
        Path video = SharedData.require("tfjs/pose_squats.mp4");
        Analysis a;
        try (SubjectTracker tracker = new SubjectTracker(MoveNetModel.load(MoveNetVariant.THUNDER), true, null, 30)) {
            a = VideoAnalyzer.analyse(video, tracker, "test", AnalysisSettings.defaults(Task.SQUAT), Progress.NONE);
        }
        Path pdf = Files.createDirectories(Path.of("target", "eval")).resolve("report-pose_squats.pdf");
        org.medius.export.overlay.KeyFramePictures pictures = new org.medius.export.overlay.KeyFramePictures(a, video);
        ClinicalReport.write(a, new ReportFields("pose_squats demo", null, "none", null), pictures::frameWithSkeleton,
                pdf);
        org.junit.jupiter.api.Assertions.assertEquals(java.util.Optional.empty(), pictures.lastFailure());
        ClinicalReportTest.renderPages(pdf, "report-pose_squats");
        int pages = ClinicalReportTest.pages(pdf);
        assertTrue(pages >= 1 && pages <= 2, pages + " pages");
        String text = ClinicalReportTest.text(pdf);
        assertTrue(text.contains("pose_squats.mp4") && text.contains("squat; " + a.events().repetitionCount()
                + " repetition"), text);
        assertTrue(text.contains("no confirmed reference for squat"), text);
        assertTrue(text.contains("record at 60 frames/s or more"), "the clip has about 5 frames/s: " + text);
        assertTrue(!text.contains(ClinicalReport.KEY_FRAME_MISSING), "both key frames are pictures from the video");
        org.junit.jupiter.api.Assertions.assertEquals(3, ClinicalReportTest.imageCount(pdf),
                "the plot and two key frames");
    }
}
