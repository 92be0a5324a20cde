package org.medius.export.overlay;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.medius.analysis.FrameAngles;
import org.medius.model.Keypoint;

/** What the overlay shows on a frame follows the analysis: the filtered pose, trust, the angle values. */
class OverlayContentTest {

    private static OverlayTestData data;

    @BeforeAll
    static void analyse() throws Exception {
        data = OverlayTestData.squats();
    }

    @Test
    void poseIsTheFilteredPoseWhenThereIsNoRoll() {
        OverlayContent c = OverlayContent.of(data.analysis, 10);
        assertEquals(data.analysis.frames().get(10).filteredPose().xPx(Keypoint.LEFT_ANKLE),
                c.pose().xPx(Keypoint.LEFT_ANKLE), 1e-9);
    }

    @Test
    void gapFilledKeypointIsNotTrustedAndOthersAre() {
        OverlayContent inGap = OverlayContent.of(data.analysis, OverlayTestData.GAP_FROM + 1);
        assertFalse(inGap.trusted(Keypoint.LEFT_KNEE), "filled-in left knee");
        assertTrue(inGap.trusted(Keypoint.RIGHT_KNEE));
        assertTrue(OverlayContent.of(data.analysis, 10).trusted(Keypoint.LEFT_KNEE));
    }

    @Test
    void labelsCarryTheFramesAnglesBesideTheirJoints() {
        int position = 20;
        OverlayContent c = OverlayContent.of(data.analysis, position);
        FrameAngles a = data.analysis.frames().get(position).angles();
        List<AngleLabel> labels = c.labels();
        assertEquals(List.of("Pelvis", "Trunk", "L", "R"), labels.stream().map(l -> l.text().split(" ")[0]).toList());
        assertEquals("Pelvis " + OverlayContent.degrees(a.pelvicObliquityDeg()), labels.get(0).text());
        assertEquals("L FPPA " + (a.fppaReliableLeft() ? OverlayContent.degrees(a.kneeFppaLeftDeg()) : "–"),
                labels.get(2).text());
        assertEquals(c.pose().xPx(Keypoint.RIGHT_KNEE), labels.get(3).jointXPx(), 1e-9);
        assertEquals(BodySide.RIGHT, labels.get(3).side());
        // the knee labels go outwards: each away from the other knee
        boolean leftKneeOnImageLeft = c.pose().xPx(Keypoint.LEFT_HIP) < c.pose().xPx(Keypoint.RIGHT_HIP);
        assertEquals(leftKneeOnImageLeft, labels.get(2).towardsLeftOfJoint());
        assertEquals(!leftKneeOnImageLeft, labels.get(3).towardsLeftOfJoint());
    }

    @Test
    void missingValueIsADash() {
        assertEquals("–", OverlayContent.degrees(Double.NaN));
        assertEquals("-3.5°", OverlayContent.degrees(-3.46));
        assertEquals("0.0°", OverlayContent.degrees(-0.04), "no negative zero");
    }

    @Test
    void sizesGrowWithThePicture() {
        OverlayScale small = OverlayScale.of(854, 480);
        OverlayScale big = OverlayScale.of(3840, 2160);
        assertEquals(4.5, big.fontPx() / small.fontPx(), 1e-9);
        assertEquals(4.5, big.lineWidthPx() / small.lineWidthPx(), 1e-9);
        assertEquals(OverlayScale.of(1920, 1080).fontPx(), OverlayScale.of(1080, 1920).fontPx(), 1e-9,
                "portrait and landscape of one camera alike");
    }

    @Test
    void plotRangeCoversMostValuesAndStaysFixed() {
        OverlaySeries s = OverlaySeries.of(data.analysis);
        assertEquals(data.frames, s.timesSeconds().length);
        assertTrue(s.rangeDeg() >= OverlaySeries.MIN_RANGE_DEG && s.rangeDeg() <= OverlaySeries.MAX_RANGE_DEG);
        assertEquals(0, s.rangeDeg() % 5, 1e-9);
        assertEquals(3, s.firstAtOrAfter(s.timesSeconds()[3]));
        assertEquals(data.frames, s.firstAtOrAfter(1e9));
    }
}
