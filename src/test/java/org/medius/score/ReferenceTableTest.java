package org.medius.score;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.medius.model.Sex;
import org.medius.model.Task;

class ReferenceTableTest {
    static final String WEIGHTS = """
            any,cpd,weight,,,,1,test,no,
            any,fppa,weight,,,,1,test,no,
            any,trunk_lean,weight,,,,1,test,no,
            """;

    static ReferenceTable table(String rows) throws IOException {
        return ReferenceTable.parse("test.csv", new StringReader(ReferenceTable.HEADER + "\n" + rows + WEIGHTS));
    }

    @Test
    void builtInTableLoadsAndEveryRowHasACitation() {
        ReferenceTable t = ReferenceTable.builtIn();
        assertEquals("reference-values.csv (built in)", t.source());
        assertFalse(t.rows().isEmpty());
        for (ReferenceRow r : t.rows()) {
            assertFalse(r.citation().isBlank(), "line " + r.line());
            assertTrue(r.line() > 0);
        }
    }

    /** Every number of the built-in table, against docs/measurement.md "Reference values read in sources". */
    @Test
    void builtInTableHoldsExactlyTheSpecNumbers() {
        ReferenceTable t = ReferenceTable.builtIn();
        String nak = "Nakagawa et al. 2012 JOSPT 42:491";
        String her = "Herrington 2014 Knee 21:514";
        String din = "Dingenen et al. 2018 Phys Ther Sport 33:40";
        String weights = "Medius's own choice: the three measures count equally (no source gives weights)";
        List<String> expected = List.of(
                "single-leg-squat cpd healthy - 7.4 3.8 NaN " + nak + " true",
                "single-leg-squat cpd symptomatic - 10.3 4.7 NaN " + nak + " true",
                "single-leg-squat trunk_lean healthy - 6.7 3.0 NaN " + nak + " true",
                "single-leg-squat trunk_lean symptomatic - 9.3 5.3 NaN " + nak + " true",
                "single-leg-squat knee_abduction_3d healthy - 5.8 3.4 NaN " + nak + " true",
                "single-leg-squat knee_abduction_3d symptomatic - 9.2 5.0 NaN " + nak + " true",
                "single-leg-squat fppa healthy female 8.4 5.1 NaN " + her + " true",
                "single-leg-squat fppa symptomatic female 16.8 5.4 NaN " + her + " true",
                "run cpd odds_ratio_per_deg - NaN NaN 1.8 Bramah et al. 2018 AJSM 46:3023 true",
                "any cpd sdd - NaN NaN 2.8 " + din + " true",
                "any trunk_lean sdd - NaN NaN 2.3 " + din + " false", // the abstract gives no trunk SDD
                "any hip_adduction sdd - NaN NaN 3.8 " + din + " true",
                "any fppa sdd - NaN NaN 8.9 Munro et al. 2012 J Sport Rehabil 21:7 true",
                "any cpd weight - NaN NaN 1.0 " + weights + " false",
                "any fppa weight - NaN NaN 1.0 " + weights + " false",
                "any trunk_lean weight - NaN NaN 1.0 " + weights + " false");
        List<String> actual = t.rows().stream().map(r -> r.taskName() + " " + r.metric().fileName() + " "
                + r.role().fileName() + " " + r.sex().map(Sex::fileName).orElse("-") + " " + r.meanDeg() + " "
                + r.sdDeg() + " " + r.value() + " " + r.citation() + " " + r.confirmed()).toList();
        assertEquals(expected, actual);
    }

    @Test
    void malformedUserFileNamesFileAndLine(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("my-refs.csv");
        Files.writeString(file, """
                # my references
                task,metric,role,sex,mean_deg,sd_deg,value,citation,confirmed,note

                squat,cpd,healthy,,4.0,1.0,,Someone 2020,yes,
                squat,cpd,symptomatic,,abc,1.0,,Someone 2020,yes,
                """ + WEIGHTS, StandardCharsets.UTF_8);
        ReferenceTableException e = assertThrows(ReferenceTableException.class, () -> ReferenceTable.load(file));
        assertEquals(5, e.line());
        assertEquals(file.toString() + " line 5: column mean_deg: 'abc' is not a number (write e.g. 7.4, with a dot)",
                e.getMessage());
    }

