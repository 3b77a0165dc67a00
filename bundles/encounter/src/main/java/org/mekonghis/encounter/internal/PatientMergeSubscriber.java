package org.mekonghis.encounter.internal;

import java.util.List;
import java.util.Set;

import jakarta.persistence.EntityManager;

import org.mekonghis.encounter.api.EncounterService;
import org.mekonghis.patient.api.PatientMerged;
import org.mekonghis.platform.api.audit.AuditAction;
import org.mekonghis.platform.api.audit.AuditLog;
import org.mekonghis.platform.api.event.EventEnvelope;
import org.mekonghis.platform.api.event.EventSubscriber;
import org.mekonghis.platform.api.persistence.Database;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * When the patient registry merges a duplicate record into a surviving one (typically an
 * unidentified emergency patient who turned out to be known), hands the merged record's
 * encounters and bed stays to the survivor. Each re-pointed row keeps the id it was opened for
 * ({@code original_patient_id}); each re-pointed encounter gets an UPDATE audit entry under the
 * survivor (the platform runs subscribers as the system principal). Delivery is at least once:
 * {@link Database#handleOnce} makes a redelivery change nothing.
 */
@Component(service = EventSubscriber.class)
public final class PatientMergeSubscriber implements EventSubscriber {
    private static final Logger LOG = LoggerFactory.getLogger(PatientMergeSubscriber.class);
    /** Released ids never change: the platform remembers handled events under this id. */
    static final String ID = "encounter.patient-merged";

    private final Database database;
    private final AuditLog audit;

    @Activate
    public PatientMergeSubscriber(@Reference EncounterDatabase store, @Reference AuditLog audit) {
        this(store.database(), audit);
    }

    PatientMergeSubscriber(Database database, AuditLog audit) {
        this.database = database;
        this.audit = audit;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public Set<String> topics() {
        return Set.of(PatientMerged.TOPIC);
    }

    @Override
    public void onEvent(EventEnvelope event) {
        if (!PatientMerged.TOPIC.equals(event.topic())) {
            return;
        }
        PatientMerged merged = event.payload(PatientMerged.class);
        int[] count = new int[1];
        boolean handled = database.handleOnce(ID, event, tx -> {
            EntityManager em = tx.em();
            List<Encounter> encounters = em.createQuery("SELECT e FROM Encounter e WHERE e.patientId = :p"
                    + " ORDER BY e.openedAt", Encounter.class).setParameter("p", merged.mergedId()).getResultList();
            for (Encounter encounter : encounters) {
                boolean slotFree = encounter.closed()
                        || Encounters.openEncounter(em, merged.survivorId(), encounter.type()).isEmpty();
                encounter.repoint(merged.survivorId(), slotFree);
                // each slot change is written before the next encounter's slot is looked at
                em.flush();
                audit.record(AuditAction.UPDATE, merged.survivorId(), EncounterService.AUDIT_RECORD_TYPE,
                        encounter.id(), true, "re-pointed from merged patient " + merged.mergedId());
            }
            for (BedStay stay : em.createQuery("SELECT s FROM BedStay s WHERE s.patientId = :p", BedStay.class)
                    .setParameter("p", merged.mergedId()).getResultList()) {
                stay.repoint(merged.survivorId());
            }
            count[0] = encounters.size();
        });
        if (handled) {
            LOG.info("{} encounters of merged patient {} re-pointed to {} (event {})", count[0], merged.mergedId(),
                    merged.survivorId(), event.id());
        } else {
            LOG.debug("event {} was already handled; redelivery ignored", event.id());
        }
    }
}
