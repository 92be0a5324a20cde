package org.medius.export.report;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.JPEGFactory;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/**
 * A4 pages written top to bottom: wrapped paragraphs, headings, table rows and images, in the standard Helvetica
 * fonts (real, searchable text). Whatever does not fit on the page goes on a new one, so nothing is drawn off the
 * page. Coordinates are PDF points (1/72 inch), y growing upwards as in PDF.
 */
final class PdfPages implements AutoCloseable {
    static final float PAGE_WIDTH_PT = PDRectangle.A4.getWidth();
    static final float PAGE_HEIGHT_PT = PDRectangle.A4.getHeight();
    static final float MARGIN_PT = 45;
    static final float CONTENT_WIDTH_PT = PAGE_WIDTH_PT - 2 * MARGIN_PT;
    private static final float TOP_PT = PAGE_HEIGHT_PT - 42;
    private static final float BOTTOM_PT = 48;
    static final Color GREY = new Color(0x55, 0x55, 0x55);

    /** The three faces used. */
    enum Style {
        REGULAR(Standard14Fonts.FontName.HELVETICA), BOLD(Standard14Fonts.FontName.HELVETICA_BOLD),
        ITALIC(Standard14Fonts.FontName.HELVETICA_OBLIQUE);

        final Standard14Fonts.FontName fontName;

        Style(Standard14Fonts.FontName fontName) {
            this.fontName = fontName;
        }
    }

    /** One cell of a table row: its text, face and colour. */
    record Cell(String text, Style style, Color colour) {
        static Cell of(String text) {
            return new Cell(text, Style.REGULAR, Color.BLACK);
        }

        static Cell bold(String text) {
            return new Cell(text, Style.BOLD, Color.BLACK);
        }
    }

    private final PDDocument doc;
    private final PDType1Font[] fonts = new PDType1Font[Style.values().length];
    private final PdfText[] texts = new PdfText[Style.values().length];
    private final List<PDPage> pages = new ArrayList<>();
    private PDPageContentStream stream;
    private float y;

    PdfPages(PDDocument doc) throws IOException {
        this.doc = doc;
        for (Style s : Style.values()) {
            fonts[s.ordinal()] = new PDType1Font(s.fontName);
            texts[s.ordinal()] = new PdfText(fonts[s.ordinal()]);
        }
        newPage();
    }

    /** Starts a new page and puts the cursor at its top. */
    void newPage() throws IOException {
        if (stream != null) {
            stream.close();
        }
        PDPage page = new PDPage(PDRectangle.A4);
        doc.addPage(page);
        pages.add(page);
        stream = new PDPageContentStream(doc, page);
        y = TOP_PT;
    }

    /** Room left on this page above the bottom margin, points. */
    float roomPt() {
        return y - BOTTOM_PT;
    }

    /** Goes to a new page unless {@code heightPt} fits on this one. */
    void keepTogether(float heightPt) throws IOException {
        if (heightPt > roomPt() && y < TOP_PT) {
            newPage();
        }
    }

    void space(float pt) {
        y -= pt;
    }

    /** A section heading, kept on the same page as the first {@code followingPt} points of its section. */
    void heading(String text, float followingPt) throws IOException {
        keepTogether(20 + followingPt);
        space(6);
        paragraph(text, Style.BOLD, 12, Color.BLACK, 0);
        space(2);
    }

    /** Wrapped text, indented by {@code indentPt}. */
    void paragraph(String text, Style style, float sizePt, Color colour, float indentPt) throws IOException {
        float leading = sizePt * 1.3f;
        for (String line : wrap(text, style, sizePt, CONTENT_WIDTH_PT - indentPt)) {
            keepTogether(leading);
            y -= leading;
            show(line, style, sizePt, colour, MARGIN_PT + indentPt, y + 0.25f * sizePt);
        }
    }

