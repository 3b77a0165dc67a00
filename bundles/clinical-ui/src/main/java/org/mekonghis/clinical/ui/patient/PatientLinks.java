package org.mekonghis.clinical.ui.patient;

/** Where a patient's chart opens. */
public final class PatientLinks {
    /** The chart's route; the patient's internal id follows it. */
    public static final String CHART_ROUTE = "patients";

    private PatientLinks() {
    }

    /** The chart of the patient, relative to the application root. */
    public static String chart(String patientId) {
        return CHART_ROUTE + "/" + patientId;
    }
}
