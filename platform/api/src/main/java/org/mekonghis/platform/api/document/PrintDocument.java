package org.mekonghis.platform.api.document;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A printable document: page format, metadata, an optional running header and footer with page
 * numbers, and {@linkplain Block blocks} laid out top to bottom. Immutable and safe to share;
 * render it with the {@link DocumentRenderer} service.
 *
 * <pre>{@code
 * PrintDocument ticket = PrintDocument.builder(PageFormat.A5)
 *         .title("Phiếu khám bệnh")
 *         .heading("PHIẾU KHÁM BỆNH")
 *         .keyValues(LabeledValue.of("Họ và tên:", "Nguyễn Văn An"), LabeledValue.of("Số thứ tự:", "12"))
 *         .signatures(SignatureBlock.of(VietnameseFormats.longDate(null, today), null, "Người lập phiếu"))
 *         .build();
 * byte[] pdf = renderer.renderPdf(ticket);
 * }</pre>
 *
 * <p>Every text given is printed as is (normalised to Unicode NFC): callers translate labels
 * with {@code Messages} and format money and dates themselves, e.g. with {@link VietnameseFormats}.
 *
 * @since 1.0
 */
public final class PrintDocument {

    private final PageFormat format;
    private final String title;
    private final String author;
    private final String subject;
    private final Locale language;
    private final String header;
    private final String footer;
    private final String pageNumbers;
    private final List<Block> blocks;

    private PrintDocument(Builder b) {
        this.format = b.format;
        this.title = b.title;
        this.author = b.author;
        this.subject = b.subject;
        this.language = b.language;
        this.header = b.header;
        this.footer = b.footer;
        this.pageNumbers = b.pageNumbers;
        this.blocks = List.copyOf(b.blocks);
    }

    /** A new document on {@code format} paper. */
    public static Builder builder(PageFormat format) {
        return new Builder(format);
    }

    public PageFormat format() {
        return format;
    }

    /** The title stored in the PDF's metadata (shown by viewers as the window title); not printed by itself. */
    public String title() {
        return title;
    }

    /** The author stored in the PDF's metadata, e.g. the hospital's name. */
    public Optional<String> author() {
        return Optional.ofNullable(author);
    }

    /** The subject stored in the PDF's metadata. */
    public Optional<String> subject() {
        return Optional.ofNullable(subject);
    }

    /** The language of the text, stored in the PDF (Vietnamese unless set). */
    public Locale language() {
        return language;
    }

    /** The text printed at the top of every page, centred, in small type. */
    public Optional<String> header() {
        return Optional.ofNullable(header);
    }

    /** The text printed at the bottom left of every page, in small type. */
    public Optional<String> footer() {
        return Optional.ofNullable(footer);
    }

    /** The page number pattern given to {@link Builder#pageNumbers}. */
    public Optional<String> pageNumbers() {
        return Optional.ofNullable(pageNumbers);
    }

    /**
     * The page number text for one page, e.g. "Trang 2/3", or empty when the document has no
     * page numbers.
     */
    public Optional<String> pageNumberText(int page, int pageCount) {
        return pageNumbers().map(p -> p.replace("{0}", Integer.toString(page)).replace("{1}", Integer.toString(pageCount)));
    }

    public List<Block> blocks() {
        return blocks;
    }

    @Override
    public String toString() {
        return "PrintDocument[" + format + ", " + blocks.size() + " blocks]";
    }

    /**
     * Collects the parts of a {@link PrintDocument}. Each method checks its arguments at once and
     * throws {@link IllegalArgumentException} with a message naming what is wrong. Not thread-safe.
     */
    public static final class Builder {
        private final PageFormat format;
        private String title;
        private String author;
        private String subject;
        private Locale language = Locale.forLanguageTag("vi-VN");
        private String header;
        private String footer;
        private String pageNumbers;
        private final List<Block> blocks = new ArrayList<>();

        private Builder(PageFormat format) {
            if (format == null) {
                throw new IllegalArgumentException("HIS-0200: page format is required");
            }
            this.format = format;
        }

        /** The title for the PDF's metadata; required and not blank. */
        public Builder title(String title) {
            String t = Texts.required(title, "document title");
            if (t.isBlank()) {
                throw new IllegalArgumentException("HIS-0201: document title must not be blank");
            }
            this.title = t;
            return this;
        }

