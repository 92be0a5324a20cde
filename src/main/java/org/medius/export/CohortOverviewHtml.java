package org.medius.export;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.ToDoubleFunction;
import org.medius.model.Side;
import org.medius.score.WeaknessScoring;
import org.medius.signal.Quantiles;

/**
 * A batch's cohort overview as one self-contained HTML page (inline style, no scripts, no external files): a
 * row per video with its task, frames with the person, steps and cadence or repetitions, per-side medians of CPD,
 * FPPA and trunk lean, and the weakness score (or "n/a" with the reason); the cohort's medians per side over
 * the analysed videos; and the failures with their messages. Every text from a file name or a message is
 * HTML-escaped.
 */
public final class CohortOverviewHtml {
    private static final String STYLE = "body{font-family:sans-serif;margin:1.5em}table{border-collapse:collapse}"
            + "th,td{border:1px solid #bbb;padding:.25em .5em;text-align:right}th{background:#eee}"
            + "td.t{text-align:left}tr.cohort td{font-weight:bold;background:#f6f6f6}.note{color:#555}";

    private CohortOverviewHtml() {
    }

    public static void write(List<VideoOverview> videos, Path file) throws OutputFileException {
        AtomicFiles.writeText(file, w -> write(videos, w));
    }

    public static void write(List<VideoOverview> videos, Writer w) throws IOException {
        List<VideoOverview> ok = videos.stream().filter(VideoOverview::ok).toList();
        List<VideoOverview> failed = videos.stream().filter(v -> !v.ok()).toList();
        StringBuilder h = new StringBuilder(4096);
        h.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<title>Medius batch overview</title>\n<style>").append(STYLE).append("</style>\n</head>\n<body>\n")
                .append("<h1>Medius batch overview</h1>\n<p>").append(videos.size()).append(" videos: ")
                .append(ok.size()).append(" analysed, ").append(failed.size()).append(" failed.</p>\n")
                .append("<p class=\"note\">Medians over each side's events (stances or repetitions), in degrees. CPD:"
                        + " contralateral pelvic drop, + = drop. FPPA: knee frontal plane projection angle, + = valgus."
                        + " Trunk: lean towards the side. Column definitions: docs/data-dictionary.md.</p>\n")
                .append("<table>\n<tr><th class=\"t\">video</th><th class=\"t\">task</th><th>frames with person</th>"
                        + "<th>steps / cadence or repetitions</th><th>CPD L</th><th>CPD R</th><th>FPPA L</th>"
                        + "<th>FPPA R</th><th>trunk L</th><th>trunk R</th><th class=\"t\">score L</th>"
                        + "<th class=\"t\">score R</th></tr>\n");
        for (VideoOverview v : ok) {
            h.append("<tr><td class=\"t\">").append(escape(v.fileName())).append("</td><td class=\"t\">")
                    .append(escape(v.task())).append("</td><td>").append(v.framesWithPerson()).append(" of ")
                    .append(v.frames()).append("</td><td>").append(escape(events(v))).append("</td>");
            cells(h, v, VideoOverview.SideOverview::cpdMedianDeg);
            cells(h, v, VideoOverview.SideOverview::fppaMedianDeg);
            cells(h, v, VideoOverview.SideOverview::trunkLeanMedianDeg);
            for (Side s : Side.values()) {
                h.append("<td class=\"t\">").append(escape(score(v.side(s)))).append("</td>");
            }
            h.append("</tr>\n");
        }
        if (!ok.isEmpty()) {
            h.append("<tr class=\"cohort\"><td class=\"t\">cohort median</td><td class=\"t\">").append(ok.size())
                    .append(" videos</td><td></td><td></td>");
            cohort(h, ok, VideoOverview.SideOverview::cpdMedianDeg, "%.1f");
            cohort(h, ok, VideoOverview.SideOverview::fppaMedianDeg, "%.1f");
            cohort(h, ok, VideoOverview.SideOverview::trunkLeanMedianDeg, "%.1f");
            cohort(h, ok, VideoOverview.SideOverview::weaknessScore, "%.0f");
            h.append("</tr>\n");
        }
        h.append("</table>\n");
        if (!failed.isEmpty()) {
            h.append("<h2>Failures</h2>\n<ul>\n");
            for (VideoOverview v : failed) {
                h.append("<li><b>").append(escape(v.fileName())).append("</b>: ").append(escape(v.failure()))
                        .append("</li>\n");
            }
            h.append("</ul>\n");
        }
        h.append("<p class=\"note\">").append(escape(WeaknessScoring.STATEMENT)).append("</p>\n</body>\n</html>\n");
        w.append(h);
    }

    private static String events(VideoOverview v) {
        if (v.repetitive()) {
            String word = org.medius.model.Task.STANCE.cliName().equals(v.task()) ? " hold" : " repetition";
            return v.repetitions() + word + (v.repetitions() == 1 ? "" : "s");
        }
        return v.steps() + (v.steps() == 1 ? " step, " : " steps, ") + (Double.isFinite(v.cadenceStepsPerMin())
                ? String.format(Locale.ROOT, "%.1f steps/min", v.cadenceStepsPerMin()) : "cadence n/a");
    }

    private static void cells(StringBuilder h, VideoOverview v, ToDoubleFunction<VideoOverview.SideOverview> f) {
        for (Side s : Side.values()) {
            h.append("<td>").append(number(f.applyAsDouble(v.side(s)), "%.1f")).append("</td>");
        }
    }

    private static String score(VideoOverview.SideOverview s) {
        if (Double.isNaN(s.weaknessScore())) {
            return s.noScoreReason().isEmpty() ? "n/a" : "n/a: " + s.noScoreReason();
        }
        return String.format(Locale.ROOT, "%.0f", s.weaknessScore()) + (s.scoreUncertain() ? " (uncertain)" : "");
    }

    /** Per side, the median over the videos that have a value, with their number. */
    private static void cohort(StringBuilder h, List<VideoOverview> ok, ToDoubleFunction<VideoOverview.SideOverview> f,
            String format) {
        for (Side s : Side.values()) {
            double[] v = ok.stream().mapToDouble(o -> f.applyAsDouble(o.side(s))).filter(Double::isFinite).sorted().toArray();
            h.append("<td>");
            if (v.length > 0) {
                double median = Quantiles.ofSorted(v, 0.5);
                h.append(number(median, format)).append(" (n=").append(v.length).append(')');
            } else {
                h.append("n/a");
            }
            h.append("</td>");
        }
    }

    private static String number(double v, String format) {
        return Double.isFinite(v) ? String.format(Locale.ROOT, format, v) : "n/a";
    }

    /** Escapes the five characters that matter in HTML text and attribute values. */
    public static String escape(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder b = new StringBuilder(s.length() + 16);
        for (char c : s.toCharArray()) {
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> b.append(c);
            }
        }
        return b.toString();
    }
}
