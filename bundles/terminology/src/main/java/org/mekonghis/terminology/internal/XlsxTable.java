package org.mekonghis.terminology.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;

import org.dhatim.fastexcel.reader.ExcelReaderException;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.mekonghis.platform.api.FieldError;
import org.mekonghis.terminology.api.InvalidTerminologyException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads the first sheet of an Excel workbook (.xlsx) with fastexcel-reader, which streams the
 * sheet instead of building it in memory. Cells are taken as displayed text; rows keep the row
 * number Excel shows.
 */
final class XlsxTable {
    private static final Logger LOG = LoggerFactory.getLogger(XlsxTable.class);

    private XlsxTable() {
    }

    /**
     * The header and at most {@code maxRows} data rows of the first sheet.
     *
     * @throws InvalidTerminologyException when there are more rows or the stream is not a workbook
     */
    static List<SheetRow> read(InputStream xlsx, int maxRows) {
        List<SheetRow> rows = new ArrayList<>();
        try (ReadableWorkbook workbook = new ReadableWorkbook(xlsx);
                Stream<Row> sheet = workbook.getFirstSheet().openStream()) {
            for (Iterator<Row> it = sheet.iterator(); it.hasNext();) {
                Row row = it.next();
                List<String> cells = new ArrayList<>(row.getCellCount());
                for (int i = 0; i < row.getCellCount(); i++) {
                    String text = row.getCellText(i);
                    cells.add(text == null ? "" : text);
                }
                SheetRow read = new SheetRow(row.getRowNum(), cells);
                if (!read.isBlank()) {
                    if (rows.size() > maxRows) {
                        throw new InvalidTerminologyException(
                                List.of(new FieldError("file", "terminology.error.import.tooManyRows", maxRows)));
                    }
                    rows.add(read);
                }
            }
        } catch (IOException | UncheckedIOException | ExcelReaderException | IllegalStateException
                | IllegalArgumentException e) {
            // Not a zip, no workbook part, or a broken sheet: fastexcel reports these in several ways.
            LOG.debug("Workbook refused: {}", e.toString());
            throw new InvalidTerminologyException(List.of(new FieldError("file", "terminology.error.import.unreadable")));
        }
        return rows;
    }
}