        /** The author for the PDF's metadata (null for none). */
        public Builder author(String author) {
            this.author = Texts.optional(author);
            return this;
        }

        /** The subject for the PDF's metadata (null for none). */
        public Builder subject(String subject) {
            this.subject = Texts.optional(subject);
            return this;
        }

        /** The language of the text (default Vietnamese, {@code vi-VN}). */
        public Builder language(Locale language) {
            if (language == null) {
                throw new IllegalArgumentException("HIS-0200: language is required");
            }
            this.language = language;
            return this;
        }

        /** Text at the top of every page (null for none). */
        public Builder header(String text) {
            this.header = Texts.optional(text);
            return this;
        }

        /** Text at the bottom left of every page (null for none). */
        public Builder footer(String text) {
            this.footer = Texts.optional(text);
            return this;
        }

        /**
         * Page numbers at the bottom right of every page: {@code pattern} with {@code {0}} for the
         * page and {@code {1}} for the number of pages, e.g. "Trang {0}/{1}" or "Page {0} of {1}"
         * (take it from your translations). Null for none.
         */
        public Builder pageNumbers(String pattern) {
            String p = Texts.optional(pattern);
            if (p != null && !p.contains("{0}")) {
                throw new IllegalArgumentException("HIS-0207: page number pattern must contain {0} for the page number");
            }
            this.pageNumbers = p;
            return this;
        }

        /** Adds any block. */
        public Builder add(Block block) {
            if (block == null) {
                throw new IllegalArgumentException("HIS-0200: block is required");
            }
            blocks.add(block);
            return this;
        }

        /** A level-1 heading, centred: the document's printed title. */
        public Builder heading(String text) {
            return add(new Block.Heading(text, 1, Align.CENTER));
        }

        /** A heading of level 1 (centred), 2 or 3 (left). */
        public Builder heading(String text, int level) {
            return add(new Block.Heading(text, level, level == 1 ? Align.CENTER : Align.LEFT));
        }

        public Builder heading(String text, int level, Align align) {
            return add(new Block.Heading(text, level, align));
        }

        /** A paragraph of regular, left-aligned body text. */
        public Builder paragraph(String text) {
            return add(new Block.Paragraph(text, TextStyle.NORMAL));
        }

        public Builder paragraph(String text, TextStyle style) {
            return add(new Block.Paragraph(text, style));
        }

        /** Label/value pairs, one pair per row. */
        public Builder keyValues(LabeledValue... entries) {
            return keyValues(1, entries == null ? null : Arrays.asList(entries));
        }

        /** Label/value pairs, {@code perRow} (1 to 3) pairs side by side. */
        public Builder keyValues(int perRow, List<LabeledValue> entries) {
            return add(new Block.KeyValues(entries, perRow));
        }

        public Builder table(TableSpec table) {
            return add(table);
        }

        /**
         * A PNG or JPEG image {@code widthMm} wide (height in proportion); scaled down if wider
         * than the space between the margins.
         */
        public Builder image(byte[] pngOrJpeg, float widthMm, Align align) {
            return add(new Block.Image(pngOrJpeg, widthMm, align));
        }

        /** A centred PNG or JPEG image. */
        public Builder image(byte[] pngOrJpeg, float widthMm) {
            return image(pngOrJpeg, widthMm, Align.CENTER);
        }

        /** Empty vertical space. */
        public Builder spacer(float heightMm) {
            return add(new Block.Spacer(heightMm));
        }

        public Builder pageBreak() {
            return add(new Block.PageBreak());
        }

        /** A thin solid line. */
        public Builder rule() {
            return add(new Block.Rule(false));
        }

        /** A thin dashed line, as on receipts. */
        public Builder dashedRule() {
            return add(new Block.Rule(true));
        }

        public Builder signatures(SignatureBlock signatures) {
            return add(signatures);
        }

        /**
         * @throws IllegalArgumentException when the title is missing or no block was added
         */
        public PrintDocument build() {
            if (title == null) {
                throw new IllegalArgumentException("HIS-0201: document title is required");
            }
            if (blocks.isEmpty()) {
                throw new IllegalArgumentException("HIS-0202: a document needs at least one block");
            }
            return new PrintDocument(this);
        }
    }
}
