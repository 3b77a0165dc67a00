package org.mekonghis.encounter.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.EntityManager;

import org.mekonghis.encounter.api.Diagnosis;
import org.mekonghis.encounter.api.EncounterClosed;
import org.mekonghis.encounter.api.EncounterDto;
import org.mekonghis.encounter.api.EncounterNotFoundException;
import org.mekonghis.encounter.api.EncounterOpened;
import org.mekonghis.encounter.api.EncounterType;
import org.mekonghis.encounter.api.InpatientService;

/**
 * Queries on encounters and their parts that the services share, each run with the caller's
 * entity manager (inside or outside a transaction).
 */
final class Encounters {
    /** Queue days, card validity, days of stay and code years are those of the facility. */
    static final ZoneId FACILITY_ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

    private Encounters() {
    }

    static LocalDate day(Instant instant) {
        return LocalDate.ofInstant(instant, FACILITY_ZONE);
    }

    /** @throws EncounterNotFoundException when there is no encounter {@code encounterId} */
    static Encounter find(EntityManager em, String encounterId) {
        Encounter encounter = encounterId == null || encounterId.isBlank() || encounterId.length() > 36 ? null
                : em.find(Encounter.class, encounterId);
        if (encounter == null) {
            throw new EncounterNotFoundException(encounterId);
        }
        return encounter;
    }

    /** The current diagnoses, main first. */
    static List<Diagnosis> diagnoses(EntityManager em, String encounterId) {
        return currentDiagnoses(em, encounterId).stream().map(EncounterDiagnosis::toDiagnosis).toList();
    }

    static List<EncounterDiagnosis> currentDiagnoses(EntityManager em, String encounterId) {
        return em.createQuery("SELECT d FROM EncounterDiagnosis d WHERE d.encounterId = :e AND d.replacedAt IS NULL"
                + " ORDER BY d.position", EncounterDiagnosis.class).setParameter("e", encounterId).getResultList();
    }

    static EncounterDto toDto(EntityManager em, Encounter encounter) {
        return encounter.toDto(diagnoses(em, encounter.id()));
    }

    static Optional<Encounter> openEncounter(EntityManager em, String patientId, EncounterType type) {
        return em.createQuery("SELECT e FROM Encounter e WHERE e.openSlot = :slot", Encounter.class)
                .setParameter("slot", Encounter.openSlot(patientId, type)).getResultList().stream().findFirst();
    }

    static boolean departmentActive(EntityManager em, String code) {
        Department department = code == null ? null : em.find(Department.class, code);
        return department != null && department.active();
    }

    static List<String> activeRooms(EntityManager em, String departmentCode) {
        return em.createQuery("SELECT r.code FROM Room r WHERE r.departmentCode = :d AND r.active = :a"
                + " ORDER BY r.sortOrder, r.code", String.class).setParameter("d", departmentCode)
                .setParameter("a", true).getResultList();
    }

    static ValidEncounter.Layout layout(EntityManager em) {
        return new ValidEncounter.Layout() {
            @Override
            public boolean activeDepartment(String code) {
                return departmentActive(em, code);
            }

            @Override
            public List<String> activeRooms(String departmentCode) {
                return Encounters.activeRooms(em, departmentCode);
            }
        };
    }

    /** The current bed stay of an inpatient encounter, if any. */
    static Optional<BedStay> currentStay(EntityManager em, String encounterId) {
        return em.createQuery("SELECT s FROM BedStay s WHERE s.encounterId = :e AND s.endedAt IS NULL", BedStay.class)
                .setParameter("e", encounterId).getResultList().stream().findFirst();
    }

    static List<BedStay> stays(EntityManager em, String encounterId) {
        return em.createQuery("SELECT s FROM BedStay s WHERE s.encounterId = :e ORDER BY s.startedAt, s.id",
                BedStay.class).setParameter("e", encounterId).getResultList();
    }

    static Optional<Leave> openLeave(EntityManager em, String encounterId) {
        return em.createQuery("SELECT l FROM Leave l WHERE l.openLeave = :e", Leave.class)
                .setParameter("e", encounterId).getResultList().stream().findFirst();
    }

    /** Whether a patient holds {@code bedCode} now. */
    static boolean bedOccupied(EntityManager em, String bedCode) {
        return !em.createQuery("SELECT s.id FROM BedStay s WHERE s.occupiedBed = :b", String.class)
                .setParameter("b", bedCode).getResultList().isEmpty();
    }

    static EncounterOpened opened(Encounter e, Instant now) {
        var c = e.coverage();
        return new EncounterOpened(e.id(), e.code(), e.patientId(), e.type().name(), e.departmentCode(),
                e.queueNumber(), now, e.roomCode(), c.type().name(), c.route() == null ? null : c.route().name(),
                c.cardNumber(), e.fromEncounterId());
    }

    /** The event of a closed encounter, with what billing and claims start from. */
    static EncounterClosed closed(EntityManager em, Encounter e) {
        EncounterDto dto = toDto(em, e);
        List<String> departments = new ArrayList<>();
        Integer daysOfStay = null;
        if (e.type() == EncounterType.INPATIENT) {
            for (BedStay stay : stays(em, e.id())) {
                if (departments.isEmpty() || !departments.get(departments.size() - 1).equals(stay.departmentCode())) {
                    departments.add(stay.departmentCode());
                }
            }
            daysOfStay = InpatientService.daysOfStay(day(dto.openedAt()), day(dto.closedAt()));
        }
        if (departments.isEmpty()) {
            departments.add(dto.departmentCode());
        }
        var c = dto.coverage();
        String referredTo = dto.discharge() != null ? dto.discharge().referredToFacilityCode()
                : dto.closing() == null ? null : dto.closing().referredToFacilityCode();
        return new EncounterClosed(dto.id(), dto.code(), dto.patientId(), dto.type().name(), dto.departmentCode(),
                dto.outcome().name(), dto.openedAt(), dto.closedAt(), referredTo,
                dto.discharge() == null ? null : dto.discharge().result().name(),
                dto.discharge() == null ? null : dto.discharge().kind().name(),
                dto.primaryDiagnosis() == null ? null : dto.primaryDiagnosis().code(),
                dto.secondaryDiagnoses().stream().map(Diagnosis::code).toList(), c.type().name(),
                c.route() == null ? null : c.route().name(), c.cardNumber(), dto.fromEncounterId(),
                dto.admittedAsEncounterId(), departments, daysOfStay);
    }
}
