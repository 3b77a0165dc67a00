package org.mekonghis.patient.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
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

import org.mekonghis.patient.api.Address;
import org.mekonghis.patient.api.CodeName;
import org.mekonghis.patient.api.DuplicatePatientException;
import org.mekonghis.patient.api.Guardian;
import org.mekonghis.patient.api.ImportResult;
import org.mekonghis.patient.api.InsuranceCard;
import org.mekonghis.patient.api.InvalidPatientException;
import org.mekonghis.patient.api.PatientDraft;
import org.mekonghis.patient.api.PatientDto;
import org.mekonghis.patient.api.PatientFieldChange;
import org.mekonghis.patient.api.PatientPage;
import org.mekonghis.patient.api.PatientService;
import org.mekonghis.patient.api.Sex;
import org.mekonghis.patient.api.UnidentifiedPatientDraft;
import org.mekonghis.platform.api.FieldError;
import org.mekonghis.platform.api.InvalidInputException;
import org.mekonghis.platform.api.MekongException;
import org.mekonghis.platform.api.i18n.Messages;
import org.mekonghis.platform.api.rest.RestEndpoint;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The registry's REST API under {@code /api/patient/}:
 * <ul>
 * <li>{@code POST /patients}: registers a patient; 201 and the patient</li>
 * <li>{@code GET /patients?q=&birthYear=&sex=&includeVoided=&page=&size=}: {@code {"items": [...], "total": n}}</li>
 * <li>{@code GET /patients/<id>}: the patient, or 404</li>
 * <li>{@code PUT /patients/<id>}: replaces the editable fields with the body, the same JSON as for
 * registering (absent fields are cleared); 200 and the patient</li>
 * <li>{@code POST /patients/<id>/void} with {@code {"reason": "..."}}: voids the record; 200 and the patient</li>
 * <li>{@code GET /patients/<id>/history}: the changes, oldest first, as
 * {@code [{"at", "by", "field", "oldValue", "newValue"}]}</li>
 * <li>{@code POST /patients/unidentified} with {@code {"sex", "approximateAge", "description"}}: registers
 * an unidentified emergency patient; 201 and the patient</li>
 * <li>{@code GET /patients/likely-duplicates?fullName=&birthYear=&communeCode=}: {@code {"items": [...]}}</li>
 * <li>{@code POST /patients/<survivorId>/merge} with {@code {"duplicateId", "reason"}}: 200 and the survivor</li>
 * <li>{@code PUT /patients/<id>/photo} with an {@code image/jpeg} or {@code image/png} body: 204;
 * {@code GET /patients/<id>/photo}: the image, or 404 when none is on file</li>
 * <li>{@code GET /catalogs/provinces}, {@code /catalogs/communes?province=}, {@code /catalogs/ethnicities},
 * {@code /catalogs/nationalities}: {@code {"items": [{"code", "name"}]}}</li>
 * <li>{@code POST /catalogs/communes} with a {@code text/csv} body: {@code {"inserted", "updated",
 * "rejected": [{"line", "field", "message"}]}}</li>
 * </ul>
 * Refused input answers 400 {@code {"errors": [{"field", "message"}]}}, an unknown id 404, a duplicate
 * citizen id or card or a change to a voided record 409, all with messages in the caller's language (Accept-Language, Vietnamese by default).
 * Permission checks happen in the service.
 */
@Component(service = RestEndpoint.class)
public final class PatientRestEndpoint implements RestEndpoint {
    static final int DEFAULT_PAGE_SIZE = 20;
    /** Far more than a patient needs; a larger body is refused before it is parsed. */
    static final int MAX_BODY_BYTES = 32 * 1024;
    /** A commune list is far below this; a larger body is refused before it is read. */
    static final int MAX_CSV_BYTES = CommuneCsv.MAX_CHARACTERS;
    private static final String PATIENTS = "/patients";
    private static final String CATALOGS = "/catalogs/";
    private static final String VOID = "void";
    private static final String HISTORY = "history";
    private static final String MERGE = "merge";
    private static final String PHOTO = "photo";
    private static final String UNIDENTIFIED = "unidentified";
    private static final String LIKELY_DUPLICATES = "likely-duplicates";

    /** Strict on input: unknown fields, repeated fields, trailing content and type coercion are refused. */
    private final ObjectMapper json = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
            .build();
    private final PatientService patients;
    private final Messages messages;

