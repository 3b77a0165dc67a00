package org.mekonghis.patient.api;

import java.util.List;

import org.mekonghis.platform.api.FieldError;

/**
 * The outcome of a catalog import: valid rows are stored, refused ones listed.
 *
 * @param inserted how many new entries were stored
 * @param updated  how many existing entries were changed (a row equal to the stored entry counts in neither)
 * @param rejected one error per refused row; the message's first argument is the row's line number in the file
 * @since 1.2
 */
public record ImportResult(int inserted, int updated, List<FieldError> rejected) {
    public ImportResult {
        rejected = List.copyOf(rejected);
    }
}
