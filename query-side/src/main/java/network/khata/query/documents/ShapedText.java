package network.khata.query.documents;

import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPCellEvent;

import java.awt.Font;
import java.awt.font.FontRenderContext;
import java.awt.font.GlyphVector;
import java.awt.geom.Point2D;
import java.io.IOException;
import java.io.InputStream;
import java.lang.Character.UnicodeScript;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Text in the scripts of India for the service's PDFs, drawn as a reader expects it: Java's own text layout shapes each
 * run of Devanagari, Bengali, Gurmukhi, Gujarati, Tamil, Telugu, Kannada or Malayalam (vowel signs before their
 * consonant, conjuncts, reph: कि, শ্রী, க்ஷ) with that script's Noto Sans font, shipped with the service
 * ({@code fonts/}, SIL Open Font License), and each glyph is put where the layout puts it; Latin letters and digits go in
 * Helvetica, the rupee sign in the Devanagari font (the other fonts lack it). OpenPDF's own shaping
 * ({@code LayoutProcessor}) is switched on for the whole JVM and then fails on every cached built-in font, the
 * invoice's Helvetica among them: this draws per cell instead, and touches nothing else.
 */
public final class ShapedText {
    private static final FontRenderContext LAYOUT = new FontRenderContext(null, false, true);
    private static final Map<UnicodeScript, String> FONTS = Map.of(UnicodeScript.DEVANAGARI, "Devanagari",
            UnicodeScript.BENGALI, "Bengali", UnicodeScript.GURMUKHI, "Gurmukhi", UnicodeScript.GUJARATI, "Gujarati",
            UnicodeScript.TAMIL, "Tamil", UnicodeScript.TELUGU, "Telugu", UnicodeScript.KANNADA, "Kannada",
            UnicodeScript.MALAYALAM, "Malayalam");
    private static final Map<String, Face> LOADED = new ConcurrentHashMap<>();
    private static final BaseFont LATIN = latin(BaseFont.HELVETICA);
    private static final BaseFont LATIN_BOLD = latin(BaseFont.HELVETICA_BOLD);

    private ShapedText() {
    }

    /** One script in one weight: the font as Java lays it out and as the PDF embeds it. */
    private record Face(Font layout, BaseFont embedded) {
        static Face of(UnicodeScript script, boolean bold) {
            String resource = "fonts/NotoSans" + FONTS.get(script) + (bold ? "-Bold" : "-Regular") + ".ttf";
            return LOADED.computeIfAbsent(resource, Face::load);
        }

        private static Face load(String resource) {
            try (InputStream in = ShapedText.class.getClassLoader().getResourceAsStream(resource)) {
                byte[] ttf = in.readAllBytes();
                return new Face(Font.createFont(Font.TRUETYPE_FONT, new java.io.ByteArrayInputStream(ttf)),
                        BaseFont.createFont(resource, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, false, ttf, null));
            } catch (IOException | java.awt.FontFormatException | com.lowagie.text.DocumentException | NullPointerException e) {
                throw new IllegalStateException("font " + resource + " could not be loaded", e);
            }
        }
    }

    private static BaseFont latin(String name) {
        try {
            return BaseFont.createFont(name, BaseFont.WINANSI, BaseFont.NOT_EMBEDDED);
        } catch (IOException | com.lowagie.text.DocumentException e) {
            throw new IllegalStateException("font " + name + " could not be loaded", e);
        }
    }

    /** A stretch of the text in one script of India ({@code script}), or in Latin letters and digits (null). */
    record Run(String text, UnicodeScript script) {
    }

    /** A table cell holding {@code text}, {@code size} points, left or right aligned. */
    public static PdfPCell cell(String text, float size, boolean bold, boolean right) {
        PdfPCell cell = new PdfPCell();
        cell.setMinimumHeight(size * 2.1f);
        cell.setCellEvent(new Drawn(text, size, bold, right));
        return cell;
    }

