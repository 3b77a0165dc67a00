package org.mekonghis.terminology.internal;

import java.io.InputStream;
import java.io.Reader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NavigableSet;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;

import org.mekonghis.platform.api.FieldError;
import org.mekonghis.platform.api.audit.AuditAction;
import org.mekonghis.platform.api.audit.AuditLog;
import org.mekonghis.platform.api.persistence.Database;
import org.mekonghis.platform.api.security.Principal;
import org.mekonghis.platform.api.security.SecurityContext;
import org.mekonghis.terminology.api.Icd10Chapter;
import org.mekonghis.terminology.api.Icd10Code;
import org.mekonghis.terminology.api.Icd10Service;
import org.mekonghis.terminology.api.ImportResult;
import org.mekonghis.terminology.api.InvalidTerminologyException;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The ICD-10 catalog on the bundle's own tables. */
@Component(service = Icd10Service.class)
public final class Icd10ServiceImpl implements Icd10Service {
    private static final Logger LOG = LoggerFactory.getLogger(Icd10ServiceImpl.class);
    static final String RECORD_TYPE = "terminology.icd10";
    /** More words than a diagnosis name has add nothing to a search but cost a LIKE each. */
    static final int MAX_SEARCH_WORDS = 8;
    /** Far more than the full list takes as CSV (about 2 MB). */
    static final long CSV_MAX_CHARS = 32L * 1024 * 1024;
    /** A code or its beginning as typed: a letter, then digits with or without the dot. */
    private static final Pattern CODE_QUERY = Pattern.compile("[A-Z][0-9]{1,2}|[A-Z][0-9]{2}\\.?[0-9]{0,2}");

    private final Database database;
    private final SecurityContext security;
    private final AuditLog audit;

    @Activate
    public Icd10ServiceImpl(@Reference TerminologyDatabase store, @Reference SecurityContext security,
            @Reference AuditLog audit) {
        this(store.database(), security, audit);
    }

    Icd10ServiceImpl(Database database, SecurityContext security, AuditLog audit) {
        this.database = database;
        this.security = security;
        this.audit = audit;
    }

    @Override
    public Optional<Icd10Code> find(String code) {
        security.require(PERMISSION_READ);
        Optional<String> normalized = Icd10Code.normalize(code);
        if (normalized.isEmpty()) {
            return Optional.empty();
        }
        return database.read(em -> Optional.ofNullable(em.find(CodeRecord.class, normalized.get()))
                .map(CodeRecord::toDto));
    }

    @Override
    public List<Icd10Code> search(String query, int limit) {
        security.require(PERMISSION_READ);
        if (limit < 1 || limit > SEARCH_LIMIT_MAX) {
            throw new InvalidTerminologyException(List.of(new FieldError("limit", "terminology.error.limit",
                    SEARCH_LIMIT_MAX)));
        }
        String typed = query == null ? "" : query.strip().replace(" ", "").toUpperCase(Locale.ROOT);
        if (CODE_QUERY.matcher(typed).matches()) {
            String prefix = typed.length() > 3 && typed.charAt(3) != '.'
                    ? typed.substring(0, 3) + "." + typed.substring(3) : typed;
            return database.read(em -> em.createQuery(
                    "SELECT c FROM CodeRecord c WHERE c.code LIKE :prefix ORDER BY c.code", CodeRecord.class)
                    .setParameter("prefix", prefix + "%").setMaxResults(limit).getResultList().stream()
                    .map(CodeRecord::toDto).toList());
        }
        List<String> words = IcdSearchKey.words(query);
        if (words.isEmpty()) {
            return List.of();
        }
        List<String> used = words.subList(0, Math.min(words.size(), MAX_SEARCH_WORDS));
        StringBuilder jpql = new StringBuilder("SELECT c FROM CodeRecord c WHERE ");
        for (int i = 0; i < used.size(); i++) {
            jpql.append(i == 0 ? "" : " AND ").append("c.searchKey LIKE :w").append(i);
        }
        jpql.append(" ORDER BY c.code");
        return database.read(em -> {
            TypedQuery<CodeRecord> q = em.createQuery(jpql.toString(), CodeRecord.class);
            // Words hold letters and digits only, so no LIKE wildcard can come from the user.
            for (int i = 0; i < used.size(); i++) {
                q.setParameter("w" + i, "% " + used.get(i) + "%");
            }
            return q.setMaxResults(limit).getResultList().stream().map(CodeRecord::toDto).toList();
        });
    }

    @Override
    public List<Icd10Chapter> chapters() {
        security.require(PERMISSION_READ);
        return loadChapters();
    }

