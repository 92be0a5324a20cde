package org.medius.model;

/** The pose found on one video frame, with the frame's index and its real presentation time. */
public record FramePose(int frameIndex, double timestampSeconds, Pose pose) {
}
