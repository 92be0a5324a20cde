package org.medius.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.medius.analysis.Analysis;
import org.medius.testing.SharedData;

/**
 * The TRC and MOT layouts held against Pose2Sim's and OpenSim's own files of the Pose2Sim demo
 * ({@code ../shared/data/pose2sim-balance}, skipped without it): our writers on the synthetic walk of
 * {@link ResearchFormatsTest}, our readers on their files.
 */
class ResearchFormatsPose2SimTest {
    static Analysis walk;

    @BeforeAll
    static void analyse() throws Exception {
        walk = ResearchFormatsTest.syntheticWalk();
    }

    @Test
    void trcHeaderHasPose2SimsLayoutCellForCell(@TempDir Path dir) throws Exception {
        Path real = SharedData.require("pose2sim-balance/S00_P00_T01_BalancingTrial_0-100_filt_butterworth.trc");
        Path ours = dir.resolve("synthetic.trc");
        TrcFile.write(walk, ours, Optional.empty());
        List<String> r = Files.readAllLines(real);
        List<String> o = Files.readAllLines(ours);
        assertEquals(r.get(0).split("\t", -1)[0] + r.get(0).split("\t", -1)[1] + r.get(0).split("\t", -1)[2],
                o.get(0).split("\t", -1)[0] + o.get(0).split("\t", -1)[1] + o.get(0).split("\t", -1)[2]);
        assertEquals(r.get(1), o.get(1));
        assertEquals(r.get(2).split("\t", -1).length, o.get(2).split("\t", -1).length);
        assertEquals(shape(r.get(3)), shape(o.get(3)).substring(0, 2 + 3 * 17) + shape(r.get(3)).substring(2 + 3 * 17),
                "marker names every third cell, two empty cells after the last");
        assertEquals(shape(r.get(4)).substring(0, 2 + 3 * 17), shape(o.get(4)).substring(0, 2 + 3 * 17));
        assertEquals(2 + 3 * 21, r.get(3).split("\t", -1).length);
        assertEquals(2 + 3 * 17, o.get(3).split("\t", -1).length);
        assertEquals(2 + 3 * 17, o.get(4).split("\t", -1).length);
        assertEquals(2 + 3 * 17, o.get(5).split("\t", -1).length);
        assertFalse(o.get(5).isBlank(), "Pose2Sim has no blank line before the data");
    }

    /** A line's cells as a string of 'x' (filled) and '.' (empty). */
    private static String shape(String line) {
        StringBuilder s = new StringBuilder();
        for (String c : line.split("\t", -1)) {
            s.append(c.isEmpty() ? '.' : 'x');
        }
        return s.toString();
    }

    @Test
    void theReaderParsesPose2SimsOwnTrcFile() throws Exception {
        Path real = SharedData.require("pose2sim-balance/S00_P00_T01_BalancingTrial_0-100_filt_butterworth.trc");
        TrcFile.Data d = TrcFile.read(real);
        assertEquals("S00_P00_T01_BalancingTrial_0-100.trc", d.fileName());
        assertEquals(60, d.dataRateHz());
        assertEquals("m", d.units());
        assertEquals(21, d.markers().size());
        assertEquals("RHip", d.markers().get(0));
        assertEquals("LWrist", d.markers().get(20));
        assertEquals(100, d.numFrames());
        assertEquals(100, d.rows().size());
        TrcFile.Row first = d.rows().get(0);
        assertEquals(1, first.frame());
        assertEquals(1 / 60.0, first.timeSeconds(), 1e-12);
        assertEquals(-0.06499776880731573, first.x(0), 0);
        assertEquals(0.901513220141693, first.y(0), 0);
        assertEquals(100, d.rows().get(99).frame());
    }

    @Test
    void theReaderParsesTheOpenSimMotOfThePose2SimDemo() throws Exception {
        Path real = SharedData.require("pose2sim-balance/S00_P00_T01_BalancingTrial_filt_butterworth_0-100_body25b.mot");
        MotFile.Data d = MotFile.read(real);
        assertEquals("Coordinates", d.name());
        assertEquals("yes", d.header().get("inDegrees"));
        assertEquals(63, d.columns().size());
        assertEquals("63", d.header().get("nColumns"));
        assertEquals(100, d.rows().size());
        assertEquals(0.01666667, d.column("time")[0], 0);
        assertEquals(4.33024803, d.column("pelvis_list")[0], 0);
    }

    @Test
    void motHeaderHasTheLinesOfOpenSimsOwnMot(@TempDir Path dir) throws Exception {
        Path real = SharedData.require("pose2sim-balance/S00_P00_T01_BalancingTrial_filt_butterworth_0-100_body25b.mot");
        Path ours = dir.resolve("synthetic.mot");
        MotFile.write(walk, ours);
        List<String> r = Files.readAllLines(real).subList(0, 10);
        List<String> o = Files.readAllLines(ours).subList(0, 10);
        for (int i = 0; i < 10; i++) {
            String mask = "^(nRows|nColumns)=\\d+$";
            assertEquals(r.get(i).replaceAll(mask, "$1="), o.get(i).replaceAll(mask, "$1="), "header line " + (i + 1));
        }
        String realRow = Files.readAllLines(real).get(11);
        String ourRow = Files.readAllLines(ours).get(11);
        assertEquals(realRow.split("\t")[0].length(), ourRow.split("\t")[0].length(), "16-character columns");
    }
}
