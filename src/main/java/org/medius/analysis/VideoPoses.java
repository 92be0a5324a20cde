package org.medius.analysis;

import java.util.List;
import org.medius.model.FramePose;
import org.medius.model.VideoMetadata;

/**
 * The slow part of an analysis: the pose model's pose on every frame of a video, before any repair or filter.
 * Everything after it ({@link AnalysisPipeline}) takes milliseconds, so the viewer keeps this to re-run the
 * pipeline after a correction.
 *
 * @param video            the source video
 * @param poses            one pose per decoded frame, in order
 * @param modelDescription the pose model's name and file
 */
public record VideoPoses(VideoMetadata video, List<FramePose> poses, String modelDescription) {

    public VideoPoses {
        poses = List.copyOf(poses);
    }
}
