package org.medius.cli;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.medius.analysis.Progress;
import org.medius.export.AnalysisFiles;
import org.medius.export.MotFile;
import org.medius.model.Keypoint;

/**
 * docs/data-dictionary.md cannot go stale: every column of every file written for a synthetic analysis (the
 * per-frame, events and summary CSVs, the batch summary, the TRC and the MOT file) must appear in it as
 * {@code `name`}, keypoint columns as {@code `<keypoint>_...`} and TRC coordinates as {@code `X<n>`}.
 */
class DataDictionaryTest {
    private static final Path DICTIONARY = Path.of("docs", "data-dictionary.md");

    @Test
    void everyColumnOfEveryExportIsDefinedInTheDataDictionary(@TempDir Path dir) throws Exception {
        String doc = Files.readString(DICTIONARY);
        BatchResumeTest.walk();
        var a = new BatchResumeTest.FakeAnalysis(null).analyse(Path.of("synthetic.mp4"), Progress.NONE);
        List<String> files = AnalysisFiles.write(a, dir, java.util.EnumSet.allOf(AnalysisFiles.Format.class),
                Optional.empty()).stream().map(p -> p.getFileName().toString()).toList();
        List<String> missing = new ArrayList<>();
        for (String csv : List.of("synthetic.csv", "synthetic.events.csv", "synthetic.summary.csv")) {
            assertTrue(files.contains(csv), csv);
            check(doc, csv, Files.readAllLines(dir.resolve(csv)).get(0).split(","), missing);
        }
        check(doc, "batch summary.csv", org.medius.export.BatchSummaryCsv.HEADER.split(","), missing);
        List<String> trc = Files.readAllLines(dir.resolve("synthetic.trc"));
        check(doc, "trc header", trc.get(1).split("\t"), missing);
        check(doc, "trc markers", trc.get(3).split("\t"), missing);
        check(doc, "trc coordinates", trc.get(4).split("\t"), missing);
        MotFile.Data mot = MotFile.read(dir.resolve("synthetic.mot"));
        check(doc, "mot", mot.columns().toArray(String[]::new), missing);
        assertTrue(missing.isEmpty(), "not in " + DICTIONARY + ": " + missing);
    }

    private static void check(String doc, String file, String[] columns, List<String> missing) {
        for (String c : columns) {
            if (c.isBlank()) {
                continue;
            }
            String term = c.replaceFirst("^[XYZ]\\d+$", c.charAt(0) + "<n>");
            for (Keypoint k : Keypoint.values()) {
                if (term.startsWith(k.cocoName() + "_")) {
                    term = "<keypoint>" + term.substring(k.cocoName().length());
                }
            }
            if (!doc.contains("`" + term + "`")) {
                missing.add(file + ": " + c);
            }
        }
    }
}