    /** A bulleted, wrapped paragraph. */
    void bullet(String text, float sizePt) throws IOException {
        float leading = sizePt * 1.3f;
        List<String> lines = wrap(text, Style.REGULAR, sizePt, CONTENT_WIDTH_PT - 12);
        keepTogether(leading * Math.min(lines.size(), 2));
        for (int i = 0; i < lines.size(); i++) {
            keepTogether(leading);
            y -= leading;
            if (i == 0) {
                show("\u2022", Style.REGULAR, sizePt, Color.BLACK, MARGIN_PT + 2, y + 0.25f * sizePt);
            }
            show(lines.get(i), Style.REGULAR, sizePt, Color.BLACK, MARGIN_PT + 12, y + 0.25f * sizePt);
        }
    }

    /**
     * One table row: each cell wrapped within its column; the row is as tall as its tallest cell and never split
     * across pages.
     *
     * @param columnWidthsPt widths of the columns, summing to at most the content width
     * @param ruleBelow      draws a thin line under the row
     */
    void row(float[] columnWidthsPt, List<Cell> cells, float sizePt, boolean ruleBelow) throws IOException {
        float leading = sizePt * 1.3f;
        List<List<String>> wrapped = new ArrayList<>();
        int lines = 1;
        for (int i = 0; i < cells.size(); i++) {
            Cell c = cells.get(i);
            List<String> w = wrap(c.text(), c.style(), sizePt, columnWidthsPt[i] - 6);
            wrapped.add(w);
            lines = Math.max(lines, w.size());
        }
        float height = lines * leading + 3;
        keepTogether(height);
        float x = MARGIN_PT;
        for (int i = 0; i < cells.size(); i++) {
            Cell c = cells.get(i);
            float lineY = y;
            for (String line : wrapped.get(i)) {
                lineY -= leading;
                show(line, c.style(), sizePt, c.colour(), x, lineY + 0.25f * sizePt);
            }
            x += columnWidthsPt[i];
        }
        y -= height;
        if (ruleBelow) {
            stream.setStrokingColor(new Color(0xbb, 0xbb, 0xbb));
            stream.setLineWidth(0.5f);
            stream.moveTo(MARGIN_PT, y + 1.5f);
            stream.lineTo(MARGIN_PT + sum(columnWidthsPt), y + 1.5f);
            stream.stroke();
        }
    }

    /** An image at the full content width (or narrower to keep its aspect within {@code maxHeightPt}). */
    void image(BufferedImage image, float maxHeightPt) throws IOException {
        float w = CONTENT_WIDTH_PT;
        float h = w * image.getHeight() / image.getWidth();
        if (h > maxHeightPt) {
            w *= maxHeightPt / h;
            h = maxHeightPt;
        }
        keepTogether(h + 4);
        y -= h + 4;
        stream.drawImage(LosslessFactory.createFromImage(doc, image), MARGIN_PT + (CONTENT_WIDTH_PT - w) / 2, y, w, h);
    }