    private List<Icd10Chapter> loadChapters() {
        return database.read(em -> em.createNamedQuery(ChapterRecord.ALL, ChapterRecord.class).getResultList()
                .stream().map(ChapterRecord::toDto).toList());
    }

    @Override
    public ImportResult importCsv(Reader csv) {
        Principal admin = security.require(PERMISSION_ADMIN);
        Objects.requireNonNull(csv, "csv");
        return importRows(admin, "csv", () -> CsvTable.read(csv, IMPORT_MAX_ROWS, CSV_MAX_CHARS));
    }

    @Override
    public ImportResult importXlsx(InputStream xlsx) {
        Principal admin = security.require(PERMISSION_ADMIN);
        Objects.requireNonNull(xlsx, "xlsx");
        return importRows(admin, "xlsx", () -> XlsxTable.read(xlsx, IMPORT_MAX_ROWS));
    }

    private ImportResult importRows(Principal admin, String format, Supplier<List<SheetRow>> reader) {
        Icd10Import.Parsed parsed;
        try {
            parsed = Icd10Import.parse(reader.get(), new ChapterRanges(loadChapters()));
        } catch (InvalidTerminologyException e) {
            audit.record(AuditAction.ADMINISTER, null, RECORD_TYPE, null, false, "ICD-10 import (" + format
                    + ") refused: " + e.errors().stream().map(FieldError::messageKey).collect(Collectors.joining(", ")));
            throw e;
        }
        ImportResult result = database.inTransaction(tx -> {
            ImportResult stored = upsert(tx.em(), parsed);
            audit.record(AuditAction.ADMINISTER, null, RECORD_TYPE, null, true, "ICD-10 import (" + format + "): "
                    + stored.inserted() + " inserted, " + stored.updated() + " updated, "
                    + rejectedLines(parsed.rejected()) + " rows rejected");
            return stored;
        });
        LOG.info("ICD-10 import ({}) by {}: {} inserted, {} updated, {} rows rejected", format, admin.id(),
                result.inserted(), result.updated(), rejectedLines(result.rejected()));
        return result;
    }

    private static long rejectedLines(List<FieldError> rejected) {
        return rejected.stream().map(e -> e.arguments()[0]).distinct().count();
    }

    /**
     * Inserts new codes, updates known ones, and keeps billable right: a new code is billable when
     * the catalog has no subcategory of it, and a category stops being billable once one of its
     * subcategories arrives. Imports never make a code billable again: a partial file must not undo
     * what the full list established.
     */
    private static ImportResult upsert(EntityManager em, Icd10Import.Parsed parsed) {
        Map<String, CodeRecord> catalog = new HashMap<>();
        for (CodeRecord r : em.createQuery("SELECT c FROM CodeRecord c", CodeRecord.class).getResultList()) {
            catalog.put(r.code(), r);
        }
        NavigableSet<String> codes = new TreeSet<>(catalog.keySet());
        parsed.entries().forEach(e -> codes.add(e.code()));
        int inserted = 0;
        int updated = 0;
        for (Icd10Import.Entry e : parsed.entries()) {
            CodeRecord record = catalog.get(e.code());
            if (record == null) {
                record = new CodeRecord(e.code(), e.nameVi(), e.nameEn(), e.chapter(), !hasSubcategory(codes, e.code()));
                em.persist(record);
                catalog.put(e.code(), record);
                inserted++;
            } else if (record.apply(e.nameVi(), e.nameEn(), e.chapter())) {
                updated++;
            }
        }
        for (Icd10Import.Entry e : parsed.entries()) {
            for (String parent : parents(e.code())) {
                CodeRecord record = catalog.get(parent);
                if (record != null && record.billable()) {
                    record.setBillable(false);
                }
            }
        }
        return new ImportResult(inserted, updated, parsed.rejected());
    }

    /** Whether {@code codes} holds a longer code under {@code code}: {@code E11.9} under {@code E11}. */
    static boolean hasSubcategory(NavigableSet<String> codes, String code) {
        String next = codes.higher(code);
        String prefix = code.length() == 3 ? code + "." : code;
        return next != null && next.startsWith(prefix);
    }

    /** The codes above {@code code}, nearest first: {@code S72.00} gives {@code S72.0}, {@code S72}. */
    static List<String> parents(String code) {
        List<String> parents = new ArrayList<>();
        String c = code;
        while (c.length() > 3) {
            c = c.length() == 5 ? c.substring(0, 3) : c.substring(0, c.length() - 1);
            parents.add(c);
        }
        return parents;
    }
}
