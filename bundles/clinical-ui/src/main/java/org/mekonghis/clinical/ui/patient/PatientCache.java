package org.mekonghis.clinical.ui.patient;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.mekonghis.patient.api.PatientDto;
import org.mekonghis.patient.api.PatientNotFoundException;
import org.mekonghis.patient.api.PatientService;
import org.mekonghis.platform.api.security.AccessDeniedException;

/**
 * The patients a screen lists by id (a room's queue, a ward's beds), each read from the registry
 * once while the screen is open: every read is audited, and a screen that refreshes itself must
 * not add an entry to a patient's trail at every refresh.
 */
public final class PatientCache {
    private final PatientService patients;
    private final Map<String, Optional<PatientDto>> known = new HashMap<>();

    public PatientCache(PatientService patients) {
        this.patients = patients;
    }

    /** The patient, or empty when the user may not read it or it does not exist. */
    public Optional<PatientDto> get(String patientId) {
        if (patientId == null) {
            return Optional.empty();
        }
        return known.computeIfAbsent(patientId, id -> {
            try {
                return Optional.of(patients.get(id));
            } catch (AccessDeniedException | PatientNotFoundException e) {
                return Optional.empty();
            }
        });
    }

    /** Forgets a patient, so its next {@link #get} reads it again (after a change). */
    public void forget(String patientId) {
        known.remove(patientId);
    }
}
