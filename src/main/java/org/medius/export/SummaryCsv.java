package org.medius.export;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.medius.analysis.Analysis;
import org.medius.model.Side;
import org.medius.score.Asymmetry;
import org.medius.score.Metric;
import org.medius.score.MetricSummary;
import org.medius.score.ScoreComponent;
import org.medius.score.ScoreResult;

/**
 * The per-side summary and the weakness score as CSV: one row per side and metric (CPD, FPPA, trunk lean) with
 * the per-event median, quartiles and count, the right-minus-left asymmetry against its SDD, the score
 * component (status, reference band, value 0..1, uncertainty, sources), and the side's score; FPKD rows carry
 * no score. The statement that the score is not a strength test is the last line, as a comment.
 */
public final class SummaryCsv {
    static final String HEADER = "side,metric,events,median_deg,q1_deg,q3_deg,asymmetry_r_minus_l_deg,sdd_deg,"
            + "asymmetry_above_sdd,component_status,band_low_deg,band_high_deg,component_value,component_uncertain,"
            + "uncertainty,sources,side_weakness_score";
    private static final List<Metric> METRICS = List.of(Metric.CPD, Metric.FPPA, Metric.TRUNK_LEAN);

    private SummaryCsv() {
    }

    public static void write(Analysis analysis, Path file) throws OutputFileException {
        AtomicFiles.writeText(file, w -> write(analysis.score(), w));
    }

    public static void write(ScoreResult s, Writer w) throws IOException {
        w.write(HEADER);
        w.write('\n');
        for (Side side : Side.values()) {
            for (Metric m : METRICS) {
                MetricSummary sum = s.summary(side).get(m);
                Asymmetry as = s.asymmetry(m);
                ScoreComponent c = s.score(side).component(m);
                StringBuilder row = new StringBuilder(side.name().toLowerCase(Locale.ROOT)).append(',')
                        .append(m.fileName()).append(',').append(sum.count());
                EventsCsv.num(row, sum.median(), "%.3f");
                EventsCsv.num(row, sum.q1(), "%.3f");
                EventsCsv.num(row, sum.q3(), "%.3f");
                EventsCsv.num(row, as.rightMinusLeftDeg(), "%.3f");
                EventsCsv.num(row, as.sddDeg(), "%.1f");
                row.append(',').append(Double.isFinite(as.rightMinusLeftDeg()) ? (as.exceedsSdd() ? "1" : "0") : "");
                row.append(',').append(c.status().name().toLowerCase(Locale.ROOT));
                EventsCsv.num(row, c.bandLowDeg(), "%.2f");
                EventsCsv.num(row, c.bandHighDeg(), "%.2f");
                EventsCsv.num(row, c.value(), "%.3f");
                row.append(',').append(c.uncertain() ? 1 : 0);
                row.append(',').append(CsvFields.quote(String.join("; ", c.uncertaintyReasons())));
                row.append(',').append(CsvFields.quote(String.join("; ", c.citations())));
                EventsCsv.num(row, s.score(side).score(), "%.1f");
                w.append(row).append('\n');
            }
        }
        w.write("# " + s.statement().replace('\n', ' ') + "\n");
    }
}
