package org.mekonghis.encounter.internal;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

import org.mekonghis.encounter.api.AdmissionDraft;
import org.mekonghis.encounter.api.BedCensus;
import org.mekonghis.encounter.api.BedDto;
import org.mekonghis.encounter.api.BedMovement;
import org.mekonghis.encounter.api.Closing;
import org.mekonghis.encounter.api.Coverage;
import org.mekonghis.encounter.api.CoverageType;
import org.mekonghis.encounter.api.DepartmentDto;
import org.mekonghis.encounter.api.DepartmentService;
import org.mekonghis.encounter.api.Diagnosis;
import org.mekonghis.encounter.api.Discharge;
import org.mekonghis.encounter.api.DischargeKind;
import org.mekonghis.encounter.api.EncounterAlreadyOpenException;
import org.mekonghis.encounter.api.EncounterDraft;
import org.mekonghis.encounter.api.EncounterDto;
import org.mekonghis.encounter.api.EncounterOutcome;
import org.mekonghis.encounter.api.EncounterService;
import org.mekonghis.encounter.api.EncounterType;
import org.mekonghis.encounter.api.InpatientService;
import org.mekonghis.encounter.api.InpatientStay;
import org.mekonghis.encounter.api.InsuranceRoute;
import org.mekonghis.encounter.api.InvalidEncounterException;
import org.mekonghis.encounter.api.LeaveOfAbsence;
import org.mekonghis.encounter.api.QueueEntry;
import org.mekonghis.encounter.api.RoomDto;
import org.mekonghis.encounter.api.TreatmentResult;
import org.mekonghis.encounter.api.WardCensus;
import org.mekonghis.encounter.api.WardDto;
import org.mekonghis.patient.api.Sex;
import org.mekonghis.platform.api.FieldError;
import org.mekonghis.platform.api.InvalidInputException;
import org.mekonghis.platform.api.MekongException;
import org.mekonghis.platform.api.i18n.Messages;
import org.mekonghis.platform.api.rest.RestEndpoint;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The encounter REST API under {@code /api/encounter/}; see the bundle's README for the routes
 * and bodies. Refused input answers 400 {@code {"errors": [{"field", "message"}]}}, an unknown
 * encounter, patient, room or department 404, a conflicting state 409, with messages in the
 * caller's language (Accept-Language, Vietnamese by default). Permission checks happen in the
 * services.
 */
@Component(service = RestEndpoint.class)
public final class EncounterRestEndpoint implements RestEndpoint {
    /** Far more than any request needs; a larger body is refused before it is parsed. */
    static final int MAX_BODY_BYTES = 8 * 1024;
    private static final String ENCOUNTERS = "/encounters";
    private static final String ROOMS = "/rooms";

    /** Strict on input: unknown fields, repeated fields, trailing content and type coercion are refused. */
    private final ObjectMapper json = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
            .build();
    private final EncounterService encounters;
    private final InpatientService inpatients;
    private final DepartmentService layout;
    private final Messages messages;

    @Activate
    public EncounterRestEndpoint(@Reference EncounterService encounters, @Reference InpatientService inpatients,
            @Reference DepartmentService layout, @Reference Messages messages) {
        this.encounters = encounters;
        this.inpatients = inpatients;
        this.layout = layout;
        this.messages = messages;
    }

    @Override
    public String name() {
        return "encounter";
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, String path) throws IOException {
        Locale locale = messages.localeFor(request.getHeader("Accept-Language"));
        try {
            route(request, response, path == null ? "" : path);
        } catch (EncounterAlreadyOpenException e) {
            Map<String, Object> error = error(e, locale);
            error.put("openEncounterId", e.openEncounterId());
            error.put("openEncounterCode", e.openEncounterCode());
            write(response, 409, Map.of("error", error));
        } catch (MekongException e) {
            // ours, and the patient registry's (an unknown patient id: 404)
            if (e instanceof InvalidInputException || !e.code().startsWith("ENC-") && !e.code().startsWith("PAT-")) {
                throw e;   // refused input and the platform's own errors: answered by the platform
            }
            write(response, e.httpStatus(), Map.of("error", error(e, locale)));
        }
    }