    @Activate
    public PatientRestEndpoint(@Reference PatientService patients, @Reference Messages messages) {
        this.patients = patients;
        this.messages = messages;
    }

    @Override
    public String name() {
        return "patient";
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, String path) throws IOException {
        Locale locale = messages.localeFor(request.getHeader("Accept-Language"));
        try {
            route(request, response, path == null ? "" : path, locale);
        } catch (DuplicatePatientException e) {
            Map<String, Object> error = error(e, locale);
            error.put("field", e.field());
            error.put("existingPatientId", e.existingPatientId());
            error.put("existingPatientCode", e.existingPatientCode());
            write(response, 409, Map.of("error", error));
        } catch (MekongException e) {
            if (e instanceof InvalidInputException || !e.code().startsWith("PAT-")) {
                throw e;   // refused input and the platform's own errors: answered by the platform
            }
            write(response, e.httpStatus(), Map.of("error", error(e, locale)));
        }
    }

    private void route(HttpServletRequest request, HttpServletResponse response, String path, Locale locale)
            throws IOException {
        String method = request.getMethod();
        String p = path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
        if (p.startsWith(CATALOGS)) {
            catalogs(request, response, p, locale);
        } else if (p.equals(PATIENTS + "/" + UNIDENTIFIED)) {
            if (!"POST".equals(method)) {
                throw RestRequestException.methodNotAllowed(method, p);
            }
            PatientDto patient = patients.registerUnidentified(readUnidentified(request.getInputStream()));
            response.setHeader("Location", request.getContextPath() + "/api/patient/patients/" + patient.id());
            write(response, 201, toJson(patient));
        } else if (p.equals(PATIENTS + "/" + LIKELY_DUPLICATES)) {
            if (!"GET".equals(method)) {
                throw RestRequestException.methodNotAllowed(method, p);
            }
            List<FieldError> errors = new ArrayList<>();
            Integer birthYear = integer(request.getParameter("birthYear"), "birthYear", errors);
            if (!errors.isEmpty()) {
                throw new InvalidPatientException(errors);
            }
            List<PatientDto> found = patients.likelyDuplicates(request.getParameter("fullName"), birthYear,
                    request.getParameter("communeCode"));
            write(response, 200, Map.of("items", found.stream().map(PatientRestEndpoint::toJson).toList()));
        } else if (p.equals(PATIENTS)) {
            if ("POST".equals(method)) {
                PatientDto patient = patients.register(readDraft(request.getInputStream()));
                response.setHeader("Location", request.getContextPath() + "/api/patient/patients/" + patient.id());
                write(response, 201, toJson(patient));
            } else if ("GET".equals(method)) {
                write(response, 200, search(request));
            } else {
                throw RestRequestException.methodNotAllowed(method, p);
            }
        } else if (p.startsWith(PATIENTS + "/")) {
            String rest = p.substring(PATIENTS.length() + 1);
            int slash = rest.indexOf('/');
            String id = slash < 0 ? rest : rest.substring(0, slash);
            String action = slash < 0 ? null : rest.substring(slash + 1);
            if (id.isEmpty()) {
                throw RestRequestException.noSuchResource(p);
            } else if (action == null) {
                if ("GET".equals(method)) {
                    write(response, 200, toJson(patients.get(id)));
                } else if ("PUT".equals(method)) {
                    write(response, 200, toJson(patients.update(id, readDraft(request.getInputStream()))));
                } else {
                    throw RestRequestException.methodNotAllowed(method, p);
                }
            } else if (action.equals(VOID)) {
                if (!"POST".equals(method)) {
                    throw RestRequestException.methodNotAllowed(method, p);
                }
                write(response, 200, toJson(patients.voidPatient(id, readVoidReason(request.getInputStream()))));
            } else if (action.equals(HISTORY)) {
                if (!"GET".equals(method)) {
                    throw RestRequestException.methodNotAllowed(method, p);
                }
                write(response, 200, patients.history(id).stream().map(PatientRestEndpoint::toJson).toList());
            } else if (action.equals(MERGE)) {
                if (!"POST".equals(method)) {
                    throw RestRequestException.methodNotAllowed(method, p);
                }
                MergeJson merge = readBody(request.getInputStream(), MergeJson.class);
                write(response, 200, toJson(patients.merge(id, merge.duplicateId(), merge.reason())));
            } else if (action.equals(PHOTO)) {
                photo(request, response, id, p);
            } else {
                throw RestRequestException.noSuchResource(p);
            }
        } else {
            throw RestRequestException.noSuchResource(p);
        }
    }

