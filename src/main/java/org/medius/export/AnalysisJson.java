package org.medius.export;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import org.medius.analysis.AnalysedFrame;
import org.medius.analysis.Analysis;
import org.medius.analysis.FrameAngles;
import org.medius.analysis.KeypointFlags;
import org.medius.model.Keypoint;
import org.medius.model.PelvisMarkerFrame;
import org.medius.model.Pose;

/**
 * The JSON export: versions, video, settings, warnings, and every frame (raw and filtered keypoints with
 * confidences and flags, angles). Missing values are {@code null}. Streamed, so memory stays flat.
 */
public final class AnalysisJson {
    /** Version of this file's layout; raised when a field changes meaning. */
    public static final int FORMAT_VERSION = 2; // 2: events, score, settings.sex and settings.referenceTable

    private AnalysisJson() {
    }

    public static void write(Analysis analysis, Path file) throws OutputFileException {
        AtomicFiles.writeText(file, w -> write(analysis, w));
    }

    public static void write(Analysis a, Writer w) throws IOException {
        try (JsonGenerator g = new JsonFactory().createGenerator(w)) {
            g.useDefaultPrettyPrinter();
            g.writeStartObject();
            g.writeNumberField("formatVersion", FORMAT_VERSION);
            g.writeStringField("software", "Medius " + a.softwareVersion());
            g.writeStringField("model", a.model());
            g.writeObjectFieldStart("video");
            g.writeStringField("file", a.video().fileName());
            g.writeNumberField("widthPx", a.video().widthPx());
            g.writeNumberField("heightPx", a.video().heightPx());
            g.writeNumberField("rotationDegrees", a.video().rotationDegrees());
            g.writeStringField("codec", a.video().codecName());
            g.writeNumberField("nominalFps", a.video().nominalFps());
            g.writeNumberField("durationSeconds", a.video().durationSeconds());
            g.writeNumberField("frames", a.frames().size());
            g.writeNumberField("framesWithPerson", a.framesWithPerson());
            g.writeEndObject();
            g.writeObjectFieldStart("settings");
            g.writeStringField("task", a.settings().task().cliName());
            g.writeNumberField("confidenceThreshold", a.settings().filter().confidenceThreshold());
            g.writeNumberField("maxGapSeconds", a.settings().filter().maxGapSeconds());
            g.writeNumberField("hampelHalfWindow", a.settings().filter().hampelHalfWindow());
            g.writeNumberField("requestedCutoffHz", a.settings().filter().cutoffHz());
            g.writeNumberField("cutoffHz", a.effectiveCutoffHz());
            g.writeNumberField("minPersonFraction", a.settings().minPersonFraction());
            g.writeStringField("roll", a.settings().roll().mode().name().toLowerCase(java.util.Locale.ROOT));
            g.writeStringField("view", a.settings().view().name().toLowerCase(java.util.Locale.ROOT));
            g.writeStringField("sex", a.settings().scoring().sex().name().toLowerCase(java.util.Locale.ROOT));
            g.writeStringField("referenceTable", a.settings().references().source());
            g.writeStringField("markers", a.settings().markers().cliName());
            g.writeEndObject();
            g.writeObjectFieldStart("view");
            g.writeStringField("overall", a.view().overall().name().toLowerCase(java.util.Locale.ROOT));
            g.writeNumberField("confidence", a.view().confidence());
            g.writeBooleanField("userOverride", a.view().userOverride());
            g.writeArrayFieldStart("segments");
            for (org.medius.events.ViewSegment seg : a.view().segments()) {
                g.writeStartObject();
                g.writeNumberField("startFrame", seg.startFrame());
                g.writeNumberField("endFrameExclusive", seg.endFrameExclusive());
                g.writeStringField("view", seg.view().name().toLowerCase(java.util.Locale.ROOT));
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
            g.writeObjectFieldStart("rollCorrection"); // applied to the filtered keypoints before the angles
            g.writeNumberField("rollDeg", a.roll().rollDeg());
            g.writeStringField("source", a.roll().source().name().toLowerCase(java.util.Locale.ROOT));
            g.writeEndObject();
            g.writeArrayFieldStart("warnings");
            for (String s : a.warnings()) {
                g.writeString(s);
            }
            g.writeEndArray();
            EventsJson.writeEvents(g, a);
            EventsJson.writeScore(g, a.score());
            g.writeArrayFieldStart("keypointOrder");
            for (Keypoint k : Keypoint.values()) {
                g.writeString(k.cocoName());
            }
            g.writeEndArray();
            g.writeArrayFieldStart("frames");
            for (AnalysedFrame f : a.frames()) {
                frame(g, f);
            }
            g.writeEndArray();
            g.writeEndObject();
        }
    }

    private static void frame(JsonGenerator g, AnalysedFrame f) throws IOException {
        g.writeStartObject();
        g.writeNumberField("frame", f.frameIndex());
        g.writeNumberField("timeS", f.timestampSeconds());
        g.writeBooleanField("leftRightSwapRepaired", f.leftRightSwapRepaired());
        points(g, "raw", f.rawPose());
        points(g, "filtered", f.filteredPose());
        g.writeArrayFieldStart("flags"); // per keypoint: [gated, gapFilled, outlierReplaced]
        for (KeypointFlags fl : f.flags()) {
            g.writeStartArray();
            g.writeBoolean(fl.gated());
            g.writeBoolean(fl.gapFilled());
            g.writeBoolean(fl.outlierReplaced());
            g.writeEndArray();
        }
        g.writeEndArray();
        FrameAngles a = f.angles();
        g.writeObjectFieldStart("angles");
        JsonNumbers.field(g, "pelvicObliquityDeg", a.pelvicObliquityDeg());
        JsonNumbers.field(g, "kneeFppaLeftDeg", a.kneeFppaLeftDeg());
        JsonNumbers.field(g, "kneeFppaRightDeg", a.kneeFppaRightDeg());
        JsonNumbers.field(g, "kneeFpkdLeft", a.kneeFpkdLeft());
        JsonNumbers.field(g, "kneeFpkdRight", a.kneeFpkdRight());
        g.writeBooleanField("fppaReliableLeft", a.fppaReliableLeft());
        g.writeBooleanField("fppaReliableRight", a.fppaReliableRight());
        JsonNumbers.field(g, "trunkLeanTowardsLeftDeg", a.trunkLeanTowardsLeftDeg());
        JsonNumbers.field(g, "hipAdductionLeftDeg", a.hipAdductionLeftDeg());
        JsonNumbers.field(g, "hipAdductionRightDeg", a.hipAdductionRightDeg());
        g.writeEndObject();
        g.writeStringField("pelvisSource", f.pelvisSource().word());
        PelvisMarkerFrame m = f.pelvisMarkers();
        if (m != null) {
            // what the marker tracker gave: [leftX, leftY, rightX, rightY] px, found or filled, and its source
            g.writeObjectFieldStart("pelvisMarkers");
            g.writeArrayFieldStart("px");
            JsonNumbers.value(g, m.leftXPx());
            JsonNumbers.value(g, m.leftYPx());
            JsonNumbers.value(g, m.rightXPx());
            JsonNumbers.value(g, m.rightYPx());
            g.writeEndArray();
            g.writeBooleanField("leftDetected", m.leftDetected());
            g.writeBooleanField("rightDetected", m.rightDetected());
            g.writeStringField("source", m.source().word());
            g.writeEndObject();
        }
        g.writeEndObject();
    }

    /** Keypoints as [x_px, y_px, confidence] triples in keypointOrder. */
    private static void points(JsonGenerator g, String name, Pose p) throws IOException {
        g.writeArrayFieldStart(name);
        for (Keypoint k : Keypoint.values()) {
            g.writeStartArray();
            JsonNumbers.value(g, p.xPx(k));
            JsonNumbers.value(g, p.yPx(k));
            JsonNumbers.value(g, p.confidence(k));
            g.writeEndArray();
        }
        g.writeEndArray();
    }

}