    private void route(HttpServletRequest request, HttpServletResponse response, String path) throws IOException {
        String method = request.getMethod();
        String p = path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
        String[] s = p.isEmpty() ? new String[0] : p.substring(1).split("/", -1);
        if (s.length == 0) {
            throw RestRequestException.noSuchResource(p);
        }
        switch (s[0]) {
            case "departments" -> departments(request, response, method, p, s);
            case "rooms" -> rooms(request, response, method, p, s);
            case "wards" -> wards(request, response, method, p, s);
            case "beds" -> beds(request, response, method, p, s);
            case "encounters" -> encounters(request, response, method, p, s);
            case "admissions" -> {
                requireLength(s, 1, p);
                requireMethod("POST", method, p);
                AdmissionJson in = read(request.getInputStream(), AdmissionJson.class);
                EncounterDto admitted = inpatients.admit(new AdmissionDraft(in.fromEncounterId(),
                        in.departmentCode(), in.bedCode(), in.reason()));
                created(request, response, admitted);
            }
            case "census" -> {
                requireLength(s, 1, p);
                requireMethod("GET", method, p);
                write(response, 200, toJson(inpatients.census(request.getParameter("department"))));
            }
            case "emergency" -> {
                if (s.length != 2 || !s[1].equals("unidentified")) {
                    throw RestRequestException.noSuchResource(p);
                }
                requireMethod("POST", method, p);
                UnidentifiedJson in = read(request.getInputStream(), UnidentifiedJson.class);
                Sex sex = enumValue(Sex.class, in.sex(), "sex", "encounter.error.sex.value");
                created(request, response, encounters.openEmergencyUnidentified(sex, in.approximateAge(),
                        in.description(), in.departmentCode()));
            }
            default -> throw RestRequestException.noSuchResource(p);
        }
    }

    private void departments(HttpServletRequest request, HttpServletResponse response, String method, String p,
            String[] s) throws IOException {
        if (s.length == 1 && "GET".equals(method)) {
            write(response, 200, layout.departments(flag(request, "includeInactive")).stream()
                    .map(EncounterRestEndpoint::toJson).toList());
        } else if (s.length == 1 && "POST".equals(method)) {
            DepartmentDto created = layout.createDepartment(read(request.getInputStream(), DepartmentDto.class));
            write(response, 201, toJson(created));
        } else if (s.length == 2 && "PUT".equals(method)) {
            write(response, 200, toJson(layout.updateDepartment(s[1], read(request.getInputStream(),
                    DepartmentDto.class))));
        } else {
            throw s.length <= 2 ? RestRequestException.methodNotAllowed(method, p)
                    : RestRequestException.noSuchResource(p);
        }
    }

    private void rooms(HttpServletRequest request, HttpServletResponse response, String method, String p, String[] s)
            throws IOException {
        if (s.length == 1 && "GET".equals(method)) {
            write(response, 200, layout.rooms(request.getParameter("department"), flag(request, "includeInactive"))
                    .stream().map(EncounterRestEndpoint::toJson).toList());
        } else if (s.length == 1 && "POST".equals(method)) {
            write(response, 201, toJson(layout.createRoom(read(request.getInputStream(), RoomDto.class))));
        } else if (s.length == 2 && "PUT".equals(method)) {
            write(response, 200, toJson(layout.updateRoom(s[1], read(request.getInputStream(), RoomDto.class))));
        } else if (s.length == 3 && s[2].equals("queue")) {
            requireMethod("GET", method, p);
            LocalDate day = date(request.getParameter("date"), "date");
            List<QueueEntry> queue = encounters.roomQueue(s[1], day);
            long revision = encounters.queueRevision(s[1], day);
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("roomCode", s[1].toUpperCase(Locale.ROOT));
            m.put("date", text(day));
            m.put("revision", revision);
            m.put("entries", queue.stream().map(EncounterRestEndpoint::toJson).toList());
            write(response, 200, m);
        } else if (s.length == 4 && s[2].equals("queue") && s[3].equals("revision")) {
            requireMethod("GET", method, p);
            write(response, 200, Map.of("revision", encounters.queueRevision(s[1], date(request.getParameter(
                    "date"), "date"))));
        } else if (s.length == 3 && s[2].equals("call-next")) {
            requireMethod("POST", method, p);
            Optional<EncounterDto> called = encounters.callNext(s[1]);
            if (called.isPresent()) {
                write(response, 200, toJson(called.get()));
            } else {
                response.setStatus(204);
                response.setHeader("Cache-Control", "no-store");
            }
        } else if (s.length <= 2) {
            throw RestRequestException.methodNotAllowed(method, p);
        } else {
            throw RestRequestException.noSuchResource(p);
        }
    }

