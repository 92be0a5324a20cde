package org.medius.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** A markdown table built row by row; numbers are formatted by the caller (see {@link #num}). */
final class ReportTable {
    private final List<String> header;
    private final List<List<String>> rows = new ArrayList<>();

    ReportTable(String... header) {
        this.header = List.of(header);
    }

    ReportTable row(Object... cells) {
        if (cells.length != header.size()) {
            throw new IllegalArgumentException("expected " + header.size() + " cells, got " + cells.length);
        }
        List<String> r = new ArrayList<>();
        for (Object c : cells) {
            r.add(String.valueOf(c));
        }
        rows.add(r);
        return this;
    }

    /** One decimal, the precision every report here uses for pixels and percentages. */
    static String num(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }

    /** {@code correct/total (pp.p %)}. */
    static String fraction(int correct, int total) {
        return total == 0 ? "-" : correct + "/" + total + " (" + num(100.0 * correct / total) + " %)";
    }

    String toMarkdown() {
        StringBuilder sb = new StringBuilder();
        line(sb, header);
        sb.append('|');
        for (int i = 0; i < header.size(); i++) {
            sb.append(i == 0 ? "---|" : "---:|");
        }
        sb.append('\n');
        rows.forEach(r -> line(sb, r));
        return sb.toString();
    }

    private static void line(StringBuilder sb, List<String> cells) {
        sb.append('|');
        cells.forEach(c -> sb.append(' ').append(c).append(" |"));
        sb.append('\n');
    }
}
