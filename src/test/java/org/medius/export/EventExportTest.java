package org.medius.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.medius.analysis.Analysis;
import org.medius.analysis.AnalysisPipeline;
import org.medius.analysis.AnalysisSettings;
import org.medius.analysis.EventMeasures;
import org.medius.events.View;
import org.medius.events.ViewChoice;
import org.medius.model.Sex;
import org.medius.model.Side;
import org.medius.model.Task;
import org.medius.model.VideoMetadata;
import org.medius.score.Metric;
import org.medius.synth.SyntheticTrack;

/** Round trips of the events table, the per-side summary CSV and the JSON's events and score sections. */
class EventExportTest {
    static Analysis a;

    @BeforeAll
    static void analyse() throws Exception {
        SyntheticTrack track = SyntheticTrack.singleLegSquat(Side.LEFT).view(View.ANTERIOR).reps(3).depthFraction(0.2)
                .fppaDeg(Side.LEFT, 15).cpdDeg(Side.LEFT, 5).noisePx(1).seed(11).fps(30).generate();
        double duration = track.frames().get(track.frames().size() - 1).timestampSeconds();
        a = AnalysisPipeline.analyse(track.frames(), new VideoMetadata("sls.mp4", 1080, 1920, 0, "h264", 30, duration),
                "m", "dev", AnalysisSettings.defaults(Task.SINGLE_LEG_SQUAT).withSex(Sex.FEMALE)
                        .withView(ViewChoice.ANTERIOR));
        assertEquals(3, a.eventMeasures().size(), "the fixture has its three repetitions");
    }

    @Test
    void eventsCsvHasOneRowPerEventWithItsValues(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("e.csv");
        EventsCsv.write(a, file);
        List<String> lines = Files.readAllLines(file);
        assertEquals(4, lines.size());
        List<String> h = List.of(lines.get(0).split(",", -1));
        for (int k = 0; k < 3; k++) {
            String[] row = lines.get(k + 1).split(",", -1);
            assertEquals(h.size(), row.length);
            EventMeasures m = a.eventMeasures().get(k);
            assertEquals("repetition", row[h.indexOf("kind")]);
            assertEquals("left", row[h.indexOf("side")]);
            assertEquals(m.event().keyFrame(), Integer.parseInt(row[h.indexOf("key_frame")]));
            assertEquals(m.cpdPeakDeg(), Double.parseDouble(row[h.indexOf("cpd_peak_deg")]), 0.0005);
            assertEquals(m.fppaDeg(), Double.parseDouble(row[h.indexOf("fppa_deg")]), 0.0005);
            assertEquals(m.startSeconds(), Double.parseDouble(row[h.indexOf("start_s")]), 0.00005);
        }
    }

    @Test
    void summaryCsvHasEverySideAndMetricWithTheScore(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("s.csv");
        SummaryCsv.write(a, file);
        List<String> lines = Files.readAllLines(file);
        assertEquals(8, lines.size(), "header, 2 sides x 3 metrics, the statement");
        assertTrue(lines.get(7).startsWith("# The weakness score describes how the body moved"));
        List<String> h = List.of(lines.get(0).split(",", -1));
        String[] fppaLeft = lines.stream().filter(l -> l.startsWith("left,fppa,")).findFirst().orElseThrow()
                .split(",(?=(?:[^\"]*\"[^\"]*\")*[^\"]*$)", -1);
        assertEquals(h.size(), fppaLeft.length);
        assertEquals(a.score().summary(Side.LEFT).fppa().median(),
                Double.parseDouble(fppaLeft[h.indexOf("median_deg")]), 0.0005);
        assertEquals("ok", fppaLeft[h.indexOf("component_status")]);
        assertEquals(a.score().score(Side.LEFT).score(),
                Double.parseDouble(fppaLeft[h.indexOf("side_weakness_score")]), 0.05);
        assertTrue(fppaLeft[h.indexOf("sources")].contains("Herrington"), fppaLeft[h.indexOf("sources")]);
        String[] cpdRight = lines.stream().filter(l -> l.startsWith("right,cpd,")).findFirst().orElseThrow()
                .split(",", -1);
        assertEquals("0", cpdRight[h.indexOf("events")], "no right-leg repetitions");
    }

    @Test
    void jsonCarriesTheEventsTableAndTheScoreWithItsSources(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("a.json");
        AnalysisJson.write(a, file);
        JsonNode root = new ObjectMapper().readTree(file.toFile());
        assertEquals(2, root.get("formatVersion").asInt());
        assertEquals("female", root.get("settings").get("sex").asText());
        JsonNode events = root.get("events");
        assertEquals(3, events.get("repetitionCount").asInt());
        assertEquals(3, events.get("table").size());
        assertEquals(a.eventMeasures().get(1).fppaDeg(), events.get("table").get(1).get("fppaDeg").asDouble(), 1e-9);
        JsonNode score = root.get("score");
        assertTrue(score.get("statement").asText().contains("not a strength test"));
        assertEquals(a.score().score(Side.LEFT).score(), score.get("left").get("weaknessScore").asDouble(), 1e-9);
        assertTrue(score.get("right").get("weaknessScore").isNull(), "no right score: null, not 0");
        JsonNode fppa = score.get("left").get("components").get(1);
        assertEquals("fppa", fppa.get("metric").asText());
        assertEquals(13.5, fppa.get("bandLowDeg").asDouble(), 1e-9, "Herrington 2014: 8.4 + 5.1");
        assertEquals(16.8, fppa.get("bandHighDeg").asDouble(), 1e-9);
        assertEquals(a.score().asymmetry(Metric.CPD).rightMinusLeftDeg(),
                score.get("asymmetries").get(0).get("rightMinusLeftDeg").asDouble(Double.NaN), 1e-9);
    }
}