    /**
     * Pictures side by side, each in a box of {@code boxWidthPt} x {@code boxHeightPt} (fitted, aspect kept), with a
     * wrapped caption under each; a missing picture is a grey box holding {@code missingText}.
     */
    void pictures(List<BufferedImage> images, List<String> captions, String missingText, float boxWidthPt,
            float boxHeightPt, float captionSizePt) throws IOException {
        float gap = (CONTENT_WIDTH_PT - images.size() * boxWidthPt) / Math.max(1, images.size() - 1);
        float leading = captionSizePt * 1.3f;
        int captionLines = 1;
        for (String c : captions) {
            captionLines = Math.max(captionLines, wrap(c, Style.REGULAR, captionSizePt, boxWidthPt).size());
        }
        keepTogether(boxHeightPt + 6 + captionLines * leading);
        float top = y;
        for (int i = 0; i < images.size(); i++) {
            float x = MARGIN_PT + i * (boxWidthPt + gap);
            BufferedImage img = images.get(i);
            if (img != null) {
                float scale = Math.min(boxWidthPt / img.getWidth(), boxHeightPt / img.getHeight());
                float w = img.getWidth() * scale;
                float h = img.getHeight() * scale;
                PDImageXObject x0 = JPEGFactory.createFromImage(doc, img, 0.88f); // photographs: JPEG is smaller
                stream.drawImage(x0, x + (boxWidthPt - w) / 2, top - h, w, h);
            } else {
                stream.setNonStrokingColor(new Color(0xee, 0xee, 0xee));
                stream.addRect(x, top - boxHeightPt, boxWidthPt, boxHeightPt);
                stream.fill();
                List<String> lines = wrap(missingText, Style.ITALIC, captionSizePt, boxWidthPt - 20);
                float ty = top - boxHeightPt / 2 + lines.size() * leading / 2;
                for (String line : lines) {
                    ty -= leading;
                    float tw = widthPt(line, Style.ITALIC, captionSizePt);
                    show(line, Style.ITALIC, captionSizePt, GREY, x + (boxWidthPt - tw) / 2, ty + 0.25f * captionSizePt);
                }
            }
            float cy = top - boxHeightPt - 4;
            for (String line : wrap(captions.get(i), Style.REGULAR, captionSizePt, boxWidthPt)) {
                cy -= leading;
                show(line, Style.REGULAR, captionSizePt, Color.BLACK, x, cy + 0.25f * captionSizePt);
            }
        }
        y = top - boxHeightPt - 6 - captionLines * leading;
    }

    /** Writes "left text ... page n of N" at the foot of every page; call once, after the content. */
    void footers(String text) throws IOException {
        stream.close();
        stream = null;
        for (int i = 0; i < pages.size(); i++) {
            try (PDPageContentStream s = new PDPageContentStream(doc, pages.get(i),
                    PDPageContentStream.AppendMode.APPEND, true)) {
                String page = "page " + (i + 1) + " of " + pages.size();
                text(s, text, Style.REGULAR, 8, GREY, MARGIN_PT, 28);
                text(s, page, Style.REGULAR, 8, GREY, PAGE_WIDTH_PT - MARGIN_PT - widthPt(page, Style.REGULAR, 8), 28);
            }
        }
    }

    int pageCount() {
        return pages.size();
    }

    float widthPt(String text, Style style, float sizePt) throws IOException {
        return fonts[style.ordinal()].getStringWidth(texts[style.ordinal()].printable(text)) / 1000 * sizePt;
    }

    /** Greedy word wrap; a word wider than the line is cut. Never returns an empty list. */
    List<String> wrap(String text, Style style, float sizePt, float widthPt) throws IOException {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.strip().split("\\s+")) {
            String candidate = line.length() == 0 ? word : line + " " + word;
            if (widthPt(candidate, style, sizePt) <= widthPt) {
                line.setLength(0);
                line.append(candidate);
                continue;
            }
            if (line.length() > 0) {
                lines.add(line.toString());
                line.setLength(0);
            }
            while (widthPt(word, style, sizePt) > widthPt && word.length() > 1) {
                int cut = word.length() - 1;
                while (cut > 1 && widthPt(word.substring(0, cut), style, sizePt) > widthPt) {
                    cut--;
                }
                lines.add(word.substring(0, cut));
                word = word.substring(cut);
            }
            line.append(word);
        }
        lines.add(line.toString());
        return lines;
    }

    private void show(String text, Style style, float sizePt, Color colour, float x, float baseline)
            throws IOException {
        text(stream, text, style, sizePt, colour, x, baseline);
    }

    private void text(PDPageContentStream s, String text, Style style, float sizePt, Color colour, float x,
            float baseline) throws IOException {
        s.beginText();
        s.setFont(fonts[style.ordinal()], sizePt);
        s.setNonStrokingColor(colour);
        s.newLineAtOffset(x, baseline);
        s.showText(texts[style.ordinal()].printable(text));
        s.endText();
    }

    private static float sum(float[] v) {
        float s = 0;
        for (float f : v) {
            s += f;
        }
        return s;
    }

    @Override
    public void close() throws IOException {
        if (stream != null) {
            stream.close();
            stream = null;
        }
    }
}
