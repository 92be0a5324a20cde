package org.medius.export.report;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * Makes any text printable with a standard-14 PDF font (WinAnsi encoding): characters the font cannot encode are
 * replaced by a close ASCII spelling (minus sign to "-", "≤" to "<=", "→" to "->"), or by "?" when there is none,
 * so that a user's notes or a file name never make the report fail. Tabs and line breaks become spaces.
 */
final class PdfText {
    private static final Map<Integer, String> SPELLINGS = Map.ofEntries(
            Map.entry(0x2212, "-"), Map.entry(0x2010, "-"), Map.entry(0x2011, "-"), Map.entry(0x2264, "<="),
            Map.entry(0x2265, ">="), Map.entry(0x2192, "->"), Map.entry(0x2190, "<-"), Map.entry(0x2248, "~"),
            Map.entry(0x2260, "!="), Map.entry(0x2009, " "), Map.entry(0x202F, " "), Map.entry(0x00A0, " "),
            Map.entry(0x2032, "'"), Map.entry(0x2033, "\""), Map.entry(0x221E, "inf"), Map.entry(0x0394, "delta "));

    private final PDFont font;
    private final Map<Integer, Boolean> encodable = new HashMap<>();

    PdfText(PDFont font) {
        this.font = font;
    }

    /** The text with every character the font cannot show replaced. */
    String printable(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> {
            if (cp == '\t' || cp == '\n' || cp == '\r') {
                out.append(' ');
            } else if (canEncode(cp)) {
                out.appendCodePoint(cp);
            } else {
                out.append(SPELLINGS.getOrDefault(cp, "?"));
            }
        });
        return out.toString();
    }

    private boolean canEncode(int codePoint) {
        return encodable.computeIfAbsent(codePoint, cp -> {
            if (Character.isISOControl(cp)) {
                return false;
            }
            try {
                font.encode(new String(Character.toChars(cp)));
                return true;
            } catch (IllegalArgumentException | IOException e) {
                return false; // not in the font's encoding: replaced
            }
        });
    }
}