    @Test
    void wrongFieldCountNamesTheLine() {
        ReferenceTableException e = assertThrows(ReferenceTableException.class,
                () -> table("squat,cpd,healthy,,4.0,1.0,,Someone, 2020,yes,\n"));
        assertEquals(2, e.line());
        assertTrue(e.getMessage().startsWith("test.csv line 2: expected 10 comma-separated fields"), e.getMessage());
    }

    @Test
    void rowWithoutCitationIsRejected() {
        ReferenceTableException e = assertThrows(ReferenceTableException.class,
                () -> table("squat,cpd,healthy,,4.0,1.0,,,yes,\n"));
        assertEquals("test.csv line 2: citation is empty: every number needs its source", e.getMessage());
    }

    @Test
    void unknownTaskMetricRoleAndSexAreRejectedWithTheirColumn() {
        assertEquals("test.csv line 2: column task: unknown task 'jog': use any, walk, run, squat, lunge, "
                        + "single-leg-squat or stance",
                assertThrows(ReferenceTableException.class, () -> table("jog,cpd,healthy,,4,1,,x,yes,\n"))
                        .getMessage());
        assertTrue(assertThrows(ReferenceTableException.class, () -> table("run,pelvis,healthy,,4,1,,x,yes,\n"))
                .getMessage().startsWith("test.csv line 2: column metric: unknown metric 'pelvis'"));
        assertTrue(assertThrows(ReferenceTableException.class, () -> table("run,cpd,normal,,4,1,,x,yes,\n"))
                .getMessage().startsWith("test.csv line 2: column role: unknown role 'normal'"));
        assertTrue(assertThrows(ReferenceTableException.class, () -> table("run,cpd,healthy,f,4,1,,x,yes,\n"))
                .getMessage().startsWith("test.csv line 2: column sex: 'f' is not female, male or empty"));
        assertTrue(assertThrows(ReferenceTableException.class, () -> table("run,cpd,healthy,,4,1,,x,maybe,\n"))
                .getMessage().startsWith("test.csv line 2: column confirmed: 'maybe' is not yes or no"));
    }

    @Test
    void roleDecidesWhichNumbersARowNeeds() {
        assertTrue(assertThrows(ReferenceTableException.class, () -> table("run,cpd,healthy,,4,,,x,yes,\n"))
                .getMessage().contains("column sd_deg"));
        assertTrue(assertThrows(ReferenceTableException.class, () -> table("run,cpd,sdd,,,,0,x,yes,\n"))
                .getMessage().contains("positive number in column value"));
        assertTrue(assertThrows(ReferenceTableException.class, () -> table("run,cpd,sdd,,3,,2,x,yes,\n"))
                .getMessage().contains("takes no number in column mean_deg"));
    }

    @Test
    void duplicateRowNamesBothLines() {
        ReferenceTableException e = assertThrows(ReferenceTableException.class,
                () -> table("squat,cpd,healthy,,4,1,,x,yes,\nsquat,cpd,healthy,,5,1,,y,yes,\n"));
        assertEquals("test.csv line 3: same task, metric, role and sex as line 2; keep one of them", e.getMessage());
    }

    @Test
    void missingWeightRowIsNamed() {
        ReferenceTableException e = assertThrows(ReferenceTableException.class, () -> ReferenceTable.parse("w.csv",
                new StringReader(ReferenceTable.HEADER + "\nany,cpd,weight,,,,1,x,no,\n")));
        assertEquals(0, e.line());
        assertTrue(e.getMessage().startsWith("w.csv: no weight row for metric fppa with task any"), e.getMessage());
    }

    @Test
    void headerMustNameEveryColumn() {
        ReferenceTableException e = assertThrows(ReferenceTableException.class, () -> ReferenceTable.parse("h.csv",
                new StringReader("task,metric,role,sex,mean_deg,sd_deg,value,citation,confirmed\n")));
        assertEquals("h.csv line 1: the header lacks the column(s) note; the columns are " + ReferenceTable.HEADER,
                e.getMessage());
    }

    @Test
    void missingFileIsNamed(@TempDir Path dir) {
        Path file = dir.resolve("nope.csv");
        ReferenceTableException e = assertThrows(ReferenceTableException.class, () -> ReferenceTable.load(file));
        assertEquals(file + ": no such file", e.getMessage());
    }

