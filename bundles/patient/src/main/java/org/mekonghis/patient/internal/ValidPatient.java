package org.mekonghis.patient.internal;

import java.time.LocalDate;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.ArrayList;
import java.util.List;
import java.text.Normalizer;

import org.mekonghis.patient.api.Address;
import org.mekonghis.platform.api.FieldError;
import org.mekonghis.patient.api.InsuranceCard;
import org.mekonghis.patient.api.InvalidPatientException;
import org.mekonghis.patient.api.PatientDraft;
import org.mekonghis.patient.api.PatientService;
import org.mekonghis.patient.api.Sex;

/**
 * A patient's demographics that passed validation, in stored form: trimmed, single-spaced,
 * composed (NFC) text, upper-case card number, the birth year always set. Built only by
 * {@link #of}, which collects every refused field before throwing.
 */
record ValidPatient(String fullName, LocalDate birthDate, int birthYear, Sex sex, String ethnicityCode, String phone,
        String cccd, InsuranceCard insuranceCard, Address address) {

    static final int MIN_BIRTH_YEAR = 1900;
    static final int STREET_MAX_LENGTH = 200;
    private static final Pattern SPACES = Pattern.compile("\\s+");
    /** Letters of any script with their marks, and the apostrophe, hyphen and dot some names carry. */
    private static final Pattern NAME = Pattern.compile("[\\p{L}\\p{M}][\\p{L}\\p{M} .'\\-]*");
    private static final Pattern PHONE = Pattern.compile("0\\d{9}");
    private static final Pattern PHONE_SEPARATORS = Pattern.compile("[\\s.\\-]");
    private static final Pattern ETHNICITY = Pattern.compile("\\d{2}");
    private static final Pattern COMMUNE = Pattern.compile("\\d{5}");

    /**
     * Validates {@code draft} as of {@code today} (the facility's date).
     *
     * @param knownProvince whether a province code is one the registry knows
     * @throws InvalidPatientException listing every refused field
     */
    static ValidPatient of(PatientDraft draft, LocalDate today, Predicate<String> knownProvince) {
        List<FieldError> errors = new ArrayList<>();

        String fullName = collapse(draft.fullName());
        if (fullName == null) {
            errors.add(new FieldError("fullName", "patient.error.fullName.required"));
        } else if (fullName.length() > PatientService.FULL_NAME_MAX_LENGTH) {
            errors.add(new FieldError("fullName", "patient.error.fullName.tooLong", PatientService.FULL_NAME_MAX_LENGTH));
        } else if (!NAME.matcher(fullName).matches()) {
            errors.add(new FieldError("fullName", "patient.error.fullName.characters"));
        }

        LocalDate birthDate = draft.birthDate();
        Integer birthYear = draft.birthYear();
        if (birthDate == null && birthYear == null) {
            errors.add(new FieldError("birthDate", "patient.error.birth.required"));
        }
        if (birthDate != null) {
            if (birthDate.isAfter(today)) {
                errors.add(new FieldError("birthDate", "patient.error.birth.future"));
            } else if (birthDate.getYear() < MIN_BIRTH_YEAR) {
                errors.add(new FieldError("birthDate", "patient.error.birth.tooEarly", String.valueOf(MIN_BIRTH_YEAR)));
            }
            if (birthYear != null && birthYear != birthDate.getYear()) {
                errors.add(new FieldError("birthYear", "patient.error.birth.yearMismatch"));
            }
            birthYear = birthDate.getYear();
        } else if (birthYear != null) {
            if (birthYear > today.getYear()) {
                errors.add(new FieldError("birthYear", "patient.error.birth.future"));
            } else if (birthYear < MIN_BIRTH_YEAR) {
                errors.add(new FieldError("birthYear", "patient.error.birth.tooEarly", String.valueOf(MIN_BIRTH_YEAR)));
            }
        }

        Sex sex = draft.sex();
        if (sex == null) {
            errors.add(new FieldError("sex", "patient.error.sex.required"));
        }

        String ethnicity = blankToNull(draft.ethnicityCode());
        if (ethnicity != null && !ETHNICITY.matcher(ethnicity).matches()) {
            errors.add(new FieldError("ethnicityCode", "patient.error.ethnicity.format"));
        }

        String phone = blankToNull(draft.phone());
        if (phone != null) {
            phone = PHONE_SEPARATORS.matcher(phone).replaceAll("");
            if (phone.startsWith("+84")) {
                phone = "0" + phone.substring(3);
            }
            if (!PHONE.matcher(phone).matches()) {
                errors.add(new FieldError("phone", "patient.error.phone.format"));
            }
        }

        String cccd = blankToNull(draft.cccd());
        if (cccd != null) {
            cccd = SPACES.matcher(cccd).replaceAll("");
            errors.addAll(CccdNumber.check(cccd, sex, birthYear));
        }

        InsuranceCard card = card(draft.insuranceCard(), errors);
        Address address = address(draft.address(), knownProvince, errors);

        if (!errors.isEmpty()) {
            throw new InvalidPatientException(errors);
        }
        return new ValidPatient(fullName, birthDate, birthYear, sex, ethnicity, phone, cccd, card, address);
    }

    private static InsuranceCard card(InsuranceCard card, List<FieldError> errors) {
        if (card == null) {
            return null;
        }
        String number = blankToNull(card.number());
        String facility = blankToNull(card.facilityCode());
        if (number == null && facility == null && card.validFrom() == null && card.validTo() == null) {
            return null;
        }
        if (number == null) {
            errors.add(new FieldError("insuranceCard.number", "patient.error.card.numberRequired"));
        } else {
            number = SPACES.matcher(number).replaceAll("").toUpperCase(java.util.Locale.ROOT);
            if (!InsuranceCardNumber.isValid(number)) {
                errors.add(new FieldError("insuranceCard.number", "patient.error.card.format"));
            }
        }
        if (card.validFrom() == null) {
            errors.add(new FieldError("insuranceCard.validFrom", "patient.error.card.validFromRequired"));
        }
        if (card.validTo() == null) {
            errors.add(new FieldError("insuranceCard.validTo", "patient.error.card.validToRequired"));
        }
        if (card.validFrom() != null && card.validTo() != null && card.validFrom().isAfter(card.validTo())) {
            errors.add(new FieldError("insuranceCard.validTo", "patient.error.card.validToBeforeFrom"));
        }
        if (facility == null) {
            errors.add(new FieldError("insuranceCard.facilityCode", "patient.error.card.facilityRequired"));
        } else if (!InsuranceCardNumber.isValidFacilityCode(facility)) {
            errors.add(new FieldError("insuranceCard.facilityCode", "patient.error.card.facilityFormat"));
        }
        return new InsuranceCard(number, card.validFrom(), card.validTo(), facility);
    }

    private static Address address(Address address, Predicate<String> knownProvince, List<FieldError> errors) {
        if (address == null) {
            return null;
        }
        String province = blankToNull(address.provinceCode());
        String commune = blankToNull(address.communeCode());
        String street = collapse(address.street());
        if (province == null && commune == null && street == null) {
            return null;
        }
        if (province == null) {
            errors.add(new FieldError("address.provinceCode", "patient.error.province.required"));
        } else if (!knownProvince.test(province)) {
            errors.add(new FieldError("address.provinceCode", "patient.error.province.unknown", province));
        }
        if (commune != null && !COMMUNE.matcher(commune).matches()) {
            errors.add(new FieldError("address.communeCode", "patient.error.commune.format"));
        }
        if (street != null && street.length() > STREET_MAX_LENGTH) {
            errors.add(new FieldError("address.street", "patient.error.street.tooLong", STREET_MAX_LENGTH));
        }
        return new Address(province, commune, street);
    }

    /** Trimmed, single-spaced and composed; null when null or blank. */
    static String collapse(String text) {
        if (text == null) {
            return null;
        }
        String collapsed = SPACES.matcher(Normalizer.normalize(text, Normalizer.Form.NFC)).replaceAll(" ").strip();
        return collapsed.isEmpty() ? null : collapsed;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
