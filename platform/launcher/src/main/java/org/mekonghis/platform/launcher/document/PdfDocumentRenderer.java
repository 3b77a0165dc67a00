package org.mekonghis.platform.launcher.document;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;

import com.itextpdf.io.image.ImageData;
import com.itextpdf.io.image.ImageDataFactory;
import com.itextpdf.kernel.geom.PageSize;
import com.itextpdf.kernel.geom.Rectangle;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfDocumentInfo;
import com.itextpdf.kernel.pdf.PdfString;
import com.itextpdf.kernel.pdf.PdfViewerPreferences;
import com.itextpdf.kernel.pdf.PdfWriter;
import com.itextpdf.kernel.pdf.WriterProperties;
import com.itextpdf.kernel.pdf.canvas.draw.DashedLine;
import com.itextpdf.kernel.pdf.canvas.draw.SolidLine;
import com.itextpdf.layout.Document;
import com.itextpdf.layout.borders.Border;
import com.itextpdf.layout.element.AreaBreak;
import com.itextpdf.layout.element.Cell;
import com.itextpdf.layout.element.Div;
import com.itextpdf.layout.element.IBlockElement;
import com.itextpdf.layout.element.Image;
import com.itextpdf.layout.element.LineSeparator;
import com.itextpdf.layout.element.Paragraph;
import com.itextpdf.layout.element.Table;
import com.itextpdf.layout.element.Text;
import com.itextpdf.layout.layout.LayoutArea;
import com.itextpdf.layout.properties.AreaBreakType;
import com.itextpdf.layout.properties.HorizontalAlignment;
import com.itextpdf.layout.properties.TextAlignment;
import com.itextpdf.layout.properties.UnitValue;
import com.itextpdf.layout.properties.VerticalAlignment;

import org.mekonghis.platform.api.document.Align;
import org.mekonghis.platform.api.document.Block;
import org.mekonghis.platform.api.document.DocumentRenderer;
import org.mekonghis.platform.api.document.LabeledValue;
import org.mekonghis.platform.api.document.PrintDocument;
import org.mekonghis.platform.api.document.SignatureBlock;
import org.mekonghis.platform.api.document.TableSpec;
import org.mekonghis.platform.api.document.TextStyle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Renders the document model with iText. One instance serves the whole platform; the fonts are
 * parsed when it is created.
 *
 * <p>Pages are laid out first and drawn at the end, so that the running header, footer and
 * "page x of y" can be added to every page once the page count is known. A receipt roll is laid
 * out twice: once on pages of the longest allowed length to measure each page's content, then
 * on pages cut to that length.
 */
public final class PdfDocumentRenderer implements DocumentRenderer {
    private static final Logger LOG = LoggerFactory.getLogger(PdfDocumentRenderer.class);
    private static final float MM = PageLayout.MM;
    /** Slack added to a measured receipt page, so that rounding never pushes its last line onward. */
    private static final float MEASURE_SLACK = 2;

    private volatile EmbeddedFonts fonts;

    /** The fonts are parsed at the first rendering, not when the platform starts. */
    public PdfDocumentRenderer() {
    }

    private EmbeddedFonts fonts() {
        EmbeddedFonts f = fonts;
        if (f == null) {
            synchronized (this) {
                f = fonts;
                if (f == null) {
                    long started = System.nanoTime();
                    f = EmbeddedFonts.dejaVuSans();
                    fonts = f;
                    LOG.debug("Document fonts loaded in {} ms", (System.nanoTime() - started) / 1_000_000);
                }
            }
        }
        return f;
    }

