package org.mekonghis.encounter.internal;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

import org.mekonghis.encounter.api.EncounterAlreadyOpenException;
import org.mekonghis.encounter.api.EncounterDraft;
import org.mekonghis.encounter.api.EncounterDto;
import org.mekonghis.encounter.api.EncounterOutcome;
import org.mekonghis.encounter.api.EncounterService;
import org.mekonghis.encounter.api.EncounterType;
import org.mekonghis.platform.api.FieldError;
import org.mekonghis.encounter.api.InvalidEncounterException;
import org.mekonghis.platform.api.InvalidInputException;
import org.mekonghis.platform.api.MekongException;
import org.mekonghis.platform.api.i18n.Messages;
import org.mekonghis.platform.api.rest.RestEndpoint;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The encounter REST API under {@code /api/encounter/}:
 * <ul>
 * <li>{@code GET /departments}: {@code [{"code", "name"}]}</li>
 * <li>{@code POST /encounters} {@code {"patientId", "type", "departmentCode", "reason"}}: opens an
 * encounter; 201 and the encounter with its {@code code} and {@code queueNumber}</li>
 * <li>{@code GET /encounters?patientId=}: the patient's encounters, latest first</li>
 * <li>{@code GET /encounters/<id>}: the encounter, or 404</li>
 * <li>{@code POST /encounters/<id>/close} {@code {"outcome"}}: closes it; 409 when already closed</li>
 * </ul>
 * Refused input answers 400 {@code {"errors": [{"field", "message"}]}}, an unknown encounter or
 * patient 404, a conflicting state 409, with messages in the caller's language (Accept-Language,
 * Vietnamese by default). Permission checks happen in the service.
 */
@Component(service = RestEndpoint.class)
public final class EncounterRestEndpoint implements RestEndpoint {
    /** Far more than a check-in needs; a larger body is refused before it is parsed. */
    static final int MAX_BODY_BYTES = 8 * 1024;
    private static final String ENCOUNTERS = "/encounters";
    private static final String CLOSE = "/close";

    /** Strict on input: unknown fields, repeated fields, trailing content and type coercion are refused. */
    private final ObjectMapper json = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
            .build();
    private final EncounterService encounters;
    private final Messages messages;

    @Activate
    public EncounterRestEndpoint(@Reference EncounterService encounters, @Reference Messages messages) {
        this.encounters = encounters;
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
        if (p.equals("/departments")) {
            requireMethod("GET", method, p);
            write(response, 200, encounters.departments().stream().map(d -> {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("code", d.code());
                m.put("name", d.name());
                return m;
            }).toList());
        } else if (p.equals(ENCOUNTERS)) {
            if ("POST".equals(method)) {
                EncounterDto encounter = encounters.open(readDraft(request.getInputStream()));
                response.setHeader("Location", request.getContextPath() + "/api/encounter/encounters/"
                        + encounter.id());
                write(response, 201, toJson(encounter));
            } else if ("GET".equals(method)) {
                write(response, 200, encounters.listByPatient(request.getParameter("patientId")).stream()
                        .map(EncounterRestEndpoint::toJson).toList());
            } else {
                throw RestRequestException.methodNotAllowed(method, p);
            }
        } else if (p.startsWith(ENCOUNTERS + "/")) {
            String rest = p.substring(ENCOUNTERS.length() + 1);
            int slash = rest.indexOf('/');
            if (slash < 0) {
                requireMethod("GET", method, p);
                write(response, 200, toJson(encounters.get(rest)));
            } else if (rest.substring(slash).equals(CLOSE)) {
                requireMethod("POST", method, p);
                EncounterOutcome outcome = readOutcome(request.getInputStream());
                write(response, 200, toJson(encounters.close(rest.substring(0, slash), outcome)));
            } else {
                throw RestRequestException.noSuchResource(p);
            }
        } else {
            throw RestRequestException.noSuchResource(p);
        }
    }

    private static void requireMethod(String expected, String method, String path) {
        if (!expected.equals(method)) {
            throw RestRequestException.methodNotAllowed(method, path);
        }
    }

    /** The body of {@code POST /encounters}. */
    public record EncounterJson(String patientId, String type, String departmentCode, String reason) {
    }

    /** The body of {@code POST /encounters/<id>/close}. */
    public record CloseJson(String outcome) {
    }

    /**
     * Reads a check-in from a request body.
     *
     * @throws InvalidEncounterException when the body is too large, not the expected JSON, or the
     *                                   type is not one of {@link EncounterType}
     */
    EncounterDraft readDraft(InputStream body) throws IOException {
        EncounterJson in = read(body, EncounterJson.class);
        EncounterType type = null;
        if (in.type() != null) {
            try {
                type = EncounterType.valueOf(in.type().strip());
            } catch (IllegalArgumentException e) {
                throw new InvalidEncounterException(List.of(new FieldError("type", "encounter.error.type.value")));
            }
        }
        return new EncounterDraft(in.patientId(), type, in.departmentCode(), in.reason());
    }

    EncounterOutcome readOutcome(InputStream body) throws IOException {
        CloseJson in = read(body, CloseJson.class);
        if (in.outcome() == null) {
            return null;   // the service reports it as required
        }
        try {
            return EncounterOutcome.valueOf(in.outcome().strip());
        } catch (IllegalArgumentException e) {
            throw new InvalidEncounterException(List.of(new FieldError("outcome", "encounter.error.outcome.value")));
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
        m.put("queueNumber", e.queueNumber());
        m.put("queueDate", text(e.queueDate()));
        m.put("reason", e.reason());
        m.put("status", e.status().name());
        m.put("outcome", e.outcome() == null ? null : e.outcome().name());
        m.put("openedAt", text(e.openedAt()));
        m.put("closedAt", text(e.closedAt()));
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
