package org.mekonghis.terminology.api;

import java.io.InputStream;
import java.io.Reader;
import java.util.List;
import java.util.Optional;

import org.mekonghis.platform.api.security.AccessDeniedException;
import org.osgi.annotation.versioning.ProviderType;

/**
 * The ICD-10 diagnosis catalog. Every method checks the caller's permission first and throws
 * {@link AccessDeniedException} without it. The catalog holds no patient data: reads are not
 * audited; imports are.
 *
 * @since 1.0
 */
@ProviderType
public interface Icd10Service {
    /** Look up and search diagnosis codes. */
    String PERMISSION_READ = "terminology.read";
    /** Import the diagnosis list. */
    String PERMISSION_ADMIN = "terminology.admin";

    int SEARCH_LIMIT_MAX = 100;
    /** The most data rows one import file may have; the full Ministry list has about 12 000 to 15 000. */
    int IMPORT_MAX_ROWS = 50_000;

    /**
     * The code as typed, in any form {@link Icd10Code#normalize(String)} accepts ({@code e119} finds
     * {@code E11.9}). Needs {@link #PERMISSION_READ}.
     *
     * @return the code, or empty when it is not in the catalog or not an ICD-10 code at all
     */
    Optional<Icd10Code> find(String code);

    /**
     * Searches in one box. A query that looks like a code or its beginning ({@code J0}, {@code e11},
     * {@code E11.9}) lists the codes starting with it; anything else is taken as words, each of which
     * must start a word of the Vietnamese or English name, ignoring diacritics, case and word order
     * ({@code viem hong} finds "Viêm họng cấp, không đặc hiệu"). Results are in code order. A blank
     * query finds nothing. Needs {@link #PERMISSION_READ}.
     *
     * @param limit the most codes returned, 1 to {@value #SEARCH_LIMIT_MAX}
     * @throws InvalidTerminologyException when the limit is out of range
     */
    List<Icd10Code> search(String query, int limit);

    /** The 22 chapters in order. Needs {@link #PERMISSION_READ}. */
    List<Icd10Chapter> chapters();

    /**
     * Imports codes from CSV text (comma, semicolon or tab separated, quotes as in RFC 4180, an
     * optional byte-order mark). The first line is the header; see {@link #importXlsx(InputStream)}
     * for the columns. Needs {@link #PERMISSION_ADMIN}.
     *
     * @throws InvalidTerminologyException when the header lacks a required column, the file has no rows,
     *                                     more than {@value #IMPORT_MAX_ROWS} rows or cannot be read
     */
    ImportResult importCsv(Reader csv);

    /**
     * Imports codes from the first sheet of an Excel workbook (.xlsx). The first row is the header;
     * columns are found by name, ignoring case, diacritics, spaces and underscores:
     * <ul>
     * <li>code (required): {@code code}, {@code ma}, {@code ma_benh}, {@code ma_icd}, {@code ma_icd10}, {@code icd10}</li>
     * <li>Vietnamese name (required): {@code name_vi}, {@code ten}, {@code ten_benh}, {@code ten_tieng_viet}</li>
     * <li>English name (optional): {@code name_en}, {@code ten_tieng_anh}, {@code ten_en}</li>
     * <li>chapter (optional, Roman or Arabic number): {@code chapter}, {@code chuong}</li>
     * </ul>
     * Other columns are ignored. Codes are upserted: a new code is inserted, a known one gets the
     * file's names and chapter (an empty English name keeps the current one). A row with an invalid
     * or repeated code, a missing or too long name, or a chapter that does not contain the code is
     * rejected and listed; the other rows are stored. A category gets billable = false once one of its
     * subcategories is in the catalog. Records one audit entry; publishes no event. Needs
     * {@link #PERMISSION_ADMIN}.
     *
     * @throws InvalidTerminologyException when the header lacks a required column, the sheet has no rows,
     *                                     more than {@value #IMPORT_MAX_ROWS} rows or is not a workbook
     */
    ImportResult importXlsx(InputStream xlsx);
}
