package org.mekonghis.platform.ui.testing;

import java.io.IOException;
import java.io.Writer;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;

import org.mekonghis.platform.api.audit.AuditEntry;
import org.mekonghis.platform.api.audit.AuditTrail;
import org.mekonghis.platform.api.security.SecurityContext;

/**
 * An {@link AuditTrail} for tests over a list of entries. Like the real one it requires
 * {@value AuditTrail#PERMISSION} of the thread's principal, so a call the shell makes without the
 * signed-in user on the thread fails. The verification result is set by the test.
 */
public final class FakeAuditTrail implements AuditTrail {

    private final SecurityContext security;
    private final List<AuditEntry> entries = new CopyOnWriteArrayList<>();
    private final List<Filter> searches = new CopyOnWriteArrayList<>();
    private final List<Integer> offsets = new CopyOnWriteArrayList<>();
    private final AtomicReference<Verification> verification = new AtomicReference<>();

    public FakeAuditTrail(SecurityContext security) {
        this.security = security;
    }

    public void add(AuditEntry entry) {
        entries.add(entry);
    }

    public void clear() {
        entries.clear();
        searches.clear();
        offsets.clear();
    }

    /** The filters searched so far. */
    public List<Filter> searches() {
        return List.copyOf(searches);
    }

    /** The offsets of the pages asked for so far. */
    public List<Integer> offsets() {
        return List.copyOf(offsets);
    }

    /** What {@link #verify()} answers; by default an intact chain of all entries. */
    public void setVerification(Verification value) {
        verification.set(value);
    }

    private Stream<AuditEntry> matching(Filter filter) {
        return entries.stream()
                .filter(e -> filter.patientId() == null || filter.patientId().equals(e.patientId()))
                .filter(e -> filter.principal() == null || filter.principal().equals(e.principalId())
                        || filter.principal().equals(e.principalUsername())
                        || filter.principal().equals(e.principalName()))
                .filter(e -> filter.action() == null || filter.action() == e.action())
                .filter(e -> filter.from() == null || !e.at().isBefore(filter.from()))
                .filter(e -> filter.to() == null || e.at().isBefore(filter.to()));
    }

    @Override
    public List<AuditEntry> search(Filter filter, int offset, int limit) {
        security.require(PERMISSION);
        searches.add(filter);
        offsets.add(offset);
        return matching(filter).sorted(Comparator.comparingLong(AuditEntry::sequence).reversed()).skip(offset)
                .limit(limit).toList();
    }

    @Override
    public void exportCsv(Filter filter, Writer out) throws IOException {
        security.require(PERMISSION);
        out.write("sequence,at,principal_id,action,patient_id,success\n");
        for (AuditEntry e : matching(filter).sorted(Comparator.comparingLong(AuditEntry::sequence)).toList()) {
            out.write(e.sequence() + "," + e.at() + "," + e.principalId() + "," + e.action() + ","
                    + (e.patientId() == null ? "" : e.patientId()) + "," + e.success() + "\n");
        }
    }

    @Override
    public Verification verify() {
        security.require(PERMISSION);
        Verification set = verification.get();
        return set != null ? set : new Verification(true, entries.size(), -1, null);
    }
}
