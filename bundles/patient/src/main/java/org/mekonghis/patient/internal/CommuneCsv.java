package org.mekonghis.patient.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.Pattern;

import org.mekonghis.patient.api.InvalidPatientException;
import org.mekonghis.platform.api.FieldError;

/**
 * Reads a commune list: UTF-8 CSV (RFC 4180: comma-separated, fields optionally in double quotes
 * with {@code ""} for a quote, no line breaks inside fields) whose first line is the header
 * {@value #HEADER}. Each row is checked on its own: a refused row is reported with its line
 * number and the others are kept. Input that does not start with that header is refused as a
 * whole, since it is not the expected file.
 */
final class CommuneCsv {
    static final String HEADER = "code,name,provinceCode";
    static final int NAME_MAX_LENGTH = 100;
    /** About ten times the ~10 600 communes Viet Nam had before 2025. */
    static final int MAX_CHARACTERS = 4 * 1024 * 1024;
    private static final Pattern CODE = Pattern.compile("\\d{5}");
    private static final Pattern PROVINCE = Pattern.compile("\\d{2}");

    /** A row that passed the checks. */
    record Row(int line, String code, String name, String provinceCode) {
    }

    /** The rows kept and the errors of the rows refused, in file order. */
    record Parsed(List<Row> rows, List<FieldError> rejected) {
    }

    private CommuneCsv() {
    }

    /**
     * @param knownProvince whether a 2-digit province code is on file
     * @throws InvalidPatientException when the input is empty, too large, or lacks the header
     */
    static Parsed parse(Reader csv, Predicate<String> knownProvince) {
        List<String> lines = lines(csv);
        String header = lines.isEmpty() ? "" : lines.get(0);
        if (header.startsWith("\uFEFF")) {
            header = header.substring(1);
        }
        List<String> headerFields = fields(header);
        if (headerFields == null || !String.join(",", headerFields.stream().map(String::strip)
                .map(f -> f.toLowerCase(Locale.ROOT)).toList()).equals(HEADER.toLowerCase(Locale.ROOT))) {
            throw new InvalidPatientException(List.of(new FieldError("file", "patient.import.header", HEADER)));
        }
        List<Row> rows = new ArrayList<>();
        List<FieldError> rejected = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 1; i < lines.size(); i++) {
            int line = i + 1;
            String text = lines.get(i);
            if (text.isBlank()) {
                continue;
            }
            List<String> fields = fields(text);
            if (fields == null) {
                rejected.add(new FieldError("", "patient.import.quotes", line));
                continue;
            }
            if (fields.size() != 3) {
                rejected.add(new FieldError("", "patient.import.columns", line, fields.size()));
                continue;
            }
            String code = fields.get(0).strip();
            String name = ValidPatient.collapse(fields.get(1));
            String province = fields.get(2).strip();
            FieldError error = null;
            if (!CODE.matcher(code).matches()) {
                error = new FieldError("code", "patient.import.code", line, code);
            } else if (seen.containsKey(code)) {
                error = new FieldError("code", "patient.import.repeated", line, code, seen.get(code));
            } else if (name == null) {
                error = new FieldError("name", "patient.import.nameRequired", line);
            } else if (name.length() > NAME_MAX_LENGTH) {
                error = new FieldError("name", "patient.import.nameTooLong", line, NAME_MAX_LENGTH);
            } else if (!PROVINCE.matcher(province).matches() || !knownProvince.test(province)) {
                error = new FieldError("provinceCode", "patient.import.province", line, province);
            }
            if (error != null) {
                rejected.add(error);
            } else {
                seen.put(code, line);
                rows.add(new Row(line, code, name, province));
            }
        }
        return new Parsed(rows, rejected);
    }

    private static List<String> lines(Reader csv) {
        List<String> lines = new ArrayList<>();
        long characters = 0;
        try (BufferedReader in = new BufferedReader(csv)) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                characters += line.length() + 1;
                if (characters > MAX_CHARACTERS) {
                    throw new InvalidPatientException(List.of(new FieldError("file", "patient.import.tooLarge",
                            MAX_CHARACTERS / (1024 * 1024))));
                }
                lines.add(line);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("PAT-0102: reading the commune list failed", e);
        }
        return lines;
    }

    /** The fields of one line, or null when its quotes are unbalanced. */
    static List<String> fields(String line) {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        boolean wasQuoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"' && field.toString().isBlank() && !wasQuoted) {
                quoted = true;
                wasQuoted = true;
                field.setLength(0);
            } else if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
                wasQuoted = false;
            } else if (c == '"') {
                return null;
            } else if (wasQuoted && !Character.isWhitespace(c)) {
                return null;   // text after a closing quote
            } else {
                field.append(c);
            }
        }
        if (quoted) {
            return null;
        }
        fields.add(field.toString());
        return fields;
    }
}
