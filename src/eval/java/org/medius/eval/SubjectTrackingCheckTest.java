package org.medius.eval;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.medius.model.Keypoint;
import org.medius.model.MoveNetVariant;
import org.medius.model.Pose;
import org.medius.model.SubjectHint;
import org.medius.pose.FrameImage;
import org.medius.pose.MoveNetModel;
import org.medius.pose.MoveNetTracker;
import org.medius.pose.SubjectStatus;
import org.medius.pose.SubjectTracker;
import org.medius.testing.SharedData;
import org.medius.video.VideoException;
import org.medius.video.VideoFrame;
import org.medius.video.VideoReader;

/**
 * SubjectTracker on real footage with bystanders: demo_HEAD.mp4 (1768x994, 30 fps, 230 frames). A man stands on
 * a utility box at the top left from the first frame (later he jumps, walks on the box and ends crouching on the
 * grass at the right); from about frame 35 a woman walks in from the right edge, crosses the whole frame right to
 * left at hip height ~700-750 px and leaves at the left edge around frame 205. The subject is the walking woman,
 * given as a box hint over the region where she enters. Checked: every returned pose is hers (mid-hip x moves
 * right to left with no large jump, mid-hip y and torso length stay in her band); she is tracked on most frames
 * where she is in view; after she leaves the frames are missing, not the man. Also run: the default choice (no
 * hint) and the plain MoveNetTracker, reported only.
 */
class SubjectTrackingCheckTest {
    static final String VIDEO = "walking-side/demo_HEAD.mp4";
    /** The right-hand part of the frame where the woman walks in; the man is never there while she is in view. */
    static final SubjectHint WOMAN = SubjectHint.box(1300, 450, 1768, 994);

    /** Largest mid-hip move between consecutive frames that can still be her (measured: 19 px; she walks ~9 px/frame). */
    static final double MAX_STEP_PX = 60;
    /** She walks right to left: mid-hip x may go back by at most this much (keypoint jitter; measured < 10 px). */
    static final double MAX_BACKWARD_PX = 30;
    /** Her torso length stays within this factor of its median (measured 0.85..1.11; 113..148 px). */
    static final double TORSO_BAND = 1.35;
    /** She is in view on frames ~38..204 (167 frames); the tracker must hold her on most of them. */
    static final int MIN_FRAMES_WITH_HER = 150;

    record Sample(int frame, double t, SubjectStatus status, double hipX, double hipY, double torso) {
        boolean found() {
            return Double.isFinite(hipX);
        }
    }

