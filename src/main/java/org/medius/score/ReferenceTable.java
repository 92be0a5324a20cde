package org.medius.score;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.medius.model.Sex;
import org.medius.model.Task;

/**
 * Reference values, SDDs and weights of the weakness score, each with its citation, read from a CSV file. The
 * built-in file is {@code reference-values.csv} next to this class; users may load their own with
 * {@link #load(Path)}. Format (docs/score.md): UTF-8; lines starting with {@code #} and blank lines are ignored;
 * the first other line is the header with the columns {@value #HEADER} in any order; fields may be quoted with
 * double quotes. {@code task} is a task's command-line name or {@code any}; {@code sex} is female, male or empty
 * (any). At most one row per task, metric, role and sex, and a {@code weight} row with task {@code any} for each
 * score component (cpd, fppa, trunk_lean).
 */
public final class ReferenceTable {
    /** The task column value of rows that apply to every task. */
    public static final String ANY_TASK = "any";
    /** The columns, as in the built-in file's header. */
    public static final String HEADER = "task,metric,role,sex,mean_deg,sd_deg,value,citation,confirmed,note";
    /** The built-in file's resource name, relative to this class. */
    public static final String BUILT_IN_RESOURCE = "reference-values.csv";

    private static final List<String> COLUMNS = List.of(HEADER.split(","));

    private final String source;
    private final List<ReferenceRow> rows;

    private ReferenceTable(String source, List<ReferenceRow> rows) {
        this.source = source;
        this.rows = List.copyOf(rows);
    }

    /** The table shipped with Medius (docs/measurement.md, "Reference values read in sources"). */
    public static ReferenceTable builtIn() {
        String name = BUILT_IN_RESOURCE + " (built in)";
        try (InputStream in = ReferenceTable.class.getResourceAsStream(BUILT_IN_RESOURCE)) {
            if (in == null) {
                throw new ReferenceTableException(name, 0, "resource missing from the program");
            }
            return parse(name, new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new ReferenceTableException(name, "cannot be read (" + e.getMessage() + ")", e);
        }
    }

    /**
     * A user's table. Throws {@link ReferenceTableException} naming the file when it cannot be read, and the file
     * and line for a malformed row.
     */
    public static ReferenceTable load(Path file) {
        String name = file.toString();
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return parse(name, r);
        } catch (NoSuchFileException e) {
            throw new ReferenceTableException(name, "no such file", e);
        } catch (IOException | UncheckedIOException e) {
            throw new ReferenceTableException(name, "cannot be read (" + e.getMessage()
                    + "); save it as UTF-8 text", e);
        }
    }

    /** Parses a table from a reader; {@code sourceName} names it in error messages. Does not close the reader. */
    public static ReferenceTable parse(String sourceName, Reader reader) throws IOException {
        BufferedReader in = reader instanceof BufferedReader b ? b : new BufferedReader(reader);
        List<ReferenceRow> rows = new ArrayList<>();
        Map<String, Integer> firstLineOfKey = new HashMap<>();
        Map<String, Integer> column = null;
        int lineNo = 0;
        for (String line = in.readLine(); line != null; line = in.readLine()) {
            lineNo++;
            if (lineNo == 1 && line.startsWith("\uFEFF")) {
                line = line.substring(1);
            }
            String stripped = line.strip();
            if (stripped.isEmpty() || stripped.startsWith("#")) {
                continue;
            }
            List<String> fields = split(sourceName, lineNo, line);
            if (column == null) {
                column = header(sourceName, lineNo, fields);
                continue;
            }
            if (fields.size() != column.size()) {
                throw new ReferenceTableException(sourceName, lineNo, "expected " + column.size()
                        + " comma-separated fields (" + String.join(", ", COLUMNS) + "), found " + fields.size()
                        + "; quote a field that contains a comma");
            }
            ReferenceRow row = row(sourceName, lineNo, fields, column);
            String key = row.taskName() + "/" + row.metric().fileName() + "/" + row.role().fileName() + "/"
                    + row.sex().map(Sex::fileName).orElse("");
            Integer earlier = firstLineOfKey.putIfAbsent(key, lineNo);
            if (earlier != null) {
                throw new ReferenceTableException(sourceName, lineNo, "same task, metric, role and sex as line "
                        + earlier + "; keep one of them");
            }
            rows.add(row);
        }
        if (column == null) {
            throw new ReferenceTableException(sourceName, 0, "no header line (" + HEADER + ")");
        }
        for (Metric m : Metric.scoreComponents()) {
            boolean hasWeight = rows.stream().anyMatch(r -> r.role() == ReferenceRole.WEIGHT && r.metric() == m
                    && r.task().isEmpty());
            if (!hasWeight) {
                throw new ReferenceTableException(sourceName, 0, "no weight row for metric " + m.fileName()
                        + " with task any; add one, e.g. any," + m.fileName() + ",weight,,,,1,<why>,no,");
            }
        }
        return new ReferenceTable(sourceName, rows);
    }