    private Map<String, Object> search(HttpServletRequest request) {
        List<FieldError> errors = new ArrayList<>();
        Integer birthYear = integer(request.getParameter("birthYear"), "birthYear", errors);
        Integer page = integer(request.getParameter("page"), "page", errors);
        Integer size = integer(request.getParameter("size"), "size", errors);
        Sex sex = null;
        String sexText = request.getParameter("sex");
        if (sexText != null && !sexText.isBlank()) {
            try {
                sex = Sex.valueOf(sexText.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                errors.add(new FieldError("sex", "patient.error.sex.value"));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidPatientException(errors);
        }
        boolean includeVoided = "true".equalsIgnoreCase(request.getParameter("includeVoided"));
        PatientPage result = patients.search(request.getParameter("q"), birthYear, sex, includeVoided,
                page == null ? 0 : page, size == null ? DEFAULT_PAGE_SIZE : size);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("items", result.items().stream().map(PatientRestEndpoint::toJson).toList());
        body.put("total", result.total());
        return body;
    }

    private static Integer integer(String value, String field, List<FieldError> errors) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(value.strip());
        } catch (NumberFormatException e) {
            errors.add(new FieldError(field, "patient.error.number"));
            return null;
        }
    }

    /** The body of {@code POST /patients} and {@code PUT /patients/<id>}. Dates are ISO {@code yyyy-MM-dd} strings. */
    public record PatientJson(String fullName, String birthDate, Integer birthYear, String sex, String ethnicityCode,
            String nationalityCode, String occupation, String phone, String cccd, CardJson insuranceCard,
            AddressJson address, GuardianJson guardian) {
    }

    public record CardJson(String number, String validFrom, String validTo, String facilityCode,
            String fiveYearsContinuousFrom) {
    }

    public record AddressJson(String provinceCode, String communeCode, String street, String formerDistrict) {
    }

    public record GuardianJson(String fullName, String relationship, String phone, String cccd) {
    }

    /** The body of {@code POST /patients/unidentified}. */
    public record UnidentifiedJson(String sex, Integer approximateAge, String description) {
    }

    /** The body of {@code POST /patients/<survivorId>/merge}. */
    public record MergeJson(String duplicateId, String reason) {
    }

    /**
     * Reads a registration or an update from a request body.
     *
     * @throws InvalidPatientException when the body is too large, not the expected JSON, or a
     *                                 date or the sex cannot be read
     */
    PatientDraft readDraft(InputStream body) throws IOException {
        PatientJson in = readBody(body, PatientJson.class);
        List<FieldError> errors = new ArrayList<>();
        LocalDate birthDate = date(in.birthDate(), "birthDate", errors);
        Sex sex = sex(in.sex(), errors);
        InsuranceCard card = null;
        if (in.insuranceCard() != null) {
            CardJson c = in.insuranceCard();
            card = new InsuranceCard(c.number(), date(c.validFrom(), "insuranceCard.validFrom", errors),
                    date(c.validTo(), "insuranceCard.validTo", errors), c.facilityCode(),
                    date(c.fiveYearsContinuousFrom(), "insuranceCard.fiveYearsContinuousFrom", errors));
        }
        if (!errors.isEmpty()) {
            throw new InvalidPatientException(errors);
        }
        AddressJson a = in.address();
        Address address = a == null ? null : new Address(a.provinceCode(), a.communeCode(), a.street(),
                a.formerDistrict());
        GuardianJson g = in.guardian();
        Guardian guardian = g == null ? null : new Guardian(g.fullName(), g.relationship(), g.phone(), g.cccd());
        return new PatientDraft(in.fullName(), birthDate, in.birthYear(), sex, in.ethnicityCode(),
                in.nationalityCode(), in.occupation(), in.phone(), in.cccd(), card, address, guardian);
    }

    /**
     * Reads an unidentified registration from a request body.
     *
     * @throws InvalidPatientException when the body is too large, not the expected JSON, or the sex cannot be read
     */
    UnidentifiedPatientDraft readUnidentified(InputStream body) throws IOException {
        UnidentifiedJson in = readBody(body, UnidentifiedJson.class);
        List<FieldError> errors = new ArrayList<>();
        Sex sex = sex(in.sex(), errors);
        if (!errors.isEmpty()) {
            throw new InvalidPatientException(errors);
        }
        return new UnidentifiedPatientDraft(sex, in.approximateAge(), in.description());
    }

