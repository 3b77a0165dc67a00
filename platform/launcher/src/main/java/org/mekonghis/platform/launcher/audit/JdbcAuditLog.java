package org.mekonghis.platform.launcher.audit;

import java.io.IOException;
import java.io.Writer;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import javax.sql.DataSource;

import org.mekonghis.platform.api.MekongException;
import org.mekonghis.platform.api.audit.AuditAction;
import org.mekonghis.platform.api.audit.AuditEntry;
import org.mekonghis.platform.api.audit.AuditLog;
import org.mekonghis.platform.api.audit.AuditTrail;
import org.mekonghis.platform.api.security.ClientInfo;
import org.mekonghis.platform.api.security.Principal;
import org.mekonghis.platform.api.security.SecurityContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The audit log in the database ({@code plt_audit}). Appends are serialised through the head row
 * ({@code plt_audit_head}), which every append locks by updating it, so the chain stays a single
 * line even with several nodes on one database. Entries are never updated or deleted here, and
 * the database refuses it too (triggers of the platform changelog).
 */
public final class JdbcAuditLog implements AuditLog, AuditTrail {
    private static final Logger LOG = LoggerFactory.getLogger(JdbcAuditLog.class);
    private static final String COLUMNS = "seq, recorded_at, principal_id, principal_username, principal_name, principal_kind,"
            + " action, patient_id, record_type, record_id, success, detail, remote_address, session_id, prev_hash, hash";

    private final DataSource dataSource;
    private final SecurityContext security;
    private final AuditChain chain;

    public JdbcAuditLog(DataSource dataSource, SecurityContext security, AuditChain chain) {
        this.dataSource = dataSource;
        this.security = security;
        this.chain = chain;
    }

    @Override
    public void record(AuditAction action, String patientId, String recordType, String recordId, boolean success,
            String detail) {
        Principal who = security.current().orElse(null);
        ClientInfo where = security.client().orElse(null);
        append(who, where, action, patientId, recordType, recordId, success, detail);
    }

    /** Appends one entry for {@code who} (null: nobody signed in) and returns it. */
    public AuditEntry append(Principal who, ClientInfo where, AuditAction action, String patientId, String recordType,
            String recordId, boolean success, String detail) {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try {
                AuditEntry entry = appendIn(c, who, where, action, patientId, recordType, recordId, success, detail);
                c.commit();
                return entry;
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new MekongException("HIS-0171", 500, "error.internal", "audit entry " + action + " could not be stored: "
                    + e.getMessage(), e);
        }
    }

    private AuditEntry appendIn(Connection c, Principal who, ClientInfo where, AuditAction action, String patientId,
            String recordType, String recordId, boolean success, String detail) throws SQLException {
        try (PreparedStatement lock = c.prepareStatement("UPDATE plt_audit_head SET seq = seq + 1 WHERE id = 1")) {
            if (lock.executeUpdate() != 1) {
                throw new SQLException("audit head row missing");
            }
        }
        long seq;
        String previous;
        try (PreparedStatement ps = c.prepareStatement("SELECT seq, hash FROM plt_audit_head WHERE id = 1");
                ResultSet rs = ps.executeQuery()) {
            rs.next();
            seq = rs.getLong(1);
            previous = rs.getString(2);
        }
        AuditEntry draft = new AuditEntry(seq, Instant.ofEpochMilli(System.currentTimeMillis()),
                who == null ? "anonymous" : cut(who.id(), 100), who == null ? null : cut(who.username(), 100),
                who == null ? null : cut(who.displayName(), 200), who == null ? "NONE" : who.kind().name(), action,
                cut(patientId, 64), cut(recordType, 100), cut(recordId, 100), success, cut(detail, 1000),
                where == null ? null : cut(where.remoteAddress(), 64), where == null ? null : cut(where.sessionId(), 100),
                null);
        String hash = chain.hash(previous, draft);
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO plt_audit (" + COLUMNS
                + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            int i = 1;
            ps.setLong(i++, seq);
            ps.setTimestamp(i++, Timestamp.from(draft.at()));
            ps.setString(i++, draft.principalId());
            ps.setString(i++, draft.principalUsername());
            ps.setString(i++, draft.principalName());
            ps.setString(i++, draft.principalKind());
            ps.setString(i++, action.name());
            ps.setString(i++, draft.patientId());
            ps.setString(i++, draft.recordType());
            ps.setString(i++, draft.recordId());
            ps.setBoolean(i++, success);
            ps.setString(i++, draft.detail());
            ps.setString(i++, draft.remoteAddress());
            ps.setString(i++, draft.sessionId());
            ps.setString(i++, previous);
            ps.setString(i, hash);
            ps.executeUpdate();
        }
        try (PreparedStatement ps = c.prepareStatement("UPDATE plt_audit_head SET hash = ? WHERE id = 1")) {
            ps.setString(1, hash);
            ps.executeUpdate();
        }
        return new AuditEntry(seq, draft.at(), draft.principalId(), draft.principalUsername(), draft.principalName(),
                draft.principalKind(), action, draft.patientId(), draft.recordType(), draft.recordId(), success,
                draft.detail(), draft.remoteAddress(), draft.sessionId(), hash);
    }

