package org.mekonghis.terminology.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import org.mekonghis.platform.api.FieldError;
import org.mekonghis.terminology.api.Icd10Code;
import org.mekonghis.terminology.api.Icd10Service;
import org.mekonghis.terminology.api.InvalidTerminologyException;

/**
 * The rows of an import file checked against the import format: the header names the columns,
 * each data row becomes a valid {@link Entry} or is rejected with every reason, line by line.
 */
final class Icd10Import {
    static final int NAME_MAX_LENGTH = 500;

    static final String CODE = "code";
    static final String NAME_VI = "name_vi";
    static final String NAME_EN = "name_en";
    static final String CHAPTER = "chapter";

    /**
     * Header names of each column, compared without diacritics, case, spaces, dots, hyphens and
     * underscores ("Mã bệnh", "MA_BENH" and "ma benh" are the same). Vietnamese names are those of
     * the Ministry's lists and of common HIS exports.
     */
    private static final Map<String, List<String>> ALIASES = aliases();

    private static final Pattern CONTROL = Pattern.compile("[\\p{Cntrl}\\s]+");

    /** A valid row. {@code nameEn} is null when the file has no English name for it. */
    record Entry(int line, String code, String nameVi, String nameEn, String chapter) {
    }

    /** The valid rows, in file order, and the rejected ones. */
    record Parsed(List<Entry> entries, List<FieldError> rejected) {
    }

    private Icd10Import() {
    }

    private static Map<String, List<String>> aliases() {
        Map<String, List<String>> m = new LinkedHashMap<>();
        m.put(CODE, List.of("code", "ma", "mabenh", "maicd", "maicd10", "icd", "icd10", "icdcode", "icd10code",
                "mabenhicd", "mabenhicd10"));
        m.put(NAME_VI, List.of("namevi", "name", "ten", "tenbenh", "tenicd", "tenicd10", "tentiengviet",
                "tenbenhtiengviet", "tenvi", "vietnamese"));
        m.put(NAME_EN, List.of("nameen", "tentienganh", "tenbenhtienganh", "tenen", "english", "englishname"));
        m.put(CHAPTER, List.of("chapter", "chuong", "sochuong", "machuong", "chuongbenh"));
        return m;
    }

    /** A header cell in the form aliases are compared in. */
    static String headerKey(String cell) {
        return IcdSearchKey.normalize(cell).replace(" ", "");
    }

    /**
     * Checks every data row.
     *
     * @param rows the header first, then the data rows, blank rows already left out
     * @throws InvalidTerminologyException when the header lacks the code or the Vietnamese name, or
     *                                     there is no data row
     */
    static Parsed parse(List<SheetRow> rows, ChapterRanges chapters) {
        if (rows.isEmpty()) {
            throw refused("terminology.error.import.empty");
        }
        Map<String, Integer> columns = columns(rows.get(0));
        List<String> missing = new ArrayList<>();
        for (String required : List.of(CODE, NAME_VI)) {
            if (!columns.containsKey(required)) {
                missing.add(required);
            }
        }
        if (!missing.isEmpty()) {
            throw new InvalidTerminologyException(List.of(new FieldError("file", "terminology.error.import.header",
                    String.join(", ", missing))));
        }
        if (rows.size() == 1) {
            throw refused("terminology.error.import.empty");
        }
        if (rows.size() - 1 > Icd10Service.IMPORT_MAX_ROWS) {
            throw new InvalidTerminologyException(List.of(new FieldError("file",
                    "terminology.error.import.tooManyRows", Icd10Service.IMPORT_MAX_ROWS)));
        }
        List<Entry> entries = new ArrayList<>();
        List<FieldError> rejected = new ArrayList<>();
        Map<String, Integer> firstLine = new HashMap<>();
        for (SheetRow row : rows.subList(1, rows.size())) {
            int line = row.line();
            List<FieldError> errors = new ArrayList<>();
            String rawCode = row.cell(columns.get(CODE)).strip();
            Optional<String> code = Icd10Code.normalize(rawCode);
            if (rawCode.isEmpty()) {
                errors.add(new FieldError(CODE, "terminology.import.code.required", line));
            } else if (code.isEmpty()) {
                errors.add(new FieldError(CODE, "terminology.import.code.invalid", line, clip(rawCode)));
            } else if (firstLine.containsKey(code.get())) {
                errors.add(new FieldError(CODE, "terminology.import.code.duplicate", line, code.get(),
                        firstLine.get(code.get())));
            } else {
                firstLine.put(code.get(), line);
            }
            String nameVi = clean(row.cell(columns.get(NAME_VI)));
            if (nameVi.isEmpty()) {
                errors.add(new FieldError(NAME_VI, "terminology.import.nameVi.required", line));
            } else if (nameVi.length() > NAME_MAX_LENGTH) {
                errors.add(new FieldError(NAME_VI, "terminology.import.name.tooLong", line, NAME_MAX_LENGTH));
            }
            String nameEn = columns.containsKey(NAME_EN) ? clean(row.cell(columns.get(NAME_EN))) : "";
            if (nameEn.length() > NAME_MAX_LENGTH) {
                errors.add(new FieldError(NAME_EN, "terminology.import.name.tooLong", line, NAME_MAX_LENGTH));
            }
            String chapter = null;
            if (code.isPresent()) {
                Optional<String> ofCode = chapters.of(code.get());
                String typed = columns.containsKey(CHAPTER) ? row.cell(columns.get(CHAPTER)).strip() : "";
                if (!typed.isEmpty()) {
                    Optional<String> given = chapters.parse(typed);
                    if (given.isEmpty()) {
                        errors.add(new FieldError(CHAPTER, "terminology.import.chapter.unknown", line, clip(typed)));
                    } else if (ofCode.isPresent() && !ofCode.get().equals(given.get())) {
                        errors.add(new FieldError(CHAPTER, "terminology.import.chapter.mismatch", line, code.get(),
                                given.get(), ofCode.get()));
                    }
                }
                if (ofCode.isEmpty()) {
                    errors.add(new FieldError(CODE, "terminology.import.code.noChapter", line, code.get()));
                }
                chapter = ofCode.orElse(null);
            }
            if (errors.isEmpty()) {
                entries.add(new Entry(line, code.orElseThrow(), nameVi, nameEn.isEmpty() ? null : nameEn, chapter));
            } else {
                rejected.addAll(errors);
            }
        }
        return new Parsed(entries, rejected);
    }

    /** Where each known column is; the first of repeated ones counts. */
    private static Map<String, Integer> columns(SheetRow header) {
        Map<String, Integer> columns = new HashMap<>();
        for (int i = 0; i < header.cells().size(); i++) {
            String key = headerKey(header.cell(i));
            for (Map.Entry<String, List<String>> column : ALIASES.entrySet()) {
                if (column.getValue().contains(key)) {
                    columns.putIfAbsent(column.getKey(), i);
                }
            }
        }
        return columns;
    }

    /** A name with line breaks, tabs and repeated spaces (common in spreadsheet cells) as single spaces. */
    static String clean(String text) {
        return CONTROL.matcher(text).replaceAll(" ").strip();
    }

    /** A refused value as quoted back in a message: at most 20 characters. */
    private static String clip(String text) {
        String clean = clean(text);
        return clean.length() <= 20 ? clean : clean.substring(0, 20) + "…";
    }

    private static InvalidTerminologyException refused(String key) {
        return new InvalidTerminologyException(List.of(new FieldError("file", key)));
    }
}
