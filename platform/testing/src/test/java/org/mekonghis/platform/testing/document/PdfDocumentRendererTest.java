package org.mekonghis.platform.testing.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.mekonghis.platform.api.document.Align;
import org.mekonghis.platform.api.document.DocumentRenderer;
import org.mekonghis.platform.api.document.LabeledValue;
import org.mekonghis.platform.api.document.PageFormat;
import org.mekonghis.platform.api.document.PrintDocument;
import org.mekonghis.platform.api.document.SignatureBlock;
import org.mekonghis.platform.api.document.TableSpec;
import org.mekonghis.platform.api.document.TextStyle;
import org.mekonghis.platform.api.document.VietnameseFormats;
import org.mekonghis.platform.launcher.document.PdfDocumentRenderer;
import org.mekonghis.platform.testing.PdfText;

/**
 * The platform's PDF renderer, read back the way a user's viewer would: the text as copied, the
 * pages, the fonts and images in the file.
 */
class PdfDocumentRendererTest {

    private static final DocumentRenderer RENDERER = new PdfDocumentRenderer();

    private static final String TICKET = "Phiếu khám bệnh";
    private static final String PATIENT = "Nguyễn Văn An";
    private static final String STATEMENT = "Bảng kê chi phí khám bệnh, chữa bệnh";

    @Test
    void vietnameseText_comesBackExactlyInNfc() {
        byte[] pdf = RENDERER.renderPdf(PrintDocument.builder(PageFormat.A5).title(TICKET).author("Bệnh viện Đa khoa Cần Thơ")
                .heading(TICKET)
                .keyValues(2, List.of(LabeledValue.of("Họ và tên:", PATIENT), LabeledValue.of("Năm sinh:", "1980"),
                        LabeledValue.of("Giới tính:", "Nam"), LabeledValue.of("Số thứ tự:", "012")))
                .keyValues(LabeledValue.of("Địa chỉ:", "Phường Ninh Kiều, TP. Cần Thơ"))
                .paragraph(STATEMENT, TextStyle.NORMAL.italic())
                .paragraph("Ghi chú: ưu tiên người cao tuổi, trẻ em dưới 6 tuổi", TextStyle.NORMAL.bold().italic())
                .signatures(SignatureBlock.of(VietnameseFormats.longDate("Cần Thơ", LocalDate.of(2026, 11, 23)),
                        "(Ký, ghi rõ họ tên)", "Người lập phiếu"))
                .build());

        String text = PdfText.extract(pdf);
        assertThat(text).contains(TICKET, PATIENT, STATEMENT, "Họ và tên: " + PATIENT, "Số thứ tự: 012", "Địa chỉ: Phường Ninh Kiều, TP. Cần Thơ",
                "Ghi chú: ưu tiên người cao tuổi, trẻ em dưới 6 tuổi", "Cần Thơ, ngày 23 tháng 11 năm 2026",
                "Người lập phiếu", "(Ký, ghi rõ họ tên)");
        assertThat(Normalizer.isNormalized(text, Normalizer.Form.NFC)).isTrue();
        assertThat(PdfText.pageCount(pdf)).isEqualTo(1);
        assertThat(PdfText.title(pdf)).isEqualTo(TICKET);
        float[] size = PdfText.pageSizeMm(pdf, 1);
        assertThat(size[0]).isCloseTo(148f, org.assertj.core.data.Offset.offset(0.5f));
        assertThat(size[1]).isCloseTo(210f, org.assertj.core.data.Offset.offset(0.5f));
    }

    @Test
    void decomposedInput_printsAndExtractsAsPrecomposedLetters() {
        String decomposed = Normalizer.normalize(PATIENT, Normalizer.Form.NFD);
        assertThat(decomposed).isNotEqualTo(PATIENT);

        byte[] pdf = RENDERER.renderPdf(PrintDocument.builder(PageFormat.A4).title("NFD").paragraph(decomposed).build());

        assertThat(PdfText.extract(pdf)).contains(PATIENT);
    }

    @Test
    void everyFont_isAnEmbeddedUnicodeSubsetOfDejaVuSans() {
        byte[] pdf = RENDERER.renderPdf(PrintDocument.builder(PageFormat.A4).title(TICKET).heading(TICKET)
                .paragraph(PATIENT).paragraph(STATEMENT, TextStyle.NORMAL.italic()).build());

        List<PdfText.Font> fonts = PdfText.fonts(pdf);
        assertThat(fonts).extracting(f -> f.baseFont().substring(7))
                .containsExactlyInAnyOrder("DejaVuSans-Bold", "DejaVuSans", "DejaVuSans-Oblique");
        assertThat(fonts).allSatisfy(f -> {
            assertThat(f.subtype()).isEqualTo("Type0");
            assertThat(f.encoding()).isEqualTo("Identity-H");
            assertThat(f.embedded()).as("%s embedded", f.baseFont()).isTrue();
            assertThat(f.subset()).as("%s subset", f.baseFont()).isTrue();
            assertThat(f.toUnicode()).as("%s maps back to Unicode", f.baseFont()).isTrue();
        });
    }

