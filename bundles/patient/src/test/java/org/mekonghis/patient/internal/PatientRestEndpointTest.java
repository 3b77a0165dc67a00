package org.mekonghis.patient.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;
import static org.assertj.core.api.Assertions.tuple;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.mekonghis.platform.api.FieldError;
import org.mekonghis.patient.api.InvalidPatientException;
import org.mekonghis.patient.api.Address;
import org.mekonghis.patient.api.Guardian;
import org.mekonghis.patient.api.InsuranceCard;
import org.mekonghis.patient.api.PatientDraft;
import org.mekonghis.patient.api.PatientDto;
import org.mekonghis.patient.api.PatientFieldChange;
import org.mekonghis.patient.api.Sex;
import org.mekonghis.patient.api.UnidentifiedPatientDraft;

class PatientRestEndpointTest {
    private final PatientRestEndpoint endpoint = new PatientRestEndpoint(null, null);

    private static ByteArrayInputStream body(String json) {
        return new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void readVoidReason_returnsTheReasonAsSent_leavingBlankOnesToTheService() throws IOException {
        assertThat(endpoint.readVoidReason(body("{\"reason\":\"Hồ sơ trùng\"}"))).isEqualTo("Hồ sơ trùng");
        assertThat(endpoint.readVoidReason(body("{}"))).isNull();
    }

    @Test
    void readVoidReason_refusesUnknownFieldsAndMalformedBodies() {
        assertThatThrownBy(() -> endpoint.readVoidReason(body("{\"why\":\"x\"}")))
                .isInstanceOfSatisfying(InvalidPatientException.class, e -> assertThat(e.errors())
                        .extracting(FieldError::field, FieldError::messageKey)
                        .containsExactly(tuple("why", "patient.error.unknownField")));
        assertThatThrownBy(() -> endpoint.readVoidReason(body("null"))).isInstanceOf(InvalidPatientException.class);
        assertThatThrownBy(() -> endpoint.readVoidReason(body("{\"reason\":\"a\"} x")))
                .isInstanceOf(InvalidPatientException.class);
    }

    @Test
    void historyEntry_isWrittenWithIsoTimeAndNullsKept() {
        Map<String, Object> json = PatientRestEndpoint.toJson(new PatientFieldChange(Instant.parse("2026-03-01T02:03:04Z"), "u1",
                "phone", null, "0912345678"));
        assertThat(json).containsExactly(entry("at", "2026-03-01T02:03:04Z"),
                entry("by", "u1"), entry("field", "phone"),
                entry("oldValue", null), entry("newValue", "0912345678"));
    }

    @Test
    void readDraft_readsTheFieldsOfApi12() throws IOException {
        PatientDraft draft = endpoint.readDraft(body("""
                {"fullName":"Trần Gia Bảo","birthDate":"2024-06-01","sex":"MALE","ethnicityCode":"05",
                 "nationalityCode":"VN","occupation":null,
                 "insuranceCard":{"number":"TE1010120878811","validFrom":"2026-01-01","validTo":"2026-12-31",
                                  "facilityCode":"01001","fiveYearsContinuousFrom":"2029-06-01"},
                 "address":{"provinceCode":"01","communeCode":"00004","street":"1 Phố Huế",
                            "formerDistrict":"Quận Hai Bà Trưng"},
                 "guardian":{"fullName":"Lê Thị Hoa","relationship":"Mẹ","phone":"0901234567","cccd":null}}"""));
        assertThat(draft.nationalityCode()).isEqualTo("VN");
        assertThat(draft.insuranceCard().fiveYearsContinuousFrom()).isEqualTo(LocalDate.of(2029, 6, 1));
        assertThat(draft.address().formerDistrict()).isEqualTo("Quận Hai Bà Trưng");
        assertThat(draft.guardian()).isEqualTo(new Guardian("Lê Thị Hoa", "Mẹ", "0901234567", null));
    }

    @Test
    void readDraft_refusesABadFiveYearsDate_onItsField() {
        assertThatThrownBy(() -> endpoint.readDraft(body("{\"insuranceCard\":{\"fiveYearsContinuousFrom\":\"1/6/2029\"}}")))
                .isInstanceOfSatisfying(InvalidPatientException.class, e -> assertThat(e.errors())
                        .extracting(FieldError::field).containsExactly("insuranceCard.fiveYearsContinuousFrom"));
    }

    @Test
    void readUnidentified_readsSexAgeAndDescription_andRefusesAnUnknownSex() throws IOException {
        assertThat(endpoint.readUnidentified(body("{\"sex\":\"MALE\",\"approximateAge\":40,\"description\":\"Áo xanh\"}")))
                .isEqualTo(new UnidentifiedPatientDraft(Sex.MALE, 40, "Áo xanh"));
        assertThat(endpoint.readUnidentified(body("{}"))).isEqualTo(new UnidentifiedPatientDraft(null, null, null));
        assertThatThrownBy(() -> endpoint.readUnidentified(body("{\"sex\":\"M\"}")))
                .isInstanceOf(InvalidPatientException.class);
        assertThatThrownBy(() -> endpoint.readUnidentified(body("{\"approximateAge\":\"40\"}")))
                .as("no coercion of a string to a number").isInstanceOf(InvalidPatientException.class);
    }

    @Test
    void readCsv_refusesBytesThatAreNotUtf8() {
        byte[] latin1 = "code,name,provinceCode\n00004,Phường Hà,01".getBytes(StandardCharsets.ISO_8859_1);
        assertThatThrownBy(() -> PatientRestEndpoint.readCsv(new ByteArrayInputStream(latin1)))
                .isInstanceOfSatisfying(InvalidPatientException.class, e -> assertThat(e.errors())
                        .containsExactly(new FieldError("file", "patient.import.encoding")));
    }

    @Test
    @SuppressWarnings("unchecked")
    void patientJson_carriesTheFieldsOfApi12() {
        PatientDto dto = new PatientDto("id1", "BN26000001", "Trần Gia Bảo", null, 2024, Sex.MALE, "01", "VN", null,
                null, null, new InsuranceCard("TE1010120878811", LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31),
                        "01001", LocalDate.of(2029, 6, 1)), new Address("01", null, null, "Quận Hai Bà Trưng"),
                new Guardian("Lê Thị Hoa", "Mẹ", "0901234567", null), false, true, false, null, "id0",
                Instant.parse("2026-03-01T02:03:04Z"), Instant.parse("2026-03-01T02:03:04Z"));
        Map<String, Object> json = PatientRestEndpoint.toJson(dto);
        assertThat(json).containsEntry("nationalityCode", "VN").containsEntry("occupation", null)
                .containsEntry("unidentified", false).containsEntry("hasPhoto", true)
                .containsEntry("mergedIntoId", "id0").containsEntry("status", "MERGED");
        assertThat((Map<String, Object>) json.get("guardian")).containsEntry("fullName", "Lê Thị Hoa")
                .containsEntry("relationship", "Mẹ").containsEntry("cccd", null);
        assertThat((Map<String, Object>) json.get("address")).containsEntry("formerDistrict", "Quận Hai Bà Trưng");
        assertThat((Map<String, Object>) json.get("insuranceCard")).containsEntry("fiveYearsContinuousFrom", "2029-06-01");
    }
}
