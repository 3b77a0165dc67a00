package org.mekonghis.terminology.internal;

import java.util.List;

/**
 * One row of an import file as read: its 1-based line (CSV) or row number (workbook), and its
 * cells as text, empty for an empty cell.
 */
record SheetRow(int line, List<String> cells) {
    SheetRow {
        cells = List.copyOf(cells);
    }

    /** The cell at {@code column}, empty when the row is shorter. */
    String cell(int column) {
        return column < 0 || column >= cells.size() ? "" : cells.get(column);
    }

    boolean isBlank() {
        return cells.stream().allMatch(String::isBlank);
    }
}
