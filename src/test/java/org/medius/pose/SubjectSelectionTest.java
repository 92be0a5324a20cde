package org.medius.pose;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.medius.pose.SubjectGateTest.seen;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.medius.model.Keypoint;
import org.medius.model.Pose;
import org.medius.model.SubjectHint;

class SubjectSelectionTest {
    static final int W = 1920;
    static final int H = 1080;

    @Test
    void theDefaultIsTheLargestMostCentralPerson() {
        SubjectObservation central = seen(1000, 600, 120);
        SubjectObservation smallAside = seen(300, 400, 60);
        SubjectObservation bigInCorner = seen(120, 700, 150);
        assertSame(central, SubjectSelection.choose(List.of(smallAside, bigInCorner, central), W, H, null));
    }

    @Test
    void theScoreIsTheSquareRootOfTheAreaShareTimesTheCentrality() {
        SubjectObservation o = seen(960, 540, 100);
        // box of shoulders to ankles: 50 x 280 px (y 440..720), centred at (960, 580): 40 px off centre
        double size = Math.sqrt(50.0 * 280 / (W * H));
        double centrality = 1 - 40 / (Math.hypot(W, H) / 2);
        assertEquals(size * centrality, SubjectSelection.score(o, W, H), 1e-12);
    }

    @Test
    void nobodyIsNoSubject() {
        assertNull(SubjectSelection.choose(List.of(), W, H, null));
        assertNull(SubjectSelection.choose(List.of(), W, H, SubjectHint.point(5, 5)));
    }

    @Test
    void theSamePersonSeenThroughTwoCropsCountsOnce() {
        SubjectObservation whole = seen(1000, 600, 120);
        SubjectObservation shifted = SubjectObservation.of(SubjectGateTest.person(1004, 603, 118, 0.7));
        // a crop that cut the legs off: upper body only, inside the whole person's box
        Pose p = SubjectGateTest.person(1000, 600, 120, 0.9);
        double[] xs = new double[Keypoint.COUNT];
        double[] ys = new double[Keypoint.COUNT];
        double[] cs = new double[Keypoint.COUNT];
        for (Keypoint k : Keypoint.values()) {
            xs[k.ordinal()] = p.xPx(k);
            ys[k.ordinal()] = p.yPx(k);
            cs[k.ordinal()] = k.ordinal() >= Keypoint.LEFT_KNEE.ordinal() ? 0.05 : 0.8;
        }
        SubjectObservation upper = SubjectObservation.of(Pose.of(xs, ys, cs));
        SubjectObservation other = seen(400, 600, 120);
        List<SubjectObservation> people = SubjectSelection.dedupe(List.of(upper, shifted, other, whole));
        assertEquals(2, people.size());
        assertTrue(people.stream().anyMatch(p2 -> p2 == whole), "the most complete, most confident view is kept");
        assertTrue(people.stream().anyMatch(p2 -> p2 == other));
    }

    @Test
    void aPointHintPicksThePersonUnderIt() {
        SubjectObservation central = seen(1000, 600, 120);
        SubjectObservation aside = seen(300, 600, 80);
        assertSame(aside, SubjectSelection.choose(List.of(central, aside), W, H, SubjectHint.point(310, 560)));
        assertSame(central, SubjectSelection.choose(List.of(central, aside), W, H, SubjectHint.point(990, 700)));
        assertNull(SubjectSelection.choose(List.of(central, aside), W, H, SubjectHint.point(1700, 200)),
                "a point on nobody chooses nobody (yet), not the most central person");
    }

    @Test
    void aBoxHintPicksTheBestOverlap() {
        SubjectObservation central = seen(1000, 600, 120);
        SubjectObservation aside = seen(300, 600, 80);
        SubjectHint box = SubjectHint.box(240, 450, 380, 760);
        assertSame(aside, SubjectSelection.choose(List.of(central, aside), W, H, box));
        assertNull(SubjectSelection.choose(List.of(central, aside), W, H, SubjectHint.box(1500, 0, 1900, 300)));
    }

    @Test
    void gridCropsAreSquareInPixelsAndCoverTheFrame() {
        List<CropRegion> grid = SubjectCrops.grid(W, H);
        assertEquals(9, grid.size());
        for (CropRegion c : grid) {
            assertEquals(c.width() * W, c.height() * H, 1e-6);
            assertEquals(720, c.width() * W, 1e-6);
        }
        assertEquals(0, grid.get(0).xMin(), 1e-12);
        assertEquals(1, grid.get(8).xMax(), 1e-12);
        assertEquals(1, grid.get(8).yMax(), 1e-12);
        assertEquals(10, SubjectCrops.initial(W, H).size());
        // a hint at the right edge is searched in the whole frame and the right column
        assertEquals(1 + 3, SubjectCrops.forHint(SubjectHint.point(1900, 540), W, H).size());
        assertEquals(1, SubjectCrops.gridNear(1900, 100, 10, W, H).size());
        CropRegion around = SubjectCrops.around(100, 100, 200, W, H);
        assertEquals(-100.0 / W, around.xMin(), 1e-12);
        assertEquals(300.0 / H, around.yMax(), 1e-12);
    }
}
