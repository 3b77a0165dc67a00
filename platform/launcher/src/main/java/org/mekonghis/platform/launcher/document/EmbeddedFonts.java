package org.mekonghis.platform.launcher.document;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import com.itextpdf.io.font.FontProgram;
import com.itextpdf.io.font.FontProgramFactory;
import com.itextpdf.io.font.PdfEncodings;
import com.itextpdf.kernel.font.PdfFont;
import com.itextpdf.kernel.font.PdfFontFactory;

/**
 * The DejaVu Sans family shipped in the launcher ({@code fonts/dejavu/}, Bitstream Vera licence
 * beside it), parsed once. It covers every Vietnamese letter as a precomposed glyph.
 *
 * <p>A parsed {@link FontProgram} is shared by all documents, but iText reads the glyphs it
 * embeds through one file position per font while a document is closed; {@link #subsetLock()}
 * serialises those closes.
 */
final class EmbeddedFonts {

    private static final String FOLDER = "fonts/dejavu/";

    private final FontProgram regular;
    private final FontProgram bold;
    private final FontProgram italic;
    private final FontProgram boldItalic;
    private final Object subsetLock = new Object();

    private EmbeddedFonts(FontProgram regular, FontProgram bold, FontProgram italic, FontProgram boldItalic) {
        this.regular = regular;
        this.bold = bold;
        this.italic = italic;
        this.boldItalic = boldItalic;
    }

    static EmbeddedFonts dejaVuSans() {
        return new EmbeddedFonts(load("DejaVuSans.ttf"), load("DejaVuSans-Bold.ttf"), load("DejaVuSans-Oblique.ttf"),
                load("DejaVuSans-BoldOblique.ttf"));
    }

    private static FontProgram load(String file) {
        try (InputStream in = EmbeddedFonts.class.getClassLoader().getResourceAsStream(FOLDER + file)) {
            if (in == null) {
                throw new IllegalStateException("HIS-0211: font " + FOLDER + file + " missing from the launcher");
            }
            // cached = false: the program is kept here, not in iText's global font cache.
            return FontProgramFactory.createFont(in.readAllBytes(), false);
        } catch (IOException e) {
            throw new UncheckedIOException("HIS-0211: font " + FOLDER + file + " cannot be read", e);
        }
    }

    Object subsetLock() {
        return subsetLock;
    }

    /** The four faces as fonts of one PDF document, created when first used. */
    Faces newFaces() {
        return new Faces();
    }

    /** A document's fonts: Unicode (Identity-H) encoding, embedded as subsets. */
    final class Faces {
        private final PdfFont[] fonts = new PdfFont[4];

        PdfFont get(boolean isBold, boolean isItalic) {
            int i = (isBold ? 1 : 0) + (isItalic ? 2 : 0);
            if (fonts[i] == null) {
                FontProgram program = switch (i) {
                    case 0 -> regular;
                    case 1 -> bold;
                    case 2 -> italic;
                    default -> boldItalic;
                };
                fonts[i] = PdfFontFactory.createFont(program, PdfEncodings.IDENTITY_H,
                        PdfFontFactory.EmbeddingStrategy.FORCE_EMBEDDED);
                fonts[i].setSubset(true);
            }
            return fonts[i];
        }

        PdfFont regular() {
            return get(false, false);
        }

        PdfFont bold() {
            return get(true, false);
        }

        PdfFont italic() {
            return get(false, true);
        }
    }
}
