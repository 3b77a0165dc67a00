package org.mekonghis.patient.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.mekonghis.patient.api.Address;
import org.mekonghis.patient.api.Guardian;
import org.mekonghis.patient.api.InsuranceCard;
import org.mekonghis.patient.api.PatientDto;
import org.mekonghis.patient.api.Sex;

/** A registered patient. Voided, never deleted. */
@Entity
@Table(name = "pat_patient")
public class Patient {

    @Id
    @Column(name = "id", length = 36)
    private String id;

    @Column(name = "code", length = 20, nullable = false, unique = true)
    private String code;

    @Column(name = "full_name", length = 100, nullable = false)
    private String fullName;

    @Column(name = "search_name", length = 100, nullable = false)
    private String searchName;

    @Column(name = "name_key", length = 100, nullable = false)
    private String nameKey;

    @Column(name = "birth_date")
    private LocalDate birthDate;

    @Column(name = "birth_year", nullable = false)
    private int birthYear;

    @Enumerated(EnumType.STRING)
    @Column(name = "sex", length = 10, nullable = false)
    private Sex sex;

    @Column(name = "ethnicity_code", length = 2)
    private String ethnicityCode;

    @Column(name = "nationality_code", length = 2)
    private String nationalityCode;

    @Column(name = "occupation", length = 100)
    private String occupation;

    @Column(name = "phone", length = 10)
    private String phone;

    @Column(name = "cccd", length = 12)
    private String cccd;

    @Column(name = "card_number", length = 15)
    private String cardNumber;

    @Column(name = "card_valid_from")
    private LocalDate cardValidFrom;

    @Column(name = "card_valid_to")
    private LocalDate cardValidTo;

    @Column(name = "card_facility_code", length = 5)
    private String cardFacilityCode;

    @Column(name = "card_five_years_from")
    private LocalDate cardFiveYearsFrom;

    @Column(name = "province_code", length = 2)
    private String provinceCode;

    @Column(name = "commune_code", length = 10)
    private String communeCode;

    @Column(name = "street", length = 200)
    private String street;

    @Column(name = "former_district", length = 100)
    private String formerDistrict;

    @Column(name = "guardian_name", length = 100)
    private String guardianName;

    @Column(name = "guardian_relationship", length = 50)
    private String guardianRelationship;

    @Column(name = "guardian_phone", length = 10)
    private String guardianPhone;

    @Column(name = "guardian_cccd", length = 12)
    private String guardianCccd;

    @Column(name = "unidentified", nullable = false)
    private boolean unidentified;

    @Column(name = "unidentified_description", length = 500)
    private String unidentifiedDescription;

    @Column(name = "has_photo", nullable = false)
    private boolean hasPhoto;

    @Column(name = "merged_into_id", length = 36)
    private String mergedIntoId;

    @Column(name = "merged_at")
    private LocalDateTime mergedAt;

    @Column(name = "merged_by", length = 100)
    private String mergedBy;

    @Column(name = "voided", nullable = false)
    private boolean voided;

    @Column(name = "void_reason", length = 500)
    private String voidReason;

    @Column(name = "voided_at")
    private LocalDateTime voidedAt;

    @Column(name = "voided_by", length = 100)
    private String voidedBy;

    /** UTC wall-clock time, the same on Derby and PostgreSQL whatever the JVM zone. */
    @Column(name = "registered_at", nullable = false)
    private LocalDateTime registeredAt;

    @Column(name = "registered_by", length = 100, nullable = false)
    private String registeredBy;

    @Column(name = "updated_at", nullable = false)
    private LocalDateTime updatedAt;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    /** For JPA. */
    protected Patient() {
    }

    Patient(String id, String code, ValidPatient values, String registeredBy, Instant now) {
        this.id = id;
        this.code = code;
        this.registeredBy = registeredBy;
        this.registeredAt = toUtc(now);
        this.updatedAt = registeredAt;
        apply(values, now);
    }

    /** An unidentified patient registered at the emergency desk, with a generated name. */
    static Patient unidentified(String id, String code, String displayName, int birthYear, Sex sex,
            String description, String registeredBy, Instant now) {
        Patient p = new Patient();
        p.id = id;
        p.code = code;
        p.registeredBy = registeredBy;
        p.registeredAt = toUtc(now);
        p.unidentified = true;
        p.unidentifiedDescription = description;
        NameSearchKey key = NameSearchKey.of(displayName);
        p.fullName = displayName;
        p.searchName = key.normalized();
        p.nameKey = key.sorted();
        p.birthYear = birthYear;
        p.sex = sex;
        p.updatedAt = p.registeredAt;
        return p;
    }

