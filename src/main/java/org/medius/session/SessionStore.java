package org.medius.session;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipException;
import org.medius.analysis.MarkerMode;
import org.medius.analysis.RollChoice;
import org.medius.events.ViewChoice;
import org.medius.export.AtomicFiles;
import org.medius.export.JsonNumbers;
import org.medius.export.OutputFileException;
import org.medius.model.FramePose;
import org.medius.model.Keypoint;
import org.medius.model.MoveNetVariant;
import org.medius.model.PelvisMarkerFrame;
import org.medius.model.PelvisMarkerTrack;
import org.medius.model.PelvisSource;
import org.medius.model.Pose;
import org.medius.model.Side;
import org.medius.model.Sex;
import org.medius.model.Task;
import org.medius.model.VideoMetadata;
import org.medius.session.Correction.FrameExclusion;
import org.medius.session.Correction.KeypointMove;
import org.medius.session.Correction.MarkerMove;
import org.medius.session.Correction.PelvisMarkers;
import org.medius.session.Correction.RollOverride;
import org.medius.session.Correction.SubjectPick;
import org.medius.session.Correction.ViewOverride;

/**
 * Saves and loads a {@link Session} as gzip-compressed JSON. The layout starts with
 * {@code "format": "medius-session", "formatVersion": 1}; then the video's fingerprint and metadata, the model,
 * task, sex and subject, the model's poses per frame as {@code [x_px, y_px, confidence]} triples in
 * {@code keypointOrder}, the corrections in order, and (when markers were asked for) the pelvis markers the tracker
 * found, per frame {@code [left_x, left_y, right_x, right_y, left_found, right_found, source]}. A missing value (NaN) is {@code null}; numbers are
 * written with full double precision, so a loaded session gives exactly the saved analysis. Saving is atomic;
 * loading checks everything and reports any problem as one {@link SessionFileException}. Streamed both ways:
 * a long video's poses never exist as a JSON tree.
 */
public final class SessionStore {
    static final String FORMAT = "medius-session";
    private static final int GZIP_BUFFER_BYTES = 1 << 16;
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final JsonFactory FACTORY = MAPPER.getFactory();

    private SessionStore() {
    }

    /**
     * Writes the session; the file is either the complete new session or left as it was.
     *
     * @throws OutputFileException naming the file and what to do, when it cannot be written
     */
    public static void save(Path file, Session session) throws OutputFileException {
        AtomicFiles.<RuntimeException>writeBytes(file, os -> {
            GZIPOutputStream gz = new GZIPOutputStream(new CloseShield(os), GZIP_BUFFER_BYTES);
            try (JsonGenerator g = FACTORY.createGenerator(gz)) { // closing it finishes the gzip stream
                write(g, session);
            }
        });
    }

    /** Lets the generator finish and close the gzip stream without closing the file, which AtomicFiles closes. */
    private static final class CloseShield extends FilterOutputStream {
        CloseShield(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            out.flush();
        }
    }