    @Test
    void quotedFieldsMayHoldCommasAndQuotes() throws IOException {
        ReferenceTable t = table("squat,cpd,healthy,,4.5,1.5,,\"Doe, J. 2020 \"\"Hips\"\"\",yes,\"a, b\"\n");
        ReferenceRow r = t.rows().get(0);
        assertEquals("Doe, J. 2020 \"Hips\"", r.citation());
        assertEquals("a, b", r.note());
        assertEquals(6.0, r.healthyUpperBoundDeg(), 0);
        assertEquals(2, r.line());
    }

    @Test
    void userTableLoadsFromFileInAnyColumnOrder(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("mine.csv");
        Files.writeString(file, "note,citation,confirmed,value,sd_deg,mean_deg,sex,role,metric,task\n"
                + ",Someone 2020,yes,,1,4,,healthy,cpd,squat\n"
                + ",x,no,1,,,,weight,cpd,any\n,x,no,1,,,,weight,fppa,any\n,x,no,1,,,,weight,trunk_lean,any\n",
                StandardCharsets.UTF_8);
        ReferenceTable t = ReferenceTable.load(file);
        assertEquals(file.toString(), t.source());
        ReferenceRow r = t.find(Task.SQUAT, Metric.CPD, ReferenceRole.HEALTHY, Sex.UNKNOWN, true).row().orElseThrow();
        assertEquals(4, r.meanDeg(), 0);
        assertEquals("Someone 2020", r.citation());
    }

    @Test
    void taskRowBeatsAnyRowAndConfirmedOnlySkipsUnconfirmed() throws IOException {
        ReferenceTable t = table("any,cpd,sdd,,,,2.8,general,yes,\nrun,cpd,sdd,,,,2,running,no,\n");
        assertEquals(2, t.find(Task.RUN, Metric.CPD, ReferenceRole.SDD, Sex.UNKNOWN, false).row().orElseThrow()
                .value(), 0);
        assertEquals(2.8, t.find(Task.RUN, Metric.CPD, ReferenceRole.SDD, Sex.UNKNOWN, true).row().orElseThrow()
                .value(), 0);
        assertEquals(2.8, t.find(Task.WALK, Metric.CPD, ReferenceRole.SDD, Sex.UNKNOWN, false).row().orElseThrow()
                .value(), 0);
    }

    @Test
    void womenOnlyRowAppliesToWomenAndUnknownSexButNotToMen() {
        ReferenceTable t = ReferenceTable.builtIn();
        ReferenceLookup female = t.find(Task.SINGLE_LEG_SQUAT, Metric.FPPA, ReferenceRole.HEALTHY, Sex.FEMALE, true);
        assertEquals(8.4, female.row().orElseThrow().meanDeg(), 0);
        assertEquals(List.of(), female.notes());
        ReferenceLookup unknown = t.find(Task.SINGLE_LEG_SQUAT, Metric.FPPA, ReferenceRole.HEALTHY, Sex.UNKNOWN, true);
        assertEquals(8.4, unknown.row().orElseThrow().meanDeg(), 0);
        assertEquals(List.of("reference from women only"), unknown.notes());
        ReferenceLookup male = t.find(Task.SINGLE_LEG_SQUAT, Metric.FPPA, ReferenceRole.HEALTHY, Sex.MALE, true);
        assertEquals(Optional.empty(), male.row());
        assertEquals("no confirmed reference for single-leg-squat in men (the table has one for women only)",
                male.missingReason());
    }

    @Test
    void bothSexesWithoutAnAnySexRowNeedTheSex() throws IOException {
        ReferenceTable t = table("squat,fppa,healthy,female,7,1,,a,yes,\nsquat,fppa,healthy,male,3,1,,b,yes,\n");
        assertEquals("the confirmed references for squat differ between women and men: set the sex",
                t.find(Task.SQUAT, Metric.FPPA, ReferenceRole.HEALTHY, Sex.UNKNOWN, true).missingReason());
        assertEquals(3, t.find(Task.SQUAT, Metric.FPPA, ReferenceRole.HEALTHY, Sex.MALE, true).row().orElseThrow()
                .meanDeg(), 0);
    }

    @Test
    void walkingHasNoConfirmedReference() {
        ReferenceLookup l = ReferenceTable.builtIn().find(Task.WALK, Metric.CPD, ReferenceRole.HEALTHY, Sex.FEMALE,
                true);
        assertEquals("no confirmed reference for walk", l.missingReason());
    }
}
