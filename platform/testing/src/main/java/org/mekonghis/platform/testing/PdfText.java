package org.mekonghis.platform.testing;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import com.itextpdf.kernel.pdf.PdfArray;
import com.itextpdf.kernel.pdf.PdfDictionary;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfName;
import com.itextpdf.kernel.pdf.PdfReader;
import com.itextpdf.kernel.pdf.canvas.parser.PdfTextExtractor;
import com.itextpdf.kernel.pdf.canvas.parser.listener.LocationTextExtractionStrategy;

/**
 * Reads a PDF back for assertions: its text (as a reader would copy it), its pages, its metadata
 * and the fonts it uses. Tests of printed documents check what a user sees, not how it was drawn:
 *
 * <pre>{@code
 * byte[] pdf = renderer.renderPdf(document);
 * assertThat(PdfText.extract(pdf)).contains("Nguyễn Văn An");
 * assertThat(PdfText.pageCount(pdf)).isEqualTo(3);
 * }</pre>
 */
public final class PdfText {

    private static final Pattern SUBSET_PREFIX = Pattern.compile("^[A-Z]{6}\\+.*");

    private PdfText() {
    }

    /**
     * One font of a document, as found in the pages' resources.
     *
     * @param baseFont the PostScript name, with a subset tag such as {@code ABCDEF+} when subset
     * @param subtype  {@code Type0}, {@code TrueType}, {@code Type1} ...
     * @param encoding e.g. {@code Identity-H}, or null
     * @param embedded whether the font program travels in the file (FontFile, FontFile2 or FontFile3)
     * @param toUnicode whether it maps its glyphs back to Unicode, so that text can be extracted
     */
    public record Font(String baseFont, String subtype, String encoding, boolean embedded, boolean toUnicode) {
        /** Whether only the glyphs used are embedded (a six-letter tag and '+' before the name). */
        public boolean subset() {
            return SUBSET_PREFIX.matcher(baseFont).matches();
        }
    }

    /** The text of every page, pages separated by a line break. */
    public static String extract(byte[] pdf) {
        return String.join("\n", pages(pdf));
    }

    /** The text of each page, in page order. */
    public static List<String> pages(byte[] pdf) {
        try (PdfDocument doc = open(pdf)) {
            List<String> pages = new ArrayList<>();
            for (int i = 1; i <= doc.getNumberOfPages(); i++) {
                pages.add(PdfTextExtractor.getTextFromPage(doc.getPage(i), new LocationTextExtractionStrategy()));
            }
            return pages;
        }
    }

    public static int pageCount(byte[] pdf) {
        try (PdfDocument doc = open(pdf)) {
            return doc.getNumberOfPages();
        }
    }

    /** The width and height of a page in millimetres (1-based page number). */
    public static float[] pageSizeMm(byte[] pdf, int page) {
        try (PdfDocument doc = open(pdf)) {
            var size = doc.getPage(page).getPageSize();
            return new float[] {size.getWidth() * 25.4f / 72, size.getHeight() * 25.4f / 72};
        }
    }

    /** The title stored in the document's metadata, or null. */
    public static String title(byte[] pdf) {
        try (PdfDocument doc = open(pdf)) {
            return doc.getDocumentInfo().getTitle();
        }
    }

    /** The number of images drawn on a page (1-based), directly or inside form XObjects. */
    public static int imageCount(byte[] pdf, int page) {
        try (PdfDocument doc = open(pdf)) {
            return countImages(doc.getPage(page).getResources().getPdfObject(), 0);
        }
    }

    /** The fonts used on any page, each once, by base font name. */
    public static List<Font> fonts(byte[] pdf) {
        try (PdfDocument doc = open(pdf)) {
            Map<String, Font> fonts = new LinkedHashMap<>();
            for (int i = 1; i <= doc.getNumberOfPages(); i++) {
                PdfDictionary resources = doc.getPage(i).getResources().getPdfObject();
                collectFonts(resources, fonts, 0);
            }
            return List.copyOf(fonts.values());
        }
    }

    private static void collectFonts(PdfDictionary resources, Map<String, Font> fonts, int depth) {
        if (resources == null || depth > 5) {
            return;
        }
        PdfDictionary fontDict = resources.getAsDictionary(PdfName.Font);
        if (fontDict != null) {
            for (PdfName key : fontDict.keySet()) {
                PdfDictionary font = fontDict.getAsDictionary(key);
                if (font != null) {
                    Font f = describe(font);
                    fonts.putIfAbsent(f.baseFont(), f);
                }
            }
        }
        PdfDictionary xObjects = resources.getAsDictionary(PdfName.XObject);
        if (xObjects != null) {
            for (PdfName key : xObjects.keySet()) {
                var stream = xObjects.getAsStream(key);
                if (stream != null && PdfName.Form.equals(stream.getAsName(PdfName.Subtype))) {
                    collectFonts(stream.getAsDictionary(PdfName.Resources), fonts, depth + 1);
                }
            }
        }
    }

    private static int countImages(PdfDictionary resources, int depth) {
        if (resources == null || depth > 5) {
            return 0;
        }
        int count = 0;
        PdfDictionary xObjects = resources.getAsDictionary(PdfName.XObject);
        if (xObjects != null) {
            for (PdfName key : xObjects.keySet()) {
                var stream = xObjects.getAsStream(key);
                if (stream == null) {
                    continue;
                }
                PdfName subtype = stream.getAsName(PdfName.Subtype);
                if (PdfName.Image.equals(subtype)) {
                    count++;
                } else if (PdfName.Form.equals(subtype)) {
                    count += countImages(stream.getAsDictionary(PdfName.Resources), depth + 1);
                }
            }
        }
        return count;
    }

    private static Font describe(PdfDictionary font) {
        PdfName baseFont = font.getAsName(PdfName.BaseFont);
        PdfName subtype = font.getAsName(PdfName.Subtype);
        PdfName encoding = font.getAsName(PdfName.Encoding);
        PdfDictionary descriptor = font.getAsDictionary(PdfName.FontDescriptor);
        PdfArray descendants = font.getAsArray(PdfName.DescendantFonts);
        if (descriptor == null && descendants != null && !descendants.isEmpty()) {
            descriptor = descendants.getAsDictionary(0).getAsDictionary(PdfName.FontDescriptor);
        }
        boolean embedded = descriptor != null && (descriptor.containsKey(PdfName.FontFile)
                || descriptor.containsKey(PdfName.FontFile2) || descriptor.containsKey(PdfName.FontFile3));
        return new Font(baseFont == null ? "" : baseFont.getValue(), subtype == null ? null : subtype.getValue(),
                encoding == null ? null : encoding.getValue(), embedded, font.containsKey(PdfName.ToUnicode));
    }

    private static PdfDocument open(byte[] pdf) {
        if (pdf == null || pdf.length == 0) {
            throw new IllegalArgumentException("no PDF bytes");
        }
        try {
            return new PdfDocument(new PdfReader(new ByteArrayInputStream(pdf)));
        } catch (IOException e) {
            throw new UncheckedIOException("not a readable PDF", e);
        }
    }
}