    /**
     * Reads a session saved by {@link #save}.
     *
     * @throws SessionFileException when the file is missing, unreadable, not a session, damaged, truncated or of
     *                              another format version; the message names the file and says what to do
     */
    public static Session load(Path file) throws SessionFileException {
        try (InputStream raw = Files.newInputStream(file);
                GZIPInputStream gz = new GZIPInputStream(new BufferedInputStream(raw), GZIP_BUFFER_BYTES);
                JsonParser p = FACTORY.createParser(gz).disable(JsonParser.Feature.AUTO_CLOSE_SOURCE)) {
            Session s = new Reader(p).session();
            if (p.nextToken() != null) {
                throw new Malformed("there is more after the end of the session");
            }
            byte[] rest = new byte[4096];
            while (gz.read(rest) != -1) { // reaching the end checks the gzip trailer (length and CRC)
                continue;
            }
            return s;
        } catch (NoSuchFileException e) {
            throw SessionFileException.damaged(file, "the file does not exist", e);
        } catch (ZipException e) {
            throw SessionFileException.damaged(file, "it is not gzip-compressed or its compressed data is damaged: "
                    + e.getMessage(), e);
        } catch (EOFException e) {
            throw SessionFileException.damaged(file, "it ends early: the file was cut off", e);
        } catch (JsonProcessingException e) {
            String where = e.getLocation() == null ? "" : String.format(Locale.ROOT, " at line %d, column %d",
                    e.getLocation().getLineNr(), e.getLocation().getColumnNr());
            throw SessionFileException.damaged(file, "malformed JSON" + where + ": " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw SessionFileException.damaged(file, "it cannot be read: " + e.getMessage(), e);
        } catch (Malformed e) {
            throw SessionFileException.damaged(file, e.getMessage(), e);
        } catch (VersionMismatch e) {
            throw SessionFileException.unsupportedVersion(file, e.version);
        } catch (RuntimeException e) { // a value the records refuse, e.g. a negative frame index
            throw SessionFileException.damaged(file, "an invalid value: " + e.getMessage(), e);
        }
    }

    // ---- writing ----

    private static void write(JsonGenerator g, Session s) throws IOException {
        g.writeStartObject();
        g.writeStringField("format", FORMAT);
        g.writeNumberField("formatVersion", s.formatVersion());
        g.writeObjectFieldStart("fingerprint");
        g.writeNumberField("sizeBytes", s.fingerprint().sizeBytes());
        g.writeStringField("sha256", s.fingerprint().sha256Hex());
        g.writeEndObject();
        VideoMetadata v = s.video();
        g.writeObjectFieldStart("video");
        g.writeStringField("fileName", v.fileName());
        g.writeNumberField("widthPx", v.widthPx());
        g.writeNumberField("heightPx", v.heightPx());
        g.writeNumberField("rotationDegrees", v.rotationDegrees());
        g.writeStringField("codec", v.codecName());
        JsonNumbers.field(g, "nominalFps", v.nominalFps());
        JsonNumbers.field(g, "durationSeconds", v.durationSeconds());
        g.writeEndObject();
        g.writeStringField("videoPath", s.videoPath());
        g.writeStringField("modelDescription", s.modelDescription());
        g.writeStringField("model", spelling(s.model()));
        g.writeStringField("task", s.task().cliName());
        g.writeStringField("sex", s.sex().fileName());
        g.writeFieldName("subject");
        if (s.subject() == null) {
            g.writeNull();
        } else {
            point(g, s.subject().xPx(), s.subject().yPx());
        }
        g.writeArrayFieldStart("keypointOrder");
        for (Keypoint k : Keypoint.values()) {
            g.writeString(k.cocoName());
        }
        g.writeEndArray();
        g.writeArrayFieldStart("frames");
        for (FramePose f : s.modelPoses()) {
            g.writeStartObject();
            g.writeNumberField("frame", f.frameIndex());
            JsonNumbers.field(g, "timeS", f.timestampSeconds());
            g.writeArrayFieldStart("keypoints");
            for (Keypoint k : Keypoint.values()) {
                g.writeStartArray();
                JsonNumbers.value(g, f.pose().xPx(k));
                JsonNumbers.value(g, f.pose().yPx(k));
                JsonNumbers.value(g, f.pose().confidence(k));
                g.writeEndArray();
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayFieldStart("corrections");
        for (Correction c : s.corrections()) {
            correction(g, c);
        }
        g.writeEndArray();
        if (s.markers() != null) {
            markers(g, s.markers());
        }
        g.writeEndObject();
    }

    private static void markers(JsonGenerator g, PelvisMarkerTrack track) throws IOException {
        g.writeObjectFieldStart("pelvisMarkers");
        JsonNumbers.field(g, "hueDeg", track.markerHueDeg());
        g.writeArrayFieldStart("frames");
        for (PelvisMarkerFrame f : track.frames()) {
            g.writeStartArray();
            JsonNumbers.value(g, f.leftXPx());
            JsonNumbers.value(g, f.leftYPx());
            JsonNumbers.value(g, f.rightXPx());
            JsonNumbers.value(g, f.rightYPx());
            g.writeBoolean(f.leftDetected());
            g.writeBoolean(f.rightDetected());
            g.writeString(f.source().word());
            g.writeEndArray();
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    private static void correction(JsonGenerator g, Correction c) throws IOException {
        g.writeStartObject();
        if (c instanceof KeypointMove m) {
            g.writeStringField("type", "keypointMove");
            g.writeNumberField("frame", m.frameIndex());
            g.writeStringField("keypoint", m.keypoint().cocoName());
            g.writeNumberField("xPx", m.xPx());
            g.writeNumberField("yPx", m.yPx());
        } else if (c instanceof FrameExclusion e) {
            g.writeStringField("type", "frameExclusion");
            g.writeNumberField("fromFrame", e.fromFrame());
            g.writeNumberField("toFrameInclusive", e.toFrameInclusive());
        } else if (c instanceof ViewOverride v) {
            g.writeStringField("type", "view");
            g.writeStringField("view", spelling(v.view()));
        } else if (c instanceof RollOverride r) {
            g.writeStringField("type", "roll");
            g.writeStringField("mode", spelling(r.roll().mode()));
            g.writeNumberField("rollDeg", r.roll().userRollDeg());
        } else if (c instanceof PelvisMarkers m) {
            g.writeStringField("type", "pelvisMarkers");
            g.writeStringField("mode", m.mode().cliName());
        } else if (c instanceof MarkerMove m) {
            g.writeStringField("type", "markerMove");
            g.writeNumberField("frame", m.frameIndex());
            g.writeStringField("side", spelling(m.side()));
            g.writeNumberField("xPx", m.xPx());
            g.writeNumberField("yPx", m.yPx());
        } else if (c instanceof SubjectPick p) {
            g.writeStringField("type", "subject");
            g.writeNumberField("xPx", p.xPx());
            g.writeNumberField("yPx", p.yPx());
        } else {
            throw new IllegalArgumentException("no file layout for " + c);
        }
        g.writeEndObject();
    }

    private static void point(JsonGenerator g, double xPx, double yPx) throws IOException {
        g.writeStartObject();
        g.writeNumberField("xPx", xPx);
        g.writeNumberField("yPx", yPx);
        g.writeEndObject();
    }

    private static String spelling(Enum<?> e) {
        return e.name().toLowerCase(Locale.ROOT);
    }

    // ---- reading ----

    /** The file parses as JSON but is not a session; the message says which field is wrong. */
    private static final class Malformed extends Exception {
        Malformed(String message) {
            super(message);
        }
    }

    /** The file is a session of a format version this code does not read. */
    private static final class VersionMismatch extends Exception {
        final int version;

        VersionMismatch(int version) {
            super("session format " + version);
            this.version = version;
        }
    }

    /** One pass over the parser's tokens; small objects are read as trees, the frames as a stream. */
    private static final class Reader {
        private final JsonParser p;

        Reader(JsonParser p) {
            this.p = p;
        }

        Session session() throws IOException, Malformed, VersionMismatch {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                throw new Malformed("it does not start with a JSON object");
            }
            if (!"format".equals(p.nextFieldName()) || p.nextToken() != JsonToken.VALUE_STRING
                    || !FORMAT.equals(p.getText())) {
                throw new Malformed("it does not start with \"format\": \"" + FORMAT + "\"");
            }
            if (!"formatVersion".equals(p.nextFieldName()) || p.nextToken() != JsonToken.VALUE_NUMBER_INT) {
                throw new Malformed("the field \"formatVersion\" does not follow \"format\"");
            }
            int version = p.getIntValue();
            if (version != Session.FORMAT_VERSION) {
                throw new VersionMismatch(version);
            }
            VideoFingerprint fingerprint = null;
            VideoMetadata video = null;
            String videoPath = null;
            String modelDescription = null;
            MoveNetVariant model = null;
            Task task = null;
            Sex sex = null;
            SubjectPick subject = null;
            boolean subjectSeen = false;
            boolean keypointOrderSeen = false;
            List<FramePose> frames = null;
            List<Correction> corrections = null;
            PelvisMarkerTrack markers = null;
            for (String field; (field = p.nextFieldName()) != null; ) {
                p.nextToken();
                switch (field) {
                    case "fingerprint" -> fingerprint = fingerprint(tree(field));
                    case "video" -> video = video(tree(field));
                    case "videoPath" -> videoPath = text(field);
                    case "modelDescription" -> modelDescription = text(field);
                    case "model" -> model = enumValue(MoveNetVariant.class, text(field), field);
                    case "task" -> task = enumValue(Task.class, text(field), field);
                    case "sex" -> sex = enumValue(Sex.class, text(field), field);
                    case "subject" -> {
                        JsonNode n = MAPPER.readTree(p);
                        subject = n == null || n.isNull() ? null
                                : new SubjectPick(finite(n, "xPx", field), finite(n, "yPx", field));
                        subjectSeen = true;
                    }
                    case "keypointOrder" -> {
                        keypointOrder(tree(field));
                        keypointOrderSeen = true;
                    }
                    case "frames" -> frames = frames();
                    case "corrections" -> corrections = corrections(tree(field));
                    case "pelvisMarkers" -> markers = markers(tree(field));
                    default -> p.skipChildren(); // a field added later within the same format: not needed here
                }
            }
            if (p.currentToken() != JsonToken.END_OBJECT) {
                throw new Malformed("the session object is not closed");
            }
            require(fingerprint, "fingerprint");
            require(video, "video");
            require(videoPath, "videoPath");
            require(modelDescription, "modelDescription");
            require(model, "model");
            require(task, "task");
            require(sex, "sex");
            require(subjectSeen ? Boolean.TRUE : null, "subject");
            require(keypointOrderSeen ? Boolean.TRUE : null, "keypointOrder");
            require(frames, "frames");
            require(corrections, "corrections");
            if (markers != null && markers.frames().size() != frames.size()) {
                throw new Malformed("the field \"pelvisMarkers\" has " + markers.frames().size() + " frames, the"
                        + " field \"frames\" " + frames.size());
            }
            return new Session(version, fingerprint, video, videoPath, modelDescription, model, task, sex, subject,
                    frames, corrections, markers);
        }

        private static void require(Object value, String field) throws Malformed {
            if (value == null) {
                throw new Malformed("the field \"" + field + "\" is missing");
            }
        }

        private JsonNode tree(String field) throws IOException, Malformed {
            JsonNode n = MAPPER.readTree(p);
            if (n == null || n.isNull()) {
                throw new Malformed("the field \"" + field + "\" is empty");
            }
            return n;
        }

        private String text(String field) throws IOException, Malformed {
            if (p.currentToken() != JsonToken.VALUE_STRING) {
                throw new Malformed("the field \"" + field + "\" is not a text");
            }
            return p.getText();
        }

        private List<FramePose> frames() throws IOException, Malformed {
            if (p.currentToken() != JsonToken.START_ARRAY) {
                throw new Malformed("the field \"frames\" is not a list");
            }
            List<FramePose> frames = new ArrayList<>();
            double[] x = new double[Keypoint.COUNT];
            double[] y = new double[Keypoint.COUNT];
            double[] c = new double[Keypoint.COUNT];
            while (p.nextToken() == JsonToken.START_OBJECT) {
                String where = "frames[" + frames.size() + "]";
                Integer frame = null;
                double timeS = Double.NaN;
                boolean keypoints = false;
                for (String field; (field = p.nextFieldName()) != null; ) {
                    p.nextToken();
                    switch (field) {
                        case "frame" -> {
                            if (p.currentToken() != JsonToken.VALUE_NUMBER_INT) {
                                throw new Malformed("the field \"" + where + ".frame\" is not a whole number");
                            }
                            frame = p.getIntValue();
                        }
                        case "timeS" -> timeS = number(where + ".timeS");
                        case "keypoints" -> {
                            keypoints(x, y, c, where + ".keypoints");
                            keypoints = true;
                        }
                        default -> p.skipChildren();
                    }
                }
                if (frame == null || !keypoints || !Double.isFinite(timeS)) {
                    throw new Malformed("the field \"" + where + "\" lacks \"frame\", \"timeS\" or \"keypoints\"");
                }
                frames.add(new FramePose(frame, timeS, Pose.of(x, y, c)));
            }
            if (p.currentToken() != JsonToken.END_ARRAY) {
                throw new Malformed("the field \"frames[" + frames.size() + "]\" is not a frame object");
            }
            return frames;
        }

        private void keypoints(double[] x, double[] y, double[] c, String where) throws IOException, Malformed {
            if (p.currentToken() != JsonToken.START_ARRAY) {
                throw new Malformed("the field \"" + where + "\" is not a list");
            }
            for (int k = 0; k < Keypoint.COUNT; k++) {
                if (p.nextToken() != JsonToken.START_ARRAY) {
                    throw new Malformed("the field \"" + where + "\" has " + k + " keypoints, not " + Keypoint.COUNT);
                }
                p.nextToken();
                x[k] = number(where);
                p.nextToken();
                y[k] = number(where);
                p.nextToken();
                c[k] = number(where);
                if (p.nextToken() != JsonToken.END_ARRAY) {
                    throw new Malformed("the field \"" + where + "\" has a keypoint that is not [x, y, confidence]");
                }
            }
            if (p.nextToken() != JsonToken.END_ARRAY) {
                throw new Malformed("the field \"" + where + "\" has more than " + Keypoint.COUNT + " keypoints");
            }
        }

        /** The current token as a number; null is NaN (a value that was not found). */
        private double number(String where) throws IOException, Malformed {
            JsonToken t = p.currentToken();
            if (t == JsonToken.VALUE_NULL) {
                return Double.NaN;
            }
            if (t != JsonToken.VALUE_NUMBER_INT && t != JsonToken.VALUE_NUMBER_FLOAT) {
                throw new Malformed("the field \"" + where + "\" holds " + t + " where a number or null belongs");
            }
            return p.getDoubleValue();
        }
    }

    private static VideoFingerprint fingerprint(JsonNode n) throws Malformed {
        JsonNode size = n.get("sizeBytes");
        JsonNode sha = n.get("sha256");
        if (size == null || !size.canConvertToLong() || !size.isIntegralNumber() || sha == null || !sha.isTextual()) {
            throw new Malformed("the field \"fingerprint\" lacks \"sizeBytes\" or \"sha256\"");
        }
        return VideoFingerprint.of(size.longValue(), sha.textValue());
    }

    private static VideoMetadata video(JsonNode n) throws Malformed {
        return new VideoMetadata(textOrNull(n, "fileName", "video"), whole(n, "widthPx", "video"),
                whole(n, "heightPx", "video"), whole(n, "rotationDegrees", "video"), textOrNull(n, "codec", "video"),
                numberOrNaN(n, "nominalFps", "video"), numberOrNaN(n, "durationSeconds", "video"));
    }

    private static void keypointOrder(JsonNode n) throws Malformed {
        boolean same = n.isArray() && n.size() == Keypoint.COUNT;
        for (int i = 0; same && i < Keypoint.COUNT; i++) {
            same = Keypoint.values()[i].cocoName().equals(n.get(i).asText());
        }
        if (!same) {
            throw new Malformed("the field \"keypointOrder\" is not the COCO-17 order Medius uses");
        }
    }

    private static List<Correction> corrections(JsonNode n) throws Malformed {
        if (!n.isArray()) {
            throw new Malformed("the field \"corrections\" is not a list");
        }
        List<Correction> out = new ArrayList<>(n.size());
        for (int i = 0; i < n.size(); i++) {
            JsonNode c = n.get(i);
            String where = "corrections[" + i + "]";
            String type = textOrNull(c, "type", where);
            out.add(switch (type == null ? "" : type) {
                case "keypointMove" -> new KeypointMove(whole(c, "frame", where),
                        enumValue(Keypoint.class, textOrNull(c, "keypoint", where), where + ".keypoint"),
                        finite(c, "xPx", where), finite(c, "yPx", where));
                case "frameExclusion" -> new FrameExclusion(whole(c, "fromFrame", where),
                        whole(c, "toFrameInclusive", where));
                case "view" -> new ViewOverride(enumValue(ViewChoice.class, textOrNull(c, "view", where),
                        where + ".view"));
                case "roll" -> new RollOverride(new RollChoice(enumValue(RollChoice.Mode.class,
                        textOrNull(c, "mode", where), where + ".mode"), finite(c, "rollDeg", where)));
                case "subject" -> new SubjectPick(finite(c, "xPx", where), finite(c, "yPx", where));
                case "pelvisMarkers" -> new PelvisMarkers(enumValue(MarkerMode.class, textOrNull(c, "mode", where),
                        where + ".mode"));
                case "markerMove" -> new MarkerMove(whole(c, "frame", where),
                        enumValue(Side.class, textOrNull(c, "side", where), where + ".side"),
                        finite(c, "xPx", where), finite(c, "yPx", where));
                default -> throw new Malformed("the field \"" + where + ".type\" is not a known correction: " + type);
            });
        }
        return out;
    }

    private static PelvisMarkerTrack markers(JsonNode n) throws Malformed {
        JsonNode frames = n.get("frames");
        if (frames == null || !frames.isArray()) {
            throw new Malformed("the field \"pelvisMarkers.frames\" is missing or not a list");
        }
        List<PelvisMarkerFrame> out = new ArrayList<>(frames.size());
        for (int i = 0; i < frames.size(); i++) {
            JsonNode f = frames.get(i);
            String where = "pelvisMarkers.frames[" + i + "]";
            if (!f.isArray() || f.size() != 7 || !f.get(4).isBoolean() || !f.get(5).isBoolean()) {
                throw new Malformed("the field \"" + where + "\" is not [left_x, left_y, right_x, right_y,"
                        + " left_found, right_found, source]");
            }
            double[] xy = new double[4];
            for (int k = 0; k < 4; k++) {
                JsonNode v = f.get(k);
                if (!v.isNull() && !v.isNumber()) {
                    throw new Malformed("the field \"" + where + "\" holds " + v + " where a number or null belongs");
                }
                xy[k] = v.isNull() ? Double.NaN : v.doubleValue();
            }
            PelvisSource source = PelvisSource.MARKERS.word().equals(f.get(6).asText()) ? PelvisSource.MARKERS
                    : PelvisSource.KEYPOINTS.word().equals(f.get(6).asText()) ? PelvisSource.KEYPOINTS : null;
            if (source == null) {
                throw new Malformed("the field \"" + where + "\" has an unknown source: " + f.get(6));
            }
            out.add(new PelvisMarkerFrame(xy[0], xy[1], xy[2], xy[3], f.get(4).booleanValue(),
                    f.get(5).booleanValue(), source));
        }
        return new PelvisMarkerTrack(out, numberOrNaN(n, "hueDeg", "pelvisMarkers"));
    }

    private static String textOrNull(JsonNode n, String field, String where) throws Malformed {
        JsonNode v = n.get(field);
        if (v == null || v.isNull()) {
            return null;
        }
        if (!v.isTextual()) {
            throw new Malformed("the field \"" + where + "." + field + "\" is not a text");
        }
        return v.textValue();
    }

    private static int whole(JsonNode n, String field, String where) throws Malformed {
        JsonNode v = n.get(field);
        if (v == null || !v.isIntegralNumber() || !v.canConvertToInt()) {
            throw new Malformed("the field \"" + where + "." + field + "\" is missing or not a whole number");
        }
        return v.intValue();
    }

    private static double numberOrNaN(JsonNode n, String field, String where) throws Malformed {
        JsonNode v = n.get(field);
        if (v == null || v.isNull()) {
            return Double.NaN;
        }
        if (!v.isNumber()) {
            throw new Malformed("the field \"" + where + "." + field + "\" is not a number");
        }
        return v.doubleValue();
    }

    private static double finite(JsonNode n, String field, String where) throws Malformed {
        double v = numberOrNaN(n, field, where);
        if (!Double.isFinite(v)) {
            throw new Malformed("the field \"" + where + "." + field + "\" is missing");
        }
        return v;
    }

    private static <E extends Enum<E>> E enumValue(Class<E> type, String text, String where) throws Malformed {
        if (text != null) {
            String name = text.trim().replace('-', '_');
            for (E e : type.getEnumConstants()) {
                if (e.name().equalsIgnoreCase(name)) {
                    return e;
                }
            }
        }
        throw new Malformed("the field \"" + where + "\" has an unknown value: " + text);
    }
}
