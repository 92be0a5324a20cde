package org.medius.ui;

import java.nio.file.Path;
import org.medius.model.Side;
import org.medius.synth.SyntheticTrack;
import org.medius.video.TestVideos;

/**
 * The viewer tests' clip: three squats with 12 degrees of left knee valgus (a synthetic track, 30 fps, 640 x 360),
 * and a real little video of as many frames for the player to decode.
 */
final class SquatClip {
    private SquatClip() {
    }

    static SyntheticTrack track() {
        return SyntheticTrack.squat().reps(3).repSeconds(2).pauseSeconds(0.5).fps(30).imageSizePx(640, 360)
                .bodyHeightPx(300).fppaDeg(Side.LEFT, 12).seed(7).generate();
    }

    /** Writes the video for {@code track} as {@code dir/squats.mp4}. */
    static Path video(Path dir, SyntheticTrack track) throws Exception {
        return TestVideos.spec().size(640, 360).frames(track.frames().size()).writeTo(dir.resolve("squats.mp4"));
    }
}