    /**
     * Replaces the demographics with {@code values}. A record stays unidentified only while its
     * generated name is kept; a real name marks it identified.
     */
    void apply(ValidPatient values, Instant now) {
        if (unidentified && !values.keepsUnidentified()) {
            unidentified = false;
        }
        NameSearchKey key = NameSearchKey.of(values.fullName());
        fullName = values.fullName();
        searchName = key.normalized();
        nameKey = key.sorted();
        birthDate = values.birthDate();
        birthYear = values.birthYear();
        sex = values.sex();
        ethnicityCode = values.ethnicityCode();
        nationalityCode = values.nationalityCode();
        occupation = values.occupation();
        phone = values.phone();
        cccd = values.cccd();
        InsuranceCard card = values.insuranceCard();
        cardNumber = card == null ? null : card.number();
        cardValidFrom = card == null ? null : card.validFrom();
        cardValidTo = card == null ? null : card.validTo();
        cardFacilityCode = card == null ? null : card.facilityCode();
        cardFiveYearsFrom = card == null ? null : card.fiveYearsContinuousFrom();
        Address address = values.address();
        provinceCode = address == null ? null : address.provinceCode();
        communeCode = address == null ? null : address.communeCode();
        street = address == null ? null : address.street();
        formerDistrict = address == null ? null : address.formerDistrict();
        setGuardian(values.guardian());
        updatedAt = toUtc(now);
    }

    private void setGuardian(Guardian guardian) {
        guardianName = guardian == null ? null : guardian.fullName();
        guardianRelationship = guardian == null ? null : guardian.relationship();
        guardianPhone = guardian == null ? null : guardian.phone();
        guardianCccd = guardian == null ? null : guardian.cccd();
    }

    void voidRecord(String reason, String by, Instant now) {
        voided = true;
        voidReason = reason;
        voidedBy = by;
        voidedAt = toUtc(now);
        updatedAt = voidedAt;
    }

    void mergeInto(String survivorId, String by, Instant now) {
        mergedIntoId = survivorId;
        mergedBy = by;
        mergedAt = toUtc(now);
        updatedAt = mergedAt;
    }

    void photoStored(Instant now) {
        hasPhoto = true;
        updatedAt = toUtc(now);
    }

    /**
     * Which of this record's empty fields {@code other} can fill, by group: {@code phone},
     * {@code cccd} (only when it agrees with this record's sex and birth year),
     * {@code insuranceCard}, {@code address}, {@code guardian}, {@code ethnicityCode},
     * {@code occupation}. Changes nothing.
     */
    java.util.List<String> fillableFrom(Patient other) {
        java.util.List<String> groups = new java.util.ArrayList<>();
        if (phone == null && other.phone != null) {
            groups.add("phone");
        }
        if (cccd == null && other.cccd != null
                && CccdNumber.check(other.cccd, sex, birthYear == 0 ? null : birthYear).isEmpty()) {
            groups.add("cccd");
        }
        if (cardNumber == null && other.cardNumber != null) {
            groups.add("insuranceCard");
        }
        if (provinceCode == null && communeCode == null && street == null && formerDistrict == null
                && other.provinceCode != null) {
            groups.add("address");
        }
        if (guardianName == null && other.guardianName != null) {
            groups.add("guardian");
        }
        if (ethnicityCode == null && other.ethnicityCode != null) {
            groups.add("ethnicityCode");
        }
        if (occupation == null && other.occupation != null) {
            groups.add("occupation");
        }
        return groups;
    }

    /** A copy that is not managed, keeping the values of this record as they are now. */
    Patient copy() {
        Patient c = new Patient();
        c.id = id;
        c.code = code;
        c.sex = sex;
        c.birthYear = birthYear;
        c.ethnicityCode = ethnicityCode;
        c.occupation = occupation;
        c.phone = phone;
        c.cccd = cccd;
        c.cardNumber = cardNumber;
        c.cardValidFrom = cardValidFrom;
        c.cardValidTo = cardValidTo;
        c.cardFacilityCode = cardFacilityCode;
        c.cardFiveYearsFrom = cardFiveYearsFrom;
        c.provinceCode = provinceCode;
        c.communeCode = communeCode;
        c.street = street;
        c.formerDistrict = formerDistrict;
        c.guardianName = guardianName;
        c.guardianRelationship = guardianRelationship;
        c.guardianPhone = guardianPhone;
        c.guardianCccd = guardianCccd;
        return c;
    }

