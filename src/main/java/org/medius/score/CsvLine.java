package org.medius.score;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits one CSV line into fields (RFC 4180 without line breaks inside fields): comma-separated, a field may be
 * quoted with double quotes, {@code ""} inside quotes is one quote. Unquoted fields are trimmed.
 */
final class CsvLine {
    private CsvLine() {
    }

    /** The fields of the line; throws IllegalArgumentException for an unterminated or misplaced quote. */
    static List<String> split(String line) {
        List<String> fields = new ArrayList<>();
        int i = 0;
        int n = line.length();
        while (true) {
            while (i < n && line.charAt(i) == ' ') {
                i++;
            }
            if (i < n && line.charAt(i) == '"') {
                StringBuilder sb = new StringBuilder();
                i++;
                while (true) {
                    if (i >= n) {
                        throw new IllegalArgumentException("a quoted field is not closed");
                    }
                    char c = line.charAt(i++);
                    if (c == '"') {
                        if (i < n && line.charAt(i) == '"') {
                            sb.append('"');
                            i++;
                        } else {
                            break;
                        }
                    } else {
                        sb.append(c);
                    }
                }
                while (i < n && line.charAt(i) == ' ') {
                    i++;
                }
                if (i < n && line.charAt(i) != ',') {
                    throw new IllegalArgumentException("text after a closing quote");
                }
                fields.add(sb.toString());
            } else {
                int comma = line.indexOf(',', i);
                int end = comma < 0 ? n : comma;
                String field = line.substring(i, end).strip();
                if (field.indexOf('"') >= 0) {
                    throw new IllegalArgumentException("a quote inside an unquoted field: quote the whole field");
                }
                fields.add(field);
                i = end;
            }
            if (i >= n) {
                return fields;
            }
            i++; // the comma
            if (i == n) {
                fields.add("");
                return fields;
            }
        }
    }
}
