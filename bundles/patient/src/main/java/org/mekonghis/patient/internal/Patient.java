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

    @Column(name = "province_code", length = 2)
    private String provinceCode;

    @Column(name = "commune_code", length = 10)
    private String communeCode;

    @Column(name = "street", length = 200)
    private String street;

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

    /** Replaces the demographics with {@code values}. */
    void apply(ValidPatient values, Instant now) {
        NameSearchKey key = NameSearchKey.of(values.fullName());
        fullName = values.fullName();
        searchName = key.normalized();
        nameKey = key.sorted();
        birthDate = values.birthDate();
        birthYear = values.birthYear();
        sex = values.sex();
        ethnicityCode = values.ethnicityCode();
        phone = values.phone();
        cccd = values.cccd();
        InsuranceCard card = values.insuranceCard();
        cardNumber = card == null ? null : card.number();
        cardValidFrom = card == null ? null : card.validFrom();
        cardValidTo = card == null ? null : card.validTo();
        cardFacilityCode = card == null ? null : card.facilityCode();
        Address address = values.address();
        provinceCode = address == null ? null : address.provinceCode();
        communeCode = address == null ? null : address.communeCode();
        street = address == null ? null : address.street();
        updatedAt = toUtc(now);
    }

    void voidRecord(String reason, String by, Instant now) {
        voided = true;
        voidReason = reason;
        voidedBy = by;
        voidedAt = toUtc(now);
        updatedAt = voidedAt;
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
        m.put("phone", phone);
        m.put("cccd", cccd);
        m.put("insuranceCard.number", cardNumber);
        m.put("insuranceCard.validFrom", text(cardValidFrom));
        m.put("insuranceCard.validTo", text(cardValidTo));
        m.put("insuranceCard.facilityCode", cardFacilityCode);
        m.put("address.provinceCode", provinceCode);
        m.put("address.communeCode", communeCode);
        m.put("address.street", street);
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

    PatientDto toDto() {
        InsuranceCard card = cardNumber == null ? null
                : new InsuranceCard(cardNumber, cardValidFrom, cardValidTo, cardFacilityCode);
        Address address = provinceCode == null && communeCode == null && street == null ? null
                : new Address(provinceCode, communeCode, street);
        return new PatientDto(id, code, fullName, birthDate, birthYear, sex, ethnicityCode, phone, cccd, card, address,
                voided, voidReason, fromUtc(registeredAt), fromUtc(updatedAt));
    }
}
