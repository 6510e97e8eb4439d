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
import java.util.ArrayList;
import java.util.List;

/**
 * Text in Hindi for the service's PDFs, drawn as a reader expects it: Java's own text layout shapes the Devanagari (a
 * vowel sign before its consonant, conjuncts, reph: कि, श्री, क्रेडिट) with Noto Sans Devanagari, shipped with the
 * service ({@code fonts/}, SIL Open Font License), and each glyph is put where the layout puts it; Latin letters go in
 * Helvetica. OpenPDF's own shaping ({@code LayoutProcessor}) is switched on for the whole JVM and then fails on every
 * cached built-in font, the invoice's Helvetica among them: this draws per cell instead, and touches nothing else.
 */
public final class ShapedText {
    private static final FontRenderContext LAYOUT = new FontRenderContext(null, false, true);
    private static final Face REGULAR = Face.load("fonts/NotoSansDevanagari-Regular.ttf", BaseFont.HELVETICA);
    private static final Face BOLD = Face.load("fonts/NotoSansDevanagari-Bold.ttf", BaseFont.HELVETICA_BOLD);

    private ShapedText() {
    }

    /** One weight: the Devanagari font as Java lays it out and as the PDF embeds it, and its Latin companion. */
    private record Face(Font layout, BaseFont devanagari, BaseFont latin) {
        static Face load(String resource, String latin) {
            try (InputStream in = ShapedText.class.getClassLoader().getResourceAsStream(resource)) {
                byte[] ttf = in.readAllBytes();
                return new Face(Font.createFont(Font.TRUETYPE_FONT, new java.io.ByteArrayInputStream(ttf)),
                        BaseFont.createFont(resource, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, false, ttf, null),
                        BaseFont.createFont(latin, BaseFont.WINANSI, BaseFont.NOT_EMBEDDED, false, null, null));
            } catch (IOException | java.awt.FontFormatException | com.lowagie.text.DocumentException | NullPointerException e) {
                throw new IllegalStateException("font " + resource + " could not be loaded", e);
            }
        }
    }

    /** A stretch of the text in one script: Devanagari (with the rupee sign and joiners), or anything else. */
    private record Run(String text, boolean devanagari) {
    }

    /** A table cell holding {@code text}, {@code size} points, left or right aligned. */
    public static PdfPCell cell(String text, float size, boolean bold, boolean right) {
        PdfPCell cell = new PdfPCell();
        cell.setMinimumHeight(size * 2.1f);
        cell.setCellEvent(new Drawn(text, size, bold ? BOLD : REGULAR, right));
        return cell;
    }

    /** The same text as a line of its own, without a border. */
    public static PdfPCell line(String text, float size, boolean bold) {
        PdfPCell cell = cell(text, size, bold, false);
        cell.setBorder(Rectangle.NO_BORDER);
        return cell;
    }

    private record Drawn(String text, float size, Face face, boolean right) implements PdfPCellEvent {
        @Override
        public void cellLayout(PdfPCell cell, Rectangle position, PdfContentByte[] canvases) {
            PdfContentByte canvas = canvases[com.lowagie.text.pdf.PdfPTable.TEXTCANVAS];
            List<Run> runs = runs(text);
            float width = 0;
            for (Run run : runs) {
                width += width(run);
            }
            float padding = 3;
            float x = right ? position.getRight() - padding - width : position.getLeft() + padding;
            float baseline = position.getTop() - padding - size * 1.15f;
            for (Run run : runs) {
                x += draw(canvas, run, x, baseline);
            }
        }

        private float width(Run run) {
            return run.devanagari() ? (float) glyphs(run).getLogicalBounds().getWidth() : face.latin().getWidthPoint(run.text(), size);
        }

        private GlyphVector glyphs(Run run) {
            char[] chars = run.text().toCharArray();
            return face.layout().deriveFont(size).layoutGlyphVector(LAYOUT, chars, 0, chars.length, Font.LAYOUT_LEFT_TO_RIGHT);
        }

        /** @return how far the pen moved */
        private float draw(PdfContentByte canvas, Run run, float x, float baseline) {
            canvas.beginText();
            if (!run.devanagari()) {
                canvas.setFontAndSize(face.latin(), size);
                canvas.setTextMatrix(x, baseline);
                canvas.showText(run.text());
                canvas.endText();
                return face.latin().getWidthPoint(run.text(), size);
            }
            GlyphVector glyphs = glyphs(run);
            canvas.setFontAndSize(face.devanagari(), size);
            for (int glyph = 0; glyph < glyphs.getNumGlyphs(); glyph++) {
                Point2D at = glyphs.getGlyphPosition(glyph);
                canvas.setTextMatrix(x + (float) at.getX(), baseline - (float) at.getY());
                canvas.showText(glyphs, glyph, glyph + 1);
            }
            canvas.endText();
            return (float) glyphs.getLogicalBounds().getWidth();
        }
    }

    static List<Run> runs(String text) {
        List<Run> runs = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        Boolean devanagari = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean inDevanagari = isDevanagari(c) || (c == ' ' && Boolean.TRUE.equals(devanagari));
            if (devanagari != null && inDevanagari != devanagari) {
                runs.add(new Run(current.toString(), devanagari));
                current.setLength(0);
            }
            devanagari = inDevanagari;
            current.append(c);
        }
        if (!current.isEmpty()) {
            runs.add(new Run(current.toString(), devanagari));
        }
        return runs;
    }

    private static boolean isDevanagari(char c) {
        return (c >= '\u0900' && c <= '\u097F') || (c >= '\uA8E0' && c <= '\uA8FF') || c == '\u20B9' || c == '\u200C' || c == '\u200D';
    }
}