    private static Sex sex(String text, List<FieldError> errors) {
        if (text == null) {
            return null;
        }
        try {
            return Sex.valueOf(text);
        } catch (IllegalArgumentException e) {
            errors.add(new FieldError("sex", "patient.error.sex.value"));
            return null;
        }
    }

    private void photo(HttpServletRequest request, HttpServletResponse response, String id, String path)
            throws IOException {
        String method = request.getMethod();
        if ("PUT".equals(method)) {
            String type = request.getContentType() == null ? ""
                    : request.getContentType().split(";")[0].strip().toLowerCase(Locale.ROOT);
            if (!type.equals(PhotoImage.JPEG) && !type.equals(PhotoImage.PNG)) {
                throw new InvalidPatientException(List.of(new FieldError(PhotoImage.FIELD,
                        "patient.error.photo.contentType")));
            }
            // one byte more than allowed is enough for the service to refuse it as too large
            patients.setPhoto(id, request.getInputStream().readNBytes(PatientService.PHOTO_MAX_BYTES + 1));
            response.setStatus(204);
            response.setHeader("Cache-Control", "no-store");
        } else if ("GET".equals(method)) {
            Optional<byte[]> photo = patients.photo(id);
            if (photo.isEmpty()) {
                throw RestRequestException.noPhoto(id);
            }
            byte[] image = photo.get();
            response.setStatus(200);
            response.setContentType(PhotoImage.typeOf(image));
            response.setContentLength(image.length);
            response.setHeader("Cache-Control", "no-store");
            response.getOutputStream().write(image);
        } else {
            throw RestRequestException.methodNotAllowed(method, path);
        }
    }

