package org.mekonghis.terminology.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

import org.mekonghis.platform.api.FieldError;
import org.mekonghis.platform.api.InvalidInputException;
import org.mekonghis.platform.api.MekongException;
import org.mekonghis.platform.api.i18n.Messages;
import org.mekonghis.platform.api.rest.RestEndpoint;
import org.mekonghis.platform.api.security.SecurityContext;
import org.mekonghis.terminology.api.Icd10Chapter;
import org.mekonghis.terminology.api.Icd10Code;
import org.mekonghis.terminology.api.Icd10Service;
import org.mekonghis.terminology.api.ImportResult;
import org.mekonghis.terminology.api.InvalidTerminologyException;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The catalog's REST API under {@code /api/terminology/}:
 * <ul>
 * <li>{@code GET /icd10?q=&limit=}: {@code {"items": [{"code", "nameVi", "nameEn", "chapter", "billable"}]}},
 * limit 1 to 100, default {@value #DEFAULT_LIMIT}</li>
 * <li>{@code GET /icd10/<code>}: the code in any accepted form ({@code e119}), or 404</li>
 * <li>{@code GET /icd10/chapters}: {@code {"items": [{"number", "codeRange", "nameVi", "nameEn"}]}}</li>
 * <li>{@code POST /icd10/import} with {@code Content-Type: text/csv} (UTF-8 unless a charset is given) or
 * {@value #XLSX}: {@code {"inserted", "updated", "rejected": [{"line", "field", "message"}]}}</li>
 * </ul>
 * A refused file or parameter answers 400 {@code {"errors": [{"field", "message"}]}}, an unknown code 404,
 * a body over {@value #MAX_BODY_MEGABYTES} MB 413, another content type 415, all with messages in the
 * caller's language (Accept-Language, Vietnamese by default). Permission checks happen in the service.
 */
@Component(service = RestEndpoint.class)
public final class TerminologyRestEndpoint implements RestEndpoint {
    static final int DEFAULT_LIMIT = 20;
    static final int MAX_BODY_MEGABYTES = 16;
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final String ICD10 = "/icd10";
    private static final String CHAPTERS = "chapters";
    private static final String IMPORT = "import";

    private final ObjectMapper json = JsonMapper.builder().build();
    private final Icd10Service icd10;
    private final SecurityContext security;
    private final Messages messages;

    @Activate
    public TerminologyRestEndpoint(@Reference Icd10Service icd10, @Reference SecurityContext security,
            @Reference Messages messages) {
        this.icd10 = icd10;
        this.security = security;
        this.messages = messages;
    }

    @Override
    public String name() {
        return "terminology";
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, String path) throws IOException {
        Locale locale = messages.localeFor(request.getHeader("Accept-Language"));
        try {
            route(request, response, path == null ? "" : path, locale);
        } catch (MekongException e) {
            if (e instanceof InvalidInputException || !e.code().startsWith("TRM-")) {
                throw e;   // refused input and the platform's own errors: answered by the platform
            }
            Map<String, Object> error = new LinkedHashMap<>();
            error.put("status", e.httpStatus());
            error.put("code", e.code());
            error.put("message", messages.get(locale, e.messageKey(), e.arguments()));
            write(response, e.httpStatus(), Map.of("error", error));
        }
    }

    private void route(HttpServletRequest request, HttpServletResponse response, String path, Locale locale)
            throws IOException {
        String method = request.getMethod();
        String p = path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
        if (p.equals(ICD10)) {
            requireMethod("GET", method, p);
            Integer limit = limit(request.getParameter("limit"));
            List<Icd10Code> found = icd10.search(request.getParameter("q"), limit == null ? DEFAULT_LIMIT : limit);
            write(response, 200, Map.of("items", found.stream().map(TerminologyRestEndpoint::toJson).toList()));
        } else if (p.equals(ICD10 + "/" + CHAPTERS)) {
            requireMethod("GET", method, p);
            write(response, 200, Map.of("items", icd10.chapters().stream().map(TerminologyRestEndpoint::toJson)
                    .toList()));
        } else if (p.equals(ICD10 + "/" + IMPORT)) {
            requireMethod("POST", method, p);
            write(response, 200, toJson(importFile(request), locale));
        } else if (p.startsWith(ICD10 + "/") && p.indexOf('/', ICD10.length() + 1) < 0) {
            requireMethod("GET", method, p);
            String code = p.substring(ICD10.length() + 1);
            write(response, 200, toJson(icd10.find(code).orElseThrow(() -> RestRequestException.codeNotFound(code))));
        } else {
            throw RestRequestException.noSuchResource(p);
        }
    }

    private ImportResult importFile(HttpServletRequest request) throws IOException {
        // Checked before reading up to 16 MB from a caller who may not import at all; the service checks again.
        security.require(Icd10Service.PERMISSION_ADMIN);
        String contentType = request.getContentType();
        String mediaType = contentType == null ? "" : contentType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
        if (!mediaType.equals("text/csv") && !mediaType.equals("application/csv") && !mediaType.equals(XLSX)) {
            throw RestRequestException.unsupportedMediaType(contentType);
        }
        int max = MAX_BODY_MEGABYTES * 1024 * 1024;
        byte[] body = request.getInputStream().readNBytes(max + 1);
        if (body.length > max) {
            throw RestRequestException.tooLarge(MAX_BODY_MEGABYTES);
        }
        if (mediaType.equals(XLSX)) {
            return icd10.importXlsx(new ByteArrayInputStream(body));
        }
        return icd10.importCsv(new StringReader(decode(body, charsetOf(contentType))));
    }

    /**
     * The CSV text, strictly decoded: a file saved in a legacy encoding would otherwise import names
     * with replacement characters.
     */
    static String decode(byte[] body, String charsetName) {
        Charset charset;
        try {
            charset = charsetName == null || charsetName.isBlank() ? StandardCharsets.UTF_8 : Charset.forName(charsetName);
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            throw refused("terminology.error.import.encoding");
        }
        try {
            return charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(body)).toString();
        } catch (CharacterCodingException e) {
            throw refused("terminology.error.import.encoding");
        }
    }

    /** The charset parameter of a content type, or null (the servlet's own may carry a container default). */
    static String charsetOf(String contentType) {
        String[] parts = contentType.split(";");
        for (int i = 1; i < parts.length; i++) {
            String[] pair = parts[i].split("=", 2);
            if (pair.length == 2 && pair[0].strip().equalsIgnoreCase("charset")) {
                return pair[1].strip().replace("\"", "");
            }
        }
        return null;
    }

    private static Integer limit(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(value.strip());
        } catch (NumberFormatException e) {
            throw new InvalidTerminologyException(List.of(new FieldError("limit", "terminology.error.number")));
        }
    }

    private static void requireMethod(String expected, String method, String path) {
        if (!expected.equals(method)) {
            throw RestRequestException.methodNotAllowed(method, path);
        }
    }

    private static InvalidTerminologyException refused(String key) {
        return new InvalidTerminologyException(List.of(new FieldError("file", key)));
    }

    static Map<String, Object> toJson(Icd10Code code) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("code", code.code());
        m.put("nameVi", code.nameVi());
        m.put("nameEn", code.nameEn());
        m.put("chapter", code.chapter());
        m.put("billable", code.billable());
        return m;
    }

    static Map<String, Object> toJson(Icd10Chapter chapter) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("number", chapter.number());
        m.put("codeRange", chapter.codeRange());
        m.put("nameVi", chapter.nameVi());
        m.put("nameEn", chapter.nameEn());
        return m;
    }

    Map<String, Object> toJson(ImportResult result, Locale locale) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("inserted", result.inserted());
        m.put("updated", result.updated());
        m.put("rejected", result.rejected().stream().map(e -> {
            Map<String, Object> r = new LinkedHashMap<>();
            r.put("line", e.arguments()[0]);
            r.put("field", e.field());
            r.put("message", messages.get(locale, e.messageKey(), e.arguments()));
            return r;
        }).toList());
        return m;
    }

    private void write(HttpServletResponse response, int status, Object body) throws IOException {
        response.setStatus(status);
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        response.setHeader("Cache-Control", "no-store");
        json.writeValue(response.getOutputStream(), body);
    }
}
