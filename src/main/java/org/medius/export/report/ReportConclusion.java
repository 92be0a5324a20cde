package org.medius.export.report;

import java.awt.Color;
import java.io.IOException;
import java.util.Locale;
import java.util.Optional;
import org.medius.analysis.Analysis;
import org.medius.model.Side;
import org.medius.score.Exercises;
import org.medius.score.ScoreResult;
import org.medius.score.ScoreWords;
import org.medius.score.SideScore;

/**
 * The report's first section, in plain words: the score and one sentence per side, what that means for the side
 * of the complaint, the "not a strength test" statement, and the exercises when a side scores high.
 */
final class ReportConclusion {
    private ReportConclusion() {
    }

    static void write(PdfPages pages, Analysis a, ReportFields fields) throws IOException {
        ScoreResult s = a.score();
        pages.heading("Conclusion", 120);
        for (Side side : Side.values()) {
            SideScore sc = s.score(side);
            String score = Double.isFinite(sc.score()) ? ScoreWording.score(sc) : "n/a";
            pages.paragraph(capital(side) + " leg: weakness score " + score + ". "
                    + ScoreWords.sentence(s, side), PdfPages.Style.REGULAR, ClinicalReport.BODY_PT, Color.BLACK, 0);
            pages.space(2);
        }
        for (org.medius.score.TrendelenburgVerdict v : s.trendelenburg()) {
            pages.paragraph(v.sentence(), PdfPages.Style.REGULAR, ClinicalReport.BODY_PT, Color.BLACK, 0);
        }
        Optional<String> complaint = complaint(s, fields.complaintSide());
        if (complaint.isPresent()) {
            pages.paragraph(complaint.get(), PdfPages.Style.BOLD, ClinicalReport.BODY_PT, Color.BLACK, 0);
        }
        pages.paragraph(s.statement(), PdfPages.Style.ITALIC, ClinicalReport.BODY_PT, Color.BLACK, 0);
        for (Side side : Side.values()) {
            if (Exercises.shownFor(s.score(side))) {
                exercises(pages, side);
            }
        }
        pages.space(6);
    }

    /** The complaint side linked to what was found; empty when no side (or "none") was given. */
    static Optional<String> complaint(ScoreResult s, Optional<String> complaintSide) {
        Optional<Side> side = complaintSide.flatMap(ReportConclusion::side);
        if (side.isEmpty()) {
            return complaintSide.filter(c -> c.equalsIgnoreCase("both"))
                    .map(c -> "The complaint is on both sides: see the sentence for each leg above.");
        }
        Side c = side.get();
        double own = s.score(c).score();
        double other = s.score(c.other()).score();
        String name = c.name().toLowerCase(Locale.ROOT);
        if (!Double.isFinite(own)) {
            return Optional.of("The complaint is on the " + name + " side, where no score could be given.");
        }
        if (own > 0 && !(other >= own)) {
            return Optional.of("The complaint is on the " + name + " side, and that is where the pattern was found.");
        }
        if (other > own) {
            return Optional.of("The complaint is on the " + name + " side, but the pattern was found more on the "
                    + c.other().name().toLowerCase(Locale.ROOT) + " leg.");
        }
        return Optional.of("The complaint is on the " + name + " side; the pattern was not found on either leg.");
    }

    private static Optional<Side> side(String s) {
        return switch (s.strip().toLowerCase(Locale.ROOT)) {
            case "left" -> Optional.of(Side.LEFT);
            case "right" -> Optional.of(Side.RIGHT);
            default -> Optional.empty();
        };
    }

    private static void exercises(PdfPages pages, Side side) throws IOException {
        pages.paragraph("Exercises often used for the hip abductors (" + side.name().toLowerCase(Locale.ROOT)
                + " leg), easiest first. " + Exercises.CAVEAT, PdfPages.Style.BOLD, ClinicalReport.SMALL_PT,
                Color.BLACK, 0);
        for (Exercises.Exercise e : Exercises.PROGRESSION) {
            pages.bullet(e.name() + ": " + e.howTo(), ClinicalReport.SMALL_PT);
        }
    }

    private static String capital(Side side) {
        String n = side.name().toLowerCase(Locale.ROOT);
        return Character.toUpperCase(n.charAt(0)) + n.substring(1);
    }
}