    private void wards(HttpServletRequest request, HttpServletResponse response, String method, String p, String[] s)
            throws IOException {
        if (s.length == 1 && "GET".equals(method)) {
            write(response, 200, layout.wards(request.getParameter("department"), flag(request, "includeInactive"))
                    .stream().map(EncounterRestEndpoint::toJson).toList());
        } else if (s.length == 1 && "POST".equals(method)) {
            write(response, 201, toJson(layout.createWard(read(request.getInputStream(), WardDto.class))));
        } else if (s.length == 2 && "PUT".equals(method)) {
            write(response, 200, toJson(layout.updateWard(s[1], read(request.getInputStream(), WardDto.class))));
        } else {
            throw s.length <= 2 ? RestRequestException.methodNotAllowed(method, p)
                    : RestRequestException.noSuchResource(p);
        }
    }

    private void beds(HttpServletRequest request, HttpServletResponse response, String method, String p, String[] s)
            throws IOException {
        if (s.length == 1 && "GET".equals(method)) {
            write(response, 200, layout.beds(request.getParameter("ward"), flag(request, "includeInactive"))
                    .stream().map(EncounterRestEndpoint::toJson).toList());
        } else if (s.length == 1 && "POST".equals(method)) {
            write(response, 201, toJson(layout.createBed(read(request.getInputStream(), BedDto.class))));
        } else if (s.length == 2 && "PUT".equals(method)) {
            write(response, 200, toJson(layout.updateBed(s[1], read(request.getInputStream(), BedDto.class))));
        } else {
            throw s.length <= 2 ? RestRequestException.methodNotAllowed(method, p)
                    : RestRequestException.noSuchResource(p);
        }
    }

    private void encounters(HttpServletRequest request, HttpServletResponse response, String method, String p,
            String[] s) throws IOException {
        if (s.length == 1) {
            if ("POST".equals(method)) {
                created(request, response, encounters.open(readDraft(request.getInputStream())));
            } else if ("GET".equals(method)) {
                write(response, 200, encounters.listByPatient(request.getParameter("patientId")).stream()
                        .map(EncounterRestEndpoint::toJson).toList());
            } else {
                throw RestRequestException.methodNotAllowed(method, p);
            }
            return;
        }
        String id = s[1];
        if (s.length == 2) {
            requireMethod("GET", method, p);
            write(response, 200, toJson(encounters.get(id)));
            return;
        }
        if (s.length != 3) {
            throw RestRequestException.noSuchResource(p);
        }
        switch (s[2]) {
            case "close" -> {
                requireMethod("POST", method, p);
                write(response, 200, toJson(encounters.close(id, readClosing(request.getInputStream()))));
            }
            case "diagnoses" -> {
                requireMethod("PUT", method, p);
                DiagnosesJson in = read(request.getInputStream(), DiagnosesJson.class);
                write(response, 200, toJson(encounters.setDiagnoses(id, in.primaryCode(), in.secondaryCodes())));
            }
            case "start-consultation" -> {
                requireMethod("POST", method, p);
                write(response, 200, toJson(encounters.startConsultation(id)));
            }
            case "finish-consultation" -> {
                requireMethod("POST", method, p);
                write(response, 200, toJson(encounters.finishConsultation(id)));
            }
            case "transfer" -> {
                requireMethod("POST", method, p);
                TransferJson in = read(request.getInputStream(), TransferJson.class);
                write(response, 200, toJson(inpatients.transfer(id, in.toDepartmentCode(), in.toBedCode(),
                        in.reason())));
            }
            case "leave" -> {
                requireMethod("POST", method, p);
                LeaveJson in = read(request.getInputStream(), LeaveJson.class);
                write(response, 200, toJson(inpatients.startLeave(id, date(in.until(), "until"), in.reason())));
            }
            case "return" -> {
                requireMethod("POST", method, p);
                write(response, 200, toJson(inpatients.endLeave(id)));
            }
            case "discharge" -> {
                requireMethod("POST", method, p);
                write(response, 200, toJson(inpatients.discharge(id, readDischarge(request.getInputStream()))));
            }
            case "stay" -> {
                requireMethod("GET", method, p);
                write(response, 200, toJson(inpatients.stay(id)));
            }
            default -> throw RestRequestException.noSuchResource(p);
        }
    }

    private void created(HttpServletRequest request, HttpServletResponse response, EncounterDto encounter)
            throws IOException {
        response.setHeader("Location", request.getContextPath() + "/api/encounter/encounters/" + encounter.id());
        write(response, 201, toJson(encounter));
    }