    /** The file (or resource) the table was read from. */
    public String source() {
        return source;
    }

    /** All rows in file order. */
    public List<ReferenceRow> rows() {
        return rows;
    }

    /**
     * The row for a task, metric, role and subject sex. A row for the task itself beats an {@code any} row. Then,
     * for a known sex, a row for that sex beats one for any sex; a row only for the other sex does not apply. For
     * an unknown sex an any-sex row applies; when the only rows are for one sex, that row applies with the note
     * "reference from women only" (or men); when both sexes have rows and none is for any sex, none applies.
     *
     * @param confirmedOnly when true, rows not read in the primary source ({@code confirmed = no}) are ignored
     */
    public ReferenceLookup find(Task task, Metric metric, ReferenceRole role, Sex sex, boolean confirmedOnly) {
        List<ReferenceRow> candidates = rows.stream()
                .filter(r -> r.metric() == metric && r.role() == role && r.appliesTo(task))
                .filter(r -> !confirmedOnly || r.confirmed())
                .toList();
        List<ReferenceRow> own = candidates.stream().filter(r -> r.task().isPresent()).toList();
        List<ReferenceRow> tier = own.isEmpty() ? candidates : own;
        String none = "no " + (confirmedOnly ? "confirmed " : "") + roleWords(role) + "reference for "
                + task.cliName();
        if (tier.isEmpty()) {
            return ReferenceLookup.missing(none);
        }
        Optional<ReferenceRow> anySex = tier.stream().filter(r -> r.sex().isEmpty()).findFirst();
        Optional<ReferenceRow> female = tier.stream().filter(r -> r.sex().equals(Optional.of(Sex.FEMALE))).findFirst();
        Optional<ReferenceRow> male = tier.stream().filter(r -> r.sex().equals(Optional.of(Sex.MALE))).findFirst();
        if (sex != Sex.UNKNOWN) {
            Optional<ReferenceRow> same = sex == Sex.FEMALE ? female : male;
            if (same.isPresent()) {
                return ReferenceLookup.found(same.get(), List.of());
            }
            if (anySex.isPresent()) {
                return ReferenceLookup.found(anySex.get(), List.of());
            }
            Sex other = sex == Sex.FEMALE ? Sex.MALE : Sex.FEMALE;
            return ReferenceLookup.missing(none + " in " + sex.people() + " (the table has one for "
                    + other.people() + " only)");
        }
        if (anySex.isPresent()) {
            return ReferenceLookup.found(anySex.get(), List.of());
        }
        if (female.isPresent() && male.isPresent()) {
            return ReferenceLookup.missing("the " + (confirmedOnly ? "confirmed " : "") + roleWords(role)
                    + "references for " + task.cliName() + " differ between women and men: set the sex");
        }
        ReferenceRow only = female.orElseGet(male::orElseThrow);
        return ReferenceLookup.found(only, List.of("reference from " + only.sex().orElseThrow().people() + " only"));
    }