    @Test
    void longTable_continuesOnNewPages_withItsHeaderAndPageNumbersOnEach() {
        TableSpec.Builder table = TableSpec.builder().column("STT", 1, Align.CENTER).column("Nội dung", 6)
                .column("Số lượng", 2, Align.RIGHT).column("Thành tiền", 3, Align.RIGHT);
        long total = 0;
        for (int i = 1; i <= 200; i++) {
            long amount = 15_000L * i;
            total += amount;
            table.row(Integer.toString(i), String.format("Dịch vụ %03d", i), "1", VietnameseFormats.money(amount));
        }
        table.boldRow("", "Tổng cộng", "", VietnameseFormats.money(total));
        byte[] pdf = RENDERER.renderPdf(PrintDocument.builder(PageFormat.A4).title(STATEMENT)
                .header("Bệnh viện Đa khoa Cần Thơ").footer(STATEMENT).pageNumbers("Trang {0}/{1}")
                .heading(STATEMENT).keyValues(LabeledValue.of("Họ và tên:", PATIENT)).table(table.build())
                .paragraph("Số tiền bằng chữ: " + VietnameseFormats.amountInWords(total))
                .build());

        List<String> pages = PdfText.pages(pdf);
        int count = pages.size();
        assertThat(count).isGreaterThanOrEqualTo(3).isEqualTo(PdfText.pageCount(pdf));
        for (int i = 0; i < count; i++) {
            String page = pages.get(i);
            assertThat(page).as("page %d", i + 1).contains("Trang " + (i + 1) + "/" + count, "Bệnh viện Đa khoa Cần Thơ",
                    STATEMENT);
            assertThat(occurrences(page, "Thành tiền")).as("header row on page %d", i + 1).isEqualTo(1);
        }
        String text = String.join("\n", pages);
        for (int i = 1; i <= 200; i++) {
            assertThat(occurrences(text, String.format("Dịch vụ %03d", i))).as("row %d", i).isEqualTo(1);
        }
        assertThat(text).contains("Tổng cộng", VietnameseFormats.money(301_500_000),
                "Ba trăm linh một triệu năm trăm nghìn đồng");
    }

    @Test
    void pngAndJpegImages_areDrawn() throws IOException {
        byte[] pdf = RENDERER.renderPdf(PrintDocument.builder(PageFormat.A4).title("QR")
                .image(picture("png"), 30).image(picture("jpg"), 250, Align.RIGHT).paragraph("Quét mã để thanh toán")
                .build());

        assertThat(PdfText.imageCount(pdf, 1)).isEqualTo(2);
        assertThat(PdfText.extract(pdf)).contains("Quét mã để thanh toán");
    }

    @Test
    void imageWithPngSignatureButBrokenContent_isRefused() {
        byte[] broken = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 1, 2, 3, 4};
        PrintDocument doc = PrintDocument.builder(PageFormat.A4).title("QR").image(broken, 30).build();

        assertThatThrownBy(() -> RENDERER.renderPdf(doc)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("HIS-0208: Image[image/png, 12 bytes");
    }

    @Test
    void receipt_isCutAfterItsContent() {
        PrintDocument.Builder shortReceipt = PrintDocument.builder(PageFormat.RECEIPT_80MM).title("Biên lai")
                .heading("BIÊN LAI THU TIỀN").keyValues(LabeledValue.of("Người nộp:", PATIENT)).dashedRule()
                .paragraph("Số tiền: " + VietnameseFormats.money(1_250_000), TextStyle.NORMAL.bold().align(Align.RIGHT))
                .pageNumbers("Trang {0}/{1}");
        PrintDocument.Builder longReceipt = PrintDocument.builder(PageFormat.RECEIPT_80MM).title("Biên lai");
        for (int i = 0; i < 60; i++) {
            longReceipt.paragraph("Dòng " + i);
        }

        byte[] small = RENDERER.renderPdf(shortReceipt.build());
        byte[] tall = RENDERER.renderPdf(longReceipt.build());
        byte[] two = RENDERER.renderPdf(shortReceipt.pageBreak().paragraph("Liên 2: giao người nộp tiền").build());

        float[] smallSize = PdfText.pageSizeMm(small, 1);
        assertThat(smallSize[0]).isCloseTo(80f, org.assertj.core.data.Offset.offset(0.5f));
        assertThat(smallSize[1]).isBetween(30f, 80f);
        assertThat(PdfText.pageSizeMm(tall, 1)[1]).isBetween(smallSize[1] * 2, PageFormat.RECEIPT_MAX_HEIGHT_MM);
        assertThat(PdfText.extract(small)).contains(PATIENT, "1.250.000 đ", "Trang 1/1");
        assertThat(PdfText.extract(tall)).contains("Dòng 0", "Dòng 59");
        assertThat(PdfText.pages(two)).hasSize(2);
        assertThat(PdfText.pages(two).get(1)).contains("Liên 2: giao người nộp tiền", "Trang 2/2");
        assertThat(PdfText.pageSizeMm(two, 2)[1]).isLessThan(smallSize[1]);
    }

    @Test
    void documentsRenderedAtTheSameTime_keepTheirOwnText() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<String>> results = new ArrayList<>();
            for (int i = 0; i < 12; i++) {
                String name = "Bệnh nhân số " + i + " — Trần Thị Ánh Tuyết";
                results.add(pool.submit(() -> PdfText.extract(RENDERER.renderPdf(
                        PrintDocument.builder(PageFormat.A5).title(name).heading(name).paragraph(STATEMENT).build()))));
            }
            for (int i = 0; i < results.size(); i++) {
                assertThat(results.get(i).get()).contains("Bệnh nhân số " + i + " — Trần Thị Ánh Tuyết", STATEMENT);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void nullDocument_isRefused() {
        assertThatThrownBy(() -> RENDERER.renderPdf(null)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("HIS-0200: document is required");
    }

    private static int occurrences(String text, String part) {
        Matcher m = Pattern.compile(Pattern.quote(part)).matcher(text);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }

    private static byte[] picture(String format) throws IOException {
        BufferedImage image = new BufferedImage(64, 64, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 64, 64);
        g.setColor(Color.BLACK);
        g.fillRect(8, 8, 20, 20);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, format, out);
        return out.toByteArray();
    }
}
