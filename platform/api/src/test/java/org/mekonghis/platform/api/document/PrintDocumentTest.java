package org.mekonghis.platform.api.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

class PrintDocumentTest {

    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13};
    private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 16};

    @Test
    void build_keepsBlocksInOrder_andMetadata() {
        PrintDocument doc = PrintDocument.builder(PageFormat.A5).title("Phiếu khám bệnh").author("Bệnh viện")
                .header("Đầu trang").footer("Chân trang").pageNumbers("Trang {0}/{1}")
                .heading("PHIẾU KHÁM BỆNH").paragraph("Nguyễn Văn An").spacer(5).dashedRule().pageBreak()
                .image(PNG, 30).signatures(SignatureBlock.of(null, null, "Người lập phiếu")).build();

        assertThat(doc.format()).isEqualTo(PageFormat.A5);
        assertThat(doc.title()).isEqualTo("Phiếu khám bệnh");
        assertThat(doc.author()).contains("Bệnh viện");
        assertThat(doc.subject()).isEmpty();
        assertThat(doc.language().toLanguageTag()).isEqualTo("vi-VN");
        assertThat(doc.pageNumberText(2, 3)).contains("Trang 2/3");
        assertThat(doc.blocks()).extracting(b -> b.getClass().getSimpleName()).containsExactly("Heading", "Paragraph",
                "Spacer", "Rule", "PageBreak", "Image", "SignatureBlock");
        assertThat(doc.blocks().get(0)).isEqualTo(new Block.Heading("PHIẾU KHÁM BỆNH", 1, Align.CENTER));
        assertThat(doc.blocks().get(3)).isEqualTo(new Block.Rule(true));
    }

    @Test
    void withoutPageNumbers_thereIsNoPageNumberText() {
        PrintDocument doc = PrintDocument.builder(PageFormat.A4).title("x").paragraph("y").build();

        assertThat(doc.pageNumberText(1, 1)).isEmpty();
        assertThat(doc.header()).isEmpty();
    }

    @Test
    void text_isNormalisedToNfc() {
        String nfd = Normalizer.normalize("Nguyễn Văn An", Normalizer.Form.NFD);

        PrintDocument doc = PrintDocument.builder(PageFormat.A4).title(nfd).paragraph(nfd)
                .keyValues(LabeledValue.of(nfd, nfd))
                .table(TableSpec.builder().column(nfd, 1).row(nfd).build()).build();

        assertThat(doc.title()).isEqualTo("Nguyễn Văn An");
        assertThat(((Block.Paragraph) doc.blocks().get(0)).text()).isEqualTo("Nguyễn Văn An");
        assertThat(((Block.KeyValues) doc.blocks().get(1)).entries().get(0))
                .isEqualTo(LabeledValue.of("Nguyễn Văn An", "Nguyễn Văn An"));
        TableSpec table = (TableSpec) doc.blocks().get(2);
        assertThat(table.columns().get(0).header()).isEqualTo("Nguyễn Văn An");
        assertThat(table.rows().get(0).cells()).containsExactly("Nguyễn Văn An");
    }

    @Test
    void nullTitle_isRefused() {
        assertThatThrownBy(() -> PrintDocument.builder(PageFormat.A4).title(null))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("HIS-0200: document title is required");
        assertThatThrownBy(() -> PrintDocument.builder(PageFormat.A4).title("  "))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("HIS-0201: document title must not be blank");
    }

    @Test
    void missingTitle_orNoBlocks_isRefusedAtBuild() {
        assertThatThrownBy(() -> PrintDocument.builder(PageFormat.A4).paragraph("x").build())
                .isInstanceOf(IllegalArgumentException.class).hasMessage("HIS-0201: document title is required");
        assertThatThrownBy(() -> PrintDocument.builder(PageFormat.A4).title("x").build())
                .isInstanceOf(IllegalArgumentException.class).hasMessage("HIS-0202: a document needs at least one block");
        assertThatThrownBy(() -> PrintDocument.builder(null)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("HIS-0200: page format is required");
    }

    @Test
    void tableRowWithTheWrongNumberOfCells_isRefused() {
        TableSpec.Builder table = TableSpec.builder().column("STT", 1).column("Nội dung", 5).column("Thành tiền", 2)
                .row("1", "Khám bệnh", "150.000 đ");

        assertThatThrownBy(() -> table.row("2", "Xét nghiệm")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("HIS-0203: table row 2 has 2 cells; the table has 3 columns");
        assertThatThrownBy(() -> table.boldRow("", "Tổng", "150.000 đ", "?")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("HIS-0203: table row 2 has 4 cells; the table has 3 columns");
    }

    @Test
    void tableRecord_checksEveryRow() {
        List<TableSpec.Column> columns = List.of(new TableSpec.Column("A", 1, Align.LEFT),
                new TableSpec.Column("B", 1, Align.LEFT));
        List<TableSpec.Row> rows = List.of(new TableSpec.Row(List.of("1", "2"), false),
                new TableSpec.Row(List.of("1"), false));

        assertThatThrownBy(() -> new TableSpec(columns, rows, true, 0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("HIS-0203: table row 2 has 1 cells; the table has 2 columns");
    }

    @Test
    void table_nullCellsPrintEmpty_andHeaderlessTableHasNoHeader() {
        TableSpec table = TableSpec.builder().column(null, 1).column("", 2, Align.RIGHT).borders(false)
                .row("Khám bệnh", null).build();

        assertThat(table.rows().get(0).cells()).containsExactly("Khám bệnh", "");
        assertThat(table.hasHeader()).isFalse();
        assertThat(table.borders()).isFalse();
    }

    @Test
    void tableColumnsAfterRows_orRowsWithoutColumns_areRefused() {
        assertThatThrownBy(() -> TableSpec.builder().row("x")).isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith("HIS-0206:");
        assertThatThrownBy(() -> TableSpec.builder().column("A", 1).row("x").column("B", 1))
                .isInstanceOf(IllegalStateException.class).hasMessageStartingWith("HIS-0206:");
        assertThatThrownBy(() -> TableSpec.builder().build()).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("HIS-0200: table columns are required, none of them null");
        assertThatThrownBy(() -> TableSpec.builder().column("A", 0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("HIS-0205: column width");
    }

    @Test
    void imageThatIsNeitherPngNorJpeg_isRefused() {
        byte[] gif = "GIF89a......".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        PrintDocument.Builder builder = PrintDocument.builder(PageFormat.A4).title("x");

        assertThatThrownBy(() -> builder.image(gif, 30)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("HIS-0204: image of 12 bytes is neither PNG nor JPEG");
        assertThatThrownBy(() -> builder.image(new byte[0], 30)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("HIS-0204:");
        assertThatThrownBy(() -> builder.image(null, 30)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("HIS-0200: image data is required");
        assertThatThrownBy(() -> builder.image(PNG, 0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("HIS-0205: image width in mm");
    }

    @Test
    void image_knowsItsType_andCannotBeChangedFromOutside() {
        byte[] data = JPEG.clone();
        Block.Image image = new Block.Image(data, 20, Align.LEFT);
        data[0] = 0;
        image.data()[1] = 0;

        assertThat(image.mediaType()).isEqualTo("image/jpeg");
        assertThat(image.data()).isEqualTo(JPEG);
        assertThat(new Block.Image(PNG, 20, Align.LEFT).mediaType()).isEqualTo("image/png");
        assertThat(image).isEqualTo(new Block.Image(JPEG, 20, Align.LEFT)).hasSameHashCodeAs(new Block.Image(JPEG, 20, Align.LEFT));
    }

    @Test
    void blocks_areImmutable() {
        List<LabeledValue> entries = new ArrayList<>(List.of(LabeledValue.of("a", "b")));
        Block.KeyValues kv = new Block.KeyValues(entries, 1);
        entries.add(LabeledValue.of("c", "d"));

        assertThat(kv.entries()).hasSize(1);
        PrintDocument doc = PrintDocument.builder(PageFormat.A4).title("x").add(kv).build();
        assertThatThrownBy(() -> doc.blocks().add(kv)).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void outOfRangeValues_areRefused() {
        assertThatThrownBy(() -> new Block.Heading("x", 4, Align.LEFT)).hasMessageStartingWith("HIS-0205:");
        assertThatThrownBy(() -> new Block.KeyValues(List.of(LabeledValue.of("a", "b")), 4)).hasMessageStartingWith("HIS-0205:");
        assertThatThrownBy(() -> new Block.KeyValues(Arrays.asList(LabeledValue.of("a", "b"), null), 1))
                .hasMessage("HIS-0200: label/value pairs are required, none of them null");
        assertThatThrownBy(() -> new Block.Spacer(-1)).hasMessageStartingWith("HIS-0205:");
        assertThatThrownBy(() -> TextStyle.NORMAL.size(100)).hasMessageStartingWith("HIS-0205:");
        assertThatThrownBy(() -> SignatureBlock.of(null, null, "1", "2", "3", "4", "5")).hasMessageStartingWith("HIS-0205:");
        assertThatThrownBy(() -> SignatureBlock.of(null, null)).hasMessageStartingWith("HIS-0200:");
        assertThatThrownBy(() -> PrintDocument.builder(PageFormat.A4).pageNumbers("Trang"))
                .hasMessageStartingWith("HIS-0207:");
        assertThatThrownBy(() -> PrintDocument.builder(PageFormat.A4).paragraph(null))
                .hasMessage("HIS-0200: paragraph text is required");
    }

    @Test
    void textStyle_copiesOnChange() {
        TextStyle style = TextStyle.NORMAL.bold().italic().size(12).align(Align.RIGHT);

        assertThat(style.isBold()).isTrue();
        assertThat(style.isItalic()).isTrue();
        assertThat(style.size()).isEqualTo(12);
        assertThat(style.align()).isEqualTo(Align.RIGHT);
        assertThat(TextStyle.NORMAL.isBold()).isFalse();
        assertThat(TextStyle.NORMAL.size()).isZero();
        assertThat(style).isEqualTo(TextStyle.NORMAL.align(Align.RIGHT).size(12).italic().bold());
    }

    @Test
    void pageFormats_knowTheirPaper() {
        assertThat(PageFormat.A4.widthMm()).isEqualTo(210);
        assertThat(PageFormat.A4_LANDSCAPE.heightMm()).isEqualTo(210);
        assertThat(PageFormat.RECEIPT_80MM.continuous()).isTrue();
        assertThat(PageFormat.A5.continuous()).isFalse();
    }
}
