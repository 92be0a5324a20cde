package org.medius.session;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.medius.model.FramePose;
import org.medius.model.Keypoint;
import org.medius.model.MoveNetVariant;
import org.medius.model.Pose;
import org.medius.model.Sex;
import org.medius.model.Task;
import org.medius.model.VideoMetadata;

/** Synthetic poses and sessions: a person standing still, seen from behind, in a 1000 x 1000 px frame. */
final class SyntheticSessions {
    static final VideoMetadata VIDEO = new VideoMetadata("clip.mp4", 1000, 1000, 0, "h264", 30, 10);
    static final VideoFingerprint FINGERPRINT = new VideoFingerprint(1234, "ab".repeat(32));

    private SyntheticSessions() {
    }

    /** Hips 100 px apart at y 500 (level), knees at y 700, ankles at y 900, shoulders at y 200; confidence 0.9. */
    static Pose standing(Random noise, double noisePx) {
        double[] x = new double[Keypoint.COUNT];
        double[] y = new double[Keypoint.COUNT];
        double[] c = new double[Keypoint.COUNT];
        Arrays.fill(c, 0.9);
        set(x, y, Keypoint.NOSE, 450, 120);
        set(x, y, Keypoint.LEFT_EYE, 440, 110);
        set(x, y, Keypoint.RIGHT_EYE, 460, 110);
        set(x, y, Keypoint.LEFT_EAR, 430, 115);
        set(x, y, Keypoint.RIGHT_EAR, 470, 115);
        set(x, y, Keypoint.LEFT_SHOULDER, 380, 200);
        set(x, y, Keypoint.RIGHT_SHOULDER, 520, 200);
        set(x, y, Keypoint.LEFT_ELBOW, 370, 330);
        set(x, y, Keypoint.RIGHT_ELBOW, 530, 330);
        set(x, y, Keypoint.LEFT_WRIST, 365, 450);
        set(x, y, Keypoint.RIGHT_WRIST, 535, 450);
        set(x, y, Keypoint.LEFT_HIP, 400, 500);
        set(x, y, Keypoint.RIGHT_HIP, 500, 500);
        set(x, y, Keypoint.LEFT_KNEE, 400, 700);
        set(x, y, Keypoint.RIGHT_KNEE, 500, 700);
        set(x, y, Keypoint.LEFT_ANKLE, 400, 900);
        set(x, y, Keypoint.RIGHT_ANKLE, 500, 900);
        for (int i = 0; i < Keypoint.COUNT; i++) {
            x[i] += noisePx * (2 * noise.nextDouble() - 1);
            y[i] += noisePx * (2 * noise.nextDouble() - 1);
        }
        return Pose.of(x, y, c);
    }

    private static void set(double[] x, double[] y, Keypoint k, double xPx, double yPx) {
        x[k.ordinal()] = xPx;
        y[k.ordinal()] = yPx;
    }

    /** {@code frames} frames at 30 frames/s, frame index = position, with +-0.5 px of seeded noise. */
    static List<FramePose> standingTrack(int frames) {
        Random noise = new Random(42);
        List<FramePose> t = new ArrayList<>(frames);
        for (int i = 0; i < frames; i++) {
            t.add(new FramePose(i, i / 30.0, standing(noise, 0.5)));
        }
        return t;
    }

    static Session session(List<FramePose> poses) {
        return Session.create(FINGERPRINT, VIDEO, "/videos/clip.mp4", "MoveNet SinglePose Thunder (test)",
                MoveNetVariant.THUNDER, Task.SQUAT, Sex.FEMALE, null, poses);
    }
}