    private static void requireMethod(String expected, String method, String path) {
        if (!expected.equals(method)) {
            throw RestRequestException.methodNotAllowed(method, path);
        }
    }

    private static void requireLength(String[] segments, int length, String path) {
        if (segments.length != length) {
            throw RestRequestException.noSuchResource(path);
        }
    }

    private static boolean flag(HttpServletRequest request, String name) {
        return "true".equalsIgnoreCase(request.getParameter(name));
    }

    /** The coverage of {@code POST /encounters}; the card comes from the patient's record. */
    public record CoverageJson(String type, String route, String referralNumber, String referralFromFacilityCode,
            String cardNumber) {
    }

    /** The body of {@code POST /encounters}. */
    public record EncounterJson(String patientId, String type, String departmentCode, String roomCode, String reason,
            CoverageJson coverage) {
    }

    /** The body of {@code POST /encounters/<id>/close}. */
    public record CloseJson(String outcome, String referredToFacilityCode, String referralReason, String note) {
    }

    /** The body of {@code PUT /encounters/<id>/diagnoses}. */
    public record DiagnosesJson(String primaryCode, List<String> secondaryCodes) {
    }

    /** The body of {@code POST /admissions}. */
    public record AdmissionJson(String fromEncounterId, String departmentCode, String bedCode, String reason) {
    }

    /** The body of {@code POST /encounters/<id>/transfer}. */
    public record TransferJson(String toDepartmentCode, String toBedCode, String reason) {
    }

    /** The body of {@code POST /encounters/<id>/leave}. */
    public record LeaveJson(String until, String reason) {
    }

    /** The body of {@code POST /encounters/<id>/discharge}. */
    public record DischargeJson(String kind, String result, String referredToFacilityCode, String referralReason,
            String note) {
    }

    /** The body of {@code POST /emergency/unidentified}. */
    public record UnidentifiedJson(String sex, Integer approximateAge, String description, String departmentCode) {
    }

    /**
     * Reads a check-in from a request body.
     *
     * @throws InvalidEncounterException when the body is too large, not the expected JSON, or a type,
     *                                   coverage type or route is not one of the known values
     */
    EncounterDraft readDraft(InputStream body) throws IOException {
        EncounterJson in = read(body, EncounterJson.class);
        List<FieldError> errors = new ArrayList<>();
        EncounterType type = enumValue(EncounterType.class, in.type(), "type", "encounter.error.type.value", errors);
        Coverage coverage = null;
        if (in.coverage() != null) {
            CoverageJson c = in.coverage();
            CoverageType coverageType = enumValue(CoverageType.class, c.type(), "coverage.type",
                    "encounter.error.coverage.type.value", errors);
            InsuranceRoute route = enumValue(InsuranceRoute.class, c.route(), "coverage.route",
                    "encounter.error.coverage.route.value", errors);
            coverage = new Coverage(coverageType, route, c.referralNumber(), c.referralFromFacilityCode(),
                    c.cardNumber(), null, null, null, null);
        }
        if (!errors.isEmpty()) {
            throw new InvalidEncounterException(errors);
        }
        return new EncounterDraft(in.patientId(), type, in.departmentCode(), in.roomCode(), in.reason(), coverage);
    }

    Closing readClosing(InputStream body) throws IOException {
        CloseJson in = read(body, CloseJson.class);
        EncounterOutcome outcome = enumValue(EncounterOutcome.class, in.outcome(), "outcome",
                "encounter.error.outcome.value");
        return new Closing(outcome, in.referredToFacilityCode(), in.referralReason(), in.note());
    }

    Discharge readDischarge(InputStream body) throws IOException {
        DischargeJson in = read(body, DischargeJson.class);
        List<FieldError> errors = new ArrayList<>();
        DischargeKind kind = enumValue(DischargeKind.class, in.kind(), "kind", "encounter.error.dischargeKind.value",
                errors);
        TreatmentResult result = enumValue(TreatmentResult.class, in.result(), "result",
                "encounter.error.treatmentResult.value", errors);
        if (!errors.isEmpty()) {
            throw new InvalidEncounterException(errors);
        }
        return new Discharge(kind, result, in.referredToFacilityCode(), in.referralReason(), in.note());
    }

    private static <E extends Enum<E>> E enumValue(Class<E> type, String text, String field, String key) {
        List<FieldError> errors = new ArrayList<>();
        E value = enumValue(type, text, field, key, errors);
        if (!errors.isEmpty()) {
            throw new InvalidEncounterException(errors);
        }
        return value;
    }

