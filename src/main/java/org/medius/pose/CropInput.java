package org.medius.pose;

/** What the MoveNet translator takes: a frame and the region of it to feed to the model. */
public record CropInput(FrameImage frame, CropRegion region) {
}