    @Test
    void staysOnTheWalkingWoman() throws IOException, VideoException {
        Path video = SharedData.require(VIDEO);
        List<Sample> hinted = new ArrayList<>();
        List<Sample> byDefault = new ArrayList<>();
        List<Sample> plain = new ArrayList<>();
        long start = System.nanoTime();
        int inferences = 0;
        try (MoveNetModel model = Models.require(MoveNetVariant.THUNDER);
                VideoReader reader = VideoReader.open(video)) {
            SubjectTracker woman = new SubjectTracker(model, false, WOMAN, 30);
            SubjectTracker first = new SubjectTracker(model, false);
            MoveNetTracker moveNet = new MoveNetTracker(model, false);
            FrameImage buffer = null;
            VideoFrame frame;
            while ((frame = reader.next()) != null) {
                try (VideoFrame f = frame) {
                    buffer = FrameImage.fromFrame(f, buffer);
                    double t = f.timestampSeconds();
                    hinted.add(sample(f.index(), t, woman.estimate(buffer, t), woman.lastStatus()));
                    inferences += woman.lastInferenceCount();
                    byDefault.add(sample(f.index(), t, first.estimate(buffer, t), first.lastStatus()));
                    plain.add(sample(f.index(), t, moveNet.estimate(buffer), null));
                }
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        writeCsv(hinted, byDefault, plain);

        // her track: right to left, no jump, steady size
        List<Sample> her = hinted.stream().filter(Sample::found).toList();
        double[] torsos = her.stream().mapToDouble(Sample::torso).sorted().toArray();
        double medianTorso = torsos.length == 0 ? Double.NaN : torsos[torsos.length / 2];
        double maxStep = 0;
        int maxStepFrame = -1;
        double maxBackward = 0;
        double minTorso = Double.POSITIVE_INFINITY;
        double maxTorso = 0;
        for (int i = 0; i < her.size(); i++) {
            Sample s = her.get(i);
            minTorso = Math.min(minTorso, s.torso());
            maxTorso = Math.max(maxTorso, s.torso());
            if (i == 0) {
                continue;
            }
            Sample p = her.get(i - 1);
            double step = Math.hypot(s.hipX() - p.hipX(), s.hipY() - p.hipY()) / (s.frame() - p.frame());
            if (step > maxStep) {
                maxStep = step;
                maxStepFrame = s.frame();
            }
            maxBackward = Math.max(maxBackward, s.hipX() - p.hipX());
        }
        int tracked = count(hinted, SubjectStatus.TRACKED);
        int missing = count(hinted, SubjectStatus.MISSING);
        int reacquired = count(hinted, SubjectStatus.REACQUIRED);

        // the default subject (largest, most central on frame 0) and plain MoveNet, measured against her track
        int defaultOnHer = 0;
        int plainOnHer = 0;
        int plainOnOther = 0;
        int plainSwitches = 0;
        double plainMaxStep = 0;
        for (int i = 0; i < hinted.size(); i++) {
            Sample w = hinted.get(i);
            Sample d = byDefault.get(i);
            Sample p = plain.get(i);
            if (w.found() && d.found() && Math.hypot(d.hipX() - w.hipX(), d.hipY() - w.hipY()) < 2 * w.torso()) {
                defaultOnHer++;
            }
            if (p.found()) {
                boolean onHer = w.found() && Math.hypot(p.hipX() - w.hipX(), p.hipY() - w.hipY()) < w.torso();
                plainOnHer += onHer ? 1 : 0;
                plainOnOther += onHer ? 0 : 1;
            }
            if (i > 0 && p.found() && plain.get(i - 1).found()) {
                double step = Math.hypot(p.hipX() - plain.get(i - 1).hipX(), p.hipY() - plain.get(i - 1).hipY());
                plainMaxStep = Math.max(plainMaxStep, step);
                plainSwitches += step > 3 * Math.max(p.torso(), plain.get(i - 1).torso()) ? 1 : 0;
            }
        }
        Sample firstDefault = byDefault.stream().filter(Sample::found).findFirst().orElse(null);

        EvalReport report = new EvalReport("Subject tracking on " + VIDEO);
        report.paragraph(String.format(Locale.ROOT, """
                MoveNet Thunder, %d frames, %.0f s for the three runs below on this machine (%d model runs for the
                SubjectTracker with a hint: %.2f per frame). The subject is the woman who walks in from the right
                edge around frame 38 and leaves at the left edge around frame 204; a man stands on a utility box at
                the top left from frame 0, jumps down around frame 160 and ends on the grass at the right. Hint: the box
                %s (the region where she walks in). Per-frame data: subject-tracking.csv.""",
                hinted.size(), seconds, inferences, inferences / (double) hinted.size(), WOMAN));
        ReportTable t = new ReportTable("run", "TRACKED", "REACQUIRED", "MISSING", "notes");
        t.row("SubjectTracker, hint on the woman", tracked, reacquired, missing, String.format(Locale.ROOT,
                "max mid-hip step %s px/frame (frame %d), max backward step %s px, torso %s..%s px (median %s)",
                ReportTable.num(maxStep), maxStepFrame, ReportTable.num(maxBackward), ReportTable.num(minTorso),
                ReportTable.num(maxTorso), ReportTable.num(medianTorso)));
        t.row("SubjectTracker, default choice", count(byDefault, SubjectStatus.TRACKED),
                count(byDefault, SubjectStatus.REACQUIRED), count(byDefault, SubjectStatus.MISSING),
                String.format(Locale.ROOT, "chose the person at mid-hip (%s, %s) on frame %d (the man on the box);"
                        + " frames on the woman: %d", firstDefault == null ? "-" : ReportTable.num(firstDefault.hipX()),
                        firstDefault == null ? "-" : ReportTable.num(firstDefault.hipY()),
                        firstDefault == null ? -1 : firstDefault.frame(), defaultOnHer));
        t.row("MoveNetTracker (plain)", "-", "-", plain.size() - (int) plain.stream().filter(Sample::found).count(),
                String.format(Locale.ROOT, "frames on the woman %d, on someone else %d; identity switches"
                        + " (mid-hip jump > 3 torso) %d; max mid-hip step %s px", plainOnHer, plainOnOther,
                        plainSwitches, ReportTable.num(plainMaxStep)));
        report.table(t);
        Path written = report.write("subject-tracking.md");

        assertTrue(tracked + reacquired >= MIN_FRAMES_WITH_HER, () -> "held the woman on only " + (tracked + reacquired)
                + " frames; see " + written);
        assertTrue(her.get(0).hipX() > 1400 && her.get(her.size() - 1).hipX() < 150,
                () -> "her track should run from the right edge to the left edge; see " + written);
        assertTrue(maxStep <= MAX_STEP_PX, "mid-hip jump of " + maxStep + " px on frame " + maxStepFrame + "; see " + written);
        assertTrue(maxBackward <= MAX_BACKWARD_PX, "mid-hip went back by " + maxBackward + " px; see " + written);
        assertTrue(minTorso >= medianTorso / TORSO_BAND && maxTorso <= medianTorso * TORSO_BAND,
                "torso " + minTorso + ".." + maxTorso + " px around a median of " + medianTorso + "; see " + written);
        assertTrue(defaultOnHer == 0, "the default subject (the man) switched to the woman on " + defaultOnHer
                + " frames; see " + written);
    }

    static int count(List<Sample> samples, SubjectStatus status) {
        return (int) samples.stream().filter(s -> s.status() == status).count();
    }

    static Sample sample(int frame, double t, Pose p, SubjectStatus status) {
        double hx = (p.xPx(Keypoint.LEFT_HIP) + p.xPx(Keypoint.RIGHT_HIP)) / 2;
        double hy = (p.yPx(Keypoint.LEFT_HIP) + p.yPx(Keypoint.RIGHT_HIP)) / 2;
        double sx = (p.xPx(Keypoint.LEFT_SHOULDER) + p.xPx(Keypoint.RIGHT_SHOULDER)) / 2;
        double sy = (p.yPx(Keypoint.LEFT_SHOULDER) + p.yPx(Keypoint.RIGHT_SHOULDER)) / 2;
        boolean seen = p.confidence(Keypoint.LEFT_HIP) + p.confidence(Keypoint.RIGHT_HIP) > 0;
        return new Sample(frame, t, status, seen ? hx : Double.NaN, seen ? hy : Double.NaN,
                seen ? Math.hypot(sx - hx, sy - hy) : Double.NaN);
    }

    static void writeCsv(List<Sample> a, List<Sample> b, List<Sample> c) throws IOException {
        StringBuilder sb = new StringBuilder("frame,t,hint_status,hint_x,hint_y,hint_torso,def_status,def_x,def_y,def_torso,plain_x,plain_y,plain_torso\n");
        for (int i = 0; i < a.size(); i++) {
            Sample s = a.get(i);
            Sample d = b.get(i);
            Sample p = c.get(i);
            sb.append(String.format(Locale.ROOT, "%d,%.3f,%s,%.1f,%.1f,%.1f,%s,%.1f,%.1f,%.1f,%.1f,%.1f,%.1f%n", s.frame(), s.t(),
                    s.status(), s.hipX(), s.hipY(), s.torso(), d.status(), d.hipX(), d.hipY(), d.torso(),
                    p.hipX(), p.hipY(), p.torso()));
        }
        Files.createDirectories(EvalReport.DIRECTORY);
        Files.writeString(EvalReport.DIRECTORY.resolve("subject-tracking.csv"), sb);
    }
}
