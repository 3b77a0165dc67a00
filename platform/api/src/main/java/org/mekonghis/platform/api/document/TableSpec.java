package org.mekonghis.platform.api.document;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * A table: columns with a header, a relative width and an alignment, then rows of text cells.
 * Rows marked bold serve as totals. When the table continues on another page its header row is
 * printed again. A table whose column headers are all empty has no header row; a table without
 * borders lays text out in columns (e.g. the two-column heading of an official form).
 *
 * <pre>{@code
 * TableSpec costs = TableSpec.builder()
 *         .column("STT", 1, Align.CENTER)
 *         .column("Nội dung", 6, Align.LEFT)
 *         .column("Thành tiền", 3, Align.RIGHT)
 *         .row("1", "Khám bệnh", VietnameseFormats.money(150_000))
 *         .boldRow("", "Tổng cộng", VietnameseFormats.money(150_000))
 *         .build();
 * }</pre>
 *
 * @param fontSize the font size in points, or 0 for the format's table size (a little smaller than the body)
 * @since 1.0
 */
public record TableSpec(List<Column> columns, List<Row> rows, boolean borders, float fontSize) implements Block {

    /** The most columns a table may have. */
    public static final int MAX_COLUMNS = 30;

    /**
     * One column.
     *
     * @param header the header text, may be empty (null is read as empty)
     * @param width  the column's share of the table width relative to the other columns, above 0
     */
    public record Column(String header, float width, Align align) {
        public Column {
            header = Texts.orEmpty(header);
            Texts.positive(width, 1000, "column width");
            if (align == null) {
                throw new IllegalArgumentException("HIS-0200: column alignment is required");
            }
        }
    }

    /**
     * One row: a cell per column, in column order (null cells print empty); bold for totals.
     */
    public record Row(List<String> cells, boolean bold) {
        public Row {
            if (cells == null) {
                throw new IllegalArgumentException("HIS-0200: table row cells are required");
            }
            cells = cells.stream().map(Texts::orEmpty).toList();
        }
    }

    public TableSpec {
        columns = Texts.nonEmptyList(columns, "table columns");
        if (columns.size() > MAX_COLUMNS) {
            throw new IllegalArgumentException("HIS-0206: a table has at most " + MAX_COLUMNS + " columns; got "
                    + columns.size());
        }
        if (rows == null || rows.stream().anyMatch(Objects::isNull)) {
            throw new IllegalArgumentException("HIS-0200: table rows are required, none of them null");
        }
        rows = List.copyOf(rows);
        for (int i = 0; i < rows.size(); i++) {
            checkCells(i + 1, rows.get(i).cells().size(), columns.size());
        }
        if (fontSize != 0 && !(fontSize >= TextStyle.MIN_SIZE && fontSize <= TextStyle.MAX_SIZE)) {
            throw new IllegalArgumentException("HIS-0205: table font size must be 0 (the default) or between "
                    + TextStyle.MIN_SIZE + " and " + TextStyle.MAX_SIZE + " points; got " + fontSize);
        }
    }

    /** Whether a header row is printed: when at least one column has a header. */
    public boolean hasHeader() {
        return columns.stream().anyMatch(c -> !c.header().isEmpty());
    }

    public static Builder builder() {
        return new Builder();
    }

    private static void checkCells(int rowNumber, int cells, int columns) {
        if (cells != columns) {
            throw new IllegalArgumentException("HIS-0203: table row " + rowNumber + " has " + cells
                    + " cells; the table has " + columns + " columns");
        }
    }

    /** Builds a {@link TableSpec}: columns first, then rows. Not thread-safe. */
    public static final class Builder {
        private final List<Column> columns = new ArrayList<>();
        private final List<Row> rows = new ArrayList<>();
        private boolean borders = true;
        private float fontSize;

        private Builder() {
        }

        /** Adds a column; {@code width} is relative to the other columns' widths. */
        public Builder column(String header, float width, Align align) {
            if (!rows.isEmpty()) {
                throw new IllegalStateException("HIS-0206: add every column before the first row");
            }
            columns.add(new Column(header, width, align));
            return this;
        }

        /** Adds a left-aligned column. */
        public Builder column(String header, float width) {
            return column(header, width, Align.LEFT);
        }

        /** Adds a row with one cell per column. */
        public Builder row(String... cells) {
            return add(cells == null ? null : Arrays.asList(cells), false);
        }

        /** Adds a row with one cell per column. */
        public Builder row(List<String> cells) {
            return add(cells, false);
        }

        /** Adds a bold row, e.g. a total. */
        public Builder boldRow(String... cells) {
            return add(cells == null ? null : Arrays.asList(cells), true);
        }

        /** Adds a bold row, e.g. a total. */
        public Builder boldRow(List<String> cells) {
            return add(cells, true);
        }

        /** Whether cells have borders (default true). */
        public Builder borders(boolean borders) {
            this.borders = borders;
            return this;
        }

        /** The font size in points; 0 (the default) for the format's table size. */
        public Builder fontSize(float points) {
            this.fontSize = points;
            return this;
        }

        private Builder add(List<String> cells, boolean bold) {
            if (columns.isEmpty()) {
                throw new IllegalStateException("HIS-0206: add the table's columns before its rows");
            }
            Row row = new Row(cells, bold);
            checkCells(rows.size() + 1, row.cells().size(), columns.size());
            rows.add(row);
            return this;
        }

        public TableSpec build() {
            return new TableSpec(columns, rows, borders, fontSize);
        }
    }
}