    /** Fills the {@code groups} (from {@link #fillableFrom}) with the values of {@code other}. */
    void fillFrom(Patient other, java.util.List<String> groups, Instant now) {
        if (groups.contains("phone")) {
            phone = other.phone;
        }
        if (groups.contains("cccd")) {
            cccd = other.cccd;
        }
        if (groups.contains("insuranceCard")) {
            cardNumber = other.cardNumber;
            cardValidFrom = other.cardValidFrom;
            cardValidTo = other.cardValidTo;
            cardFacilityCode = other.cardFacilityCode;
            cardFiveYearsFrom = other.cardFiveYearsFrom;
        }
        if (groups.contains("address")) {
            provinceCode = other.provinceCode;
            communeCode = other.communeCode;
            street = other.street;
            formerDistrict = other.formerDistrict;
        }
        if (groups.contains("guardian")) {
            guardianName = other.guardianName;
            guardianRelationship = other.guardianRelationship;
            guardianPhone = other.guardianPhone;
            guardianCccd = other.guardianCccd;
        }
        if (groups.contains("ethnicityCode")) {
            ethnicityCode = other.ethnicityCode;
        }
        if (groups.contains("occupation")) {
            occupation = other.occupation;
        }
        if (!groups.isEmpty()) {
            updatedAt = toUtc(now);
        }
    }

    /** Gives up the citizen id and card number, which are unique: they moved to the record merged into. */
    void releaseIdentifiers(boolean cccdMoved, boolean cardMoved, Instant now) {
        if (cccdMoved) {
            cccd = null;
        }
        if (cardMoved) {
            cardNumber = null;
            cardValidFrom = null;
            cardValidTo = null;
            cardFacilityCode = null;
            cardFiveYearsFrom = null;
        }
        updatedAt = toUtc(now);
    }

    /**
     * The fields as the history records them, by their REST names; values as text, null when
     * absent. Two snapshots differ exactly where a history row is due.
     */
    Map<String, String> snapshot() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("fullName", fullName);
        m.put("birthDate", text(birthDate));
        m.put("birthYear", String.valueOf(birthYear));
        m.put("sex", sex.name());
        m.put("ethnicityCode", ethnicityCode);
        m.put("nationalityCode", nationalityCode);
        m.put("occupation", occupation);
        m.put("phone", phone);
        m.put("cccd", cccd);
        m.put("insuranceCard.number", cardNumber);
        m.put("insuranceCard.validFrom", text(cardValidFrom));
        m.put("insuranceCard.validTo", text(cardValidTo));
        m.put("insuranceCard.facilityCode", cardFacilityCode);
        m.put("insuranceCard.fiveYearsContinuousFrom", text(cardFiveYearsFrom));
        m.put("address.provinceCode", provinceCode);
        m.put("address.communeCode", communeCode);
        m.put("address.street", street);
        m.put("address.formerDistrict", formerDistrict);
        m.put("guardian.fullName", guardianName);
        m.put("guardian.relationship", guardianRelationship);
        m.put("guardian.phone", guardianPhone);
        m.put("guardian.cccd", guardianCccd);
        m.put("unidentified", String.valueOf(unidentified));
        return m;
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }

    static LocalDateTime toUtc(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    static Instant fromUtc(LocalDateTime time) {
        return time == null ? null : time.toInstant(ZoneOffset.UTC);
    }

    String id() {
        return id;
    }

    String code() {
        return code;
    }

    String searchName() {
        return searchName;
    }

    String cccd() {
        return cccd;
    }

    String cardNumber() {
        return cardNumber;
    }

    boolean voided() {
        return voided;
    }

    boolean unidentified() {
        return unidentified;
    }

    String fullName() {
        return fullName;
    }

    int birthYear() {
        return birthYear;
    }

    String mergedIntoId() {
        return mergedIntoId;
    }

    boolean hasPhoto() {
        return hasPhoto;
    }

    PatientDto toDto() {
        InsuranceCard card = cardNumber == null ? null
                : new InsuranceCard(cardNumber, cardValidFrom, cardValidTo, cardFacilityCode, cardFiveYearsFrom);
        Address address = provinceCode == null && communeCode == null && street == null && formerDistrict == null
                ? null : new Address(provinceCode, communeCode, street, formerDistrict);
        Guardian guardian = guardianName == null && guardianRelationship == null && guardianPhone == null
                && guardianCccd == null ? null
                : new Guardian(guardianName, guardianRelationship, guardianPhone, guardianCccd);
        return new PatientDto(id, code, fullName, birthDate, birthYear, sex, ethnicityCode, nationalityCode,
                occupation, phone, cccd, card, address, guardian, unidentified, hasPhoto, voided, voidReason,
                mergedIntoId, fromUtc(registeredAt), fromUtc(updatedAt));
    }
}
