package org.mekonghis.encounter.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.mekonghis.encounter.api.Coverage;
import org.mekonghis.encounter.api.CoverageType;
import org.mekonghis.encounter.api.EncounterDraft;
import org.mekonghis.encounter.api.EncounterService;
import org.mekonghis.encounter.api.EncounterType;
import org.mekonghis.encounter.api.InsuranceRoute;
import org.mekonghis.encounter.api.InvalidEncounterException;
import org.mekonghis.platform.api.FieldError;

class ValidEncounterTest {
    /** KKB has two rooms, TMH one, NOI none, CC none. */
    private static final Map<String, List<String>> ROOMS = Map.of("KKB", List.of("P101", "P102"), "TMH",
            List.of("P201"), "NOI", List.of(), "CC", List.of());

    private static final ValidEncounter.Layout LAYOUT = new ValidEncounter.Layout() {
        @Override
        public boolean activeDepartment(String code) {
            return ROOMS.containsKey(code);
        }

        @Override
        public List<String> activeRooms(String departmentCode) {
            return ROOMS.get(departmentCode);
        }
    };

    private static ValidEncounter of(EncounterDraft draft) {
        return ValidEncounter.of(draft, LAYOUT);
    }

    private static List<FieldError> errors(EncounterDraft draft) {
        return catchThrowableOfType(InvalidEncounterException.class, () -> of(draft)).errors();
    }

    private static EncounterDraft outpatient(String department, String room, Coverage coverage) {
        return new EncounterDraft("p-1", EncounterType.OUTPATIENT, department, room, "Ho kéo dài", coverage);
    }

    @Test
    void of_trimsValues_acceptsLowerCaseCodes_andDefaultsToSelfPay() {
        ValidEncounter valid = of(new EncounterDraft(" p-1 ", EncounterType.OUTPATIENT, " kkb", " p102 ",
                "  Ho   kéo dài ", null));

        assertThat(valid).isEqualTo(new ValidEncounter("p-1", EncounterType.OUTPATIENT, "KKB", "P102", "Ho kéo dài",
                Coverage.selfPay(), null));
    }

    @Test
    void of_withEverythingMissing_reportsEveryField() {
        assertThat(errors(new EncounterDraft(null, null, " ", ""))).extracting(FieldError::field)
                .containsExactly("patientId", "type", "departmentCode", "reason");
    }

    @Test
    void of_withUnknownDepartment_namesTheCode() {
        assertThat(errors(new EncounterDraft("p-1", EncounterType.EMERGENCY, "xyz", "Tai nạn giao thông")))
                .containsExactly(new FieldError("departmentCode", "encounter.error.department.unknown", "XYZ"));
    }

    @Test
    void of_withTooLongReasonOrPatientId_refusesBoth() {
        assertThat(errors(new EncounterDraft("x".repeat(37), EncounterType.EMERGENCY, "CC",
                "a".repeat(EncounterService.REASON_MAX_LENGTH + 1)))).extracting(FieldError::messageKey)
                .containsExactly("encounter.error.patientId.format", "encounter.error.reason.tooLong");
    }

    @Test
    void of_outpatientWithoutRoom_takesTheOnlyRoom_butNeedsAChoiceAmongSeveral_andARoomAtAll() {
        assertThat(of(outpatient("TMH", null, null)).roomCode()).isEqualTo("P201");
        assertThat(errors(outpatient("KKB", null, null)))
                .containsExactly(new FieldError("roomCode", "encounter.error.room.required"));
        assertThat(errors(outpatient("NOI", null, null)))
                .containsExactly(new FieldError("roomCode", "encounter.error.room.none", "NOI"));
    }

    @Test
    void of_withARoomOfAnotherDepartment_refusesIt() {
        assertThat(errors(outpatient("KKB", "P201", null)))
                .containsExactly(new FieldError("roomCode", "encounter.error.room.unknown", "P201", "KKB"));
    }

    @Test
    void of_emergencyWithoutRoom_isAccepted_andInpatientIsRefusedPointingToAdmission() {
        assertThat(of(new EncounterDraft("p-1", EncounterType.EMERGENCY, "CC", "Ngã xe")).roomCode()).isNull();
        assertThat(errors(new EncounterDraft("p-1", EncounterType.INPATIENT, "CC", "Ngã xe")))
                .containsExactly(new FieldError("type", "encounter.error.type.inpatient"));
    }

    @Test
    void of_insuranceWithoutRoute_isRefused() {
        assertThat(errors(outpatient("TMH", null, new Coverage(CoverageType.INSURANCE, null, null, null, null, null,
                null, null, null)))).containsExactly(new FieldError("coverage.route",
                        "encounter.error.coverage.route.required"));
    }

    @Test
    void of_referralWithoutNumberAndWithAMalformedFacility_refusesBoth() {
        assertThat(errors(outpatient("TMH", null, Coverage.referral(" ", "7904")))).containsExactly(
                new FieldError("coverage.referralNumber", "encounter.error.coverage.referralNumber.required"),
                new FieldError("coverage.referralFromFacilityCode", "encounter.error.facility.format", "7904"));
    }

    @Test
    void of_referral_keepsNumberAndFacility() {
        ValidEncounter valid = of(outpatient("TMH", null, Coverage.referral(" 123/GCT ", "79048")));

        assertThat(valid.coverage()).isEqualTo(Coverage.referral("123/GCT", "79048"));
    }

    @Test
    void of_referralDetailsWithoutReferralRoute_orEmergencyRouteForAnOutpatient_areRefused() {
        Coverage correctWithPaper = new Coverage(CoverageType.INSURANCE, InsuranceRoute.CORRECT_ROUTE, "1/GCT", null,
                null, null, null, null, null);
        assertThat(errors(outpatient("TMH", null, correctWithPaper))).containsExactly(
                new FieldError("coverage.referralNumber", "encounter.error.coverage.referralOnly"));
        assertThat(errors(outpatient("TMH", null, Coverage.insurance(InsuranceRoute.EMERGENCY)))).containsExactly(
                new FieldError("coverage.route", "encounter.error.coverage.route.emergencyOnly"));
    }

    @Test
    void of_selfPayWithARoute_isRefused() {
        assertThat(errors(outpatient("TMH", null, new Coverage(CoverageType.SELF_PAY, InsuranceRoute.CORRECT_ROUTE,
                null, null, null, null, null, null, null)))).containsExactly(new FieldError("coverage.route",
                        "encounter.error.coverage.route.selfPay"));
    }
}
