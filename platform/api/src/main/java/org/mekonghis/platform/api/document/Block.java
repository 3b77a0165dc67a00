package org.mekonghis.platform.api.document;

import java.util.Arrays;
import java.util.List;

/**
 * One part of a {@link PrintDocument}, laid out top to bottom. Usually created through
 * {@link PrintDocument.Builder}; each kind checks its own values when constructed, so a document
 * is valid however it was put together. Text is kept in Unicode NFC.
 *
 * <p>Only the platform's renderer takes blocks apart: new kinds may be added in a minor version.
 *
 * @since 1.0
 */
public sealed interface Block permits Block.Heading, Block.Paragraph, Block.KeyValues, TableSpec, Block.Image,
        Block.Spacer, Block.PageBreak, Block.Rule, SignatureBlock {

    /**
     * A bold title line. Level 1 is the document's title as printed (largest), 2 a section, 3 a
     * sub-section.
     */
    record Heading(String text, int level, Align align) implements Block {
        public Heading {
            text = Texts.required(text, "heading text");
            if (level < 1 || level > 3) {
                throw new IllegalArgumentException("HIS-0205: heading level must be 1, 2 or 3; got " + level);
            }
            if (align == null) {
                throw new IllegalArgumentException("HIS-0200: heading alignment is required");
            }
        }
    }

    /** Running text; a line break ({@code \n}) starts a new line within the paragraph. */
    record Paragraph(String text, TextStyle style) implements Block {
        public Paragraph {
            text = Texts.required(text, "paragraph text");
            if (style == null) {
                throw new IllegalArgumentException("HIS-0200: paragraph style is required");
            }
        }
    }

    /**
     * Label/value pairs such as "Họ và tên: Nguyễn Văn An", {@code perRow} pairs side by side
     * (1 to 3), each pair in a label column and a value column. Labels print regular, values bold.
     */
    record KeyValues(List<LabeledValue> entries, int perRow) implements Block {
        public KeyValues {
            entries = Texts.nonEmptyList(entries, "label/value pairs");
            if (perRow < 1 || perRow > 3) {
                throw new IllegalArgumentException("HIS-0205: label/value pairs per row must be 1, 2 or 3; got " + perRow);
            }
        }
    }

    /**
     * A PNG or JPEG picture (a logo, a payment QR code), {@code widthMm} wide with its height
     * in proportion; never wider than the space between the margins.
     */
    record Image(byte[] data, float widthMm, Align align) implements Block {
        /** The widest image accepted, in millimetres (the long side of A4). */
        public static final float MAX_WIDTH_MM = 297;

        public Image {
            if (data == null) {
                throw new IllegalArgumentException("HIS-0200: image data is required");
            }
            data = data.clone();
            if (mediaTypeOf(data) == null) {
                throw new IllegalArgumentException("HIS-0204: image of " + data.length
                        + " bytes is neither PNG nor JPEG");
            }
            Texts.positive(widthMm, MAX_WIDTH_MM, "image width in mm");
            if (align == null) {
                throw new IllegalArgumentException("HIS-0200: image alignment is required");
            }
        }

        /** A copy of the image file's bytes. */
        @Override
        public byte[] data() {
            return data.clone();
        }

        /** {@code image/png} or {@code image/jpeg}. */
        public String mediaType() {
            return mediaTypeOf(data);
        }

        private static String mediaTypeOf(byte[] d) {
            if (d.length >= 8 && (d[0] & 0xFF) == 0x89 && d[1] == 'P' && d[2] == 'N' && d[3] == 'G' && d[4] == 0x0D
                    && d[5] == 0x0A && d[6] == 0x1A && d[7] == 0x0A) {
                return "image/png";
            }
            if (d.length >= 3 && (d[0] & 0xFF) == 0xFF && (d[1] & 0xFF) == 0xD8 && (d[2] & 0xFF) == 0xFF) {
                return "image/jpeg";
            }
            return null;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Image i && Arrays.equals(i.data, data) && Float.compare(i.widthMm, widthMm) == 0
                    && i.align == align;
        }

        @Override
        public int hashCode() {
            return 31 * (31 * Arrays.hashCode(data) + Float.hashCode(widthMm)) + align.hashCode();
        }

        @Override
        public String toString() {
            return "Image[" + mediaType() + ", " + data.length + " bytes, " + widthMm + " mm, " + align + "]";
        }
    }

    /** Empty vertical space. */
    record Spacer(float heightMm) implements Block {
        public static final float MAX_HEIGHT_MM = 200;

        public Spacer {
            Texts.positive(heightMm, MAX_HEIGHT_MM, "spacer height in mm");
        }
    }

    /** Continues on a new page (on a receipt roll: a new receipt). */
    record PageBreak() implements Block {
    }

    /** A thin horizontal line across the text width; dashed, as receipts separate their parts. */
    record Rule(boolean dashed) implements Block {
    }
}
