package org.mekonghis.patient.internal;

import java.time.Clock;
import java.time.LocalDate;

import org.mekonghis.patient.api.PatientDraft;
import org.mekonghis.patient.api.PatientService;
import org.mekonghis.platform.api.demo.DemoDataContributor;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@value #COUNT} fictitious patients for demonstrations, always the same ones (fixed seed).
 * Registered through the registry like any other patient (the platform runs this as the system
 * principal), so each is validated, gets its code, history, event and audit entry.
 */
@Component(service = DemoDataContributor.class)
public final class PatientDemoData implements DemoDataContributor {
    private static final Logger LOG = LoggerFactory.getLogger(PatientDemoData.class);
    static final String ID = "patient.demo";
    static final int COUNT = 500;
    static final long SEED = 20250701L;

    private final PatientService patients;
    private final Clock clock;

    @Activate
    public PatientDemoData(@Reference PatientService patients) {
        this(patients, Clock.systemUTC());
    }

    PatientDemoData(PatientService patients, Clock clock) {
        this.patients = patients;
        this.clock = clock;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public void load() {
        long started = System.nanoTime();
        LocalDate today = LocalDate.ofInstant(clock.instant(), PatientServiceImpl.FACILITY_ZONE);
        for (PatientDraft draft : new DemoPatients(SEED, today).next(COUNT)) {
            patients.register(draft);
        }
        LOG.info("{} demo patients registered in {} ms", COUNT, (System.nanoTime() - started) / 1_000_000);
    }
}