    /** The constant named {@code text}, or null when it is null (the service reports what is required). */
    private static <E extends Enum<E>> E enumValue(Class<E> type, String text, String field, String key,
            List<FieldError> errors) {
        if (text == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, text.strip());
        } catch (IllegalArgumentException e) {
            errors.add(new FieldError(field, key));
            return null;
        }
    }

    /** A day as {@code yyyy-MM-dd}, or null when absent. */
    private static LocalDate date(String text, String field) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidEncounterException(List.of(new FieldError(field, "encounter.error.date.format")));
        }
    }

    private <T> T read(InputStream body, Class<T> type) throws IOException {
        byte[] bytes = body.readNBytes(MAX_BODY_BYTES + 1);
        if (bytes.length > MAX_BODY_BYTES) {
            throw new InvalidEncounterException(List.of(new FieldError("", "encounter.error.bodyTooLarge",
                    MAX_BODY_BYTES)));
        }
        T in;
        try {
            in = json.readValue(bytes, type);
        } catch (JsonMappingException e) {
            String field = e.getPath().stream().map(r -> r.getFieldName() == null ? "" : r.getFieldName())
                    .reduce((a, b) -> a.isEmpty() ? b : a + "." + b).orElse("");
            throw new InvalidEncounterException(List.of(new FieldError(field, field.isEmpty()
                    ? "encounter.error.malformedBody" : e.getClass().getSimpleName().startsWith("Unrecognized")
                            ? "encounter.error.unknownField" : "encounter.error.fieldType")));
        } catch (JsonProcessingException e) {
            throw new InvalidEncounterException(List.of(new FieldError("", "encounter.error.malformedBody")));
        }
        if (in == null) {
            throw new InvalidEncounterException(List.of(new FieldError("", "encounter.error.malformedBody")));
        }
        return in;
    }

    private Map<String, Object> error(MekongException e, Locale locale) {
        Map<String, Object> error = new LinkedHashMap<>();
        error.put("status", e.httpStatus());
        error.put("code", e.code());
        error.put("message", messages.get(locale, e.messageKey(), e.arguments()));
        return error;
    }

    static Map<String, Object> toJson(EncounterDto e) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", e.id());
        m.put("code", e.code());
        m.put("patientId", e.patientId());
        m.put("type", e.type().name());
        m.put("departmentCode", e.departmentCode());
        m.put("roomCode", e.roomCode());
        m.put("queueNumber", e.queueNumber());
        m.put("queueDate", text(e.queueDate()));
        m.put("queueStatus", text(e.queueStatus()));
        m.put("calledAt", text(e.calledAt()));
        m.put("consultationFinishedAt", text(e.consultationFinishedAt()));
        m.put("reason", e.reason());
        m.put("status", e.status().name());
        m.put("outcome", text(e.outcome()));
        m.put("openedAt", text(e.openedAt()));
        m.put("closedAt", text(e.closedAt()));
        m.put("coverage", toJson(e.coverage()));
        m.put("primaryDiagnosis", toJson(e.primaryDiagnosis()));
        m.put("secondaryDiagnoses", e.secondaryDiagnoses().stream().map(EncounterRestEndpoint::toJson).toList());
        Map<String, Object> closing = null;
        if (e.closing() != null) {
            closing = new LinkedHashMap<>();
            closing.put("outcome", text(e.closing().outcome()));
            closing.put("referredToFacilityCode", e.closing().referredToFacilityCode());
            closing.put("referralReason", e.closing().referralReason());
            closing.put("note", e.closing().note());
        }
        m.put("closing", closing);
        Map<String, Object> discharge = null;
        if (e.discharge() != null) {
            Discharge d = e.discharge();
            discharge = new LinkedHashMap<>();
            discharge.put("kind", d.kind().name());
            discharge.put("result", d.result().name());
            discharge.put("referredToFacilityCode", d.referredToFacilityCode());
            discharge.put("referralReason", d.referralReason());
            discharge.put("note", d.note());
        }
        m.put("discharge", discharge);
        m.put("fromEncounterId", e.fromEncounterId());
        m.put("admittedAsEncounterId", e.admittedAsEncounterId());
        m.put("wardCode", e.wardCode());
        m.put("bedCode", e.bedCode());
        m.put("onLeaveUntil", text(e.onLeaveUntil()));
        m.put("originalPatientId", e.originalPatientId());
        return m;
    }

    private static Map<String, Object> toJson(Coverage c) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("type", text(c.type()));
        m.put("route", text(c.route()));
        m.put("referralNumber", c.referralNumber());
        m.put("referralFromFacilityCode", c.referralFromFacilityCode());
        m.put("cardNumber", c.cardNumber());
        m.put("cardValidFrom", text(c.cardValidFrom()));
        m.put("cardValidTo", text(c.cardValidTo()));
        m.put("cardFacilityCode", c.cardFacilityCode());
        m.put("fiveYearsContinuousFrom", text(c.fiveYearsContinuousFrom()));
        return m;
    }

    private static Map<String, Object> toJson(Diagnosis d) {
        if (d == null) {
            return null;
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("code", d.code());
        m.put("nameVi", d.nameVi());
        m.put("nameEn", d.nameEn());
        return m;
    }

    private static Map<String, Object> toJson(QueueEntry q) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("encounterId", q.encounterId());
        m.put("encounterCode", q.encounterCode());
        m.put("patientId", q.patientId());
        m.put("queueNumber", q.queueNumber());
        m.put("status", q.status().name());
        m.put("coverageType", q.coverageType().name());
        m.put("checkedInAt", text(q.checkedInAt()));
        m.put("calledAt", text(q.calledAt()));
        m.put("finishedAt", text(q.finishedAt()));
        m.put("encounterOpen", q.encounterOpen());
        return m;
    }

    private static Map<String, Object> toJson(DepartmentDto d) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("code", d.code());
        m.put("name", d.name());
        m.put("sortOrder", d.sortOrder());
        m.put("active", d.active());
        return m;
    }

    private static Map<String, Object> toJson(RoomDto r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("code", r.code());
        m.put("name", r.name());
        m.put("departmentCode", r.departmentCode());
        m.put("active", r.active());
        return m;
    }

    private static Map<String, Object> toJson(WardDto w) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("code", w.code());
        m.put("name", w.name());
        m.put("departmentCode", w.departmentCode());
        m.put("active", w.active());
        return m;
    }

    private static Map<String, Object> toJson(BedDto b) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("code", b.code());
        m.put("wardCode", b.wardCode());
        m.put("departmentCode", b.departmentCode());
        m.put("active", b.active());
        return m;
    }

    private static Map<String, Object> toJson(WardCensus c) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("departmentCode", c.departmentCode());
        m.put("occupied", c.occupied());
        m.put("free", c.free());
        List<Map<String, Object>> beds = new ArrayList<>();
        for (BedCensus b : c.beds()) {
            Map<String, Object> bed = new LinkedHashMap<>();
            bed.put("bedCode", b.bedCode());
            bed.put("wardCode", b.wardCode());
            bed.put("occupied", b.occupied());
            bed.put("encounterId", b.encounterId());
            bed.put("patientId", b.patientId());
            bed.put("admittedAt", text(b.admittedAt()));
            bed.put("daysOfStay", b.daysOfStay());
            bed.put("onLeave", b.onLeave());
            beds.add(bed);
        }
        m.put("beds", beds);
        return m;
    }

    private static Map<String, Object> toJson(InpatientStay stay) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("encounter", toJson(stay.encounter()));
        m.put("daysOfStay", stay.daysOfStay());
        List<Map<String, Object>> movements = new ArrayList<>();
        for (BedMovement b : stay.movements()) {
            Map<String, Object> mv = new LinkedHashMap<>();
            mv.put("departmentCode", b.departmentCode());
            mv.put("wardCode", b.wardCode());
            mv.put("bedCode", b.bedCode());
            mv.put("from", text(b.from()));
            mv.put("to", text(b.to()));
            mv.put("reason", b.reason());
            movements.add(mv);
        }
        m.put("movements", movements);
        List<Map<String, Object>> leaves = new ArrayList<>();
        for (LeaveOfAbsence l : stay.leaves()) {
            Map<String, Object> lv = new LinkedHashMap<>();
            lv.put("from", text(l.from()));
            lv.put("until", text(l.until()));
            lv.put("returnedAt", text(l.returnedAt()));
            lv.put("reason", l.reason());
            leaves.add(lv);
        }
        m.put("leaves", leaves);
        return m;
    }

    private static String text(Object value) {
        return value == null ? null : value instanceof Enum<?> e ? e.name() : value.toString();
    }

    private void write(HttpServletResponse response, int status, Object body) throws IOException {
        response.setStatus(status);
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        response.setHeader("Cache-Control", "no-store");
        json.writeValue(response.getOutputStream(), body);
    }
}