    private static String roleWords(ReferenceRole role) {
        return switch (role) {
            case HEALTHY -> "";
            case SYMPTOMATIC -> "symptomatic-group ";
            case SDD -> "SDD ";
            case WEIGHT -> "weight ";
            case ODDS_RATIO_PER_DEG -> "odds-ratio ";
        };
    }

    private static List<String> split(String source, int lineNo, String line) {
        try {
            return CsvLine.split(line);
        } catch (IllegalArgumentException e) {
            throw new ReferenceTableException(source, lineNo, e.getMessage());
        }
    }

    private static Map<String, Integer> header(String source, int lineNo, List<String> fields) {
        Map<String, Integer> column = new HashMap<>();
        for (int i = 0; i < fields.size(); i++) {
            String name = fields.get(i).toLowerCase(Locale.ROOT);
            if (!COLUMNS.contains(name)) {
                throw new ReferenceTableException(source, lineNo, "unknown column '" + fields.get(i)
                        + "' in the header; the columns are " + HEADER);
            }
            if (column.put(name, i) != null) {
                throw new ReferenceTableException(source, lineNo, "column '" + name + "' appears twice in the header");
            }
        }
        List<String> missing = COLUMNS.stream().filter(c -> !column.containsKey(c)).toList();
        if (!missing.isEmpty()) {
            throw new ReferenceTableException(source, lineNo, "the header lacks the column(s) "
                    + String.join(", ", missing) + "; the columns are " + HEADER);
        }
        return column;
    }

    private static ReferenceRow row(String source, int lineNo, List<String> fields, Map<String, Integer> column) {
        String current = "task";
        try {
            String taskText = fields.get(column.get("task"));
            Optional<Task> task = taskText.equalsIgnoreCase(ANY_TASK) ? Optional.empty() : Optional.of(task(taskText));
            current = "metric";
            Metric metric = Metric.parse(fields.get(column.get("metric")));
            current = "role";
            ReferenceRole role = ReferenceRole.parse(fields.get(column.get("role")));
            current = "sex";
            String sexText = fields.get(column.get("sex"));
            Optional<Sex> sex = sexText.isBlank() ? Optional.empty() : Optional.of(rowSex(sexText));
            current = "mean_deg";
            double mean = number(fields.get(column.get("mean_deg")));
            current = "sd_deg";
            double sd = number(fields.get(column.get("sd_deg")));
            current = "value";
            double value = number(fields.get(column.get("value")));
            current = "confirmed";
            boolean confirmed = yesNo(fields.get(column.get("confirmed")));
            current = null;
            return new ReferenceRow(task, metric, role, sex, mean, sd, value, fields.get(column.get("citation")),
                    confirmed, fields.get(column.get("note")), lineNo);
        } catch (IllegalArgumentException e) {
            throw new ReferenceTableException(source, lineNo, (current == null ? "" : "column " + current + ": ")
                    + e.getMessage());
        }
    }

    private static Task task(String s) {
        try {
            return Task.parse(s);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown task '" + s
                    + "': use any, " + Task.NAMES);
        }
    }

    private static Sex rowSex(String s) {
        String t = s.strip().toLowerCase(Locale.ROOT);
        return switch (t) {
            case "female" -> Sex.FEMALE;
            case "male" -> Sex.MALE;
            default -> throw new IllegalArgumentException("'" + s + "' is not female, male or empty (any sex)");
        };
    }

    /** Empty = NaN (not given); otherwise a plain decimal number with a dot. */
    private static double number(String s) {
        if (s.isBlank()) {
            return Double.NaN;
        }
        String t = s.strip();
        if (!t.matches("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)")) {
            throw new IllegalArgumentException("'" + s + "' is not a number (write e.g. 7.4, with a dot)");
        }
        return Double.parseDouble(t);
    }

    private static boolean yesNo(String s) {
        return switch (s.strip().toLowerCase(Locale.ROOT)) {
            case "yes" -> true;
            case "no" -> false;
            default -> throw new IllegalArgumentException("'" + s + "' is not yes or no");
        };
    }
}
