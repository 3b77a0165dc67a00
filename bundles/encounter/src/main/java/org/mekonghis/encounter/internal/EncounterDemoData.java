package org.mekonghis.encounter.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;

import org.mekonghis.encounter.api.AdmissionDraft;
import org.mekonghis.encounter.api.BedCensus;
import org.mekonghis.encounter.api.Closing;
import org.mekonghis.encounter.api.Coverage;
import org.mekonghis.encounter.api.Discharge;
import org.mekonghis.encounter.api.DischargeKind;
import org.mekonghis.encounter.api.EncounterDraft;
import org.mekonghis.encounter.api.EncounterDto;
import org.mekonghis.encounter.api.EncounterOutcome;
import org.mekonghis.encounter.api.EncounterType;
import org.mekonghis.encounter.api.InsuranceRoute;
import org.mekonghis.encounter.api.TreatmentResult;
import org.mekonghis.patient.api.InsuranceCard;
import org.mekonghis.patient.api.PatientDto;
import org.mekonghis.patient.api.PatientPage;
import org.mekonghis.patient.api.PatientService;
import org.mekonghis.platform.api.audit.AuditLog;
import org.mekonghis.platform.api.demo.DemoDataContributor;
import org.mekonghis.platform.api.persistence.Database;
import org.mekonghis.platform.api.security.SecurityContext;
import org.mekonghis.terminology.api.Icd10Service;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Demo visits, always the same ones for the same day (fixed seed): over the last
 * {@value #PAST_DAYS} days, outpatient visits in every clinic room with diagnoses and outcomes,
 * emergencies, admissions (some discharged since, some on leave); today, a morning of check-ins
 * with patients still waiting in the queues. About {@value #CURRENT_INPATIENTS} patients lie in
 * beds. Everything goes through the real services (validation, codes, queue numbers, events,
 * audit), run with a clock set to the simulated moment.
 *
 * <p>It needs the patient registry's demo patients: the reference to the registry's demo
 * contributor makes this one appear only after that one, and the platform loads contributors as
 * they appear. Should the registry still be empty, loading fails with a clear message and is
 * tried again at the next start.
 */
@Component(service = DemoDataContributor.class)
public final class EncounterDemoData implements DemoDataContributor {
    private static final Logger LOG = LoggerFactory.getLogger(EncounterDemoData.class);
    static final String ID = "encounter.demo";
    static final long SEED = 20260315L;
    static final int PAST_DAYS = 6;
    static final int CURRENT_INPATIENTS = 20;
    /** Diagnoses of an outpatient clinic, used when the ICD-10 catalog knows them. */
    private static final String[] OUTPATIENT_CODES = {"J06.9", "J02.9", "I10", "E11.9", "K29.7", "M54.5", "J20.9",
        "A09", "R51", "J03.9", "K21.9", "E78.5", "M17.9", "N39.0", "H52.1", "J30.3"};
    /** Adult departments by how often they admit, and the diagnoses they admit for. */
    private static final String[] ADULT_DEPARTMENTS = {"NOI", "NOI", "NOI", "NGOAI", "NGOAI", "TN", "HSTC"};
    private static final java.util.Map<String, String[]> ADMISSION_CODES = java.util.Map.of(
            "NOI", new String[] {"J18.9", "I63.9", "I50.9", "J44.9", "E11.9"},
            "NGOAI", new String[] {"K35.8", "K80.2"},
            "NHI", new String[] {"J18.9", "A90", "A09"},
            "SAN", new String[] {"O80"},
            "TN", new String[] {"A90", "A09"},
            "HSTC", new String[] {"I21.9", "I63.9"});
    private static final String[] REFERRING = {"79048", "79024", "01001", "48001", "92010"};

    private final Database database;
    private final PatientService patients;
    private final Icd10Service icd10;
    private final SecurityContext security;
    private final AuditLog audit;
    private final MovableClock clock = new MovableClock();

    @Activate
    public EncounterDemoData(@Reference EncounterDatabase store, @Reference PatientService patients,
            @Reference Icd10Service icd10, @Reference SecurityContext security, @Reference AuditLog audit,
            @Reference(target = "(component.name=org.mekonghis.patient.internal.PatientDemoData)")
            DemoDataContributor patientDemo) {
        this.database = store.database();
        this.patients = patients;
        this.icd10 = icd10;
        this.security = security;
        this.audit = audit;
    }

    @Override
    public String id() {
        return ID;
    }

    /** A clock the demo moves to each simulated moment. */
    static final class MovableClock extends Clock {
        private volatile Instant now = Instant.now();

        void set(Instant instant) {
            now = instant;
        }

        @Override
        public ZoneId getZone() {
            return Encounters.FACILITY_ZONE;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    @Override
    public void load() {
        long started = System.nanoTime();
        Instant realNow = Instant.now();
        LocalDate today = Encounters.day(realNow);
        List<PatientDto> people = patients();
        if (people.size() < 100) {
            throw new IllegalStateException("ENC-0102: encounter demo data needs the patient demo data ("
                    + people.size() + " patients found); it is loaded again at the next start");
        }
        EncounterServiceImpl encounters = new EncounterServiceImpl(database, patients, icd10, security, audit, clock);
        InpatientServiceImpl inpatients = new InpatientServiceImpl(database, patients, security, audit, clock);
        Random random = new Random(SEED);
        List<String[]> roomDepartments = database.read(em -> em.createQuery("SELECT r FROM Room r WHERE r.active = :a"
                + " ORDER BY r.sortOrder, r.code", Room.class).setParameter("a", true).getResultList()).stream()
                .map(r -> new String[] {r.code(), r.departmentCode()}).toList();
        if (roomDepartments.isEmpty()) {
            LOG.warn("no active clinic room: no encounter demo data");
            return;
        }
        int next = 0;
        int visits = 0;
        List<EncounterDto> inpatientStays = new ArrayList<>();
        for (int d = PAST_DAYS; d >= 1; d--) {
            LocalDate day = today.minusDays(d);
            int count = 18 + random.nextInt(8);
            for (int i = 0; i < count; i++) {
                PatientDto patient = people.get(next++ % people.size());
                String[] room = roomFor(patient, day, roomDepartments, random.nextInt(1000));
                at(day, LocalTime.of(7, 0).plusMinutes(i * 12L + random.nextInt(10)));
                EncounterDto visit = openOutpatient(encounters, patient, room, day, random);
                if (visit == null) {
                    continue;
                }
                visits++;
                at(day, LocalTime.of(7, 30).plusMinutes(i * 12L + random.nextInt(10)));
                encounters.startConsultation(visit.id());
                diagnose(encounters, visit.id(), OUTPATIENT_CODES, random);
                at(day, LocalTime.of(7, 45).plusMinutes(i * 12L + random.nextInt(10)));
                encounters.finishConsultation(visit.id());
                int roll = random.nextInt(100);
                if (roll < 8 && inpatientStays.size() < CURRENT_INPATIENTS + 8) {
                    admit(inpatients, encounters, visit, patient, day, random).ifPresent(inpatientStays::add);
                } else if (roll < 12) {
                    encounters.close(visit.id(), new Closing(EncounterOutcome.REFERRED,
                            REFERRING[random.nextInt(REFERRING.length)], "Vượt khả năng chuyên môn", null));
                } else {
                    encounters.close(visit.id(), new Closing(EncounterOutcome.HOME, null, null,
                            "Tái khám sau 1 tuần hoặc khi có dấu hiệu bất thường."));
                }
            }
            // emergencies of the day, most of them admitted
            for (int i = 0; i < 3; i++) {
                PatientDto patient = people.get(next++ % people.size());
                at(day, LocalTime.of(13, 0).plusMinutes(i * 95L + random.nextInt(30)));
                String complaint = random.nextBoolean() ? "Đau ngực, khó thở" : "Sốt cao, co giật";
                EncounterDto emergency = open(encounters, new EncounterDraft(patient.id(), EncounterType.EMERGENCY,
                        "CC", null, complaint, emergencyCoverage(patient, day)));
                if (emergency == null) {
                    continue;
                }
                visits++;
                at(day, LocalTime.of(14, 0).plusMinutes(i * 95L + random.nextInt(30)));
                if (inpatientStays.size() < CURRENT_INPATIENTS + 8 && random.nextInt(100) < 85) {
                    admit(inpatients, encounters, emergency, patient, day, random).ifPresent(inpatientStays::add);
                } else {
                    encounters.close(emergency.id(), Closing.of(EncounterOutcome.HOME));
                }
            }
            // patients admitted two days ago or earlier go home now and then
            for (EncounterDto stay : List.copyOf(inpatientStays)) {
                if (inpatientStays.size() <= CURRENT_INPATIENTS - 4 || !stay.openedAt().isBefore(
                        day.minusDays(1).atStartOfDay(Encounters.FACILITY_ZONE).toInstant())
                        || random.nextInt(100) >= 35) {
                    continue;
                }
                at(day, LocalTime.of(10, 0).plusMinutes(random.nextInt(120)));
                inpatients.discharge(stay.id(), new Discharge(DischargeKind.NORMAL, random.nextInt(100) < 70
                        ? TreatmentResult.CURED : TreatmentResult.IMPROVED, null, null,
                        "Tái khám sau 2 tuần."));
                inpatientStays.remove(stay);
            }
        }
        // two patients went home on leave yesterday and come back tomorrow
        for (int i = 0; i < Math.min(2, inpatientStays.size()); i++) {
            at(today.minusDays(1), LocalTime.of(16, 0));
            inpatients.startLeave(inpatientStays.get(i).id(), today.plusDays(1),
                    "Về nhà giải quyết việc gia đình");
        }
        // this morning: check-ins every few minutes until now; the first ones are seen, the rest wait
        Instant nowish = Instant.now();
        int todayCount = 30;
        java.util.Set<String> inHospital = new java.util.HashSet<>();
        inpatientStays.forEach(e -> inHospital.add(e.patientId()));
        for (int i = 0; i < todayCount; i++) {
            PatientDto patient = people.get(next++ % people.size());
            if (inHospital.contains(patient.id())) {
                continue;
            }
            String[] room = roomFor(patient, today, roomDepartments, i);
            clock.set(nowish.minusSeconds((todayCount - i) * 240L));
            EncounterDto visit = openOutpatient(encounters, patient, room, today, random);
            if (visit == null) {
                continue;
            }
            visits++;
            if (i < todayCount / 3) {
                encounters.startConsultation(visit.id());
                diagnose(encounters, visit.id(), OUTPATIENT_CODES, random);
                if (i < todayCount / 5) {
                    encounters.finishConsultation(visit.id());
                }
            }
        }
        clock.set(Instant.now());
        LOG.info("{} demo visits ({} in hospital now) loaded in {} ms", visits, inpatientStays.size(),
                (System.nanoTime() - started) / 1_000_000);
    }

    private List<PatientDto> patients() {
        List<PatientDto> all = new ArrayList<>();
        for (int page = 0; page < 5; page++) {
            PatientPage p = patients.search("", null, null, page, PatientService.PAGE_SIZE_MAX);
            all.addAll(p.items());
            if (p.items().size() < PatientService.PAGE_SIZE_MAX) {
                break;
            }
        }
        // the same order whatever the search's order: by patient code
        all.sort(Comparator.comparing(PatientDto::code));
        return all;
    }

    private void at(LocalDate day, LocalTime time) {
        clock.set(day.atTime(time).atZone(Encounters.FACILITY_ZONE).toInstant());
    }

    private EncounterDto openOutpatient(EncounterServiceImpl encounters, PatientDto patient, String[] room,
            LocalDate day, Random random) {
        Coverage coverage = Coverage.selfPay();
        if (validOn(patient.insuranceCard(), day)) {
            int roll = random.nextInt(100);
            coverage = roll < 75 ? Coverage.insurance(InsuranceRoute.CORRECT_ROUTE)
                    : roll < 90 ? Coverage.referral("CT" + (1000 + random.nextInt(9000)) + "/" + day.getYear(),
                            REFERRING[random.nextInt(REFERRING.length)])
                    : Coverage.insurance(InsuranceRoute.WRONG_ROUTE);
        }
        String[] reasons = {"Ho, sốt 3 ngày", "Đau bụng vùng thượng vị", "Khám tăng huyết áp định kỳ", "Đau lưng",
            "Chóng mặt, mệt mỏi", "Khám sức khỏe", "Đau họng, nuốt đau", "Tái khám đái tháo đường"};
        return open(encounters, new EncounterDraft(patient.id(), EncounterType.OUTPATIENT, room[1], room[0],
                reasons[random.nextInt(reasons.length)], coverage));
    }

    private static Coverage emergencyCoverage(PatientDto patient, LocalDate day) {
        return validOn(patient.insuranceCard(), day) ? Coverage.insurance(InsuranceRoute.EMERGENCY)
                : Coverage.selfPay();
    }

    private static boolean validOn(InsuranceCard card, LocalDate day) {
        return card != null && card.number() != null && (card.validFrom() == null || !card.validFrom().isAfter(day))
                && (card.validTo() == null || !card.validTo().isBefore(day));
    }

    /** Opens the visit, or null when the patient cannot have one now (e.g. an encounter of that type still open). */
    private static EncounterDto open(EncounterServiceImpl encounters, EncounterDraft draft) {
        try {
            return encounters.open(draft);
        } catch (RuntimeException e) {
            LOG.debug("demo visit skipped: {}", e.getMessage());
            return null;
        }
    }

    private void diagnose(EncounterServiceImpl encounters, String encounterId, String[] codes, Random random) {
        String primary = codes[random.nextInt(codes.length)];
        String secondary = codes[random.nextInt(codes.length)];
        List<String> known = new ArrayList<>();
        for (String code : secondary.equals(primary) ? List.of(primary) : List.of(primary, secondary)) {
            if (icd10.find(code).filter(c -> c.billable()).isPresent()) {
                known.add(code);
            }
        }
        if (!known.isEmpty()) {
            encounters.setDiagnoses(encounterId, known.get(0), known.subList(1, known.size()));
        }
    }

    private static int age(PatientDto patient, LocalDate day) {
        return day.getYear() - patient.birthYear();
    }

    /**
     * A clinic room that fits the patient: children to the paediatric clinic, the obstetric clinic
     * for women only, otherwise any other room ({@code pick} chooses among them).
     */
    private static String[] roomFor(PatientDto patient, LocalDate day, List<String[]> rooms, int pick) {
        boolean child = age(patient, day) < 16;
        boolean woman = patient.sex() == org.mekonghis.patient.api.Sex.FEMALE && age(patient, day) >= 18;
        List<String[]> fit = rooms.stream().filter(r -> child ? r[0].equals("P105")
                : !r[0].equals("P105") && (woman || !r[0].equals("P104"))).toList();
        List<String[]> choice = fit.isEmpty() ? rooms : fit;
        return choice.get(pick % choice.size());
    }

    private java.util.Optional<EncounterDto> admit(InpatientServiceImpl inpatients, EncounterServiceImpl encounters,
            EncounterDto from, PatientDto patient, LocalDate day, Random random) {
        int age = age(patient, day);
        String department = age < 16 ? "NHI"
                : patient.sex() == org.mekonghis.patient.api.Sex.FEMALE && age >= 18 && age <= 42
                        && random.nextInt(100) < 30 ? "SAN"
                        : ADULT_DEPARTMENTS[random.nextInt(ADULT_DEPARTMENTS.length)];
        List<BedCensus> free = inpatients.census(department).beds().stream().filter(b -> !b.occupied()).toList();
        if (free.isEmpty()) {
            encounters.close(from.id(), Closing.of(EncounterOutcome.HOME));
            return java.util.Optional.empty();
        }
        try {
            EncounterDto admitted = inpatients.admit(new AdmissionDraft(from.id(), department, free.get(0).bedCode(),
                    "Điều trị nội trú theo dõi diễn biến"));
            diagnose(encounters, admitted.id(), ADMISSION_CODES.get(department), random);
            return java.util.Optional.of(admitted);
        } catch (RuntimeException e) {
            // e.g. the patient is still in hospital from an earlier demo admission
            LOG.debug("demo admission skipped: {}", e.getMessage());
            encounters.close(from.id(), Closing.of(EncounterOutcome.HOME));
            return java.util.Optional.empty();
        }
    }
}