    @Override
    public List<AuditEntry> search(Filter filter, int offset, int limit) {
        security.require(PERMISSION);
        if (offset < 0 || limit < 1 || limit > 1000) {
            throw new IllegalArgumentException("HIS-0172: offset must be >= 0 and limit 1..1000");
        }
        List<Object> args = new ArrayList<>();
        String sql = "SELECT " + COLUMNS + " FROM plt_audit" + where(filter, args) + " ORDER BY seq DESC OFFSET "
                + offset + " ROWS FETCH NEXT " + limit + " ROWS ONLY";
        List<AuditEntry> result = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = prepare(c, sql, args);
                ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                result.add(read(rs));
            }
        } catch (SQLException e) {
            throw new MekongException("HIS-0173", 500, "error.persistence", "audit search failed: " + e.getMessage(), e);
        }
        record(AuditAction.READ, filter.patientId(), "audit", null, true, "search " + describe(filter));
        return result;
    }

    @Override
    public void exportCsv(Filter filter, Writer out) throws IOException {
        security.require(PERMISSION);
        record(AuditAction.EXPORT, filter.patientId(), "audit", null, true, "csv " + describe(filter));
        List<Object> args = new ArrayList<>();
        String sql = "SELECT " + COLUMNS + " FROM plt_audit" + where(filter, args) + " ORDER BY seq";
        out.write("sequence,time,principal_id,username,name,kind,action,patient_id,record_type,record_id,success,"
                + "detail,address,session,hash\n");
        try (Connection c = dataSource.getConnection()) {
            // PostgreSQL streams a result set only inside a transaction with a fetch size.
            c.setAutoCommit(false);
            try (PreparedStatement ps = prepare(c, sql, args)) {
                ps.setFetchSize(500);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        AuditEntry e = read(rs);
                        out.write(String.join(",", Long.toString(e.sequence()), e.at().toString(), csv(e.principalId()),
                                csv(e.principalUsername()), csv(e.principalName()), e.principalKind(), e.action().name(),
                                csv(e.patientId()), csv(e.recordType()), csv(e.recordId()), Boolean.toString(e.success()),
                                csv(e.detail()), csv(e.remoteAddress()), csv(e.sessionId()), e.hash()));
                        out.write('\n');
                    }
                }
            } finally {
                c.rollback();
                c.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new MekongException("HIS-0174", 500, "error.persistence", "audit export failed: " + e.getMessage(), e);
        }
        out.flush();
    }

    @Override
    public Verification verify() {
        security.require(PERMISSION);
        Verification result = verifyChain();
        try {
            record(AuditAction.READ, null, "audit", null, result.intact(),
                    result.intact() ? "verify: intact, " + result.entries() + " entries"
                            : "verify: broken at " + result.firstBroken() + ": " + result.problem());
        } catch (MekongException e) {
            // A tampered log may refuse new entries (a forged row holds the next sequence): the
            // verdict must still reach the auditor.
            LOG.error("Audit verification could not be recorded in the audit log itself: {}", e.getMessage());
        }
        return result;
    }

    /** Walks the chain without a permission check or an audit entry (the offline verifier). */
    public Verification verifyChain() {
        long checked = 0;
        long expected = 1;
        String previous = AuditChain.GENESIS;
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try {
                long headSeq;
                String headHash;
                try (PreparedStatement ps = c.prepareStatement("SELECT seq, hash FROM plt_audit_head WHERE id = 1");
                        ResultSet rs = ps.executeQuery()) {
                    if (!rs.next()) {
                        return new Verification(false, 0, 0, "the chain's head record is missing");
                    }
                    headSeq = rs.getLong(1);
                    headHash = rs.getString(2);
                }
                try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM plt_audit ORDER BY seq")) {
                    ps.setFetchSize(1000);
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            AuditEntry e = read(rs);
                            String storedPrevious = rs.getString("prev_hash");
                            if (e.sequence() > expected) {
                                return new Verification(false, checked, expected, "missing: entry " + expected
                                        + (e.sequence() - expected > 1 ? " to " + (e.sequence() - 1) : "") + " removed");
                            }
                            if (!previous.equals(storedPrevious)) {
                                return new Verification(false, checked, e.sequence(),
                                        "inserted or reordered: it does not follow entry " + (expected - 1));
                            }
                            if (!chain.hash(previous, e).equals(e.hash())) {
                                return new Verification(false, checked, e.sequence(), "altered: its content does not match its hash");
                            }
                            previous = e.hash();
                            expected++;
                            checked++;
                        }
                    }
                }
                if (headSeq > checked) {
                    return new Verification(false, checked, checked + 1, "missing: entries " + (checked + 1) + " to "
                            + headSeq + " removed from the end");
                }
                if (headSeq < checked) {
                    return new Verification(false, checked, headSeq + 1,
                            "inserted: entries after the last one the HIS wrote");
                }
                if (!headHash.equals(previous)) {
                    return new Verification(false, checked, checked, "altered: the last entry is not the one the HIS wrote");
                }
                return new Verification(true, checked, -1, null);
            } finally {
                c.rollback();
                c.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new MekongException("HIS-0175", 500, "error.persistence", "audit verification failed: " + e.getMessage(), e);
        }
    }

    private static String where(Filter f, List<Object> args) {
        List<String> clauses = new ArrayList<>();
        if (f.patientId() != null && !f.patientId().isBlank()) {
            clauses.add("patient_id = ?");
            args.add(clean(f.patientId().trim()));
        }
        if (f.principal() != null && !f.principal().isBlank()) {
            clauses.add("(principal_id = ? OR LOWER(principal_username) = ?)");
            args.add(clean(f.principal().trim()));
            args.add(clean(f.principal().trim().toLowerCase(Locale.ROOT)));
        }
        if (f.action() != null) {
            clauses.add("action = ?");
            args.add(f.action().name());
        }
        if (f.from() != null) {
            clauses.add("recorded_at >= ?");
            args.add(Timestamp.from(f.from()));
        }
        if (f.to() != null) {
            clauses.add("recorded_at < ?");
            args.add(Timestamp.from(f.to()));
        }
        return clauses.isEmpty() ? "" : " WHERE " + String.join(" AND ", clauses);
    }

    private static PreparedStatement prepare(Connection c, String sql, List<Object> args) throws SQLException {
        PreparedStatement ps = c.prepareStatement(sql);
        for (int i = 0; i < args.size(); i++) {
            ps.setObject(i + 1, args.get(i));
        }
        return ps;
    }

    private static AuditEntry read(ResultSet rs) throws SQLException {
        return new AuditEntry(rs.getLong("seq"), rs.getTimestamp("recorded_at").toInstant(), rs.getString("principal_id"),
                rs.getString("principal_username"), rs.getString("principal_name"), rs.getString("principal_kind"),
                AuditAction.valueOf(rs.getString("action")), rs.getString("patient_id"), rs.getString("record_type"),
                rs.getString("record_id"), rs.getBoolean("success"), rs.getString("detail"),
                rs.getString("remote_address"), rs.getString("session_id"), rs.getString("hash"));
    }

    private static String describe(Filter f) {
        return "patient=" + f.patientId() + " principal=" + f.principal() + " action=" + f.action() + " from=" + f.from()
                + " to=" + f.to();
    }

    /** Shortened to the column's size, without NUL characters (PostgreSQL refuses them in text). */
    private static String cut(String s, int max) {
        String v = clean(s);
        return v == null || v.length() <= max ? v : v.substring(0, max);
    }

    private static String clean(String s) {
        return s == null || s.indexOf('\u0000') < 0 ? s : s.replace("\u0000", "");
    }

    /** RFC 4180 quoting, and a leading quote for cells a spreadsheet would read as a formula. */
    static String csv(String s) {
        if (s == null) {
            return "";
        }
        String v = !s.isEmpty() && "=+-@\t\r".indexOf(s.charAt(0)) >= 0 ? "'" + s : s;
        if (v.contains(",") || v.contains("\"") || v.contains("\n") || v.contains("\r")) {
            return "\"" + v.replace("\"", "\"\"") + "\"";
        }
        return v;
    }
}
