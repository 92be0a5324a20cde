package org.medius.cli;

import java.nio.file.Path;
import org.medius.analysis.Analysis;
import org.medius.analysis.Progress;

/**
 * The analysis of one video in a batch. The command runs the pose model; tests hand the batch a fake that returns
 * a synthetic analysis, because the generated test clips have nobody in them.
 */
@FunctionalInterface
interface VideoAnalysisFunction {
    /** @throws Exception any failure of this video (the batch reports it and goes on, unless it is a cancellation) */
    Analysis analyse(Path video, Progress progress) throws Exception;
}
