package org.medius.export;

/** CSV field quoting shared by the exports. */
public final class CsvFields {
    private CsvFields() {
    }

    /** Quotes a CSV field when it holds a comma, a quote or a line break. */
    public static String quote(String s) {
        return s.matches("(?s).*[,\"\\n\\r].*") ? '"' + s.replace("\"", "\"\"") + '"' : s;
    }
}
