package org.mekonghis.terminology.internal;

import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import org.mekonghis.terminology.api.Icd10Code;

/** One ICD-10 code of the catalog, keyed by its normalized form. */
@Entity
@Table(name = "trm_icd10_code")
@NamedQuery(name = CodeRecord.WITHOUT_SEARCH_KEY, query = "SELECT c FROM CodeRecord c WHERE c.searchKey IS NULL")
public class CodeRecord {
    static final String WITHOUT_SEARCH_KEY = "CodeRecord.withoutSearchKey";

    @Id
    @Column(name = "code", length = 8)
    private String code;

    @Column(name = "name_vi", length = 500, nullable = false)
    private String nameVi;

    @Column(name = "name_en", length = 500)
    private String nameEn;

    @Column(name = "chapter_number", length = 5, nullable = false)
    private String chapter;

    @Column(name = "billable", nullable = false)
    private boolean billable;

    @Column(name = "search_key", length = 1010)
    private String searchKey;

    /** For JPA. */
    protected CodeRecord() {
    }

    CodeRecord(String code, String nameVi, String nameEn, String chapter, boolean billable) {
        this.code = code;
        this.nameVi = nameVi;
        this.nameEn = nameEn;
        this.chapter = chapter;
        this.billable = billable;
        this.searchKey = IcdSearchKey.of(nameVi, nameEn);
    }

    String code() {
        return code;
    }

    boolean billable() {
        return billable;
    }

    void setBillable(boolean billable) {
        this.billable = billable;
    }

    /**
     * Takes the imported names and chapter; a null English name keeps the current one.
     *
     * @return whether anything changed
     */
    boolean apply(String newNameVi, String newNameEn, String newChapter) {
        String en = newNameEn == null ? nameEn : newNameEn;
        if (nameVi.equals(newNameVi) && Objects.equals(nameEn, en) && chapter.equals(newChapter)) {
            return false;
        }
        nameVi = newNameVi;
        nameEn = en;
        chapter = newChapter;
        searchKey = IcdSearchKey.of(nameVi, nameEn);
        return true;
    }

    /** Derives the search key from the names, for rows the changelog inserted without one. */
    void fillSearchKey() {
        searchKey = IcdSearchKey.of(nameVi, nameEn);
    }

    Icd10Code toDto() {
        return new Icd10Code(code, nameVi, nameEn, chapter, billable);
    }
}
