package org.mekonghis.terminology.api;

import java.util.List;

import org.mekonghis.platform.api.FieldError;

/**
 * What an import of the ICD-10 list did.
 *
 * @param inserted codes that were new to the catalog
 * @param updated  codes already in the catalog whose names or chapter changed
 * @param rejected refused rows, in file order: {@link FieldError#field()} is the column at fault
 *                 ({@code code}, {@code name_vi}, {@code name_en}, {@code chapter}) and the first
 *                 {@linkplain FieldError#arguments() argument} the 1-based line of the file (the
 *                 header is line 1; for a workbook, the row of the sheet); the message key's text
 *                 names the line
 * @since 1.0
 */
public record ImportResult(int inserted, int updated, List<FieldError> rejected) {
    public ImportResult {
        rejected = List.copyOf(rejected);
    }
}