    /** The same text as a line of its own, without a border. */
    public static PdfPCell line(String text, float size, boolean bold) {
        PdfPCell cell = cell(text, size, bold, false);
        cell.setBorder(Rectangle.NO_BORDER);
        return cell;
    }

    /** Drawn when the table lays the cell out; a text wider than the cell is drawn smaller (down to 6 pt), not cut. */
    private record Drawn(String text, float size, boolean bold, boolean right) implements PdfPCellEvent {
        private static final float PADDING = 3;
        private static final float SMALLEST = 6;

        @Override
        public void cellLayout(PdfPCell cell, Rectangle position, PdfContentByte[] canvases) {
            PdfContentByte canvas = canvases[com.lowagie.text.pdf.PdfPTable.TEXTCANVAS];
            List<Run> runs = runs(text);
            float room = position.getWidth() - 2 * PADDING;
            float width = width(runs, size);
            float fitted = width > room ? Math.max(SMALLEST, size * room / width) : size;
            if (fitted != size) {
                width = width(runs, fitted);
            }
            float x = right ? position.getRight() - PADDING - width : position.getLeft() + PADDING;
            float baseline = position.getTop() - PADDING - size * 1.15f;
            for (Run run : runs) {
                x += draw(canvas, run, fitted, x, baseline);
            }
        }

        private BaseFont latin() {
            return bold ? LATIN_BOLD : LATIN;
        }

        private float width(List<Run> runs, float points) {
            float width = 0;
            for (Run run : runs) {
                width += run.script() != null ? (float) glyphs(run, points).getLogicalBounds().getWidth()
                        : latin().getWidthPoint(run.text(), points);
            }
            return width;
        }

        private GlyphVector glyphs(Run run, float points) {
            char[] chars = run.text().toCharArray();
            return Face.of(run.script(), bold).layout().deriveFont(points)
                    .layoutGlyphVector(LAYOUT, chars, 0, chars.length, Font.LAYOUT_LEFT_TO_RIGHT);
        }

        /** @return how far the pen moved */
        private float draw(PdfContentByte canvas, Run run, float points, float x, float baseline) {
            canvas.beginText();
            if (run.script() == null) {
                canvas.setFontAndSize(latin(), points);
                canvas.setTextMatrix(x, baseline);
                canvas.showText(run.text());
                canvas.endText();
                return latin().getWidthPoint(run.text(), points);
            }
            GlyphVector glyphs = glyphs(run, points);
            canvas.setFontAndSize(Face.of(run.script(), bold).embedded(), points);
            for (int glyph = 0; glyph < glyphs.getNumGlyphs(); glyph++) {
                Point2D at = glyphs.getGlyphPosition(glyph);
                canvas.setTextMatrix(x + (float) at.getX(), baseline - (float) at.getY());
                canvas.showText(glyphs, glyph, glyph + 1);
            }
            canvas.endText();
            return (float) glyphs.getLogicalBounds().getWidth();
        }
    }

    /** The text cut where its script changes; a space stays with the run it is in, the rupee sign goes in Devanagari. */
    static List<Run> runs(String text) {
        List<Run> runs = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        UnicodeScript script = null;
        boolean started = false;
        for (int i = 0; i < text.length(); ) {
            int point = text.codePointAt(i);
            UnicodeScript here = point == ' ' && started ? script : scriptOf(point, script);
            if (started && here != script) {
                runs.add(new Run(current.toString(), script));
                current.setLength(0);
            }
            script = here;
            started = true;
            current.appendCodePoint(point);
            i += Character.charCount(point);
        }
        if (!current.isEmpty()) {
            runs.add(new Run(current.toString(), script));
        }
        return runs;
    }

    /** The script of India a character is drawn in, or null for Helvetica; joiners belong to the run they are in. */
    private static UnicodeScript scriptOf(int point, UnicodeScript current) {
        if (point == '\u20B9') {
            return UnicodeScript.DEVANAGARI;
        }
        if (point == '\u200C' || point == '\u200D') {
            return current;
        }
        UnicodeScript script = UnicodeScript.of(point);
        return FONTS.containsKey(script) ? script : null;
    }
}