    private void catalogs(HttpServletRequest request, HttpServletResponse response, String path, Locale locale)
            throws IOException {
        String method = request.getMethod();
        String name = path.substring(CATALOGS.length());
        if (name.equals("communes") && "POST".equals(method)) {
            write(response, 200, toJson(patients.importCommunes(readCsv(request.getInputStream())), locale));
            return;
        }
        List<CodeName> entries = switch (name) {
            case "provinces" -> patients.provinces();
            case "communes" -> patients.communes(request.getParameter("province"));
            case "ethnicities" -> patients.ethnicities();
            case "nationalities" -> patients.nationalities();
            default -> throw RestRequestException.noSuchResource(path);
        };
        if (!"GET".equals(method)) {
            throw RestRequestException.methodNotAllowed(method, path);
        }
        List<Map<String, Object>> items = new ArrayList<>();
        for (CodeName entry : entries) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("code", entry.code());
            m.put("name", entry.name());
            items.add(m);
        }
        write(response, 200, Map.of("items", items));
    }

    /**
     * A CSV body as text: strict UTF-8, at most {@value #MAX_CSV_BYTES} bytes.
     *
     * @throws InvalidPatientException when it is larger or not UTF-8
     */
    static Reader readCsv(InputStream body) throws IOException {
        byte[] bytes = body.readNBytes(MAX_CSV_BYTES + 1);
        if (bytes.length > MAX_CSV_BYTES) {
            throw new InvalidPatientException(List.of(new FieldError("file", "patient.import.tooLarge",
                    MAX_CSV_BYTES / (1024 * 1024))));
        }
        try {
            return new StringReader(StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString());
        } catch (CharacterCodingException e) {
            throw new InvalidPatientException(List.of(new FieldError("file", "patient.import.encoding")));
        }
    }

    Map<String, Object> toJson(ImportResult result, Locale locale) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("inserted", result.inserted());
        m.put("updated", result.updated());
        List<Map<String, Object>> rejected = new ArrayList<>();
        for (FieldError error : result.rejected()) {
            Map<String, Object> r = new LinkedHashMap<>();
            Object[] arguments = error.arguments();
            r.put("line", arguments.length > 0 ? arguments[0] : null);
            r.put("field", error.field());
            r.put("message", messages.get(locale, error.messageKey(), arguments));
            rejected.add(r);
        }
        m.put("rejected", rejected);
        return m;
    }

    /** The body of {@code POST /patients/<id>/void}. */
    public record VoidJson(String reason) {
    }

    /**
     * Reads the reason from a void request body; the service checks it is given.
     *
     * @throws InvalidPatientException when the body is too large or not the expected JSON
     */
    String readVoidReason(InputStream body) throws IOException {
        return readBody(body, VoidJson.class).reason();
    }

    private <T> T readBody(InputStream body, Class<T> type) throws IOException {
        byte[] bytes = body.readNBytes(MAX_BODY_BYTES + 1);
        if (bytes.length > MAX_BODY_BYTES) {
            throw new InvalidPatientException(List.of(new FieldError("", "patient.error.bodyTooLarge", MAX_BODY_BYTES)));
        }
        T in;
        try {
            in = json.readValue(bytes, type);
        } catch (JsonMappingException e) {
            String field = e.getPath().stream().map(r -> r.getFieldName() == null ? "" : r.getFieldName())
                    .reduce((a, b) -> a.isEmpty() ? b : a + "." + b).orElse("");
            throw new InvalidPatientException(List.of(new FieldError(field, field.isEmpty()
                    ? "patient.error.malformedBody" : e.getClass().getSimpleName().startsWith("Unrecognized")
                            ? "patient.error.unknownField" : "patient.error.fieldType")));
        } catch (JsonProcessingException e) {
            throw new InvalidPatientException(List.of(new FieldError("", "patient.error.malformedBody")));
        }
        if (in == null) {
            throw new InvalidPatientException(List.of(new FieldError("", "patient.error.malformedBody")));
        }
        return in;
    }

    private static LocalDate date(String text, String field, List<FieldError> errors) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            errors.add(new FieldError(field, "patient.error.dateFormat"));
            return null;
        }
    }

    private Map<String, Object> error(MekongException e, Locale locale) {
        Map<String, Object> error = new LinkedHashMap<>();
        error.put("status", e.httpStatus());
        error.put("code", e.code());
        error.put("message", messages.get(locale, e.messageKey(), e.arguments()));
        return error;
    }

    static Map<String, Object> toJson(PatientDto patient) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", patient.id());
        m.put("code", patient.code());
        m.put("fullName", patient.fullName());
        m.put("birthDate", text(patient.birthDate()));
        m.put("birthYear", patient.birthYear());
        m.put("sex", patient.sex().name());
        m.put("ethnicityCode", patient.ethnicityCode());
        m.put("nationalityCode", patient.nationalityCode());
        m.put("occupation", patient.occupation());
        m.put("phone", patient.phone());
        m.put("cccd", patient.cccd());
        InsuranceCard card = patient.insuranceCard();
        if (card == null) {
            m.put("insuranceCard", null);
        } else {
            Map<String, Object> c = new LinkedHashMap<>();
            c.put("number", card.number());
            c.put("validFrom", text(card.validFrom()));
            c.put("validTo", text(card.validTo()));
            c.put("facilityCode", card.facilityCode());
            c.put("fiveYearsContinuousFrom", text(card.fiveYearsContinuousFrom()));
            m.put("insuranceCard", c);
        }
        Address address = patient.address();
        if (address == null) {
            m.put("address", null);
        } else {
            Map<String, Object> a = new LinkedHashMap<>();
            a.put("provinceCode", address.provinceCode());
            a.put("communeCode", address.communeCode());
            a.put("street", address.street());
            a.put("formerDistrict", address.formerDistrict());
            m.put("address", a);
        }
        Guardian guardian = patient.guardian();
        if (guardian == null) {
            m.put("guardian", null);
        } else {
            Map<String, Object> g = new LinkedHashMap<>();
            g.put("fullName", guardian.fullName());
            g.put("relationship", guardian.relationship());
            g.put("phone", guardian.phone());
            g.put("cccd", guardian.cccd());
            m.put("guardian", g);
        }
        m.put("unidentified", patient.unidentified());
        m.put("hasPhoto", patient.hasPhoto());
        m.put("status", patient.status().name());
        m.put("voided", patient.voided());
        m.put("voidReason", patient.voidReason());
        m.put("mergedIntoId", patient.mergedIntoId());
        m.put("registeredAt", text(patient.registeredAt()));
        m.put("updatedAt", text(patient.updatedAt()));
        return m;
    }

    static Map<String, Object> toJson(PatientFieldChange change) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("at", text(change.at()));
        m.put("by", change.by());
        m.put("field", change.field());
        m.put("oldValue", change.oldValue());
        m.put("newValue", change.newValue());
        return m;
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }


    private void write(HttpServletResponse response, int status, Object body) throws IOException {
        response.setStatus(status);
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        response.setHeader("Cache-Control", "no-store");
        json.writeValue(response.getOutputStream(), body);
    }
}
