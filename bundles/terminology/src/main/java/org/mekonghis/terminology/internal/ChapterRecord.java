package org.mekonghis.terminology.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import org.mekonghis.terminology.api.Icd10Chapter;

/** One ICD-10 chapter. Seeded by the changelog; never changed by the bundle. */
@Entity
@Table(name = "trm_icd10_chapter")
@NamedQuery(name = ChapterRecord.ALL, query = "SELECT c FROM ChapterRecord c ORDER BY c.sortOrder")
public class ChapterRecord {
    static final String ALL = "ChapterRecord.all";

    @Id
    @Column(name = "chapter_number", length = 5)
    private String number;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    @Column(name = "first_code", length = 3, nullable = false)
    private String firstCode;

    @Column(name = "last_code", length = 3, nullable = false)
    private String lastCode;

    @Column(name = "name_vi", length = 300, nullable = false)
    private String nameVi;

    @Column(name = "name_en", length = 300, nullable = false)
    private String nameEn;

    /** For JPA. */
    protected ChapterRecord() {
    }

    Icd10Chapter toDto() {
        return new Icd10Chapter(number, firstCode + "-" + lastCode, nameVi, nameEn);
    }
}
