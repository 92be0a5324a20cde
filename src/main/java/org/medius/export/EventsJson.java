package org.medius.export;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import org.medius.analysis.Analysis;
import org.medius.analysis.EventMeasures;
import org.medius.events.EventDetection;
import org.medius.model.Side;
import org.medius.score.Asymmetry;
import org.medius.score.MetricSummary;
import org.medius.score.ReferenceRow;
import org.medius.score.Exercises;
import org.medius.score.ScoreComponent;
import org.medius.score.ScoreWords;
import org.medius.score.SideDifference;
import org.medius.score.ScoreResult;
import org.medius.score.TrendelenburgVerdict;
import org.medius.score.SideScore;
import org.medius.score.SideSummary;

/** The "events" and "score" sections of the analysis JSON: the event table, per-side summaries, the score. */
final class EventsJson {

    private EventsJson() {
    }

    static void writeEvents(JsonGenerator g, Analysis a) throws IOException {
        EventDetection d = a.events();
        g.writeObjectFieldStart("events");
        g.writeStringField("method", d.method());
        g.writeNumberField("stepCount", d.stepCount());
        g.writeNumberField("leftStepCount", d.leftStepCount());
        g.writeNumberField("rightStepCount", d.rightStepCount());
        JsonNumbers.field(g, "cadenceStepsPerMin", d.cadenceStepsPerMin());
        g.writeNumberField("repetitionCount", d.repetitionCount());
        strings(g, "notes", d.notes());
        g.writeArrayFieldStart("table"); // one row per stance or repetition (a two-legged squat: one per side)
        int number = 1;
        for (EventMeasures m : a.eventMeasures()) {
            g.writeStartObject();
            g.writeNumberField("event", number++);
            g.writeStringField("kind", lower(m.event().kind().name()));
            g.writeStringField("side", lower(m.event().side().name()));
            g.writeNumberField("startFrame", m.event().startFrame());
            g.writeNumberField("keyFrame", m.event().keyFrame());
            g.writeNumberField("endFrame", m.event().endFrame());
            g.writeNumberField("startS", m.startSeconds());
            g.writeNumberField("endS", m.endSeconds());
            g.writeBooleanField("frontalPlane", m.frontalPlane());
            JsonNumbers.field(g, "cpdPeakDeg", m.cpdPeakDeg());
            g.writeNumberField("cpdPeakFrame", m.cpdPeakFrame());
            JsonNumbers.field(g, "fppaDeg", m.fppaDeg());
            JsonNumbers.field(g, "fpkd", m.fpkd());
            g.writeStringField("fppaStatus", m.fppaStatus().code());
            JsonNumbers.field(g, "kneeAnkleSeparationRatio", m.kneeAnkleSeparationRatio());
            g.writeNumberField("deepestFrame", m.deepestFrame());
            JsonNumbers.field(g, "trunkLeanPeakDeg", m.trunkLeanPeakDeg());
            g.writeNumberField("trunkLeanPeakFrame", m.trunkLeanPeakFrame());
            JsonNumbers.field(g, "meanConfidence", m.meanConfidence());
            JsonNumbers.field(g, "cpdMedianDeg", m.cpdMedianDeg());
            JsonNumbers.field(g, "trunkLeanMedianDeg", m.trunkLeanMedianDeg());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    static void writeScore(JsonGenerator g, ScoreResult s) throws IOException {
        g.writeObjectFieldStart("score");
        g.writeStringField("statement", s.statement());
        g.writeStringField("task", s.task().cliName());
        g.writeStringField("sex", lower(s.settings().sex().name()));
        g.writeNumberField("minMeanConfidence", s.settings().minMeanConfidence());
        g.writeStringField("referenceTable", s.referenceSource());
        for (Side side : Side.values()) {
            g.writeObjectFieldStart(lower(side.name()));
            summary(g, s.summary(side));
            g.writeStringField("inWords", ScoreWords.sentence(s, side));
            g.writeBooleanField("exercisesShown", Exercises.shownFor(s.score(side)));
            sideScore(g, s.score(side));
            g.writeEndObject();
        }
        g.writeArrayFieldStart("asymmetries"); // right minus left, degrees
        for (Asymmetry as : s.asymmetries()) {
            g.writeStartObject();
            g.writeStringField("metric", as.metric().fileName());
            JsonNumbers.field(g, "leftMedianDeg", as.leftMedianDeg());
            JsonNumbers.field(g, "rightMedianDeg", as.rightMedianDeg());
            JsonNumbers.field(g, "rightMinusLeftDeg", as.rightMinusLeftDeg());
            JsonNumbers.field(g, "sddDeg", as.sddDeg());
            g.writeStringField("sddSource", as.sddReference().map(ReferenceRow::citation).orElse(""));
            g.writeBooleanField("exceedsSdd", as.exceedsSdd());
            g.writeEndObject();
        }
        g.writeEndArray();
        trendelenburg(g, s.trendelenburg());
        g.writeEndObject();
    }

    /** The single-leg stance test's verdict per leg; an empty array for the other tasks. */
    private static void trendelenburg(JsonGenerator g, List<TrendelenburgVerdict> verdicts) throws IOException {
        g.writeArrayFieldStart("trendelenburg");
        for (TrendelenburgVerdict v : verdicts) {
            g.writeStartObject();
            g.writeStringField("stanceSide", lower(v.stanceSide().name()));
            g.writeStringField("outcome", v.outcome().word());
            g.writeNumberField("holds", v.holdCount());
            JsonNumbers.field(g, "freeSideDropDeg", v.freeSideDropDeg());
            JsonNumbers.field(g, "trunkLeanTowardsStanceDeg", v.trunkLeanDeg());
            JsonNumbers.field(g, "dropSddDeg", v.dropSddDeg());
            JsonNumbers.field(g, "leanSddDeg", v.leanSddDeg());
            g.writeStringField("sentence", v.sentence());
            strings(g, "sources", v.references().stream().map(ReferenceRow::citation).distinct().toList());
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    private static void summary(JsonGenerator g, SideSummary sum) throws IOException {
        g.writeNumberField("events", sum.eventCount());
        g.writeObjectFieldStart("summary"); // per metric over the events: count, median, quartiles (R type 7)
        for (MetricSummary m : List.of(sum.cpd(), sum.fppa(), sum.fpkd(), sum.trunkLean())) {
            g.writeObjectFieldStart(m.metric().fileName());
            g.writeNumberField("count", m.count());
            JsonNumbers.field(g, "median", m.median());
            JsonNumbers.field(g, "q1", m.q1());
            JsonNumbers.field(g, "q3", m.q3());
            g.writeEndObject();
        }
        g.writeEndObject();
    }

    private static void sideScore(JsonGenerator g, SideScore sc) throws IOException {
        JsonNumbers.field(g, "weaknessScore", sc.score());
        g.writeBooleanField("uncertain", sc.uncertain());
        g.writeStringField("noScoreReason", sc.noScoreReason().orElse(""));
        g.writeArrayFieldStart("components");
        for (ScoreComponent c : sc.components()) {
            g.writeStartObject();
            g.writeStringField("metric", c.metric().fileName());
            g.writeStringField("status", lower(c.status().name()));
            g.writeStringField("statusReason", c.statusReason() == null ? "" : c.statusReason());
            JsonNumbers.field(g, "medianDeg", c.medianDeg());
            g.writeNumberField("events", c.eventCount());
            JsonNumbers.field(g, "bandLowDeg", c.bandLowDeg());
            JsonNumbers.field(g, "bandHighDeg", c.bandHighDeg());
            JsonNumbers.field(g, "sddDeg", c.sddDeg());
            JsonNumbers.field(g, "weight", c.weight());
            JsonNumbers.field(g, "bandValue", c.bandValue());
            JsonNumbers.field(g, "sideDifferenceDeg",
                    c.sideDifference().map(SideDifference::ownMinusOtherDeg).orElse(Double.NaN));
            JsonNumbers.field(g, "sideDifferenceValue", c.sideDifference().map(SideDifference::value).orElse(Double.NaN));
            JsonNumbers.field(g, "value", c.value());
            g.writeBooleanField("uncertain", c.uncertain());
            strings(g, "uncertaintyReasons", c.uncertaintyReasons());
            strings(g, "notes", c.notes());
            strings(g, "sources", c.citations());
            g.writeBooleanField("confirmedInSource", c.confirmed());
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    private static void strings(JsonGenerator g, String field, List<String> values) throws IOException {
        g.writeArrayFieldStart(field);
        for (String v : values) {
            g.writeString(v);
        }
        g.writeEndArray();
    }

    private static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}
