package org.mekonghis.terminology.internal;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

import org.mekonghis.platform.api.FieldError;
import org.mekonghis.terminology.api.InvalidTerminologyException;

/**
 * Reads CSV as Excel and LibreOffice write it: fields separated by commas, semicolons (Excel with a
 * Vietnamese or European locale) or tabs, whichever the header line has most of; fields in double
 * quotes may hold separators, line breaks and doubled quotes (RFC 4180); a byte-order mark is
 * skipped. Every row keeps the line it starts on.
 */
final class CsvTable {
    private static final char QUOTE = '"';

    private final String text;
    private final char separator;
    private int pos;
    private int line = 1;

    private CsvTable(String text) {
        this.text = text.startsWith("\uFEFF") ? text.substring(1) : text;
        this.separator = separatorOf(this.text);
    }

    /**
     * The header and at most {@code maxRows} data rows.
     *
     * @throws InvalidTerminologyException when there are more rows, a quoted field is not closed,
     *                                     or the text cannot be read
     */
    static List<SheetRow> read(Reader reader, int maxRows, long maxChars) {
        StringBuilder text = new StringBuilder();
        char[] buffer = new char[8192];
        try {
            for (int n; (n = reader.read(buffer)) >= 0;) {
                text.append(buffer, 0, n);
                if (text.length() > maxChars) {
                    throw refused(new FieldError("file", "terminology.error.import.tooLarge", maxChars / (1024 * 1024)));
                }
            }
        } catch (IOException e) {
            throw refused(new FieldError("file", "terminology.error.import.unreadable"));
        }
        return new CsvTable(text.toString()).rows(maxRows);
    }

    private List<SheetRow> rows(int maxRows) {
        List<SheetRow> rows = new ArrayList<>();
        while (pos < text.length()) {
            SheetRow row = row();
            if (!row.isBlank()) {
                if (rows.size() > maxRows) {
                    throw refused(new FieldError("file", "terminology.error.import.tooManyRows", maxRows));
                }
                rows.add(row);
            }
        }
        return rows;
    }

    /** Reads one record up to and including its line break. */
    private SheetRow row() {
        int start = line;
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        boolean wasQuoted = false;
        while (pos < text.length()) {
            char c = text.charAt(pos++);
            if (quoted) {
                if (c == QUOTE) {
                    if (pos < text.length() && text.charAt(pos) == QUOTE) {
                        cell.append(QUOTE);
                        pos++;
                    } else {
                        quoted = false;
                    }
                } else {
                    if (c == '\n') {
                        line++;
                    }
                    cell.append(c);
                }
            } else if (c == QUOTE && cell.toString().isBlank() && !wasQuoted) {
                quoted = true;
                wasQuoted = true;
                cell.setLength(0);
            } else if (c == separator) {
                cells.add(cell.toString());
                cell.setLength(0);
                wasQuoted = false;
            } else if (c == '\r' || c == '\n') {
                if (c == '\r' && pos < text.length() && text.charAt(pos) == '\n') {
                    pos++;
                }
                line++;
                cells.add(cell.toString());
                return new SheetRow(start, cells);
            } else {
                cell.append(c);
            }
        }
        if (quoted) {
            throw refused(new FieldError("file", "terminology.error.import.unclosedQuote", start));
        }
        cells.add(cell.toString());
        return new SheetRow(start, cells);
    }

    /** The separator the first line uses most, outside quotes; a comma when it has none. */
    static char separatorOf(String text) {
        int commas = 0;
        int semicolons = 0;
        int tabs = 0;
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == QUOTE) {
                quoted = !quoted;
            } else if (!quoted && (c == '\n' || c == '\r')) {
                break;
            } else if (!quoted && c == ',') {
                commas++;
            } else if (!quoted && c == ';') {
                semicolons++;
            } else if (!quoted && c == '\t') {
                tabs++;
            }
        }
        if (tabs > commas && tabs > semicolons) {
            return '\t';
        }
        return semicolons > commas ? ';' : ',';
    }

    private static InvalidTerminologyException refused(FieldError error) {
        return new InvalidTerminologyException(List.of(error));
    }
}
