package org.medius.cli;

import java.nio.file.Path;
import org.medius.analysis.Analysis;
import org.medius.analysis.AnalysisSettings;
import org.medius.analysis.Progress;

/**
 * The analysis of one video in a batch. The command runs the pose model; tests hand the batch a fake that returns
 * a synthetic analysis, because the generated test clips have nobody in them.
 */
@FunctionalInterface
interface VideoAnalysisFunction {
    /** @throws Exception any failure of this video (the batch reports it and goes on, unless it is a cancellation) */
    Analysis analyse(Path video, Progress progress) throws Exception;

    /**
     * The analysis of one video with the batch's settings (task, markers). By default the settings are not looked
     * at: a fake returns what it returns; a test that checks what the batch asked for overrides this one.
     */
    default Analysis analyse(Path video, AnalysisSettings settings, Progress progress) throws Exception {
        return analyse(video, progress);
    }
}
