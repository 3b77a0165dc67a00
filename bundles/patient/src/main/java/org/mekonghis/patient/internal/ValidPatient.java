package org.mekonghis.patient.internal;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.mekonghis.patient.api.Address;
import org.mekonghis.patient.api.Guardian;
import org.mekonghis.patient.api.InsuranceCard;
import org.mekonghis.patient.api.InvalidPatientException;
import org.mekonghis.patient.api.PatientDraft;
import org.mekonghis.patient.api.PatientService;
import org.mekonghis.patient.api.Sex;
import org.mekonghis.platform.api.FieldError;

/**
 * A patient's demographics that passed validation, in stored form: trimmed, single-spaced,
 * composed (NFC) text, upper-case card number and nationality, the birth year always set. Built
 * only by {@link #of}, which collects every refused field before throwing.
 *
 * @param keepsUnidentified the draft keeps the generated name of an unidentified record, which
 *                          therefore stays unidentified
 */
record ValidPatient(String fullName, LocalDate birthDate, int birthYear, Sex sex, String ethnicityCode,
        String nationalityCode, String occupation, String phone, String cccd, InsuranceCard insuranceCard,
        Address address, Guardian guardian, boolean keepsUnidentified) {

    static final int MIN_BIRTH_YEAR = 1900;
    static final int STREET_MAX_LENGTH = 200;
    private static final Pattern SPACES = Pattern.compile("\\s+");
    /** Letters of any script with their marks, and the apostrophe, hyphen and dot some names carry. */
    private static final Pattern NAME = Pattern.compile("[\\p{L}\\p{M}][\\p{L}\\p{M} .'\\-]*");
    private static final Pattern PHONE = Pattern.compile("0\\d{9}");
    private static final Pattern PHONE_SEPARATORS = Pattern.compile("[\\s.\\-]");
    private static final Pattern ETHNICITY = Pattern.compile("\\d{2}");
    private static final Pattern NATIONALITY = Pattern.compile("[A-Z]{2}");
    private static final Pattern COMMUNE = Pattern.compile("\\d{5}");

    /**
     * Validates {@code draft} as of {@code today} (the facility's date).
     *
     * @throws InvalidPatientException listing every refused field
     */
    static ValidPatient of(PatientDraft draft, LocalDate today, KnownCodes codes) {
        return of(draft, today, codes, null);
    }

    /**
     * Validates {@code draft} as a change of a record registered as unidentified under
     * {@code unidentifiedName} (null for any other record). A draft keeping that name keeps the
     * record unidentified: the name, an unknown birth year, the missing guardian and nationality
     * are then accepted as they are.
     *
     * @throws InvalidPatientException listing every refused field
     */
    static ValidPatient of(PatientDraft draft, LocalDate today, KnownCodes codes, String unidentifiedName) {
        List<FieldError> errors = new ArrayList<>();

        String fullName = collapse(draft.fullName());
        boolean keepsUnidentified = unidentifiedName != null && unidentifiedName.equals(fullName);
        if (fullName == null) {
            errors.add(new FieldError("fullName", "patient.error.fullName.required"));
        } else if (!keepsUnidentified) {
            checkName(fullName, "fullName", errors);
        }

        int errorsBeforeBirth = errors.size();
        LocalDate birthDate = draft.birthDate();
        Integer birthYear = draft.birthYear();
        boolean birthUnknown = keepsUnidentified && birthDate == null
                && (birthYear == null || birthYear == PatientService.UNKNOWN_BIRTH_YEAR);
        if (birthUnknown) {
            birthYear = PatientService.UNKNOWN_BIRTH_YEAR;
        } else if (birthDate == null && birthYear == null) {
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
        } else if (birthYear != null && !birthUnknown) {
            if (birthYear > today.getYear()) {
                errors.add(new FieldError("birthYear", "patient.error.birth.future"));
            } else if (birthYear < MIN_BIRTH_YEAR) {
                errors.add(new FieldError("birthYear", "patient.error.birth.tooEarly", String.valueOf(MIN_BIRTH_YEAR)));
            }
        }
        boolean birthValid = errors.size() == errorsBeforeBirth;
        Integer knownBirthYear = birthUnknown || !birthValid ? null : birthYear;

        Sex sex = draft.sex();
        if (sex == null) {
            errors.add(new FieldError("sex", "patient.error.sex.required"));
        }

        String ethnicity = blankToNull(draft.ethnicityCode());
        if (ethnicity != null) {
            if (!ETHNICITY.matcher(ethnicity).matches()) {
                errors.add(new FieldError("ethnicityCode", "patient.error.ethnicity.format"));
            } else if (!codes.ethnicity(ethnicity)) {
                errors.add(new FieldError("ethnicityCode", "patient.error.ethnicity.unknown", ethnicity));
            }
        }

        String nationality = blankToNull(draft.nationalityCode());
        if (nationality == null) {
            nationality = keepsUnidentified ? null : PatientService.DEFAULT_NATIONALITY;
        } else {
            nationality = nationality.toUpperCase(Locale.ROOT);
            if (!NATIONALITY.matcher(nationality).matches() || !codes.nationality(nationality)) {
                errors.add(new FieldError("nationalityCode", "patient.error.nationality.unknown", nationality));
            }
        }

        String occupation = collapse(draft.occupation());
        if (occupation != null && occupation.length() > PatientService.OCCUPATION_MAX_LENGTH) {
            errors.add(new FieldError("occupation", "patient.error.occupation.tooLong",
                    PatientService.OCCUPATION_MAX_LENGTH));
        }

        String phone = phone(draft.phone(), "phone", errors);

        String cccd = blankToNull(draft.cccd());
        if (cccd != null) {
            cccd = SPACES.matcher(cccd).replaceAll("");
            errors.addAll(CccdNumber.check(cccd, sex, knownBirthYear));
        }

        InsuranceCard card = card(draft.insuranceCard(), errors);
        Address address = address(draft.address(), codes, errors);
        Guardian guardian = guardian(draft.guardian(), errors);
        if (guardian == null && !keepsUnidentified && birthValid
                && isUnderGuardianAge(birthDate, knownBirthYear, today)) {
            errors.add(new FieldError("guardian", "patient.error.guardian.required",
                    PatientService.GUARDIAN_REQUIRED_UNDER_AGE));
        }

        if (!errors.isEmpty()) {
            throw new InvalidPatientException(errors);
        }
        return new ValidPatient(fullName, birthDate, birthYear, sex, ethnicity, nationality, occupation, phone, cccd,
                card, address, guardian, keepsUnidentified);
    }

    /**
     * Whether a patient born on {@code birthDate} (or, when only the year is known, in
     * {@code birthYear}) is younger than {@value PatientService#GUARDIAN_REQUIRED_UNDER_AGE} on
     * {@code today}. With the year only, the patient counts as younger while this year minus the
     * birth year is less than that age (born in 2021: younger until the end of 2026).
     */
    static boolean isUnderGuardianAge(LocalDate birthDate, Integer birthYear, LocalDate today) {
        if (birthDate != null) {
            return birthDate.plusYears(PatientService.GUARDIAN_REQUIRED_UNDER_AGE).isAfter(today);
        }
        return birthYear != null && today.getYear() - birthYear < PatientService.GUARDIAN_REQUIRED_UNDER_AGE;
    }

    private static void checkName(String name, String field, List<FieldError> errors) {
        if (name.length() > PatientService.FULL_NAME_MAX_LENGTH) {
            errors.add(new FieldError(field, "patient.error.fullName.tooLong", PatientService.FULL_NAME_MAX_LENGTH));
        } else if (!NAME.matcher(name).matches()) {
            errors.add(new FieldError(field, "patient.error.fullName.characters"));
        }
    }

    /** A mobile number without separators and with +84 as 0; null when blank. */
    private static String phone(String text, String field, List<FieldError> errors) {
        String phone = blankToNull(text);
        if (phone != null) {
            phone = PHONE_SEPARATORS.matcher(phone).replaceAll("");
            if (phone.startsWith("+84")) {
                phone = "0" + phone.substring(3);
            }
            if (!PHONE.matcher(phone).matches()) {
                errors.add(new FieldError(field, "patient.error.phone.format"));
            }
        }
        return phone;
    }

    private static InsuranceCard card(InsuranceCard card, List<FieldError> errors) {
        if (card == null) {
            return null;
        }
        String number = blankToNull(card.number());
        String facility = blankToNull(card.facilityCode());
        if (number == null && facility == null && card.validFrom() == null && card.validTo() == null
                && card.fiveYearsContinuousFrom() == null) {
            return null;
        }
        if (number == null) {
            errors.add(new FieldError("insuranceCard.number", "patient.error.card.numberRequired"));
        } else {
            number = SPACES.matcher(number).replaceAll("").toUpperCase(Locale.ROOT);
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
        return new InsuranceCard(number, card.validFrom(), card.validTo(), facility, card.fiveYearsContinuousFrom());
    }

    private static Address address(Address address, KnownCodes codes, List<FieldError> errors) {
        if (address == null) {
            return null;
        }
        String province = blankToNull(address.provinceCode());
        String commune = blankToNull(address.communeCode());
        String street = collapse(address.street());
        String formerDistrict = collapse(address.formerDistrict());
        if (province == null && commune == null && street == null && formerDistrict == null) {
            return null;
        }
        boolean provinceKnown = false;
        if (province == null) {
            errors.add(new FieldError("address.provinceCode", "patient.error.province.required"));
        } else if (!codes.province(province)) {
            errors.add(new FieldError("address.provinceCode", "patient.error.province.unknown", province));
        } else {
            provinceKnown = true;
        }
        if (commune != null) {
            if (!COMMUNE.matcher(commune).matches()) {
                errors.add(new FieldError("address.communeCode", "patient.error.commune.format"));
            } else if (provinceKnown) {
                switch (codes.commune(province, commune)) {
                    case UNKNOWN -> errors.add(new FieldError("address.communeCode", "patient.error.commune.unknown",
                            commune));
                    case OTHER_PROVINCE -> errors.add(new FieldError("address.communeCode",
                            "patient.error.commune.province", commune));
                    case ACCEPTED -> {
                    }
                }
            }
        }
        if (street != null && street.length() > STREET_MAX_LENGTH) {
            errors.add(new FieldError("address.street", "patient.error.street.tooLong", STREET_MAX_LENGTH));
        }
        if (formerDistrict != null && formerDistrict.length() > PatientService.FORMER_DISTRICT_MAX_LENGTH) {
            errors.add(new FieldError("address.formerDistrict", "patient.error.formerDistrict.tooLong",
                    PatientService.FORMER_DISTRICT_MAX_LENGTH));
        }
        return new Address(province, commune, street, formerDistrict);
    }

    /** The guardian in stored form; null when none or every field is blank. */
    private static Guardian guardian(Guardian guardian, List<FieldError> errors) {
        if (guardian == null) {
            return null;
        }
        String name = collapse(guardian.fullName());
        String relationship = collapse(guardian.relationship());
        String cccd = blankToNull(guardian.cccd());
        if (name == null && relationship == null && blankToNull(guardian.phone()) == null && cccd == null) {
            return null;
        }
        if (name == null) {
            errors.add(new FieldError("guardian.fullName", "patient.error.guardian.fullNameRequired"));
        } else {
            checkName(name, "guardian.fullName", errors);
        }
        if (relationship == null) {
            errors.add(new FieldError("guardian.relationship", "patient.error.guardian.relationshipRequired"));
        } else if (relationship.length() > PatientService.RELATIONSHIP_MAX_LENGTH) {
            errors.add(new FieldError("guardian.relationship", "patient.error.guardian.relationshipTooLong",
                    PatientService.RELATIONSHIP_MAX_LENGTH));
        }
        String phone = phone(guardian.phone(), "guardian.phone", errors);
        if (phone == null) {
            errors.add(new FieldError("guardian.phone", "patient.error.guardian.phoneRequired"));
        }
        if (cccd != null) {
            cccd = SPACES.matcher(cccd).replaceAll("");
            // the guardian's sex and birth year are not recorded: structure and province only
            for (FieldError e : CccdNumber.check(cccd, null, null)) {
                errors.add(new FieldError("guardian.cccd", e.messageKey(), e.arguments()));
            }
        }
        return new Guardian(name, relationship, phone, cccd);
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