    @Override
    public byte[] renderPdf(PrintDocument document) {
        if (document == null) {
            throw new IllegalArgumentException("HIS-0200: document is required");
        }
        long started = System.nanoTime();
        PageLayout layout = PageLayout.of(document.format());
        EmbeddedFonts fonts = fonts();
        try {
            List<Float> heights = null;
            if (document.format().continuous()) {
                Pass measure = new Pass(fonts, document, layout, null, OutputStream.nullOutputStream());
                heights = measure.run();
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream(32 * 1024);
            Pass pass = new Pass(fonts, document, layout, heights, out);
            pass.run();
            byte[] pdf = out.toByteArray();
            LOG.debug("Rendered a {} document: {} pages, {} bytes in {} ms", document.format(), pass.pages,
                    pdf.length, (System.nanoTime() - started) / 1_000_000);
            return pdf;
        } catch (IllegalArgumentException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new IllegalStateException("HIS-0210: rendering a " + document.format() + " document failed: " + e, e);
        }
    }

    /** One layout of the document into a PDF. */
    private static final class Pass {
        private final EmbeddedFonts fonts;
        private final PrintDocument model;
        private final PageLayout layout;
        /** Page heights of a receipt (from the measuring pass), or null: the format's height for every page. */
        private final List<Float> heights;
        private final PdfDocument pdf;
        private final Document document;
        private final EmbeddedFonts.Faces faces;
        private int pages;

        Pass(EmbeddedFonts fonts, PrintDocument model, PageLayout layout, List<Float> heights, OutputStream out) {
            this.fonts = fonts;
            this.faces = fonts.newFaces();
            this.model = model;
            this.layout = layout;
            this.heights = heights;
            this.pdf = new PdfDocument(new PdfWriter(out, new WriterProperties().setFullCompressionMode(true)));
            PdfDocumentInfo info = pdf.getDocumentInfo();
            info.setTitle(model.title());
            model.author().ifPresent(info::setAuthor);
            model.subject().ifPresent(info::setSubject);
            info.setCreator("Mekong HIS");
            pdf.getCatalog().setLang(new PdfString(model.language().toLanguageTag()));
            pdf.getCatalog().setViewerPreferences(new PdfViewerPreferences().setDisplayDocTitle(true));
            PageSize first = new PageSize(layout.width(), heightOf(1));
            this.document = new Document(pdf, first, false);
            document.setRenderer(new SizedPages(document));
            // room for the running header and footer lines, outside the laid-out content
            float headerSpace = model.header().isPresent() ? layout.small() * 1.6f + 2 * MM : 0;
            float footerSpace = model.footer().isPresent() || model.pageNumbers().isPresent()
                    ? layout.small() * 1.6f + 2 * MM : 0;
            document.setMargins(layout.top() + headerSpace, layout.right(), layout.bottom() + footerSpace, layout.left());
            document.setFont(faces.regular());
            document.setFontSize(layout.body());
        }

        private float heightOf(int page) {
            if (heights == null || heights.isEmpty()) {
                return layout.height();
            }
            return page <= heights.size() ? heights.get(page - 1) : layout.height();
        }

        /**
         * Lays out, decorates and writes the document. Returns the height each page needs for its
         * content (meaningful for the measuring pass, whose pages all have the longest length).
         */
        List<Float> run() {
            List<Float> measured = new ArrayList<>();
            float contentTop = layout.height() - document.getTopMargin();
            int lastPage = 1;
            float lastTop = contentTop;
            for (Block block : model.blocks()) {
                if (block instanceof Block.PageBreak) {
                    measured.add(pageHeight(contentTop - lastTop));
                    document.add(new AreaBreak(AreaBreakType.NEXT_PAGE));
                    lastPage++;
                    lastTop = contentTop;
                    continue;
                }
                document.add(element(block));
                LayoutArea area = document.getRenderer().getCurrentArea();
                if (area != null) {
                    while (lastPage < area.getPageNumber()) {
                        measured.add(layout.height()); // filled to the bottom: the content went on
                        lastPage++;
                    }
                    lastTop = area.getBBox().getTop();
                }
            }
            measured.add(pageHeight(contentTop - lastTop));
            pages = pdf.getNumberOfPages();
            decorate();
            synchronized (fonts.subsetLock()) {
                document.close();
            }
            return measured;
        }

        private float pageHeight(float used) {
            float h = document.getTopMargin() + used + document.getBottomMargin() + MEASURE_SLACK;
            return Math.min(layout.height(), Math.max(h, 30 * MM));
        }

        private void decorate() {
            for (int i = 1; i <= pages; i++) {
                Rectangle size = pdf.getPage(i).getPageSize();
                int page = i;
                model.header().ifPresent(text -> document.showTextAligned(small(text), size.getWidth() / 2,
                        size.getTop() - layout.top(), page, TextAlignment.CENTER, VerticalAlignment.TOP, 0));
                model.footer().ifPresent(text -> document.showTextAligned(small(text), layout.left(),
                        size.getBottom() + layout.bottom(), page, TextAlignment.LEFT, VerticalAlignment.BOTTOM, 0));
                model.pageNumberText(i, pages).ifPresent(text -> document.showTextAligned(small(text),
                        size.getWidth() - layout.right(), size.getBottom() + layout.bottom(), page, TextAlignment.RIGHT,
                        VerticalAlignment.BOTTOM, 0));
            }
        }

        private Paragraph small(String text) {
            return new Paragraph(text).setFont(faces.regular()).setFontSize(layout.small()).setMargin(0);
        }

        private IBlockElement element(Block block) {
            return switch (block) {
                case Block.Heading h -> heading(h);
                case Block.Paragraph p -> paragraph(p);
                case Block.KeyValues kv -> keyValues(kv);
                case TableSpec t -> table(t);
                case Block.Image i -> new Div().add(image(i)).setMargin(0).setPadding(0);
                case Block.Spacer s -> new Div().setHeight(s.heightMm() * MM).setMargin(0).setPadding(0);
                case Block.Rule r -> new LineSeparator(r.dashed() ? new DashedLine(0.6f) : new SolidLine(0.6f))
                        .setMarginTop(3).setMarginBottom(3);
                case SignatureBlock s -> signatures(s);
                case Block.PageBreak b -> throw new IllegalStateException("page breaks are handled by run()");
            };
        }

        private Paragraph heading(Block.Heading h) {
            float factor = switch (h.level()) {
                case 1 -> 1.5f;
                case 2 -> 1.25f;
                default -> 1.1f;
            };
            return new Paragraph(h.text()).setFont(faces.bold()).setFontSize(layout.body() * factor)
                    .setTextAlignment(alignment(h.align())).setMarginTop(h.level() == 1 ? 2 : 6).setMarginBottom(4)
                    .setMultipliedLeading(1.15f);
        }

        private Paragraph paragraph(Block.Paragraph p) {
            TextStyle style = p.style();
            return new Paragraph(p.text()).setFont(faces.get(style.isBold(), style.isItalic()))
                    .setFontSize(style.size() == 0 ? layout.body() : style.size())
                    .setTextAlignment(alignment(style.align())).setMarginTop(1).setMarginBottom(3)
                    .setMultipliedLeading(1.2f);
        }

        /** Each pair as one line of text, "label value" with the value in bold; pairs side by side in equal columns. */
        private Table keyValues(Block.KeyValues kv) {
            int perRow = kv.perRow();
            Table table = new Table(UnitValue.createPercentArray(perRow)).useAllAvailableWidth().setMarginTop(2)
                    .setMarginBottom(4);
            List<LabeledValue> entries = kv.entries();
            int cells = (entries.size() + perRow - 1) / perRow * perRow;
            for (int i = 0; i < cells; i++) {
                Paragraph p = new Paragraph().setFontSize(layout.body()).setMargin(0).setMultipliedLeading(1.2f);
                if (i < entries.size()) {
                    LabeledValue e = entries.get(i);
                    p.add(new Text(e.label() + " ").setFont(faces.regular()))
                            .add(new Text(e.value()).setFont(faces.bold()));
                }
                table.addCell(new Cell().add(p).setBorder(Border.NO_BORDER).setPadding(1).setPaddingRight(4));
            }
            return table;
        }

        private Table table(TableSpec spec) {
            List<TableSpec.Column> columns = spec.columns();
            float[] widths = new float[columns.size()];
            for (int i = 0; i < widths.length; i++) {
                widths[i] = columns.get(i).width();
            }
            float size = spec.fontSize() == 0 ? layout.table() : spec.fontSize();
            Table table = new Table(UnitValue.createPercentArray(widths)).useAllAvailableWidth().setMarginTop(3)
                    .setMarginBottom(4);
            if (spec.hasHeader()) {
                for (TableSpec.Column c : columns) {
                    table.addHeaderCell(cell(c.header(), true, size, c.align(), spec.borders()));
                }
            }
            for (TableSpec.Row row : spec.rows()) {
                for (int i = 0; i < columns.size(); i++) {
                    table.addCell(cell(row.cells().get(i), row.bold(), size, columns.get(i).align(), spec.borders()));
                }
            }
            return table;
        }

        private Cell cell(String text, boolean bold, float size, Align align, boolean borders) {
            Cell cell = new Cell().add(new Paragraph(text).setFont(bold ? faces.bold() : faces.regular())
                    .setFontSize(size).setMargin(0).setMultipliedLeading(1.15f)).setTextAlignment(alignment(align))
                    .setVerticalAlignment(VerticalAlignment.MIDDLE).setPaddingTop(1).setPaddingBottom(1)
                    .setPaddingLeft(2).setPaddingRight(2);
            return borders ? cell : cell.setBorder(Border.NO_BORDER);
        }

        private Image image(Block.Image block) {
            ImageData data;
            try {
                data = ImageDataFactory.create(block.data());
            } catch (RuntimeException e) {
                throw new IllegalArgumentException("HIS-0208: " + block + " cannot be decoded: " + e.getMessage(), e);
            }
            float width = Math.min(block.widthMm() * MM, layout.textWidth());
            return new Image(data).setWidth(width).setHorizontalAlignment(horizontal(block.align())).setMarginTop(2)
                    .setMarginBottom(2);
        }

        private Table signatures(SignatureBlock block) {
            List<SignatureBlock.Signer> signers = block.signers();
            int n = signers.size();
            Table table = new Table(UnitValue.createPercentArray(n)).useAllAvailableWidth().setKeepTogether(true)
                    .setMarginTop(8);
            if (block.dateLine() != null) {
                for (int i = 0; i < n - 1; i++) {
                    table.addCell(signatureCell("", false, false));
                }
                table.addCell(signatureCell(block.dateLine(), false, true));
            }
            for (SignatureBlock.Signer s : signers) {
                table.addCell(signatureCell(s.role(), true, false));
            }
            if (block.hint() != null) {
                for (int i = 0; i < n; i++) {
                    table.addCell(signatureCell(block.hint(), false, true));
                }
            }
            float room = (layout.body() <= 8 ? 12 : 18) * MM;
            for (int i = 0; i < n; i++) {
                table.addCell(new Cell().setHeight(room).setBorder(Border.NO_BORDER));
            }
            if (signers.stream().anyMatch(s -> s.name() != null)) {
                for (SignatureBlock.Signer s : signers) {
                    table.addCell(signatureCell(s.name() == null ? "" : s.name(), true, false));
                }
            }
            return table;
        }

        private Cell signatureCell(String text, boolean bold, boolean italic) {
            return new Cell().add(new Paragraph(text).setFont(faces.get(bold, italic)).setFontSize(layout.body())
                    .setMargin(0).setMultipliedLeading(1.15f)).setTextAlignment(TextAlignment.CENTER)
                    .setBorder(Border.NO_BORDER).setPadding(1);
        }

        /** Gives each new page its measured height (receipts); other formats keep the format's size. */
        private final class SizedPages extends com.itextpdf.layout.renderer.DocumentRenderer {
            SizedPages(Document document) {
                super(document, false);
            }

            @Override
            protected PageSize addNewPage(PageSize customPageSize) {
                return super.addNewPage(new PageSize(layout.width(), heightOf(pdf.getNumberOfPages() + 1)));
            }

            @Override
            public com.itextpdf.layout.renderer.IRenderer getNextRenderer() {
                return new SizedPages(document);
            }
        }
    }

    private static TextAlignment alignment(Align align) {
        return switch (align) {
            case LEFT -> TextAlignment.LEFT;
            case CENTER -> TextAlignment.CENTER;
            case RIGHT -> TextAlignment.RIGHT;
        };
    }

    private static HorizontalAlignment horizontal(Align align) {
        return switch (align) {
            case LEFT -> HorizontalAlignment.LEFT;
            case CENTER -> HorizontalAlignment.CENTER;
            case RIGHT -> HorizontalAlignment.RIGHT;
        };
    }
}
