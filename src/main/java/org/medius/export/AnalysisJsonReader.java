package org.medius.export;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.medius.analysis.Analysis;
import org.medius.analysis.AnalysisPipeline;
import org.medius.analysis.AnalysisCancelledException;
import org.medius.analysis.AnalysisSettings;
import org.medius.analysis.KeypointPins;
import org.medius.analysis.MarkerMode;
import org.medius.analysis.NoPersonException;
import org.medius.analysis.Progress;
import org.medius.analysis.RollChoice;
import org.medius.events.ViewChoice;
import org.medius.model.FramePose;
import org.medius.model.Keypoint;
import org.medius.model.PelvisMarkerFrame;
import org.medius.model.PelvisMarkerTrack;
import org.medius.model.PelvisSource;
import org.medius.model.Pose;
import org.medius.model.Sex;
import org.medius.model.Task;
import org.medius.model.VideoMetadata;
import org.medius.score.ReferenceTable;
import org.medius.score.ReferenceTableException;
import org.medius.score.ScoringSettings;
import org.medius.signal.FilterSettings;

/**
 * Reads an analysis back from the JSON of {@link AnalysisJson}: the video facts, the settings and each frame's raw
 * model pose, then runs {@link AnalysisPipeline} again with those settings. The pipeline is deterministic and the
 * JSON holds every double exactly, so the result equals the analysis that was written (angles, events, score),
 * without the video or the pose model. Keypoints moved by hand in the viewer are not in the file as pins: their
 * moved positions are read as model output and filtered like the rest.
 *
 * <p>The frames are streamed one at a time, so a long video's file is not held as one tree in memory.
 */
public final class AnalysisJsonReader {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private AnalysisJsonReader() {
    }

