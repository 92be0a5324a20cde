package org.medius.eval;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** A small markdown report written to {@code target/eval/} so that an evaluation run leaves its numbers behind. */
final class EvalReport {
    static final Path DIRECTORY = Path.of("target", "eval");

    private final StringBuilder text = new StringBuilder();

    EvalReport(String title) {
        text.append("# ").append(title).append("\n\n");
    }

    EvalReport paragraph(String s) {
        text.append(s.strip()).append("\n\n");
        return this;
    }

    EvalReport heading(String s) {
        text.append("## ").append(s).append("\n\n");
        return this;
    }

    EvalReport table(ReportTable table) {
        text.append(table.toMarkdown()).append('\n');
        return this;
    }

    String markdown() {
        return text.toString();
    }

    /** Writes the report to {@code target/eval/<fileName>} and returns its path. */
    Path write(String fileName) {
        try {
            Files.createDirectories(DIRECTORY);
            Path file = DIRECTORY.resolve(fileName);
            Files.writeString(file, text);
            return file.toAbsolutePath();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