    /**
     * @throws AnalysisFileException when the file is missing, not JSON, truncated, of another format version, lacks a
     *                               field, or names a reference table that cannot be read
     */
    public static Analysis read(Path json) throws AnalysisFileException {
        Map<String, JsonNode> top = new HashMap<>();
        List<FramePose> poses = new ArrayList<>();
        List<PelvisMarkerFrame> markers = new ArrayList<>();
        boolean sawFrames = false;
        try (JsonParser p = MAPPER.getFactory().createParser(Files.newInputStream(json))) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                throw AnalysisFileException.notAnalysis(json, "it does not start with a JSON object", null);
            }
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                p.nextToken();
                if (name.equals("frames")) {
                    checkVersion(json, top.get("formatVersion"));
                    readFrames(json, p, poses, markers);
                    sawFrames = true;
                } else {
                    top.put(name, MAPPER.readTree(p));
                }
            }
            if (p.currentToken() != JsonToken.END_OBJECT) {
                throw AnalysisFileException.notAnalysis(json, "it ends before its last closing brace", null);
            }
        } catch (NoSuchFileException e) {
            throw new AnalysisFileException(json, json + " does not exist; give the JSON file written by medius analyze"
                    + " --format json.", e);
        } catch (JsonProcessingException e) {
            throw AnalysisFileException.notAnalysis(json, "it is not complete JSON: " + firstLine(e.getOriginalMessage())
                    + " at line " + (e.getLocation() == null ? "?" : e.getLocation().getLineNr()), e);
        } catch (IOException e) {
            throw new AnalysisFileException(json, json + " cannot be read (" + e.getMessage() + "); check that the"
                    + " file is readable.", e);
        }
        if (!sawFrames) {
            throw AnalysisFileException.notAnalysis(json, "no \"frames\"", null);
        }
        checkVersion(json, top.get("formatVersion"));
        if (poses.isEmpty()) {
            throw AnalysisFileException.notAnalysis(json, "its \"frames\" list is empty", null);
        }
        Fields f = new Fields(json, top);
        VideoMetadata video = new VideoMetadata(f.text("video", "file"), f.integer("video", "widthPx"),
                f.integer("video", "heightPx"), f.integer("video", "rotationDegrees"), f.text("video", "codec"),
                f.number("video", "nominalFps"), f.number("video", "durationSeconds"));
        AnalysisSettings settings = settings(json, f);
        String software = f.text("software");
        String version = software.startsWith("Medius ") ? software.substring("Medius ".length()) : software;
        try {
            PelvisMarkerTrack track = markers.size() == poses.size() && !markers.contains(null)
                    ? new PelvisMarkerTrack(markers, Double.NaN) : null;
            return AnalysisPipeline.analyse(poses, track, video, f.text("model"), version, settings,
                    KeypointPins.none(), Progress.NONE, 0, 1);
        } catch (AnalysisCancelledException e) {
            throw new IllegalStateException("Progress.NONE never cancels", e);
        } catch (NoPersonException e) {
            throw AnalysisFileException.notAnalysis(json, "its frames do not give an analysis: " + e.getMessage(), e);
        }
    }

    private static void checkVersion(Path json, JsonNode version) throws AnalysisFileException {
        if (version == null || !version.canConvertToInt()) {
            throw AnalysisFileException.notAnalysis(json, "no \"formatVersion\" before its frames", null);
        }
        int v = version.intValue();
        if (v != AnalysisJson.FORMAT_VERSION) {
            throw new AnalysisFileException(json, json + " is a Medius analysis file of format version " + v + ", and"
                    + " this Medius reads version " + AnalysisJson.FORMAT_VERSION + (v > AnalysisJson.FORMAT_VERSION
                    ? "; use the newer Medius that wrote it" : "; analyse the video again with this Medius") + ".", null);
        }
    }

    /** Streams the frames array, keeping only each frame's index, time and raw model pose. */
    private static void readFrames(Path json, JsonParser p, List<FramePose> poses, List<PelvisMarkerFrame> markers)
            throws IOException, AnalysisFileException {
        if (p.currentToken() != JsonToken.START_ARRAY) {
            throw AnalysisFileException.notAnalysis(json, "\"frames\" is not a list", null);
        }
        while (p.nextToken() == JsonToken.START_OBJECT) {
            JsonNode frame = MAPPER.readTree(p);
            int position = poses.size();
            JsonNode index = frame.get("frame");
            JsonNode time = frame.get("timeS");
            JsonNode raw = frame.get("raw");
            if (index == null || !index.canConvertToInt() || time == null || !time.isNumber() || raw == null
                    || !raw.isArray() || raw.size() != Keypoint.COUNT) {
                throw AnalysisFileException.notAnalysis(json, "frame " + position + " lacks \"frame\", \"timeS\" or"
                        + " the " + Keypoint.COUNT + " \"raw\" keypoints", null);
            }
            double[] x = new double[Keypoint.COUNT];
            double[] y = new double[Keypoint.COUNT];
            double[] c = new double[Keypoint.COUNT];
            for (int k = 0; k < Keypoint.COUNT; k++) {
                JsonNode point = raw.get(k);
                if (!point.isArray() || point.size() != 3) {
                    throw AnalysisFileException.notAnalysis(json, "frame " + position + " has a raw keypoint that is"
                            + " not [x, y, confidence]", null);
                }
                x[k] = number(point.get(0));
                y[k] = number(point.get(1));
                c[k] = number(point.get(2));
            }
            poses.add(new FramePose(index.intValue(), time.doubleValue(), Pose.of(x, y, c)));
            markers.add(pelvisMarkers(frame.get("pelvisMarkers")));
        }
        if (p.currentToken() != JsonToken.END_ARRAY) {
            throw AnalysisFileException.notAnalysis(json, "\"frames\" holds something other than frames", null);
        }
    }

    /** The marker tracker's output on a frame, or null when the frame has none (or it is malformed). */
    private static PelvisMarkerFrame pelvisMarkers(JsonNode m) {
        if (m == null || !m.isObject() || m.get("px") == null || m.get("px").size() != 4) {
            return null;
        }
        JsonNode px = m.get("px");
        double lx = number(px.get(0));
        double ly = number(px.get(1));
        double rx = number(px.get(2));
        double ry = number(px.get(3));
        boolean left = m.path("leftDetected").asBoolean(false);
        boolean right = m.path("rightDetected").asBoolean(false);
        boolean usable = "markers".equals(m.path("source").asText()) && Double.isFinite(lx) && Double.isFinite(ly)
                && Double.isFinite(rx) && Double.isFinite(ry);
        return usable ? new PelvisMarkerFrame(lx, ly, rx, ry, left, right, PelvisSource.MARKERS)
                : PelvisMarkerFrame.fallback(lx, ly, rx, ry, left, right);
    }

    /** A keypoint value: null (written for NaN) is NaN. */
    private static double number(JsonNode n) {
        return n == null || n.isNull() || !n.isNumber() ? Double.NaN : n.doubleValue();
    }

    private static AnalysisSettings settings(Path json, Fields f) throws AnalysisFileException {
        checkKeypointOrder(json, f);
        Task task = f.parse(Task::parse, "settings", "task");
        FilterSettings filter = f.parse(x -> new FilterSettings(f.number("settings", "confidenceThreshold"),
                f.number("settings", "maxGapSeconds"), f.integer("settings", "hampelHalfWindow"),
                f.number("settings", "requestedCutoffHz")), "settings", "requestedCutoffHz");
        String rollMode = f.text("settings", "roll");
        RollChoice roll = switch (rollMode) {
            case "auto" -> RollChoice.auto();
            case "none" -> RollChoice.none();
            case "user" -> RollChoice.user(f.number("rollCorrection", "rollDeg"));
            default -> throw AnalysisFileException.notAnalysis(json, "\"settings.roll\" is '" + rollMode + "'", null);
        };
        ViewChoice view = f.parse(v -> ViewChoice.valueOf(v.toUpperCase(Locale.ROOT)), "settings", "view");
        Sex sex = f.parse(Sex::parse, "settings", "sex");
        double minConfidence = f.number("score", "minMeanConfidence");
        double minPerson = f.number("settings", "minPersonFraction");
        ScoringSettings scoring = f.parse(x -> new ScoringSettings(sex, minConfidence), "score", "minMeanConfidence");
        ReferenceTable table = referenceTable(json, f.text("settings", "referenceTable"));
        // written since issue 17; older files read as without markers
        JsonNode settingsNode = f.top().get("settings");
        JsonNode markerMode = settingsNode == null ? null : settingsNode.get("markers");
        MarkerMode markers = markerMode == null || markerMode.isNull() ? MarkerMode.NONE
                : f.parse(MarkerMode::parse, "settings", "markers");
        return f.parse(x -> new AnalysisSettings(task, filter, minPerson, roll, view, scoring, table, markers),
                "settings",
                "minPersonFraction");
    }

    private static void checkKeypointOrder(Path json, Fields f) throws AnalysisFileException {
        JsonNode order = f.node("keypointOrder");
        boolean same = order.isArray() && order.size() == Keypoint.COUNT;
        for (int k = 0; same && k < Keypoint.COUNT; k++) {
            same = Keypoint.values()[k].cocoName().equals(order.get(k).asText());
        }
        if (!same) {
            throw AnalysisFileException.notAnalysis(json, "its \"keypointOrder\" is not the COCO-17 order", null);
        }
    }

    /** The built-in table, or the user's file it names (as written, else beside the analysis file). */
    private static ReferenceTable referenceTable(Path json, String source) throws AnalysisFileException {
        ReferenceTable builtIn = ReferenceTable.builtIn();
        if (source.equals(builtIn.source())) {
            return builtIn;
        }
        Path named = Path.of(source);
        Path file = Files.isRegularFile(named) || named.isAbsolute() ? named
                : json.toAbsolutePath().resolveSibling(named);
        if (!Files.isRegularFile(file)) {
            throw new AnalysisFileException(json, json + " was analysed with the reference table " + source + ", which"
                    + " is not here; put that file back (or beside the analysis file) to read it.", null);
        }
        try {
            return ReferenceTable.load(file);
        } catch (ReferenceTableException e) {
            throw new AnalysisFileException(json, json + " was analysed with the reference table " + source + ", which"
                    + " cannot be read now: " + e.getMessage() + ".", e);
        }
    }

    private static String firstLine(String s) {
        String line = s == null ? "" : s.lines().findFirst().orElse("");
        return line.length() > 120 ? line.substring(0, 120) + "..." : line;
    }

    /** Top-level sections with typed look-ups that fail with the field's name. */
    private record Fields(Path json, Map<String, JsonNode> top) {

        @FunctionalInterface
        interface Parser<T> {
            T parse(String text) throws AnalysisFileException;
        }

        JsonNode node(String... path) throws AnalysisFileException {
            JsonNode n = top.get(path[0]);
            for (int i = 1; n != null && i < path.length; i++) {
                n = n.get(path[i]);
            }
            if (n == null || n.isNull()) {
                throw AnalysisFileException.notAnalysis(json, "no \"" + String.join(".", path) + "\"", null);
            }
            return n;
        }

        String text(String... path) throws AnalysisFileException {
            JsonNode n = node(path);
            if (!n.isTextual()) {
                throw AnalysisFileException.notAnalysis(json, "\"" + String.join(".", path) + "\" is not text", null);
            }
            return n.textValue();
        }

        double number(String... path) throws AnalysisFileException {
            JsonNode n = node(path);
            if (!n.isNumber()) {
                throw AnalysisFileException.notAnalysis(json, "\"" + String.join(".", path) + "\" is not a number",
                        null);
            }
            return n.doubleValue();
        }

        int integer(String... path) throws AnalysisFileException {
            JsonNode n = node(path);
            if (!n.canConvertToInt() || !n.isIntegralNumber()) {
                throw AnalysisFileException.notAnalysis(json, "\"" + String.join(".", path) + "\" is not a whole"
                        + " number", null);
            }
            return n.intValue();
        }

        /** Parses a text field; an IllegalArgumentException (unknown name, invalid setting) names the field. */
        <T> T parse(Parser<T> parser, String... path) throws AnalysisFileException {
            String value = node(path).asText();
            try {
                return parser.parse(value);
            } catch (IllegalArgumentException e) {
                throw AnalysisFileException.notAnalysis(json, "\"" + String.join(".", path) + "\": " + e.getMessage(),
                        e);
            }
        }
    }
}
